import { Writable } from 'node:stream';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildBot, type Bot } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import { createLogger } from '../../src/logger';
import { Verb } from '../../src/cards/verbs';
import { openDatabase } from '../../src/store/database';
import { inConversation, messageActivity, submitActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

/** The value of one series in a Prometheus text exposition. */
function series(exposition: string, name: string): number | undefined {
    const line = exposition.split('\n').find((l) => l.startsWith(`${name} `));
    return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

interface Running {
    bot: Bot;
    url: string;
}

async function serve(env: Record<string, string> = {}, overrides: Parameters<typeof buildBot>[2] = {}, logger = silentLogger): Promise<Running> {
    const settings = loadSettings({ PORT: '0', HOST: '127.0.0.1', PLAYGROUND: 'off', NODE_ENV: 'test', ...env });
    const bot = await buildBot(settings, logger, { db: openDatabase(':memory:'), graphRetryDelaySeconds: 0, ai: null, ...overrides });
    const url = (await bot.start())!;
    return { bot, url };
}

let channel: FakeChannel;
beforeAll(async () => {
    channel = await new FakeChannel().start();
});
afterAll(() => channel.stop());

async function say(url: string, activity: ReturnType<typeof messageActivity>): Promise<Response> {
    const before = channel.received.length;
    const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...activity, serviceUrl: channel.serviceUrl })
    });
    expect(response.status).toBe(200);
    await channel.waitForReplies(before + 1);
    return response;
}

test('/metrics shows real counters after a session: intents, card actions, Graph requests and $batch sub-requests', async () => {
    const { bot, url } = await serve();
    try {
        const conversation = inConversation('metrics-session');
        await say(url, messageActivity('help', conversation));
        await say(url, messageActivity('status PF3XYZ12', conversation));
        await say(url, messageActivity('what is step 4', conversation));
        await say(url, submitActivity({ verb: Verb.checklist, serial: 'PF3XYZ12' }, conversation));
        await say(url, submitActivity({ verb: 'madeUpVerb' }, conversation));

        const response = await fetch(`${url}/metrics`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
        const body = await response.text();
        expect(series(body, 'autopilot_bot_turns_total{intent="help"}')).toBe(1);
        expect(series(body, 'autopilot_bot_turns_total{intent="status"}')).toBe(1);
        expect(series(body, 'autopilot_bot_turns_total{intent="step"}')).toBe(1);
        expect(series(body, `autopilot_bot_card_actions_total{verb="${Verb.checklist}"}`)).toBe(1);
        expect(series(body, 'autopilot_bot_card_actions_total{verb="unknown"}')).toBe(1);
        // The status lookup is one $batch of three reads; the checklist pre-fills from Intune too.
        expect(series(body, 'autopilot_bot_graph_requests_total{status="200"}')).toBeGreaterThanOrEqual(2);
        expect(series(body, 'autopilot_bot_graph_batch_subrequests_total{status="200"}')).toBeGreaterThanOrEqual(3);
        expect(series(body, 'autopilot_bot_graph_throttled_total{level="request"}')).toBeUndefined();
    } finally {
        await bot.stop();
        bot.db.close();
    }
});

test('/metrics reads open escalations from the case store at each scrape', async () => {
    const { bot, url } = await serve();
    const tenantId = 'c0ffee00-0000-4000-8000-0000000000e5';
    const post = (activity: ReturnType<typeof messageActivity>) =>
        fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...activity, serviceUrl: channel.serviceUrl }) });
    const openCases = async () => series(await (await fetch(`${url}/metrics`)).text(), 'autopilot_bot_escalations_open');
    try {
        expect(await openCases()).toBe(0);
        const helpdesk = {
            conversation: { id: '19:ops-hd@thread.tacv2;messageid=1', conversationType: 'channel', tenantId, isGroup: true, name: '' },
            channelData: { channel: { id: '19:ops-hd@thread.tacv2', name: 'Escalations' }, team: { id: '19:ops-team@thread.tacv2', name: 'Helpdesk' }, tenant: { id: tenantId } }
        };
        expect((await post(messageActivity('use this channel for escalations', helpdesk))).status).toBe(200);
        const technician = { conversation: { id: 'a:ops-tech', conversationType: 'personal', tenantId, isGroup: false, name: '' } };
        expect((await post(messageActivity('escalate 038511294557 TPM error at device setup', technician))).status).toBe(200);
        let open = await openCases();
        for (let attempt = 0; attempt < 50 && open !== 1; attempt++) {
            await new Promise((resolve) => setTimeout(resolve, 100));
            open = await openCases();
        }
        expect(open).toBe(1);
    } finally {
        await bot.stop();
        bot.db.close();
    }
});

test('/metrics shows watched devices from the watch store, monitor cycles and alerts sent', async () => {
    // The demo tenant's moving devices on a clock the test steps: in progress when watched, failed and stalled later.
    let t = Date.now();
    const { bot, url } = await serve({ STALL_AFTER_MINUTES: '3' }, { now: () => new Date(t) });
    const scrape = async () => (await fetch(`${url}/metrics`)).text();
    try {
        const conversation = inConversation('metrics-watch');
        await say(url, messageActivity('watch R90W2K4F', conversation));
        await say(url, messageActivity('watch 5CD4017HJT', conversation));
        expect(series(await scrape(), 'autopilot_bot_watched_devices')).toBe(2);
        const before = series(await scrape(), 'autopilot_bot_monitor_cycle_seconds_count') ?? 0;
        const replies = channel.received.length;
        t += 3 * 60_000;
        const report = await bot.deps.monitor.runCycle();
        const body = await scrape();
        expect(series(body, 'autopilot_bot_monitor_cycle_seconds_count')).toBe(before + 1);
        // One device failed and one is stalled: each is told once, and counted by kind.
        expect(report.alerts).toBe(2);
        await channel.waitForReplies(replies + report.alerts);
        const alerts = body.split('\n').filter((l) => l.startsWith('autopilot_bot_alerts_sent_total{'));
        expect(alerts.reduce((sum, line) => sum + Number(line.split(' ')[1]), 0)).toBe(report.alerts);
        expect(series(body, 'autopilot_bot_alerts_sent_total{kind="failed"}')).toBe(1);
    } finally {
        await bot.stop();
        bot.db.close();
    }
});

test('with METRICS_TOKEN set, /metrics wants that bearer token; probes stay open', async () => {
    const token = 'scrape-4f9c2a7e1b8d3c6a';
    const { bot, url } = await serve({ METRICS_TOKEN: token });
    try {
        const refused = await fetch(`${url}/metrics`);
        expect(refused.status).toBe(401);
        expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(await refused.text()).not.toContain('autopilot_bot_');
        expect((await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
        const allowed = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
        expect(allowed.status).toBe(200);
        expect(await allowed.text()).toContain('autopilot_bot_turns_total');
        expect((await fetch(`${url}/readyz`)).status).toBe(200);
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
        await bot.stop();
        bot.db.close();
    }
    expect(() => loadSettings({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
});

test('Graph throttling is counted per attempt and per sub-request', async () => {
    const { bot, url } = await serve({ DEMO_GRAPH_FAULTS: '429=0.5,retry-after=0', GRAPH_MAX_RETRY_AFTER_SECONDS: '1' });
    try {
        const conversation = inConversation('metrics-throttled');
        for (const serial of ['PF3XYZ12', 'CZC2410A01', 'MJ0GH4TZ']) await say(url, messageActivity(`status ${serial}`, conversation));
        const body = await (await fetch(`${url}/metrics`)).text();
        const throttled = (series(body, 'autopilot_bot_graph_throttled_total{level="request"}') ?? 0) + (series(body, 'autopilot_bot_graph_throttled_total{level="subrequest"}') ?? 0);
        expect(throttled).toBeGreaterThan(0);
        expect(series(body, 'autopilot_bot_graph_requests_total{status="429"}') ?? 0).toBe(series(body, 'autopilot_bot_graph_throttled_total{level="request"}') ?? 0);
    } finally {
        await bot.stop();
        bot.db.close();
    }
});

test('/readyz is ready with the demo tenant, and says which check fails when storage closes', async () => {
    const { bot, url } = await serve();
    try {
        const ready = await fetch(`${url}/readyz`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toEqual({
            status: 'ready',
            checks: { storage: { ok: true }, graph: { ok: true, detail: 'demo tenant' }, services: { ok: true, detail: bot.services.map((s) => s.name).join(', ') || 'none' } }
        });
        bot.db.close();
        const unready = await fetch(`${url}/readyz`);
        expect(unready.status).toBe(503);
        const body = (await unready.json()) as { status: string; checks: Record<string, { ok: boolean }> };
        expect(body.status).toBe('unready');
        expect(body.checks.storage.ok).toBe(false);
        expect(body.checks.graph.ok).toBe(true);
        // Liveness is another question: the process still answers.
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
        await bot.stop();
    }
});

test('/readyz names a background service that stopped (the monitor, auto-escalation), and is ready again once it runs', async () => {
    const { bot, url } = await serve({ AUTO_ESCALATE_AFTER_MINUTES: '30' });
    const services = async () => {
        const response = await fetch(`${url}/readyz`);
        return { status: response.status, services: ((await response.json()) as { checks: { services: { ok: boolean; detail?: string } } }).checks.services };
    };
    try {
        const names = bot.services.map((s) => s.name);
        expect(names).toEqual(expect.arrayContaining(['device monitor', 'auto-escalation', 'escalation']));
        expect(await services()).toEqual({ status: 200, services: { ok: true, detail: names.join(', ') } });
        for (const name of ['device monitor', 'auto-escalation', 'escalation']) {
            const service = bot.services.find((s) => s.name === name)!;
            await service.stop();
            expect(await services()).toEqual({ status: 503, services: { ok: false, detail: `not running: ${name}` } });
            await service.start();
            expect((await services()).status).toBe(200);
        }
    } finally {
        await bot.stop();
        bot.db.close();
    }
});

test('/readyz goes unready while another process holds the database locked, and ready once it lets go', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-locked-'));
    const file = path.join(dataDir, 'bot.sqlite');
    const { bot, url } = await serve({}, { db: openDatabase(dataDir) });
    const other = new Database(file);
    const storage = async () => {
        const response = await fetch(`${url}/readyz`);
        return { status: response.status, storage: ((await response.json()) as { checks: { storage: { ok: boolean; detail?: string } } }).checks.storage };
    };
    try {
        expect(await storage()).toEqual({ status: 200, storage: { ok: true } });
        other.prepare('BEGIN IMMEDIATE').run();
        const locked = await storage();
        expect(locked.status).toBe(503);
        expect(locked.storage).toEqual({ ok: false, detail: 'database is locked by another process: turns cannot write' });
        other.prepare('ROLLBACK').run();
        expect(await storage()).toEqual({ status: 200, storage: { ok: true } });
        // The probe leaves the bot's own connection as it was: writes still wait their busy timeout.
        expect(bot.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
        other.close();
        await bot.stop();
        bot.db.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
    }
});

test('/readyz goes unready when Graph is down, and ready again when it is back', async () => {
    // A Graph-compatible server the test controls: up, then down (connection refused), then up again.
    const graph = http.createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ value: [] }));
    });
    await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
    const port = (graph.address() as AddressInfo).port;
    let nowMs = Date.parse('2026-11-30T10:00:00Z');
    const { bot, url } = await serve({}, { graphBaseUrl: `http://127.0.0.1:${port}`, now: () => new Date(nowMs) });
    const readiness = async () => {
        const response = await fetch(`${url}/readyz`);
        return { status: response.status, graph: ((await response.json()) as { checks: { graph: { ok: boolean; detail?: string } } }).checks.graph };
    };
    try {
        expect(await readiness()).toEqual({ status: 200, graph: { ok: true, detail: 'reachable' } });
        await new Promise<void>((resolve) => {
            graph.closeAllConnections();
            graph.close(() => resolve());
        });
        nowMs += 60_000; // past the probe cache
        const down = await readiness();
        expect(down.status).toBe(503);
        expect(down.graph.ok).toBe(false);
        await new Promise<void>((resolve) => graph.listen(port, '127.0.0.1', resolve));
        nowMs += 60_000;
        expect(await readiness()).toEqual({ status: 200, graph: { ok: true, detail: 'reachable' } });
    } finally {
        await bot.stop();
        bot.db.close();
        graph.closeAllConnections();
        await new Promise<void>((resolve) => graph.close(() => resolve()));
    }
});

test('every log line of a turn carries the correlation id returned in x-correlation-id', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
        write(chunk, _encoding, done) {
            for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
            done();
        }
    });
    // Intune throttled beyond what a turn waits: the status turn logs a warning from deep inside the handler.
    const { bot, url } = await serve({ DEMO_GRAPH_FAULTS: '429=1,retry-after=30', GRAPH_MAX_RETRY_AFTER_SECONDS: '1' }, {}, createLogger('debug', sink));
    try {
        const response = await say(url, messageActivity('status PF3XYZ12', inConversation('correlated')));
        const id = response.headers.get('x-correlation-id');
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        const given = await fetch(`${url}/healthz`, { headers: { 'x-correlation-id': 'lb-probe-42' } });
        expect(given.headers.get('x-correlation-id')).toBe('lb-probe-42');
        const forged = await fetch(`${url}/healthz`, { headers: { 'x-correlation-id': 'bad id {"level":60}' } });
        expect(forged.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
        const startup = lines.find((l) => l.msg === 'bot started');
        expect(startup?.correlationId).toBeUndefined();
        const turn = lines.filter((l) => l.correlationId === id).map((l) => l.msg);
        expect(turn).toEqual(expect.arrayContaining(['status lookup failed', 'turn']));
    } finally {
        await bot.stop();
        bot.db.close();
    }
});
