import { ChildProcess, fork } from 'node:child_process';
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

/** Starts bench/turnServers.ts in a child process and waits for its URLs. */
function startServers(): Promise<{ child: ChildProcess; botUrl: string; echoUrl: string; teamsAiEchoUrl: string }> {
    const child = fork(path.join(__dirname, 'turnServers.ts'), [], { execArgv: ['-r', 'ts-node/register/transpile-only'] });
    return new Promise((resolve, reject) => {
        child.once('message', (urls: { botUrl: string; echoUrl: string; teamsAiEchoUrl: string }) => resolve({ child, ...urls }));
        child.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)));
    });
}

type Server = 'bot' | 'echo' | 'teamsAiEcho';

export async function benchTurns(): Promise<void> {
    const channel = await new FakeChannel().start();
    const { child, botUrl, echoUrl, teamsAiEchoUrl } = await startServers();
    const urls: Record<Server, string> = { bot: botUrl, echo: echoUrl, teamsAiEcho: teamsAiEchoUrl };
    const servers = Object.keys(urls) as Server[];
    try {
        // Warm every path (JIT, connection pools, SQLite pages) before measuring.
        for (const server of servers) await load(urls[server], channel.serviceUrl, 4, 20);
        console.log(`bench/turns: knowledge answers (${QUESTIONS.length} questions in turn) vs a bare botbuilder echo bot (the floor), same restify stack, HTTP on 127.0.0.1, servers in their own process; target ratio <= 1.2x`);
        console.log('  teams-ai echo: an echo on a minimal teams-ai Application, to show what the framework alone costs');
        console.log('concurrency  bot median ms  echo median ms  median ratio  bot req/s  echo req/s  throughput ratio (echo/bot)  teams-ai echo: median ratio, throughput ratio');
        // Rounds alternate the servers so drift in the machine's speed hits all alike.
        for (const [concurrency, perWorker] of [[1, 150], [64, 4]]) {
            const rounds: Record<Server, LoadResult[]> = { bot: [], echo: [], teamsAiEcho: [] };
            for (let round = 0; round < ROUNDS; round++) {
                for (const server of servers) rounds[server].push(await load(urls[server], channel.serviceUrl, concurrency, perWorker));
            }
            const replies = channel.received.splice(0).length;
            const [bot, echo, teamsAiEcho] = servers.map((server) => ({ ...summary(combine(rounds[server])), errors: combine(rounds[server]).errors }));
            console.log(
                `${String(concurrency).padStart(11)}  ${fmt(bot.medianMs).padStart(13)}  ${fmt(echo.medianMs).padStart(14)}  ${fmt(ratio(bot.medianMs, echo.medianMs)).padStart(12)}x` +
                    `  ${fmt(bot.throughputPerSec, 0).padStart(9)}  ${fmt(echo.throughputPerSec, 0).padStart(10)}  ${fmt(ratio(echo.throughputPerSec, bot.throughputPerSec)).padStart(26)}x` +
                    `  ${fmt(ratio(teamsAiEcho.medianMs, echo.medianMs))}x, ${fmt(ratio(echo.throughputPerSec, teamsAiEcho.throughputPerSec))}x` +
                    `   (errors ${bot.errors + echo.errors + teamsAiEcho.errors}; replies ${replies})`
            );
        }
    } finally {
        child.send('stop');
        await channel.stop();
    }
}
