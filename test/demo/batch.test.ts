import { startDemoTenant, type DemoTenant } from '../../src/demo/demoTenant';
import { NO_FAULTS } from '../../src/demo/faults';
import { send } from './httpHelper';

const STARTED_AT = new Date('2025-03-02T10:00:00Z');
const IDENTITIES = '/deviceManagement/windowsAutopilotDeviceIdentities';
const MANAGED = '/deviceManagement/managedDevices';
const EVENTS = '/deviceManagement/autopilotEvents';

interface InnerResponse {
    id: string;
    status: number;
    headers: Record<string, string>;
    body?: any;
}

async function batch(tenant: DemoTenant, version: string, requests: unknown[], headers: Record<string, string> = {}) {
    return send(tenant.baseUrl, `/${version}/$batch`, { method: 'POST', body: { requests }, headers });
}

function byId(responses: InnerResponse[]): Map<string, InnerResponse> {
    return new Map(responses.map(response => [response.id, response]));
}

describe('$batch', () => {
    let tenant: DemoTenant;

    beforeAll(async () => {
        tenant = await startDemoTenant({ startedAt: STARTED_AT });
    });

    afterAll(() => tenant.close());

    it('runs inner requests against the batch version and answers per id', async () => {
        tenant.resetCount();
        const result = await batch(tenant, 'beta', [
            {
                id: 'ids',
                method: 'GET',
                url: `${IDENTITIES}?$filter=contains(serialNumber,'PF3XYZ12')&$select=id,remediationState`
            },
            { id: 'events', method: 'GET', url: `${EVENTS.slice(1)}?$filter=deviceSerialNumber eq 'PF3XYZ12'` },
            { id: 'missing', method: 'GET', url: `${MANAGED}/00000000-0000-0000-0000-000000000009` },
            { id: 'nowhere', method: 'GET', url: '/nowhere' }
        ]);
        expect(result.status).toBe(200);
        expect(tenant.requestCount()).toBe(1);
        const responses = byId(result.body.responses);
        expect([...responses.keys()]).toEqual(['ids', 'events', 'missing', 'nowhere']);
        expect(responses.get('ids')).toMatchObject({ status: 200, headers: { 'Content-Type': 'application/json' } });
        expect(responses.get('ids')?.body.value).toEqual([
            { id: expect.any(String), remediationState: 'noRemediationRequired' }
        ]);
        expect(responses.get('events')?.body.value[0]).toMatchObject({
            deviceSerialNumber: 'PF3XYZ12',
            deviceSetupStatus: 'inProgress'
        });
        expect(responses.get('missing')).toMatchObject({ status: 404, body: { error: { code: 'ResourceNotFound' } } });
        expect(responses.get('nowhere')?.status).toBe(404);
    });

    it('keeps v1.0 rules inside a v1.0 batch', async () => {
        const result = await batch(tenant, 'v1.0', [{ id: '1', method: 'GET', url: EVENTS }]);
        expect(result.body.responses[0]).toMatchObject({
            id: '1',
            status: 400,
            body: { error: { code: 'BadRequest' } }
        });
    });

    it('accepts a version-prefixed inner URL as the SDK builds it, and refuses a mixed version', async () => {
        const result = await batch(tenant, 'v1.0', [
            { id: '1', method: 'GET', url: '/v1.0/deviceManagement/managedDevices?$top=1' },
            { id: '2', method: 'GET', url: '/beta/deviceManagement/managedDevices?$top=1' },
            { id: '3', method: 'GET', url: 'https://graph.microsoft.com/v1.0/deviceManagement/managedDevices' }
        ]);
        expect(result.body.responses.map((response: InnerResponse) => response.status)).toEqual([200, 400, 400]);
    });

    it('rejects more than 20 requests with Graph\'s 400', async () => {
        const requests = Array.from({ length: 21 }, (_, index) => ({
            id: `${index + 1}`,
            method: 'GET',
            url: MANAGED
        }));
        const result = await batch(tenant, 'v1.0', requests);
        expect(result.status).toBe(400);
        expect(result.body.error).toMatchObject({
            code: 'BadRequest',
            message: 'Number of requests exceeds the maximum of 20.'
        });
        expect((await batch(tenant, 'v1.0', requests.slice(0, 20))).status).toBe(200);
    });

    it('rejects duplicate ids and unknown dependencies, and answers 424 after a failed dependency', async () => {
        const duplicate = await batch(tenant, 'v1.0', [
            { id: '1', method: 'GET', url: MANAGED },
            { id: '1', method: 'GET', url: MANAGED }
        ]);
        expect(duplicate.status).toBe(400);
        const dangling = [{ id: '1', method: 'GET', url: MANAGED, dependsOn: ['9'] }];
        const unknownDependency = await batch(tenant, 'v1.0', dangling);
        expect(unknownDependency.status).toBe(400);

        const chained = await batch(tenant, 'v1.0', [
            { id: '1', method: 'GET', url: '/deviceManagement/managedDevices/nope' },
            { id: '2', method: 'GET', url: MANAGED, dependsOn: ['1'] }
        ]);
        expect(chained.body.responses.map((response: InnerResponse) => response.status)).toEqual([404, 424]);
    });

    it('runs POST actions with a JSON body and requires Content-Type like Graph', async () => {
        const lookup = await batch(tenant, 'v1.0', [
            { id: 'find', method: 'GET', url: `${IDENTITIES}?$filter=serialNumber eq 'MJ0GH4TZ'&$select=id` }
        ]);
        const id = lookup.body.responses[0].body.value[0].id;
        const url = `/deviceManagement/windowsAutopilotDeviceIdentities/${id}/assignUserToDevice`;
        const body = { userPrincipalName: 'kai.lund@contoso.com', addressableUserName: 'Kai Lund' };
        const result = await batch(tenant, 'v1.0', [
            { id: 'noType', method: 'POST', url, body },
            { id: 'assign', method: 'POST', url, body, headers: { 'Content-Type': 'application/json' } },
            {
                id: 'check',
                method: 'GET',
                url: `/deviceManagement/windowsAutopilotDeviceIdentities/${id}?$select=userPrincipalName`,
                dependsOn: ['assign']
            }
        ]);
        const responses = byId(result.body.responses);
        expect(responses.get('noType')?.status).toBe(400);
        expect(responses.get('assign')).toEqual({ id: 'assign', status: 204, headers: {} });
        expect(responses.get('check')?.body.userPrincipalName).toBe('kai.lund@contoso.com');
    });
});

describe('$batch faults', () => {
    it('throttles inner requests individually, each 429 with its own Retry-After', async () => {
        const faults = { ...NO_FAULTS, throttleRate: 0.5, retryAfterSeconds: 4 };
        const tenant = await startDemoTenant({ startedAt: STARTED_AT, faults });
        try {
            const requests = ['a', 'b', 'c', 'd'].map(id => ({ id, method: 'GET', url: `${MANAGED}?$select=id` }));
            const result = await batch(tenant, 'beta', requests);
            expect(result.status).toBe(200);
            const responses: InnerResponse[] = result.body.responses;
            expect(responses.map(response => response.status)).toEqual([200, 429, 200, 429]);
            expect(responses[1].headers['Retry-After']).toBe('4');
            expect(responses[1].body.error.code).toBe('TooManyRequests');
            expect(tenant.requestCount()).toBe(1);
        } finally {
            await tenant.close();
        }
    });

    it('forces faults per inner request or on the whole batch with x-demo-fault', async () => {
        const tenant = await startDemoTenant({ startedAt: STARTED_AT, faults: { ...NO_FAULTS, slowMs: 5 } });
        try {
            const result = await batch(tenant, 'v1.0', [
                { id: '1', method: 'GET', url: MANAGED, headers: { 'x-demo-fault': '503' } },
                { id: '2', method: 'GET', url: MANAGED, headers: { 'X-Demo-Fault': '429' } },
                { id: '3', method: 'GET', url: MANAGED, headers: { 'x-demo-fault': 'slow' } }
            ]);
            expect(result.body.responses.map((response: InnerResponse) => response.status)).toEqual([503, 429, 200]);
            const single = [{ id: '1', method: 'GET', url: MANAGED }];
            const whole = await batch(tenant, 'v1.0', single, { 'x-demo-fault': '429' });
            expect(whole.status).toBe(429);
            expect(whole.headers['retry-after']).toBe('2');
        } finally {
            await tenant.close();
        }
    });
});
