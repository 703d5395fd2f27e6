import type { ConversationReference } from 'botbuilder';
import { renderAlertCard } from '../../src/cards/alertCard';
import type { AutopilotGraph } from '../../src/graph/autopilotGraph';
import type { DeviceRecords } from '../../src/graph/types';
import { DeviceTrackingStore } from '../../src/monitor/deviceTrackingStore';
import { DeviceMonitor } from '../../src/monitor/poller';
import { WatchService } from '../../src/monitor/watchService';
import { ProactiveSender } from '../../src/proactive/proactiveSender';
import { createAdapter } from '../../src/server/botAdapter';
import { DeviceStatusService } from '../../src/status/statusService';
import { AlertLedger } from '../../src/store/alertLedger';
import { conversationKey, SqliteConversationReferenceStore } from '../../src/store/conversationReferences';
import { openDatabase, type SqliteDatabase } from '../../src/store/database';
import { MonitorCursorStore } from '../../src/store/monitorCursor';
import { WatchStore } from '../../src/store/watches';
import { FakeChannel } from '../support/fakeChannel';
import { graphRecordsAt } from '../support/graphRecords';
import { silentLogger } from '../support/silentLogger';

const TENANT = 'tenant-told';
const SERIAL = 'PF3XYZ12';

/**
 * "Never twice" across the watch answer and the monitor: a device already stalled when watched is told in the answer
 * and recorded as told, so the monitor's next cycles stay silent; when it then fails, that change alerts once. The
 * real WatchService, monitor, ledger (SQLite) and proactive sender to a stand-in channel; Graph is a scripted device.
 */
describe('a state told in the watch answer is not alerted again; a later change is, once', () => {
    let channel: FakeChannel;
    let db: SqliteDatabase;
    let t = Date.UTC(2025, 10, 28, 9, 0);
    const now = () => new Date(t);
    /** What Graph says about the device right now. */
    let records: DeviceRecords;

    const graph = {
        deviceRecords: async () => records,
        deviceRecordsFor: async (serials: string[]) => new Map(serials.map((serial) => [serial, records])),
        deploymentEventsSince: async () => records.events,
        policyStatusDetails: async () => []
    } as unknown as AutopilotGraph;

    beforeAll(async () => (channel = await new FakeChannel().start()));
    afterAll(async () => {
        db.close();
        await channel.stop();
    });

    function recordsAt(over: Parameters<ReturnType<typeof graphRecordsAt>['event']>[0]): DeviceRecords {
        const { event, device } = graphRecordsAt(now());
        return { candidates: [{ id: 'ap-1', serialNumber: SERIAL }], identity: { id: 'ap-1', serialNumber: SERIAL, manufacturer: 'HP', model: 'HP EliteBook 840 G10' }, events: [event(over)], managedDevice: device() };
    }

    it('stalled when watched: told in the answer, no alert; failed later: one alert', async () => {
        db = openDatabase(':memory:');
        const references = new SqliteConversationReferenceStore(db);
        const stores = { watches: new WatchStore(db), tracking: new DeviceTrackingStore(db), ledger: new AlertLedger(db), cursor: new MonitorCursorStore(db), references };
        const thresholds = { stallAfterMinutes: 45, quietMinutes: 30 };
        const statusService = new DeviceStatusService(graph, { now, espTimeoutMinutes: 60 });
        const adapter = createAdapter({ bot: { mode: 'local', appId: '', type: 'MultiTenant' }, logger: silentLogger });
        const proactive = new ProactiveSender({ adapter, botAppId: '', references, logger: silentLogger, backoffMs: 5 });
        const watches = new WatchService({ statusService, ...stores, now, ttlHours: 24, thresholds });
        const monitor = new DeviceMonitor({
            graph,
            statusOf: (read) => statusService.statusOf(read),
            stores,
            proactive,
            renderAlert: renderAlertCard,
            logger: silentLogger,
            thresholds,
            pollSeconds: 120,
            watchTtlHours: 24,
            now
        });
        const conversation: Partial<ConversationReference> = {
            channelId: 'msteams',
            serviceUrl: channel.serviceUrl,
            conversation: { id: 'conv-told', tenantId: TENANT, conversationType: 'personal', isGroup: false, name: '' },
            bot: { id: 'bot-1', name: 'Autopilot Technician' },
            user: { id: '29:user-1', name: 'Alex Tech' }
        };
        references.save(conversation);
        const place = { tenantId: TENANT, conversationKey: conversationKey(conversation) };

        // Running for 52 minutes: past STALL_AFTER_MINUTES (45) already.
        records = recordsAt({ deploymentStartDateTime: new Date(t - 52 * 60_000).toISOString() });
        const watched = await watches.watch(place, { id: '29:user-1', name: 'Alex Tech' }, SERIAL);
        expect(watched).toMatchObject({ kind: 'watching', told: { kind: 'stalled', minutes: 52, stallCause: 'running' }, watching: true });

        for (let cycle = 0; cycle < 3; cycle++) {
            t += 2 * 60_000;
            await monitor.runCycle();
        }
        expect(channel.received).toHaveLength(0);

        // The same deployment fails: a change, told once.
        records = recordsAt({ deploymentStartDateTime: new Date(t - 60 * 60_000).toISOString(), deploymentState: 'failure', deviceSetupStatus: 'failure', eventDateTime: new Date(t).toISOString() });
        for (let cycle = 0; cycle < 3; cycle++) {
            t += 2 * 60_000;
            await monitor.runCycle();
        }
        expect(channel.received.map((r) => r.body.summary)).toEqual([`${SERIAL} failed provisioning`]);

        // Watched again now: the failure is told in the answer (the asker wants to know), and still never sent again.
        expect(await watches.watch(place, { id: '29:user-1' }, SERIAL)).toMatchObject({ told: { kind: 'failed' }, renewed: true });
        t += 2 * 60_000;
        await monitor.runCycle();
        expect(channel.received).toHaveLength(1);
    });
});
