import fs from 'node:fs';
import path from 'node:path';
import { PROFILE_WINDOWS_FILE, type ProfileWindow } from './turns';

/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`) of the bench servers' process: where a turn's main-thread
 * time goes, by package or file, by function, and the inclusive time of the project's own functions. With the
 * windows `bench/turns.ts` writes beside the profile, the samples are split by the server under load at the time,
 * so the bot is compared with the echo bot per turn, in the same run.
 *   BENCH_CPU_PROFILE=out/profiles npm run bench && npm run bench:profile -- out/profiles [top] [concurrency]
 */

interface CallFrame {
    functionName: string;
    url: string;
    lineNumber: number;
}
interface ProfileNode {
    id: number;
    callFrame: CallFrame;
    children?: number[];
}
interface CpuProfile {
    nodes: ProfileNode[];
    startTime: number;
    samples: number[];
    timeDeltas: number[];
}

/** A package under node_modules, a file of the project, a Node internal, or V8's own entries ("(garbage collector)"). */
function fileOf(frame: CallFrame): string {
    if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
    const url = frame.url.replace(/^file:\/\//, '');
    const modules = url.lastIndexOf('/node_modules/');
    if (modules >= 0) {
        const parts = url.slice(modules + '/node_modules/'.length).split('/');
        return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    }
    if (url.startsWith('node:')) return url;
    return path.relative(process.cwd(), url);
}

const functionOf = (frame: CallFrame) => `${frame.functionName || '(anonymous)'}  ${fileOf(frame)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
const isOwn = (frame: CallFrame) => /^(src|bench)\//.test(fileOf(frame));
/** Start-up (ts-node compiling, modules loading) is not what a turn costs. */
const isLoading = (frame: CallFrame) => ['node:internal/modules/cjs/loader', 'typescript', 'ts-node'].includes(fileOf(frame));

/** Main-thread time of one group of samples (one server under load, or the whole profile), in ms. */
interface Tally {
    turns: number;
    busyMs: number;
    selfByFunction: Map<string, number>;
    selfByFile: Map<string, number>;
    inclusiveOwn: Map<string, number>;
}

const newTally = (turns: number): Tally => ({ turns, busyMs: 0, selfByFunction: new Map(), selfByFile: new Map(), inclusiveOwn: new Map() });

function add(totals: Map<string, number>, key: string, ms: number) {
    totals.set(key, (totals.get(key) ?? 0) + ms);
}

/** Samples by the server whose window they fall in (or all in one group without windows); idle and start-up left out. */
function tallies(profile: CpuProfile, windows: ProfileWindow[] | undefined): Map<string, Tally> {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const groups = new Map<string, Tally>();
    for (const window of windows ?? []) {
        const group = groups.get(window.server) ?? newTally(0);
        group.turns += window.turns;
        groups.set(window.server, group);
    }
    if (!windows) groups.set('all', newTally(NaN));
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
        at += profile.timeDeltas[i];
        // timeDeltas[i + 1] is how long this sample's frame stayed on the CPU until the next sample.
        const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const server = windows ? windows.find((w) => at >= w.fromMicros && at < w.toMicros)?.server : 'all';
        const frame = byId.get(id)!.callFrame;
        if (server === undefined || frame.functionName === '(idle)') return;
        const stack: CallFrame[] = [];
        for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) stack.push(byId.get(node)!.callFrame);
        if (stack.some(isLoading)) return;
        const tally = groups.get(server)!;
        tally.busyMs += ms;
        add(tally.selfByFunction, functionOf(frame), ms);
        add(tally.selfByFile, fileOf(frame), ms);
        for (const key of new Set(stack.filter(isOwn).map(functionOf))) add(tally.inclusiveOwn, key, ms);
    });
    return groups;
}

function table(title: string, totals: Map<string, number>, tally: Tally, top: number): string {
    const perTurn = Number.isFinite(tally.turns);
    const rows = [...totals.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([key, ms]) => {
            const amount = perTurn ? `${((1000 * ms) / tally.turns).toFixed(0).padStart(6)} µs/turn` : `${ms.toFixed(0).padStart(8)} ms`;
            return `${amount} ${((100 * ms) / tally.busyMs).toFixed(1).padStart(5)}%  ${key}`;
        });
    return [`\n${title}`, ...rows].join('\n');
}

/** Where `a` spends more per turn than `b` (the bot against the echo bot), by key. */
function difference(title: string, a: Map<string, number>, aTurns: number, b: Map<string, number>, bTurns: number, top: number): string {
    const keys = new Set([...a.keys(), ...b.keys()]);
    const rows = [...keys]
        .map((key) => ({ key, a: (1000 * (a.get(key) ?? 0)) / aTurns, b: (1000 * (b.get(key) ?? 0)) / bTurns }))
        .sort((x, y) => y.a - y.b - (x.a - x.b))
        .slice(0, top)
        .map((row) => `${(row.a - row.b).toFixed(0).padStart(6)} µs/turn  (${row.a.toFixed(0)} vs ${row.b.toFixed(0)})  ${row.key}`);
    return [`\n${title}`, ...rows].join('\n');
}

export function summarise(profile: CpuProfile, windows: ProfileWindow[] | undefined, top: number): string {
    const groups = tallies(profile, windows);
    const out = [...groups.entries()].map(([server, tally]) =>
        Number.isFinite(tally.turns)
            ? `${server}: ${tally.turns} turns, main thread busy ${((1000 * tally.busyMs) / tally.turns).toFixed(0)} µs/turn`
            : `whole profile: main thread busy ${(tally.busyMs / 1000).toFixed(1)} s`
    );
    const bot = groups.get('bot') ?? groups.get('all')!;
    const echo = groups.get('echo');
    if (echo) {
        out.push(difference('what the bot spends beyond the echo bot, by package or file', bot.selfByFile, bot.turns, echo.selfByFile, echo.turns, top));
        out.push(difference('what the bot spends beyond the echo bot, by function', bot.selfByFunction, bot.turns, echo.selfByFunction, echo.turns, top));
    }
    out.push(table('bot: self time by function', bot.selfByFunction, bot, top));
    out.push(table('bot: self time by package or file', bot.selfByFile, bot, top));
    out.push(table("bot: inclusive time of the project's functions (synchronous parts)", bot.inclusiveOwn, bot, top));
    return out.join('\n');
}

function newestProfile(target: string): string {
    if (!fs.statSync(target).isDirectory()) return target;
    const profiles = fs
        .readdirSync(target)
        .filter((name) => name.endsWith('.cpuprofile'))
        .map((name) => path.join(target, name))
        .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
    if (profiles.length === 0) throw new Error(`no .cpuprofile in ${target}`);
    return profiles[0];
}

if (require.main === module) {
    const [target = 'out/profiles', top = '25', concurrency] = process.argv.slice(2);
    const file = newestProfile(target);
    const windowsFile = path.join(path.dirname(file), PROFILE_WINDOWS_FILE);
    // A third argument keeps only the rounds at that many conversations.
    const windows = fs.existsSync(windowsFile)
        ? (JSON.parse(fs.readFileSync(windowsFile, 'utf8')) as ProfileWindow[]).filter((w) => concurrency === undefined || w.concurrency === Number(concurrency))
        : undefined;
    console.log(`${file}${windows ? ` (split by ${windowsFile})` : ''}\n${summarise(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile, windows, Number(top))}`);
}
