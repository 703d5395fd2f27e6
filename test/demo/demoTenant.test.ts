import net from 'node:net';
import { startDemoTenant, type DemoTenant } from '../../src/demo/demoTenant';
import { NO_FAULTS, parseFaults } from '../../src/demo/faults';
import { graphPath, pathOf, send, type HttpResult } from './httpHelper';

const STARTED_AT = new Date('2025-03-02T10:00:00Z');
const IDENTITIES = '/deviceManagement/windowsAutopilotDeviceIdentities';
const EVENTS = '/beta/deviceManagement/autopilotEvents';
const MANAGED = '/deviceManagement/managedDevices';
const PROFILES = '/deviceManagement/windowsAutopilotDeploymentProfiles';
const filter = (expression: string, extra: Record<string, string> = {}) => ({ $filter: expression, ...extra });
const serialsOf = (result: HttpResult): string[] =>
    result.body.value.map((device: { serialNumber: string }) => device.serialNumber);

function expectGraphError(result: HttpResult, status: number, code: string): void {
    expect(result.status).toBe(status);
    expect(result.headers['content-type']).toBe('application/json');
    expect(result.body.error).toEqual({
        code,
        message: expect.any(String),
        innerError: {
            date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
            'request-id': result.headers['request-id'],
            'client-request-id': expect.any(String)
        }
    });
    expect(result.body.error.message.length).toBeGreaterThan(0);
}

describe('demo tenant over HTTP', () => {
    let clock: Date;
    let tenant: DemoTenant;
    const get = (path: string, query: Record<string, string> = {}, headers: Record<string, string> = {}) =>
        send(tenant.baseUrl, graphPath(path, query), { headers });
    const post = (path: string, body?: unknown) => send(tenant.baseUrl, path, { method: 'POST', body });
    const identityBySerial = async (serial: string) => {
        const result = await get(`/beta${IDENTITIES}`, { $filter: `serialNumber eq '${serial}'` });
        return result.body.value[0];
    };

    beforeAll(async () => {
        clock = STARTED_AT;
        tenant = await startDemoTenant({ now: () => clock, startedAt: STARTED_AT });
    });

    afterAll(() => tenant.close());

    it('listens on loopback with an ephemeral port and a bare base URL', () => {
        expect(tenant.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(tenant.serials()).toHaveLength(16);
        expect(tenant.serials()).toContainEqual({
            serial: 'PF3XYZ12',
            scenario: 'inProgress',
            story: expect.stringContaining('device setup running')
        });
    });

    describe('windowsAutopilotDeviceIdentities', () => {
        it('finds serials with contains() (case-insensitive substring) and eq', async () => {
            const prefix = await get(`/v1.0${IDENTITIES}`, { $filter: "contains(serialNumber,'czc2410a')" });
            expect(prefix.status).toBe(200);
            const context = `${tenant.baseUrl}/v1.0/$metadata#deviceManagement/windowsAutopilotDeviceIdentities`;
            expect(prefix.body['@odata.context']).toBe(context);
            expect(serialsOf(prefix)).toEqual(['CZC2410A01', 'CZC2410A02']);

            const exact = await get(`/beta${IDENTITIES}`, { $filter: "serialNumber eq 'pf3xyz12'" });
            expect(exact.body.value).toHaveLength(1);
            expect(exact.body.value[0]).toMatchObject({
                serialNumber: 'PF3XYZ12',
                userPrincipalName: 'ana.silva@contoso.com'
            });

            const none = await get(`/beta${IDENTITIES}`, { $filter: "serialNumber eq 'O''BRIEN'" });
            expect(none.status).toBe(200);
            expect(none.body.value).toEqual([]);
        });

        it('applies $select and names it in @odata.context', async () => {
            const select = 'id,serialNumber,deploymentProfileAssignmentStatus';
            const result = await get(`/beta${IDENTITIES}`, { $select: select, $top: '2' });
            expect(result.body['@odata.context'].endsWith(`windowsAutopilotDeviceIdentities(${select})`)).toBe(true);
            for (const device of result.body.value) {
                expect(Object.keys(device)).toEqual(['id', 'serialNumber', 'deploymentProfileAssignmentStatus']);
            }
        });

        it('pages with $top and an absolute @odata.nextLink carrying the other options', async () => {
            const serials: string[] = [];
            let next: string | undefined = graphPath(`/v1.0${IDENTITIES}`, { $top: '5', $select: 'serialNumber' });
            let pages = 0;
            while (next) {
                const page: HttpResult = await send(tenant.baseUrl, next);
                expect(page.status).toBe(200);
                serials.push(...page.body.value.map((device: { serialNumber: string }) => device.serialNumber));
                const link: string | undefined = page.body['@odata.nextLink'];
                if (link) {
                    expect(link.startsWith(`${tenant.baseUrl}/v1.0${IDENTITIES}?`)).toBe(true);
                    expect(link).toContain('$skiptoken=');
                    expect(link).toContain('$select=serialNumber');
                }
                next = link && pathOf(link);
                pages++;
            }
            expect(pages).toBe(4);
            expect(new Set(serials).size).toBe(16);
        });

        it('v1.0 omits beta-only properties and relationships', async () => {
            const v1 = await get(`/v1.0${IDENTITIES}`, { $filter: "serialNumber eq 'MP2KL7VQ'" });
            expect(v1.body.value[0].serialNumber).toBe('MP2KL7VQ');
            expect(v1.body.value[0]).not.toHaveProperty('remediationState');
            expect(v1.body.value[0]).not.toHaveProperty('deploymentProfileAssignmentStatus');
            expect(v1.body.value[0]).toHaveProperty('azureActiveDirectoryDeviceId');
            const beta = await get(`/beta${IDENTITIES}`, { $filter: "serialNumber eq 'MP2KL7VQ'" });
            expect(beta.body.value[0].remediationState).toBe('manualRemediationRequired');

            expectGraphError(await get(`/v1.0${IDENTITIES}`, { $select: 'remediationState' }), 400, 'BadRequest');
            expectGraphError(await get(`/v1.0${IDENTITIES}`, { $expand: 'deploymentProfile' }), 400, 'BadRequest');
            expectGraphError(await get(`/v1.0${IDENTITIES}`, filter("remediationState eq 'x'")), 400, 'BadRequest');
        });

        it('expands deploymentProfile in lists and both profiles on one device (beta)', async () => {
            const expandProfile = { $expand: 'deploymentProfile' };
            const list = await get(`/beta${IDENTITIES}`, filter("contains(serialNumber,'048213')", expandProfile));
            expect(list.body.value[0].deploymentProfile).toMatchObject({
                '@odata.type': '#microsoft.graph.azureADWindowsAutopilotDeploymentProfile',
                displayName: 'AP-UserDriven-Standard',
                enableWhiteGlove: false
            });

            const assigning = await identityBySerial('PW0B7K3M');
            const expand = { $expand: 'deploymentProfile,intendedDeploymentProfile' };
            const one = await get(`/beta${IDENTITIES}/${assigning.id}`, expand);
            expect(one.status).toBe(200);
            expect(one.body['@odata.context']).toMatch(/\/\$entity$/);
            expect(one.body).toMatchObject({
                id: assigning.id,
                deploymentProfileAssignmentStatus: 'pending',
                deploymentProfile: null
            });
            expect(one.body.intendedDeploymentProfile).toMatchObject({
                displayName: 'AP-PreProv-EntraJoin',
                enableWhiteGlove: true
            });

            const keyed = await get(`/beta${IDENTITIES}('${assigning.id}')`, { $select: 'serialNumber' });
            expect(keyed.body).toMatchObject({ serialNumber: 'PW0B7K3M' });
        });

        it('answers 404 with a Graph error for an unknown id', async () => {
            const unknown = await get(`/v1.0${IDENTITIES}/00000000-0000-0000-0000-000000000001`);
            expectGraphError(unknown, 404, 'ResourceNotFound');
        });

        it('assigns and unassigns a user (204) and the change is visible, quotes included', async () => {
            const device = await identityBySerial('5CG3291LQX');
            const assign = await send(tenant.baseUrl, `/v1.0${IDENTITIES}/${device.id}/assignUserToDevice`, {
                method: 'POST',
                body: { userPrincipalName: 'sean.obrien@contoso.com', addressableUserName: "Sean O'Brien" }
            });
            expect(assign.status).toBe(204);
            expect(assign.text).toBe('');
            expect(assign.headers['content-type']).toBe('application/json');

            const select = { $select: 'serialNumber,userPrincipalName' };
            const found = await get(`/v1.0${IDENTITIES}`, filter("contains(addressableUserName,'O''Brien')", select));
            expect(found.body.value).toEqual([
                { serialNumber: '5CG3291LQX', userPrincipalName: 'sean.obrien@contoso.com' }
            ]);

            const unassign = await post(`/beta${IDENTITIES}/${device.id}/unassignUserFromDevice`);
            expect(unassign.status).toBe(204);
            expect((await identityBySerial('5CG3291LQX')).userPrincipalName).toBe('');

            const assignPath = `/beta${IDENTITIES}/${device.id}/assignUserToDevice`;
            expectGraphError(await post(assignPath, {}), 400, 'BadRequest');
            expectGraphError(await post(assignPath, '{"userPrincipalName":'), 400, 'BadRequest');
            const unknown = await post(`/beta${IDENTITIES}/nope/unassignUserFromDevice`);
            expectGraphError(unknown, 404, 'ResourceNotFound');
            expectGraphError(await get(`/beta${IDENTITIES}/${device.id}/assignUserToDevice`), 405, 'BadRequest');
        });
    });

    describe('autopilotEvents', () => {
        it('pages 50 at a time over at least 3 pages, following absolute nextLinks', async () => {
            const ids: string[] = [];
            const pageSizes: number[] = [];
            let next: string | undefined = '/beta/deviceManagement/autopilotEvents';
            while (next) {
                const page: HttpResult = await send(tenant.baseUrl, next);
                expect(page.status).toBe(200);
                pageSizes.push(page.body.value.length);
                ids.push(...page.body.value.map((event: { id: string }) => event.id));
                const link: string | undefined = page.body['@odata.nextLink'];
                next = link && pathOf(link);
            }
            expect(pageSizes.length).toBeGreaterThanOrEqual(3);
            expect(pageSizes.slice(0, -1).every(size => size === 50)).toBe(true);
            expect(ids.length).toBeGreaterThan(100);
            expect(new Set(ids).size).toBe(ids.length);
        });

        it('keeps $filter and $select across pages', async () => {
            const options = { $top: '10', $select: 'id,deploymentState' };
            const first = await get(EVENTS, filter("deploymentState eq 'success'", options));
            const link: string = first.body['@odata.nextLink'];
            expect(link).toContain('$filter=');
            const second = await send(tenant.baseUrl, pathOf(link));
            for (const event of [...first.body.value, ...second.body.value]) {
                expect(event).toEqual({ id: expect.any(String), deploymentState: 'success' });
            }
        });

        it('filters by deviceSerialNumber and by deviceId', async () => {
            const bySerial = await get(EVENTS, filter("deviceSerialNumber eq '5CG2187TNV'"));
            const states = bySerial.body.value.map((event: { deploymentState: string }) => event.deploymentState);
            expect(states).toEqual(['failure', 'success']);
            const deviceId = bySerial.body.value[0].deviceId;
            const byId = await get(EVENTS, filter(`deviceId eq '${deviceId}'`));
            expect(byId.body.value).toHaveLength(2);
            const unquoted = await get(EVENTS, filter(`deviceId eq ${deviceId}`));
            expect(unquoted.body.value).toHaveLength(2);
        });

        it('serves policyStatusDetails of an event', async () => {
            const events = await get(EVENTS, filter("deviceSerialNumber eq 'PC2RD9NX'"));
            const eventId = events.body.value[0].id;
            const details = await get(`${EVENTS}/${eventId}/policyStatusDetails`);
            expect(details.status).toBe(200);
            expect(details.body['@odata.context']).toContain(`autopilotEvents('${eventId}')/policyStatusDetails`);
            expect(details.body.value).toContainEqual(
                expect.objectContaining({
                    displayName: 'Company VPN (Win32)',
                    complianceStatus: 'error',
                    trackedOnEnrollmentStatus: true,
                    errorCode: -2016345060
                })
            );
            expectGraphError(await get(`${EVENTS}/nope/policyStatusDetails`), 404, 'ResourceNotFound');
            const single = await get(`${EVENTS}/${eventId}`);
            expect(single.body.deviceSerialNumber).toBe('PC2RD9NX');
        });

        it('is beta only, like Graph', async () => {
            const result = await get('/v1.0/deviceManagement/autopilotEvents');
            expectGraphError(result, 400, 'BadRequest');
            expect(result.body.error.message).toBe("Resource not found for the segment 'autopilotEvents'.");
            expectGraphError(await get(EVENTS, { $orderby: 'eventDateTime desc' }), 400, 'BadRequest');
        });

        it("grows the in-progress device's durations as the injected clock advances", async () => {
            const read = async () => {
                const result = await get(EVENTS, filter("deviceSerialNumber eq 'PF3XYZ12'"));
                const select = { $select: 'lastSyncDateTime' };
                const managed = await get(`/v1.0${MANAGED}`, filter("serialNumber eq 'PF3XYZ12'", select));
                return { event: result.body.value[0], lastSync: managed.body.value[0].lastSyncDateTime };
            };
            const before = await read();
            expect(before.event).toMatchObject({
                deviceSetupDuration: 'PT8M0S',
                deploymentStartDateTime: '2025-03-02T09:48:00Z'
            });
            expect(before.lastSync).toBe('2025-03-02T09:59:00Z');
            clock = new Date(STARTED_AT.getTime() + 10 * 60_000);
            try {
                const after = await read();
                expect(after.event).toMatchObject({ deviceSetupDuration: 'PT18M0S', deploymentDuration: 'PT22M0S' });
                expect(after.lastSync).toBe('2025-03-02T10:09:00Z');
            } finally {
                clock = STARTED_AT;
            }
        });
    });

    describe('managedDevices and deployment profiles', () => {
        it('filters managed devices by serialNumber and deviceName, with $select', async () => {
            const bySerial = await get(`/beta${MANAGED}`, filter("serialNumber eq '8CG1462WQ7'"));
            expect(bySerial.body.value).toHaveLength(1);
            expect(bySerial.body.value[0]).toMatchObject({
                osVersion: expect.stringMatching(/^10\.0\.19045\./),
                autopilotEnrolled: true
            });
            const select = { $select: 'id,deviceName,osVersion' };
            const byName = await get(`/v1.0${MANAGED}`, filter("deviceName eq 'CTS-PF3XYZ12'", select));
            expect(byName.body.value).toEqual([
                { id: expect.any(String), deviceName: 'CTS-PF3XYZ12', osVersion: '10.0.26100.3194' }
            ]);
            const one = await get(`/v1.0${MANAGED}/${byName.body.value[0].id}`);
            expect(one.body).toMatchObject({ serialNumber: 'PF3XYZ12' });
            expect(one.body).not.toHaveProperty('autopilotEnrolled');
            const tpm = await get(`/v1.0${MANAGED}`, filter("serialNumber eq '038511294557'"));
            expect(tpm.body.value).toEqual([]);
        });

        it('lists deployment profiles on beta only', async () => {
            const list = await get(`/beta${PROFILES}`);
            const allowed = list.body.value.map((profile: { enableWhiteGlove: boolean }) => profile.enableWhiteGlove);
            expect(allowed).toEqual(expect.arrayContaining([true, false]));
            const one = await get(`/beta${PROFILES}/${list.body.value[0].id}`);
            expect(one.body.displayName).toBe(list.body.value[0].displayName);
            expectGraphError(await get(`/v1.0${PROFILES}`), 400, 'BadRequest');
        });
    });

    describe('errors and headers', () => {
        it('answers unknown routes with 404 and Graph headers', async () => {
            const unroutable = [
                '/',
                '/v1.0/nope',
                '/beta/deviceManagement/nope',
                `/v2.0${MANAGED}`,
                `/beta${IDENTITIES}/x/y/z`
            ];
            for (const path of unroutable) {
                const result = await send(tenant.baseUrl, path);
                expectGraphError(result, 404, 'ResourceNotFound');
                expect(result.headers['request-id']).toMatch(/^[0-9a-f-]{36}$/);
            }
        });

        it('echoes client-request-id', async () => {
            const result = await get('/v1.0/nope', {}, { 'client-request-id': 'abc-123' });
            expect(result.headers['client-request-id']).toBe('abc-123');
            expect(result.body.error.innerError['client-request-id']).toBe('abc-123');
        });

        it('answers bad $filter syntax with 400 BadRequest and a message', async () => {
            const result = await get(`/v1.0${IDENTITIES}`, { $filter: "contains(serialNumber,'x'" });
            expectGraphError(result, 400, 'BadRequest');
            expect(result.body.error.message).toMatch(/position/);
            expectGraphError(await get(`/v1.0${IDENTITIES}`, { $filter: "serial eq 'x'" }), 400, 'BadRequest');
            expectGraphError(await get(`/v1.0${IDENTITIES}`, { $top: '-1' }), 400, 'BadRequest');
            expectGraphError(await get(`/v1.0${IDENTITIES}`, { $skiptoken: 'forged' }), 400, 'BadRequest');
        });

        it('survives hostile input and keeps serving', async () => {
            const paths = [
                '/v1.0/deviceManagement/windowsAutopilotDeviceIdentities?$filter=%ZZ',
                '/v1.0/%E0%A4%A/deviceManagement',
                "/v1.0/deviceManagement/windowsAutopilotDeviceIdentities('",
                `/v1.0${IDENTITIES}?$filter=${encodeURIComponent('('.repeat(500))}`,
                '/v1.0/deviceManagement/windowsAutopilotDeviceIdentities?$top=99999999999999999999',
                '/v1.0/deviceManagement/windowsAutopilotDeviceIdentities?$expand=' + encodeURIComponent('a(b(c'),
                '/beta/deviceManagement/autopilotEvents?$select=' + encodeURIComponent(',,,'),
                '//v1.0//deviceManagement',
                '/v1.0/$batch'
            ];
            for (const path of paths) {
                const result = await send(tenant.baseUrl, path);
                expect(result.status).toBeGreaterThanOrEqual(400);
                expect(result.status).toBeLessThan(500);
                expect(result.body.error.code).toEqual(expect.any(String));
            }
            const badBatches = [
                '',
                'null',
                '[]',
                '{"requests":"x"}',
                '{"requests":[null]}',
                '{"requests":[{"id":"1"}]}',
                '\u0000'
            ];
            for (const body of badBatches) {
                const result = await send(tenant.baseUrl, '/v1.0/$batch', { method: 'POST', body });
                expectGraphError(result, 400, 'BadRequest');
            }
            await new Promise<void>((resolve, reject) => {
                const url = new URL(tenant.baseUrl);
                const socket = net.connect(Number(url.port), url.hostname, () => {
                    socket.end('THIS IS NOT HTTP\r\n\r\n');
                });
                socket.on('data', () => undefined);
                socket.on('close', () => resolve());
                socket.on('error', reject);
            });
            expect((await get(`/v1.0${IDENTITIES}`, { $top: '1' })).status).toBe(200);
        });
    });
});

describe('demo tenant faults', () => {
    it('forces 429 with Retry-After, 503 and slow per request via x-demo-fault', async () => {
        const faults = { ...NO_FAULTS, retryAfterSeconds: 7, slowMs: 5 };
        const tenant = await startDemoTenant({ startedAt: STARTED_AT, faults });
        const forcing = (fault: string) =>
            send(tenant.baseUrl, `/v1.0${IDENTITIES}`, { headers: { 'x-demo-fault': fault } });
        try {
            const throttled = await forcing('429');
            expectGraphError(throttled, 429, 'TooManyRequests');
            expect(throttled.headers['retry-after']).toBe('7');
            expectGraphError(await forcing('503'), 503, 'ServiceUnavailable');
            expect((await forcing('slow')).status).toBe(200);
            expectGraphError(await forcing('teapot'), 400, 'BadRequest');
            expect((await send(tenant.baseUrl, `/v1.0${IDENTITIES}`)).status).toBe(200);
        } finally {
            await tenant.close();
        }
    });

    it('applies parsed rates deterministically and counts requests', async () => {
        const faults = parseFaults('429=0.25,503=0.5,retry-after=3');
        const tenant = await startDemoTenant({ startedAt: STARTED_AT, faults });
        try {
            const statuses: number[] = [];
            for (let index = 0; index < 8; index++) {
                statuses.push((await send(tenant.baseUrl, `/beta${MANAGED}`)).status);
            }
            // 503 due on 2,4,6,8 and 429 on 4,8: a 429 wins and its 503 moves to the next request.
            expect(statuses).toEqual([200, 503, 200, 429, 503, 503, 200, 429]);
            expect(tenant.requestCount()).toBe(8);
            tenant.resetCount();
            expect(tenant.requestCount()).toBe(0);
        } finally {
            await tenant.close();
        }
    });

    it('answers 400 to any autopilotEvents $filter when rejectEventFilter is set', async () => {
        const tenant = await startDemoTenant({ startedAt: STARTED_AT, faults: parseFaults('no-event-filter') });
        try {
            const filtered = await send(tenant.baseUrl, graphPath(EVENTS, filter("deviceSerialNumber eq 'PF3XYZ12'")));
            expectGraphError(filtered, 400, 'BadRequest');
            expect((await send(tenant.baseUrl, EVENTS)).status).toBe(200);
            const identityPath = graphPath(`/beta${IDENTITIES}`, filter("contains(serialNumber,'PF3')"));
            const identities = await send(tenant.baseUrl, identityPath);
            expect(identities.status).toBe(200);
        } finally {
            await tenant.close();
        }
    });

    it('closes with a request still waiting on injected latency', async () => {
        const tenant = await startDemoTenant({ startedAt: STARTED_AT, faults: { ...NO_FAULTS, slowMs: 60_000 } });
        const pending = send(tenant.baseUrl, `/v1.0${IDENTITIES}`).catch(error => error);
        await new Promise(resolve => setTimeout(resolve, 50));
        await tenant.close();
        await pending;
        await tenant.close();
    });
});
