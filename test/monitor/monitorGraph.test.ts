import { startDemoTenant, DemoTenant } from '../../src/demo/demoTenant';
import { parseFaults } from '../../src/demo/faults';
import { AutopilotGraph } from '../../src/graph/autopilotGraph';
import { createGraphClient } from '../../src/graph/graphClient';
import { GraphRequestBudget } from '../../src/graph/requestBudget';

/** The monitor's Graph reads against the demo tenant over HTTP, counted as Intune counts them. */
describe('monitor Graph reads', () => {
    let demo: DemoTenant;
    let strict: DemoTenant;

    beforeAll(async () => {
        demo = await startDemoTenant({ faults: parseFaults(undefined) });
        strict = await startDemoTenant({ faults: parseFaults('no-event-filter') });
    });
    afterAll(async () => {
        await demo.close();
        await strict.close();
    });

    const reader = (tenant: DemoTenant) => {
        const budget = new GraphRequestBudget(800);
        return { budget, graph: new AutopilotGraph(createGraphClient({ baseUrl: tenant.baseUrl, maxRetryAfterSeconds: 1, retryDelaySeconds: 0, requestBudget: budget })) };
    };

    test('many devices: the status lookup’s reads, packed 20 sub-requests at most per $batch, same answers', async () => {
        const { graph, budget } = reader(demo);
        const serials = demo.serials().map((s) => s.serial).slice(0, 8);
        const many = await graph.deviceRecordsFor(serials);
        const spent = budget.counts();
        expect(spent).toMatchObject({ roundTrips: 2, subRequests: 24 }); // 6 devices (18 reads) + 2 devices (6 reads)
        // Live devices' times move between reads: compare which records came back.
        const ids = (r: unknown) => {
            const records = r as Awaited<ReturnType<AutopilotGraph['deviceRecords']>>;
            return { identity: records.identity?.id, candidates: records.candidates.map((c) => c.id), events: records.events.map((e) => e.id), managed: records.managedDevice?.id };
        };
        for (const serial of serials) expect(ids(many.get(serial))).toEqual(ids(await graph.deviceRecords(serial)));
    });

    test('events already read are not read again: two reads per device, ten devices per $batch', async () => {
        const { graph, budget } = reader(demo);
        const serials = demo.serials().map((s) => s.serial).slice(0, 10);
        const known = new Map(serials.map((serial) => [serial.toUpperCase(), []]));
        await graph.deviceRecordsFor(serials, known);
        expect(budget.counts()).toMatchObject({ roundTrips: 1, subRequests: 20 });
    });

    test('deployment events since a time: newest first, the same whether Graph filters or the reader pages through', async () => {
        const since = new Date(Date.now() - 3 * 3600_000);
        const filtered = await reader(demo).graph.deploymentEventsSince(since);
        const scanned = await reader(strict).graph.deploymentEventsSince(since);
        expect(filtered.length).toBeGreaterThan(0);
        expect(filtered.every((e) => Date.parse(e.eventDateTime!) >= since.getTime())).toBe(true);
        expect(filtered.map((e) => e.eventDateTime)).toEqual([...filtered.map((e) => e.eventDateTime)].sort().reverse());
        expect(scanned.map((e) => e.deviceSerialNumber)).toEqual(filtered.map((e) => e.deviceSerialNumber));
    });
});
