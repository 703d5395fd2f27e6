import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { FakeChannel } from '../test/support/fakeChannel';
import { messageActivity } from '../test/support/activities';
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
        const activity = messageActivity(QUESTIONS[(worker + i) % QUESTIONS.length], { serviceUrl, conversation: { id: `bench-conv-${worker}`, conversationType: 'personal', tenantId: 't', isGroup: false, name: '' } });
        const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        await response.arrayBuffer();
        return response.status === 200;
    });
}

/** Starts bench/turnServers.ts in a child process and waits for its URLs. */
function startServers(): Promise<{ child: ChildProcess; botUrl: string; echoUrl: string }> {
    const child = fork(path.join(__dirname, 'turnServers.ts'), [], { execArgv: ['-r', 'ts-node/register/transpile-only'] });
    return new Promise((resolve, reject) => {
        child.once('message', (urls: { botUrl: string; echoUrl: string }) => resolve({ child, ...urls }));
        child.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)));
    });
}

export async function benchTurns(): Promise<void> {
    const channel = await new FakeChannel().start();
    const { child, botUrl, echoUrl } = await startServers();
    const bot = { url: botUrl };
    const echo = { url: echoUrl };
    const record = () => channel.received.splice(0);
    try {
        // Warm both paths (JIT, connection pools, SQLite pages) before measuring.
        await load(echo.url, channel.serviceUrl, 4, 20);
        await load(bot.url, channel.serviceUrl, 4, 20);
        console.log(`bench/turns: knowledge answers (${QUESTIONS.length} questions in turn) vs a bare echo bot, same restify stack, HTTP on 127.0.0.1, servers in their own process; target ratio <= 1.2x`);
        console.log('concurrency  bot median ms  echo median ms  median ratio  bot req/s  echo req/s  throughput ratio (echo/bot)');
        // Rounds alternate echo and bot so drift in the machine's speed hits both alike.
        for (const [concurrency, perWorker] of [[1, 150], [64, 4]]) {
            record();
            const echoRounds: LoadResult[] = [];
            const botRounds: LoadResult[] = [];
            for (let round = 0; round < ROUNDS; round++) {
                echoRounds.push(await load(echo.url, channel.serviceUrl, concurrency, perWorker));
                botRounds.push(await load(bot.url, channel.serviceUrl, concurrency, perWorker));
            }
            const replies = record().length;
            const [echoAll, botAll] = [combine(echoRounds), combine(botRounds)];
            const [echoResult, botResult] = [{ ...summary(echoAll), errors: echoAll.errors }, { ...summary(botAll), errors: botAll.errors }];
            console.log(
                `${String(concurrency).padStart(11)}  ${fmt(botResult.medianMs).padStart(13)}  ${fmt(echoResult.medianMs).padStart(14)}  ${fmt(ratio(botResult.medianMs, echoResult.medianMs)).padStart(12)}x` +
                    `  ${fmt(botResult.throughputPerSec, 0).padStart(9)}  ${fmt(echoResult.throughputPerSec, 0).padStart(10)}  ${fmt(ratio(echoResult.throughputPerSec, botResult.throughputPerSec)).padStart(10)}x` +
                    `   (errors bot ${botResult.errors}, echo ${echoResult.errors}; replies ${replies})`
            );
        }
    } finally {
        child.send('stop');
        await channel.stop();
    }
}
