import { renderAlertCard } from '../cards/alertCard';
import type { ProactiveSender } from '../proactive/proactiveSender';
import type { Settings } from '../config';
import type { Clock } from '../domain/clock';
import { AutopilotGraph } from '../graph/autopilotGraph';
import { createGraphClient, type GraphClientOptions } from '../graph/graphClient';
import { GraphRequestBudget } from '../graph/requestBudget';
import type { Logger } from '../logger';
import { DeviceMonitor } from '../monitor/poller';
import type { BotMetrics } from '../ops/metrics';
import { WatchService } from '../monitor/watchService';
import type { StallSettings } from '../status/stallRule';
import { DeviceStatusService } from '../status/statusService';
import { AlertLedger } from '../store/alertLedger';
import type { ConversationReferenceStore } from '../store/conversationReferences';
import type { SqliteDatabase } from '../store/database';
import { DeviceTrackingStore } from '../monitor/deviceTrackingStore';
import { MonitorCursorStore } from '../store/monitorCursor';
import { WatchStore } from '../store/watches';

/** The stall rule's thresholds from the settings: one reading for the status card and the monitor. */
export function stallThresholdsOf(settings: Settings): StallSettings {
    return { stallAfterMinutes: settings.monitor.stallAfterMinutes, quietMinutes: settings.monitor.stallQuietMinutes };
}

export interface MonitorCapability {
    monitor: DeviceMonitor;
    watches: WatchService;
    /** The monitor's Graph budget: request counts for metrics and benchmarks. */
    budget: GraphRequestBudget;
}

/**
 * The device-watching capability: watches, tracking, the alert ledger and the cursor in the bot's database; a Graph
 * client of its own whose every request (each $batch sub-request too) is paced within GRAPH_REQUESTS_PER_20S, leaving
 * the rest of Intune's budget to chat lookups.
 */
export function createMonitorCapability(
    settings: Settings,
    shared: {
        db: SqliteDatabase;
        graph: GraphClientOptions;
        statusService: DeviceStatusService;
        references: ConversationReferenceStore;
        proactive: ProactiveSender;
        now: Clock;
        logger: Logger;
        metrics: BotMetrics;
    }
): MonitorCapability {
    const { monitor: options } = settings;
    const stores = {
        watches: new WatchStore(shared.db),
        tracking: new DeviceTrackingStore(shared.db),
        ledger: new AlertLedger(shared.db),
        cursor: new MonitorCursorStore(shared.db),
        references: shared.references
    };
    const budget = new GraphRequestBudget(options.requestsPer20s);
    const graph = new AutopilotGraph(createGraphClient({ ...shared.graph, requestBudget: budget }));
    const monitorStatus = new DeviceStatusService(graph, { now: shared.now, espTimeoutMinutes: settings.espTimeoutMinutes, stall: stallThresholdsOf(settings) });
    // One set of rules for alerts, for what a watch is told at once and for the status card (status/stallRule.ts).
    const thresholds = { ...stallThresholdsOf(settings), espTimeoutMinutes: settings.espTimeoutMinutes };
    const monitor = new DeviceMonitor({
        graph,
        statusOf: (records) => monitorStatus.statusOf(records),
        stores,
        proactive: shared.proactive,
        renderAlert: renderAlertCard,
        logger: shared.logger.child({ component: 'monitor' }),
        thresholds,
        pollSeconds: options.pollSeconds,
        watchTtlHours: options.watchTtlHours,
        now: shared.now,
        metrics: shared.metrics
    });
    shared.metrics.gaugeFrom('watched_devices', 'Devices with at least one live watch, all tenants', () => stores.watches.devices(shared.now()).length);
    const watches = new WatchService({
        statusService: shared.statusService,
        watches: stores.watches,
        tracking: stores.tracking,
        ledger: stores.ledger,
        now: shared.now,
        ttlHours: options.watchTtlHours,
        thresholds
    });
    return { monitor, watches, budget };
}
