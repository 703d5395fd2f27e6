import { BotMetrics } from '../../src/ops/metrics';

/** The value of one series in the text exposition, e.g. `autopilot_bot_turns_total{intent="help"}`. */
function value(exposition: string, series: string): number | undefined {
    const line = exposition.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test('counters come out in the Prometheus text format with their labels', async () => {
    const metrics = new BotMetrics();
    metrics.turn('help');
    metrics.turn('help');
    metrics.turn('status');
    metrics.cardAction('saveChecklist');
    metrics.graphResponse(200);
    metrics.graphResponse(429);
    metrics.graphResponse('error');
    metrics.graphBatchResponses([200, 200, 429]);
    metrics.monitorCycle(0.7);
    metrics.alertSent('stalled');
    const { contentType, body } = await metrics.exposition();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(value(body, 'autopilot_bot_turns_total{intent="help"}')).toBe(2);
    expect(value(body, 'autopilot_bot_turns_total{intent="status"}')).toBe(1);
    expect(value(body, 'autopilot_bot_card_actions_total{verb="saveChecklist"}')).toBe(1);
    expect(value(body, 'autopilot_bot_graph_requests_total{status="429"}')).toBe(1);
    expect(value(body, 'autopilot_bot_graph_requests_total{status="error"}')).toBe(1);
    expect(value(body, 'autopilot_bot_graph_batch_subrequests_total{status="200"}')).toBe(2);
    expect(value(body, 'autopilot_bot_graph_throttled_total{level="request"}')).toBe(1);
    expect(value(body, 'autopilot_bot_graph_throttled_total{level="subrequest"}')).toBe(1);
    expect(value(body, 'autopilot_bot_monitor_cycle_seconds_count')).toBe(1);
    expect(value(body, 'autopilot_bot_alerts_sent_total{kind="stalled"}')).toBe(1);
    expect(body).toMatch(/^# HELP autopilot_bot_turns_total /m);
    expect(body).toMatch(/^# TYPE autopilot_bot_turns_total counter/m);
    expect(value(body, 'autopilot_bot_process_resident_memory_bytes')).toBeGreaterThan(0);
});

test('a gauge from a source reads it at every scrape', async () => {
    const metrics = new BotMetrics();
    let watched = 3;
    metrics.gaugeFrom('watched_devices', 'Devices watched', () => watched);
    metrics.gaugeFrom('escalations_open', 'Open escalations', async () => 2);
    expect(value((await metrics.exposition()).body, 'autopilot_bot_watched_devices')).toBe(3);
    watched = 5;
    const body = (await metrics.exposition()).body;
    expect(value(body, 'autopilot_bot_watched_devices')).toBe(5);
    expect(value(body, 'autopilot_bot_escalations_open')).toBe(2);
});

test('each BotMetrics has its own registry: two bots in one process do not mix their counts', async () => {
    const a = new BotMetrics();
    const b = new BotMetrics();
    a.turn('help');
    expect(value((await a.exposition()).body, 'autopilot_bot_turns_total{intent="help"}')).toBe(1);
    expect(value((await b.exposition()).body, 'autopilot_bot_turns_total{intent="help"}')).toBeUndefined();
});
