import { renderAlertCard } from '../../src/cards/alertCard';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConversationReference } from 'botbuilder';
import { createAdapter } from '../../src/server/botAdapter';
import { ProactiveSender } from '../../src/proactive/proactiveSender';
import { startDemoTenant, DemoTenant } from '../../src/demo/demoTenant';
import { parseFaults } from '../../src/demo/faults';
import { AutopilotGraph } from '../../src/graph/autopilotGraph';
import { createGraphClient } from '../../src/graph/graphClient';
import { GraphRequestBudget } from '../../src/graph/requestBudget';
import { ALERT_DELIVERY_TRIES, DeviceMonitor } from '../../src/monitor/poller';
import { BotMetrics } from '../../src/ops/metrics';
import { DeviceStatusService } from '../../src/status/statusService';
import { AlertLedger } from '../../src/store/alertLedger';
import { conversationKey, SqliteConversationReferenceStore } from '../../src/store/conversationReferences';
import { openDatabase, SqliteDatabase } from '../../src/store/database';
import { DeviceTrackingStore } from '../../src/monitor/deviceTrackingStore';
import { MonitorCursorStore } from '../../src/store/monitorCursor';
import { WatchStore } from '../../src/store/watches';
import { FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

const TENANT = 'tenant-m';

/** The monitor end to end: Graph over HTTP from the demo tenant, alerts over HTTP to a stand-in channel, state in a SQLite file. */
describe('device monitor', () => {
    let demo: DemoTenant;
    let channel: FakeChannel;
    let dataDir: string;
    const open: SqliteDatabase[] = [];

    beforeAll(async () => {
        demo = await startDemoTenant({ faults: parseFaults(undefined) });
    });
    afterAll(() => demo.close());
    beforeEach(async () => {
        channel = await new FakeChannel().start();
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-'));
    });
    afterEach(async () => {
        open.splice(0).forEach((db) => db.open && db.close());
        await channel.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
    });

    const serialOf = (scenario: string) => demo.serials().find((s) => s.scenario === scenario)!.serial;

    function reference(id: string, conversationType: string): Partial<ConversationReference> {
        return {
            channelId: 'msteams',
            serviceUrl: channel.serviceUrl,
            conversation: { id, tenantId: TENANT, conversationType, isGroup: conversationType !== 'personal', name: '' },
            bot: { id: 'bot-1', name: 'Autopilot Technician' },
            user: { id: '29:user-1', name: 'Alex Tech' }
        };
    }

    /** Everything the monitor needs, opened on the data directory: calling it again is a restart. */
    function boot(options: { baseUrl?: string; requestsPer20s?: number; metrics?: BotMetrics; now?: () => Date } = {}) {
        const db = openDatabase(dataDir);
        open.push(db);
        const references = new SqliteConversationReferenceStore(db);
        const budget = new GraphRequestBudget(options.requestsPer20s ?? 800);
        const graph = new AutopilotGraph(createGraphClient({ baseUrl: options.baseUrl ?? demo.baseUrl, maxRetryAfterSeconds: 1, retryDelaySeconds: 0, requestBudget: budget }));
        const status = new DeviceStatusService(graph, { now: () => new Date(), espTimeoutMinutes: 60 });
        const adapter = createAdapter({ bot: { mode: 'local', appId: '', type: 'MultiTenant' }, logger: silentLogger });
        const proactive = new ProactiveSender({ adapter, botAppId: '', references, logger: silentLogger, backoffMs: 5 });
        const stores = { watches: new WatchStore(db), tracking: new DeviceTrackingStore(db), ledger: new AlertLedger(db), cursor: new MonitorCursorStore(db), references };
        const monitor = new DeviceMonitor({
            graph,
            statusOf: (records) => status.statusOf(records),
            stores,
            proactive,
            renderAlert: renderAlertCard,
            logger: silentLogger,
            thresholds: { stallAfterMinutes: 45, quietMinutes: 30 },
            pollSeconds: 120,
            watchTtlHours: 24,
            metrics: options.metrics,
            now: options.now
        });
        return { monitor, stores, budget };
    }

    function watch(stores: ReturnType<typeof boot>['stores'], conversation: Partial<ConversationReference>, serial: string, hoursLeft = 24, askedAgoMs = 3600_000) {
        stores.references.save(conversation);
        const now = Date.now();
        stores.watches.add({
            tenantId: TENANT,
            conversationKey: conversationKey(conversation),
            serial,
            askedBy: { id: '29:user-1', aadObjectId: 'aad-user-1', name: 'Alex Tech' },
            createdAt: new Date(now - askedAgoMs),
            expiresAt: new Date(now + hoursLeft * 3600_000)
        });
    }

    const alertsIn = () =>
        channel.received.map((r) => {
            const card = r.body.attachments?.[0]?.content;
            const texts = JSON.stringify(card ?? r.body.text);
            const title = /"(Provisioning looks stalled|Provisioning failed|Ready to Reseal|Finished, but the ESP timed out|Deployment complete)"/.exec(texts)?.[1];
            return `${r.path.split('/')[3]} ${title ?? r.body.text}`;
        });

    test('stalled, failed and ready each alert once, in the conversation that asked; a restart repeats nothing', async () => {
        const first = boot();
        const personal = reference('conv-tech', 'personal');
        watch(first.stores, personal, serialOf('stalled'));
        watch(first.stores, personal, serialOf('failedApp'));
        watch(first.stores, personal, serialOf('readyToReseal'));
        watch(first.stores, personal, serialOf('inProgress'));

        const report = await first.monitor.runCycle();
        expect(report).toMatchObject({ devices: 4, read: 4, alerts: 3, failed: 0 });
        expect(alertsIn().sort()).toEqual(['conv-tech Provisioning failed', 'conv-tech Provisioning looks stalled', 'conv-tech Ready to Reseal']);
        // Ready ends the watch; the others go on.
        expect(first.stores.watches.inConversation(conversationKey(personal)).map((w) => w.serial).sort()).toEqual(
            [serialOf('stalled'), serialOf('failedApp'), serialOf('inProgress')].sort()
        );

        expect((await first.monitor.runCycle()).alerts).toBe(0);
        const second = boot(); // restart on the same file
        expect((await second.monitor.runCycle()).alerts).toBe(0);
        expect(channel.received).toHaveLength(3);
    });

    test('a second cycle reads only what changed: finished devices are not read again', async () => {
        const { monitor, stores, budget } = boot();
        const personal = reference('conv-tech', 'personal');
        for (const scenario of ['stalled', 'failedApp', 'failedTpm', 'readyToReseal', 'inProgress', 'userFlowDone']) watch(stores, personal, serialOf(scenario));
        await monitor.runCycle();
        const before = budget.counts();
        const report = await monitor.runCycle();
        const spent = budget.counts().subRequests - before.subRequests;
        // The live in-progress device has a new event each cycle; everything else is finished or known stalled.
        expect(report.read).toBeLessThanOrEqual(1);
        expect(spent).toBeLessThanOrEqual(4); // the events feed, then identity + managed device of the changed one
    });

    test('a 429 storm from Graph: the cycle backs off, sends nothing wrong, and the next calm cycle catches up', async () => {
        const stormy = await startDemoTenant({ faults: parseFaults('429=1,retry-after=1') });
        try {
            const { monitor, stores, budget } = boot({ baseUrl: stormy.baseUrl });
            const personal = reference('conv-tech', 'personal');
            for (let i = 0; i < 3; i++) watch(stores, personal, serialOf(['failedApp', 'readyToReseal', 'stalled'][i]));
            const report = await monitor.runCycle();
            expect(report).toMatchObject({ read: 3, failed: 3, alerts: 0 });
            // One $batch holds all three devices; its throttled sub-requests are not re-read one by one into the storm.
            expect(budget.counts()).toMatchObject({ roundTrips: 1, subRequests: 9, throttled: 9 });
            expect(channel.received).toHaveLength(0);
        } finally {
            await stormy.close();
        }
        const calm = boot();
        expect((await calm.monitor.runCycle()).alerts).toBe(3);
    });

    test('Graph throttling for longer than a few cycles: each watcher is told once that alerts may be late, then the alert comes', async () => {
        const stormy = await startDemoTenant({ faults: parseFaults('429=1,retry-after=1') });
        let clock = Date.now();
        const now = () => new Date(clock);
        const later = (minutes: number) => (clock += minutes * 60_000);
        const personal = reference('conv-tech', 'personal');
        const group = reference('conv-group', 'groupChat');
        const stalled = serialOf('stalled');
        const notes = () => channel.received.filter((r) => /may come late/.test(r.body.text ?? ''));
        try {
            const { monitor, stores } = boot({ baseUrl: stormy.baseUrl, now });
            watch(stores, personal, stalled);
            watch(stores, group, stalled);
            expect((await monitor.runCycle()).failed).toBe(1);
            later(10);
            await monitor.runCycle();
            // A short outage says nothing: the alert simply comes when Intune answers.
            expect(channel.received).toHaveLength(0);
            later(6);
            await monitor.runCycle();
            expect(notes().map((r) => r.path.split('/')[3]).sort()).toEqual(['conv-group', 'conv-tech']);
            expect(notes()[0].body.text).toBe(
                `Intune has been throttling my requests for 16 min, so I could not check ${stalled}: an alert about it may come late. ` +
                    `I keep trying and will tell you as soon as I can read it. "status ${stalled}" tries now.`
            );
            later(10);
            await monitor.runCycle();
            expect(channel.received).toHaveLength(2); // never twice for the same outage
        } finally {
            await stormy.close();
        }
        // Intune answers again on the same data: the stall alert comes, and no more notes.
        const calm = boot({ now });
        expect((await calm.monitor.runCycle()).alerts).toBe(2);
        expect(notes()).toHaveLength(2);
    });

    test('a steady share of 429s: throttled sub-requests are fetched again after their Retry-After, the alerts come in that cycle', async () => {
        const paced = await startDemoTenant({ faults: parseFaults('429=0.3,retry-after=0') });
        try {
            const { monitor, stores, budget } = boot({ baseUrl: paced.baseUrl });
            const personal = reference('conv-tech', 'personal');
            for (const scenario of ['failedApp', 'readyToReseal', 'stalled']) watch(stores, personal, serialOf(scenario));
            const report = await monitor.runCycle();
            expect(report).toMatchObject({ read: 3, failed: 0, alerts: 3 });
            expect(budget.counts().throttled).toBeGreaterThan(0);
        } finally {
            await paced.close();
        }
    });

    test('in a group chat the alert mentions who asked', async () => {
        const { monitor, stores } = boot();
        watch(stores, reference('conv-group', 'groupChat'), serialOf('failedTpm'));
        await monitor.runCycle();
        expect(channel.received).toHaveLength(1);
        expect(channel.received[0].body.attachments[0].content.msteams.entities).toEqual([
            { type: 'mention', text: '<at>Alex Tech</at>', mentioned: { id: 'aad-user-1', name: 'Alex Tech' } }
        ]);
    });

    test('an uninstalled conversation (403) loses its reference and its watches, and is not retried', async () => {
        const { monitor, stores } = boot();
        const gone = reference('conv-gone', 'personal');
        watch(stores, gone, serialOf('failedApp'));
        watch(stores, gone, serialOf('stalled'));
        channel.faults.push({ status: 403, code: 'BotNotInConversationRoster' });
        await monitor.runCycle();
        expect(stores.references.get(conversationKey(gone))).toBeUndefined();
        expect(stores.watches.inConversation(conversationKey(gone))).toEqual([]);
        expect(channel.requests).toBe(1);
        await monitor.runCycle();
        expect(channel.requests).toBe(1);
    });

    test('an expired watch ends with a short note; a device that never started is told as such', async () => {
        const { monitor, stores } = boot();
        const personal = reference('conv-tech', 'personal');
        watch(stores, personal, serialOf('readyToProvision'), -1);
        const report = await monitor.runCycle();
        expect(report.expired).toBe(1);
        expect(channel.received.map((r) => r.body.text)).toEqual([expect.stringMatching(/no deployment started in that time/)]);
        expect(stores.watches.count()).toBe(0);
    });

    test('snoozed stall alerts wait; other kinds still come', async () => {
        const { monitor, stores } = boot();
        const personal = reference('conv-tech', 'personal');
        watch(stores, personal, serialOf('stalled'));
        watch(stores, personal, serialOf('failedApp'));
        stores.watches.snooze(TENANT, conversationKey(personal), serialOf('stalled'), new Date(Date.now() + 30 * 60_000));
        await monitor.runCycle();
        expect(alertsIn()).toEqual(['conv-tech Provisioning failed']);
        // The snooze runs out while the device is still stuck: told once, then quiet again.
        stores.watches.snooze(TENANT, conversationKey(personal), serialOf('stalled'), new Date(Date.now() - 1000));
        await monitor.runCycle();
        await monitor.runCycle();
        expect(alertsIn()).toEqual(['conv-tech Provisioning failed', 'conv-tech Provisioning looks stalled']);
    });

    test('a stall alert snoozed after it was sent comes back once when the snooze ends', async () => {
        const { monitor, stores } = boot();
        const personal = reference('conv-tech', 'personal');
        watch(stores, personal, serialOf('stalled'));
        await monitor.runCycle();
        stores.watches.snooze(TENANT, conversationKey(personal), serialOf('stalled'), new Date(Date.now() - 1000));
        await monitor.runCycle();
        await monitor.runCycle();
        expect(alertsIn()).toEqual(['conv-tech Provisioning looks stalled', 'conv-tech Provisioning looks stalled']);
    });

    test('a watch asked later on a device already polled and unchanged still gets its own single alert (personal, group, channel)', async () => {
        const { monitor, stores } = boot();
        const personal = reference('conv-tech', 'personal');
        const group = reference('conv-group', 'groupChat');
        const teamChannel = reference('conv-channel;messageid=1', 'channel');
        for (const scenario of ['stalled', 'failedApp', 'readyToReseal']) watch(stores, personal, serialOf(scenario));
        await monitor.runCycle();
        expect(channel.received).toHaveLength(3);
        // Nothing changes on the devices; two more conversations watch them now.
        for (const place of [group, teamChannel]) for (const scenario of ['stalled', 'failedApp', 'readyToReseal']) watch(stores, place, serialOf(scenario), 24, 0);
        expect((await monitor.runCycle()).alerts).toBe(6);
        expect((await monitor.runCycle()).alerts).toBe(0);
        const byConversation = (id: string) => alertsIn().filter((a) => a.startsWith(`${id} `)).sort();
        const all = ['Provisioning failed', 'Provisioning looks stalled', 'Ready to Reseal'];
        expect(byConversation('conv-tech')).toEqual(all.map((t) => `conv-tech ${t}`));
        expect(byConversation('conv-group')).toEqual(all.map((t) => `conv-group ${t}`));
        expect(alertsIn().filter((a) => a.startsWith('conv-channel')).sort()).toHaveLength(3);
        // A restart owes nobody anything.
        expect((await boot().monitor.runCycle()).alerts).toBe(0);
    });

    /** Enough 429s to outlast every retry of one send: 3 sender attempts × (1 + 3 connector retries). */
    const throttleOneSend = () => {
        for (let i = 0; i < 12; i++) channel.faults.push({ status: 429, retryAfter: '0' });
    };

    test('an alert the channel throttles past every retry is kept, counted, and delivered once on a later cycle', async () => {
        const metrics = new BotMetrics();
        const { monitor, stores } = boot({ metrics });
        const personal = reference('conv-tech', 'personal');
        watch(stores, personal, serialOf('failedApp'));
        throttleOneSend();
        expect(await monitor.runCycle()).toMatchObject({ alerts: 0, retrying: 1, undelivered: 0 });
        expect(channel.received).toHaveLength(0);
        expect((await metrics.exposition()).body).toContain('autopilot_bot_alerts_undelivered_total{kind="failed",fate="retrying"} 1');

        // The throttle has lifted: the finished device is read again for the alert it is owed.
        expect(await monitor.runCycle()).toMatchObject({ alerts: 1, retrying: 0 });
        expect(await monitor.runCycle()).toMatchObject({ alerts: 0, retrying: 0 });
        expect((await boot().monitor.runCycle()).alerts).toBe(0);
        expect(alertsIn()).toEqual(['conv-tech Provisioning failed']);
        expect((await metrics.exposition()).body).toContain('autopilot_bot_alerts_sent_total{kind="failed"} 1');
    });

    test('a throttle that never lifts: the alert is tried on a bounded number of cycles, then given up and counted', async () => {
        const { monitor, stores } = boot();
        const personal = reference('conv-tech', 'personal');
        watch(stores, personal, serialOf('readyToReseal'));
        const reports = [];
        for (let cycle = 0; cycle < ALERT_DELIVERY_TRIES + 2; cycle++) {
            throttleOneSend();
            reports.push(await monitor.runCycle());
        }
        channel.faults.splice(0);
        expect(reports.map((r) => r.retrying)).toEqual([...Array(ALERT_DELIVERY_TRIES - 1).fill(1), 0, 0, 0]);
        expect(reports[ALERT_DELIVERY_TRIES - 1].undelivered).toBe(1);
        expect(channel.requests).toBe(ALERT_DELIVERY_TRIES * 12);
        expect(channel.received).toHaveLength(0);
        // Given up, not forgotten: the watch stays (the device was never told ready), and nothing is sent late.
        expect(stores.watches.inConversation(conversationKey(personal))).toHaveLength(1);
        expect((await monitor.runCycle()).alerts).toBe(0);
    });

    test('a 5xx outage of the channel delays the alerts of several conversations; each arrives once', async () => {
        const { monitor, stores } = boot();
        const personal = reference('conv-tech', 'personal');
        const group = reference('conv-group', 'groupChat');
        watch(stores, personal, serialOf('stalled'));
        watch(stores, group, serialOf('stalled'));
        for (let i = 0; i < 24; i++) channel.faults.push({ status: 503, retryAfter: '0' });
        expect(await monitor.runCycle()).toMatchObject({ alerts: 0, retrying: 2 });
        expect(await monitor.runCycle()).toMatchObject({ alerts: 2, retrying: 0 });
        expect(await monitor.runCycle()).toMatchObject({ alerts: 0 });
        expect(alertsIn().sort()).toEqual(['conv-group Provisioning looks stalled', 'conv-tech Provisioning looks stalled']);
    });
});
