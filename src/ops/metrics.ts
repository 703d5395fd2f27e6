import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GraphTrafficObserver } from '../graph/graphTraffic';

/** Every series this service exports starts with this, so dashboards can tell them from other apps'. */
const PREFIX = 'autopilot_bot_';

/**
 * The service's Prometheus metrics, in a registry of its own (never prom-client's global one), created once by
 * the wiring and handed to whoever counts through `BotDeps.metrics`.
 */
export class BotMetrics implements GraphTrafficObserver {
    readonly registry = new Registry();

    private counter<L extends string>(name: string, help: string, ...labels: L[]): Counter<L> {
        return new Counter({ name: `${PREFIX}${name}`, help, labelNames: labels, registers: [this.registry] });
    }

    private readonly turns = this.counter(
        'turns_total',
        'Chat messages handled, by what the bot understood (intent)',
        'intent'
    );

    private readonly cardActions = this.counter(
        'card_actions_total',
        'Adaptive Card buttons pressed (Action.Execute and Action.Submit), by verb',
        'verb'
    );

    private readonly graphRequests = this.counter(
        'graph_requests_total',
        'HTTP requests sent to Microsoft Graph (each retry counts), by status code or "error" when none came back',
        'status'
    );

    private readonly graphSubRequests = this.counter(
        'graph_batch_subrequests_total',
        'Requests carried inside Graph $batch calls, by their own status code',
        'status'
    );

    private readonly graphThrottles = this.counter(
        'graph_throttled_total',
        'Graph 429 answers, for whole requests and for requests inside a $batch',
        'level'
    );

    private readonly monitorCycles = new Histogram({
        name: `${PREFIX}monitor_cycle_seconds`,
        help: 'Duration of one device-monitor polling cycle',
        buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120],
        registers: [this.registry]
    });

    private readonly alertsSent = this.counter(
        'alerts_sent_total',
        'Proactive device alerts delivered to technicians, by kind',
        'kind'
    );

    private readonly alertsUndelivered = this.counter(
        'alerts_undelivered_total',
        'Device alerts the channel did not take, by kind and fate: retrying (kept for the next monitor cycle) or dropped (gone, refused, or given up)',
        'kind',
        'fate'
    );

    constructor() {
        collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    }

    turn(intent: string): void {
        this.turns.inc({ intent });
    }

    cardAction(verb: string): void {
        this.cardActions.inc({ verb });
    }

    graphResponse(status: number | 'error'): void {
        this.graphRequests.inc({ status: String(status) });
        if (status === 429) this.graphThrottles.inc({ level: 'request' });
    }

    graphBatchResponses(statuses: readonly number[]): void {
        for (const status of statuses) {
            this.graphSubRequests.inc({ status: String(status) });
            if (status === 429) this.graphThrottles.inc({ level: 'subrequest' });
        }
    }

    monitorCycle(seconds: number): void {
        this.monitorCycles.observe(seconds);
    }

    alertSent(kind: string): void {
        this.alertsSent.inc({ kind });
    }

    alertUndelivered(kind: string, fate: 'retrying' | 'dropped'): void {
        this.alertsUndelivered.inc({ kind, fate });
    }

    /**
     * A gauge read from its source each time /metrics is scraped (watched devices, open escalations): the store
     * stays the one place that knows the number.
     */
    gaugeFrom(name: string, help: string, read: () => number | Promise<number>): void {
        new Gauge({
            name: `${PREFIX}${name}`,
            help,
            registers: [this.registry],
            async collect() {
                this.set(await read());
            }
        });
    }

    /** The Prometheus text exposition of every metric. */
    async exposition(): Promise<{ contentType: string; body: string }> {
        return { contentType: this.registry.contentType, body: await this.registry.metrics() };
    }
}
