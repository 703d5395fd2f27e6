/**
 * DeviceStatusService + AutopilotGraph + the real Graph client against the embedded demo tenant (loopback HTTP).
 * The clock is fixed, so every running deployment in the fixtures is at the same point on every run.
 */

import { startDemoTenant, parseFaults, type DemoTenant } from '../../src/demo';
import { buildFixtures } from '../../src/demo/fixtures';
import { EXPECTED_VERDICT } from '../demo/expectedVerdicts';
import { AutopilotGraph } from '../../src/graph/autopilotGraph';
import { createGraphClient } from '../../src/graph/graphClient';
import { DeviceStatusService, type StatusLookup } from '../../src/status/statusService';
import type { DeviceStatus, Verdict } from '../../src/status/types';

const NOW = new Date('2025-03-02T10:00:00Z');
const FIXTURES = buildFixtures(NOW);
const DEVICES = FIXTURES.devices.map((d) => ({
    serial: d.identity.serialNumber,
    scenario: d.scenario,
    verdict: EXPECTED_VERDICT[d.scenario],
    ztdId: d.identity.id
}));
/** Verdicts that need the failing items (policyStatusDetails): a second request after the $batch. */
const NEEDS_DETAILS: Verdict[] = ['failed', 'reusedDevice', 'stalled'];

function serviceFor(tenant: DemoTenant): DeviceStatusService {
    const client = createGraphClient({
        baseUrl: tenant.baseUrl,
        maxRetryAfterSeconds: 2,
        retryDelaySeconds: 0,
        maxRetries: 1
    });
    return new DeviceStatusService(new AutopilotGraph(client), { now: () => NOW, espTimeoutMinutes: 60 });
}

function found(result: StatusLookup): DeviceStatus {
    if (result.kind !== 'found') throw new Error(`expected a found device, got ${JSON.stringify(result)}`);
    return result.status;
}

describe('DeviceStatusService against the demo tenant', () => {
    let tenant: DemoTenant;
    let service: DeviceStatusService;

    beforeAll(async () => {
        tenant = await startDemoTenant({ now: () => NOW, startedAt: NOW });
        service = serviceFor(tenant);
    });

    afterAll(() => tenant.close());

    beforeEach(() => tenant.resetCount());

    it('serves exactly the 16 scenario devices of the fixtures', () => {
        expect(tenant.serials().map((s) => s.serial).sort()).toEqual(DEVICES.map((d) => d.serial).sort());
        expect(DEVICES).toHaveLength(16);
    });

    describe.each(DEVICES)('$serial ($scenario)', ({ serial, verdict }) => {
        const requests = NEEDS_DETAILS.includes(verdict) ? 2 : 1;

        it(`→ ${verdict}, in ${requests} HTTP request(s)`, async () => {
            const status = found(await service.lookup(serial));
            expect(status).toMatchObject({ serial, verdict });
            expect(tenant.requestCount()).toBe(requests);
        });
    });

    describe('batching', () => {
        it('an in-progress device costs one $batch and nothing else', async () => {
            const status = found(await service.lookup('PF3XYZ12'));
            expect(status.verdict).toBe('inProgress');
            expect(status.device.deviceName).toBe('CTS-PF3XYZ12');
            expect(status.profile).toMatchObject({ name: 'AP-PreProv-EntraJoin', preProvisioningAllowed: true });
            expect(tenant.requestCount()).toBe(1);
        });

        it('a failed device costs the $batch plus policyStatusDetails, and names the failing app', async () => {
            const status = found(await service.lookup('PC2RD9NX'));
            expect(status.verdict).toBe('failed');
            expect(status.failures).toEqual([
                expect.objectContaining({ name: 'Company VPN (Win32)', kind: 'app', errorCode: '0x87D1041C' })
            ]);
            expect(tenant.requestCount()).toBe(2);
        });
    });

    describe('lookup', () => {
        it.each(['pf3xyz12', '  PF3XYZ12  ', 'Pf3XyZ12'])('matches the exact serial in any case: %p', async (query) => {
            const status = found(await service.lookup(query));
            expect(status).toMatchObject({ serial: 'PF3XYZ12', verdict: 'inProgress' });
            expect(tenant.requestCount()).toBe(1);
        });

        it('does not take CZC2410A01 for CZC2410A02: the exact serial wins among contains-results', async () => {
            const status = found(await service.lookup('czc2410a02'));
            expect(status).toMatchObject({ serial: 'CZC2410A02', verdict: 'userFlowDone' });
        });

        it('an ambiguous prefix offers both devices', async () => {
            expect(await service.lookup('CZC2410A')).toEqual({
                kind: 'ambiguous',
                query: 'CZC2410A',
                serials: ['CZC2410A01', 'CZC2410A02']
            });
            expect(tenant.requestCount()).toBe(1);
        });

        it.each([
            ['PF3XYZ13', 'PF3XYZ12'],
            ['pf3xyz1z', 'PF3XYZ12'],
            ['5CG3291LQY', '5CG3291LQX'],
            ['MP2KL7VW', 'MP2KL7VQ']
        ])('an unknown serial %p is not found, with %p as a close match', async (query, match) => {
            const result = await service.lookup(query);
            expect(result).toMatchObject({ kind: 'notFound', query });
            expect(result.kind === 'notFound' && result.closeMatches).toContain(match);
        });

        it('an unknown serial with nothing close is simply not found', async () => {
            expect(await service.lookup('ZZZZ9999')).toEqual({ kind: 'notFound', query: 'ZZZZ9999', closeMatches: [] });
        });

        it.each(DEVICES.filter((_, i) => i % 4 === 0))('finds $serial by its Autopilot (ZTD) id', async (device) => {
            const status = found(await service.lookup(device.ztdId.toUpperCase()));
            expect(status).toMatchObject({ serial: device.serial, verdict: device.verdict });
            expect(status.device.autopilotId).toBe(device.ztdId);
        });

        it('an unknown Autopilot id is not found, without suggestions', async () => {
            const id = '11111111-2222-3333-4444-555555555555';
            expect(await service.lookup(id)).toEqual({ kind: 'notFound', query: id, closeMatches: [] });
        });

        it.each([
            ['CTS-PF3XYZ12', 'PF3XYZ12', 'inProgress'],
            ['cts-pc2rd9nx', 'PC2RD9NX', 'failed']
        ])('finds a device by its managed device name %p', async (name, serial, verdict) => {
            expect(found(await service.lookup(name))).toMatchObject({ serial, verdict });
        });

        it.each([
            ["PF3'XYZ12", 'a quote'],
            ["x') or true or ('", 'an OData injection attempt'],
            ['PF3 XYZ12', 'a space'],
            ['A'.repeat(31), 'too long'],
            ['AB1', 'too short'],
            ['', 'empty'],
            ['-PF3XYZ12', 'a leading hyphen'],
            ['PF3XYZ12;DROP', 'punctuation']
        ])('rejects %p (%s) without any Graph request', async (query) => {
            expect(await service.lookup(query)).toEqual({ kind: 'invalid', query: query.trim() });
            expect(tenant.requestCount()).toBe(0);
        });
    });
});

describe('autopilotEvents refuses $filter (no-event-filter)', () => {
    let tenant: DemoTenant;
    let service: DeviceStatusService;

    beforeAll(async () => {
        tenant = await startDemoTenant({ now: () => NOW, startedAt: NOW, faults: parseFaults('no-event-filter') });
        service = serviceFor(tenant);
    });

    afterAll(() => tenant.close());

    beforeEach(() => tenant.resetCount());

    const eventPages = Math.ceil(FIXTURES.events.length / 50);

    it('the demo has more than one page of events (50 a page), so the fallback must page', () => {
        expect(eventPages).toBeGreaterThan(1);
    });

    const withEvents: Verdict[] = ['inProgress', 'failed', 'readyToReseal', 'reusedDevice', 'stalled'];

    it.each(DEVICES.filter((d) => withEvents.includes(d.verdict)))(
        'pages every event and still says $verdict for $serial',
        async ({ serial, verdict }) => {
            expect(found(await service.lookup(serial))).toMatchObject({ serial, verdict });
            // $batch + every page of autopilotEvents (+ policyStatusDetails when something went wrong).
            expect(tenant.requestCount()).toBe(1 + eventPages + (NEEDS_DETAILS.includes(verdict) ? 1 : 0));
        }
    );
});
