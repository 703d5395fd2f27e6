import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FakeChannel } from '../test/support/fakeChannel';
import { inConversation, messageActivity } from '../test/support/activities';
import { combine, runLoad, LoadResult, summary } from './load';
import { fmt, ratio } from './stats';

/** Knowledge questions as technicians type them; each turn takes the next, so no one answer dominates. */
const QUESTIONS = [
    'what does the ESP timeout do?',
    'how do I get into pre-provisioning on windows 11',
    'the screen went red what now',
    'can I use a VM',
    'device is stuck on identifying',
    'preprovisoning on windws 11 how',
    'what happens after reseal',
    'do I need a wired connection'
];

const ROUNDS = 6;

async function load(url: string, serviceUrl: string, concurrency: number, perWorker: number): Promise<LoadResult> {
    return runLoad(concurrency, perWorker, async (worker, i) => {
        const activity = messageActivity(QUESTIONS[(worker + i) % QUESTIONS.length], { serviceUrl, ...inConversation(`bench-conv-${worker}`) });
        const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        await response.arrayBuffer();
        return response.status === 200;
    });
}

/**
 * Starts bench/turnServers.ts in a child process and waits for its URLs. BENCH_CPU_PROFILE=dir makes the child write
 * a V8 CPU profile there on exit (`node --cpu-prof`); `npm run bench:profile` summarises it.
 */
function startServers(): Promise<{ child: ChildProcess; botUrl: string; echoUrl: string; teamsAiEchoUrl: string }> {
    const profileDir = process.env.BENCH_CPU_PROFILE;
    if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
    // BENCH_CPU_PROFILE_INTERVAL=µs samples more often than V8's 1 ms default (finer rows, more overhead).
    const interval = process.env.BENCH_CPU_PROFILE_INTERVAL ? [`--cpu-prof-interval=${process.env.BENCH_CPU_PROFILE_INTERVAL}`] : [];
    const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, ...interval] : [];
    const child = fork(path.join(__dirname, 'turnServers.ts'), [], { execArgv: [...profiling, '-r', 'ts-node/register/transpile-only'] });
    return new Promise((resolve, reject) => {
        child.once('message', (urls: { botUrl: string; echoUrl: string; teamsAiEchoUrl: string }) => resolve({ child, ...urls }));
        child.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)));
    });
}

type Server = 'bot' | 'echo' | 'teamsAiEcho';

/** The targets (12, item 7): the bot against the bare echo bot, measured in the same run. */
const TARGET = { medianRatioAt1: 1.2, throughputRatioAt64: 0.8 };

interface ChildClock {
    /** The servers' process's CPU time so far, all threads. */
    cpuMs: number;
    /** Its monotonic clock, on the time base of a V8 CPU profile's timestamps. */
    atMicros: number;
}

function childClock(child: ChildProcess): Promise<ChildClock> {
    return new Promise((resolve) => {
        const onMessage = (message: { cpu?: NodeJS.CpuUsage; atMicros?: number }) => {
            if (!message.cpu) return;
            child.off('message', onMessage);
            resolve({ cpuMs: (message.cpu.user + message.cpu.system) / 1000, atMicros: message.atMicros ?? 0 });
        };
        child.on('message', onMessage);
        child.send('cpu');
    });
}

/** When each server was under load, so `bench/profileSummary.ts` can split a profile of the servers' process by server. */
export interface ProfileWindow {
    server: string;
    fromMicros: number;
    toMicros: number;
    turns: number;
    concurrency: number;
}
export const PROFILE_WINDOWS_FILE = 'turns-windows.json';

export async function benchTurns(): Promise<void> {
    const channel = await new FakeChannel().start();
    const { child, botUrl, echoUrl, teamsAiEchoUrl } = await startServers();
    const urls: Record<Server, string> = { bot: botUrl, echo: echoUrl, teamsAiEcho: teamsAiEchoUrl };
    const servers = Object.keys(urls) as Server[];
    const verdicts: string[] = [];
    const windows: ProfileWindow[] = [];
    try {
        // Warm every path (JIT, connection pools, SQLite pages) before measuring.
        for (const server of servers) await load(urls[server], channel.serviceUrl, 4, 20);
        console.log(`bench/turns: knowledge answers (${QUESTIONS.length} questions in turn) vs a bare botbuilder echo bot (the floor), same restify stack, HTTP on 127.0.0.1, servers in their own process`);
        console.log(`  targets: median ratio (bot/echo) <= ${TARGET.medianRatioAt1}x at 1 conversation; throughput ratio (bot/echo) >= ${TARGET.throughputRatioAt64}x at 64`);
        console.log('  CPU ms/turn: the servers\' process CPU time over the turns (one server loaded at a time), steadier than wall time on a busy machine');
        console.log('  teams-ai echo: an echo on a minimal teams-ai Application, to show what the framework alone costs');
        console.log('concurrency  bot median ms  echo median ms  median ratio  bot req/s  echo req/s  throughput ratio  bot CPU ms/turn  echo CPU ms/turn  CPU ratio  teams-ai echo: median, throughput ratio');
        // Rounds alternate the servers so drift in the machine's speed hits all alike.
        for (const [concurrency, perWorker] of [[1, 150], [64, 4]]) {
            const rounds: Record<Server, LoadResult[]> = { bot: [], echo: [], teamsAiEcho: [] };
            const cpu: Record<Server, number> = { bot: 0, echo: 0, teamsAiEcho: 0 };
            for (let round = 0; round < ROUNDS; round++) {
                for (const server of servers) {
                    const before = await childClock(child);
                    rounds[server].push(await load(urls[server], channel.serviceUrl, concurrency, perWorker));
                    const after = await childClock(child);
                    cpu[server] += after.cpuMs - before.cpuMs;
                    windows.push({ server, fromMicros: before.atMicros, toMicros: after.atMicros, turns: concurrency * perWorker, concurrency });
                }
            }
            const replies = channel.received.splice(0).length;
            const [bot, echo, teamsAiEcho] = servers.map((server) => {
                const all = combine(rounds[server]);
                return { ...summary(all), errors: all.errors, cpuPerTurn: cpu[server] / all.latencies.length };
            });
            const medianRatio = ratio(bot.medianMs, echo.medianMs);
            const throughputRatio = ratio(bot.throughputPerSec, echo.throughputPerSec);
            console.log(
                `${String(concurrency).padStart(11)}  ${fmt(bot.medianMs).padStart(13)}  ${fmt(echo.medianMs).padStart(14)}  ${fmt(medianRatio).padStart(11)}x` +
                    `  ${fmt(bot.throughputPerSec, 0).padStart(9)}  ${fmt(echo.throughputPerSec, 0).padStart(10)}  ${fmt(throughputRatio).padStart(15)}x` +
                    `  ${fmt(bot.cpuPerTurn).padStart(15)}  ${fmt(echo.cpuPerTurn).padStart(16)}  ${fmt(ratio(bot.cpuPerTurn, echo.cpuPerTurn)).padStart(8)}x` +
                    `  ${fmt(ratio(teamsAiEcho.medianMs, echo.medianMs))}x, ${fmt(ratio(teamsAiEcho.throughputPerSec, echo.throughputPerSec))}x` +
                    `   (errors ${bot.errors + echo.errors + teamsAiEcho.errors}; replies ${replies})`
            );
            if (concurrency === 1) verdicts.push(verdict('median ratio at 1 conversation', medianRatio, '<=', TARGET.medianRatioAt1));
            else verdicts.push(verdict(`throughput ratio at ${concurrency} conversations`, throughputRatio, '>=', TARGET.throughputRatioAt64));
        }
        console.log(verdicts.join('\n'));
        const profileDir = process.env.BENCH_CPU_PROFILE;
        if (profileDir) fs.writeFileSync(path.join(profileDir, PROFILE_WINDOWS_FILE), JSON.stringify(windows));
    } finally {
        child.send('stop');
        await channel.stop();
    }
}

function verdict(what: string, value: number, comparison: '<=' | '>=', target: number): string {
    const met = comparison === '<=' ? value <= target : value >= target;
    return `  ${what}: ${fmt(value)}x (target ${comparison} ${target}x: ${met ? 'met' : 'missed'})`;
}
