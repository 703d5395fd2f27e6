/**
 * AutopilotGraph + the real Graph client (middleware included) against loopback servers: the demo tenant for the
 * faults it can inject, and tiny node:http stubs answering in Graph's documented shapes for everything else.
 */

import type { TokenCredential } from '@azure/identity';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDemoTenant, parseFaults, type DemoTenant } from '../../src/demo';
import { AutopilotGraph, splitNextLink } from '../../src/graph/autopilotGraph';
import { createGraphClient, type GraphClientOptions } from '../../src/graph/graphClient';
import { GraphProblem } from '../../src/graph/graphProblem';
import { DeviceStatusService } from '../../src/status/statusService';

const NOW = new Date('2025-03-02T10:00:00Z');
const SERVICE_CONFIG = 'DeviceManagementServiceConfig.Read.All';
const MANAGED_DEVICES = 'DeviceManagementManagedDevices.Read.All';

// ---------------------------------------------------------------------------------------------------------------
// A stub Graph: records every request and answers with whatever the test says.

interface StubRequest {
    method: string;
    url: string;
    headers: http.IncomingHttpHeaders;
    body: string;
}

interface StubReply {
    status: number;
    headers?: Record<string, string>;
    body?: unknown;
}

interface Stub {
    baseUrl: string;
    requests: StubRequest[];
    close(): Promise<void>;
}

type Resource = 'batch' | 'identities' | 'events' | 'policyStatusDetails' | 'managedDevices' | 'other';

function resourceOf(url: string): Resource {
    const path = url.split('?')[0];
    if (/\/\$batch$/.test(path)) return 'batch';
    if (/\/policyStatusDetails$/i.test(path)) return 'policyStatusDetails';
    if (/\/windowsAutopilotDeviceIdentities/i.test(path)) return 'identities';
    if (/\/autopilotEvents/i.test(path)) return 'events';
    if (/\/managedDevices/i.test(path)) return 'managedDevices';
    return 'other';
}

type Answer = (request: StubRequest, baseUrl: string) => StubReply | Promise<StubReply>;

async function startStub(answer: Answer): Promise<Stub> {
    const requests: StubRequest[] = [];
    let baseUrl = '';
    const server = http.createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            const recorded = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body };
            requests.push(recorded);
            void Promise.resolve(answer(recorded, baseUrl)).then((reply) => {
                response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
                response.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
            });
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
        baseUrl,
        requests,
        close: () =>
            new Promise<void>((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            })
    };
}

/** Graph's error body: `{"error":{"code","message","innerError":{...}}}`. */
function graphError(status: number, code: string, headers: Record<string, string> = {}): StubReply {
    const innerError = { date: '2025-03-02T10:00:00', 'request-id': 'stub', 'client-request-id': 'stub' };
    return { status, headers, body: { error: { code, message: `${code} (stub)`, innerError } } };
}

const throttled = (seconds: string): StubReply => graphError(429, 'TooManyRequests', { 'Retry-After': seconds });

const collection = (value: unknown[], nextLink?: string): StubReply => ({
    status: 200,
    body: { '@odata.context': 'stub', ...(nextLink ? { '@odata.nextLink': nextLink } : {}), value }
});
const EMPTY = collection([]);

interface InnerRequest {
    id: string;
    method: string;
    url: string;
}

function innerRequestsOf(request: StubRequest): InnerRequest[] {
    return (JSON.parse(request.body) as { requests: InnerRequest[] }).requests;
}

/** A $batch answer in Graph's shape: 200, one inner response per request (reversed: the order is not promised). */
function batchReply(request: StubRequest, inner: (request: InnerRequest) => StubReply): StubReply {
    const responses = innerRequestsOf(request).map((r) => {
        const { status, headers, body } = inner(r);
        return { id: r.id, status, headers: { 'Content-Type': 'application/json', ...headers }, body };
    });
    return { status: 200, body: { responses: responses.reverse() } };
}

/** Answers the $batch with `inner` per inner request, and every other request with `direct`. */
function graphStub(
    inner: (request: InnerRequest) => StubReply,
    direct: (request: StubRequest) => StubReply | Promise<StubReply> = () => EMPTY
): Promise<Stub> {
    return startStub((request) => (resourceOf(request.url) === 'batch' ? batchReply(request, inner) : direct(request)));
}

/** Inner requests on `resource` get `reply`, the others an empty collection. */
const failing = (resource: Resource, reply: StubReply) => (r: InnerRequest): StubReply =>
    resourceOf(r.url) === resource ? reply : EMPTY;

function graphFor(baseUrl: string, options: Partial<GraphClientOptions> = {}): AutopilotGraph {
    return new AutopilotGraph(
        createGraphClient({ baseUrl, maxRetryAfterSeconds: 2, retryDelaySeconds: 0, maxRetries: 1, ...options })
    );
}

const serviceFor = (graph: AutopilotGraph) => new DeviceStatusService(graph, { now: () => NOW, espTimeoutMinutes: 60 });

async function problemOf(promise: Promise<unknown>): Promise<GraphProblem> {
    const error = await promise.then(
        () => undefined,
        (caught: unknown) => caught
    );
    expect(error).toBeInstanceOf(GraphProblem);
    return error as GraphProblem;
}

const filterOf = (url: string): string | null => new URLSearchParams(url.slice(url.indexOf('?') + 1)).get('$filter');
const resourcesOf = (stub: Stub): Resource[] => stub.requests.map((r) => resourceOf(r.url));
const NO_RECORDS = { candidates: [], identity: undefined, events: [], managedDevice: undefined };

// ---------------------------------------------------------------------------------------------------------------

describe('splitNextLink', () => {
    const EVENTS = '/deviceManagement/autopilotEvents?$skiptoken=RFNwdC0y';
    const DEVICES = '/deviceManagement/managedDevices?$select=id,serialNumber&$top=100&$skiptoken=Zm9v%3D%3D';
    const IDENTITIES = '/deviceManagement/windowsAutopilotDeviceIdentities?$top=9';
    const DETAILS = "/deviceManagement/autopilotEvents('e-1')/policyStatusDetails?$skiptoken=x";
    const RAW_FILTER = "/deviceManagement/managedDevices?$filter=serialNumber%20eq%20'A1'&$skiptoken=Mg";
    /** WHATWG URL percent-encodes a raw quote in the query of an http(s) URL: the same value to the server. */
    const ENCODED_FILTER = '/deviceManagement/managedDevices?$filter=serialNumber%20eq%20%27A1%27&$skiptoken=Mg';

    it.each([
        ['https Graph, beta', `https://graph.microsoft.com/beta${EVENTS}`, 'beta', EVENTS],
        ['https Graph, v1.0, several options', `https://graph.microsoft.com/v1.0${DEVICES}`, 'v1.0', DEVICES],
        ['https Graph, an entity key segment', `https://graph.microsoft.com/beta${DETAILS}`, 'beta', DETAILS],
        ['http loopback with a port', `http://127.0.0.1:41234/beta${EVENTS}`, 'beta', EVENTS],
        ['http loopback, raw quotes', `http://127.0.0.1:4123/beta${RAW_FILTER}`, 'beta', ENCODED_FILTER],
        ['http IPv6 loopback', `http://[::1]:8080/beta${DEVICES}`, 'beta', DEVICES],
        ['http, under a path prefix', `http://localhost:3978/graph/beta${EVENTS}`, 'beta', EVENTS],
        ['US Government L4', `https://graph.microsoft.us/beta${EVENTS}`, 'beta', EVENTS],
        ['US Government DoD', `https://dod-graph.microsoft.us/v1.0${DEVICES}`, 'v1.0', DEVICES],
        ['China (21Vianet)', `https://microsoftgraph.chinacloudapi.cn/beta${IDENTITIES}`, 'beta', IDENTITIES]
    ])('%s', (_name, link, version, path) => {
        expect(splitNextLink(link)).toEqual({ version, path });
    });
});

describe('OData escaping of the serial', () => {
    let stub: Stub;

    beforeAll(async () => {
        stub = await graphStub(() => EMPTY);
    });

    afterAll(() => stub.close());

    beforeEach(() => stub.requests.splice(0));

    it.each([
        ["AB'CD", "'AB''CD'"],
        ["x') or true or contains(serialNumber,'", "'x'') or true or contains(serialNumber,'''"],
        ["'", "''''"],
        ['50%&$top=1#', "'50%&$top=1#'"]
    ])('%p reaches the $batch as the literal %s', async (serial, literal) => {
        expect(await graphFor(stub.baseUrl).deviceRecords(serial)).toEqual(NO_RECORDS);
        expect(resourcesOf(stub)).toEqual(['batch']);
        const filters = Object.fromEntries(innerRequestsOf(stub.requests[0]).map((r) => [r.id, filterOf(r.url)]));
        expect(filters).toEqual({
            identities: `contains(serialNumber,${literal})`,
            events: `deviceSerialNumber eq ${literal}`,
            managedDevices: `serialNumber eq ${literal}`
        });
    });

    it('escapes the device name and the close-match fragment of the other reads too', async () => {
        const graph = graphFor(stub.baseUrl);
        await graph.managedDevicesByName("CTS-O'NEIL");
        await graph.identitiesContaining("O'NE");
        const filters = stub.requests.map((r) => filterOf(r.url));
        expect(filters).toEqual(["deviceName eq 'CTS-O''NEIL'", "contains(serialNumber,'O''NE')"]);
    });

    it('the demo tenant takes an escaped quote as data: no error, no results', async () => {
        const tenant = await startDemoTenant({ now: () => NOW, startedAt: NOW });
        try {
            const graph = graphFor(tenant.baseUrl);
            expect(await graph.deviceRecords("PF3XYZ12') or contains(serialNumber,'")).toEqual(NO_RECORDS);
            expect(await graph.deviceRecords("O'BRIEN-01")).toEqual(NO_RECORDS);
            expect(await graph.identitiesContaining("'")).toEqual([]);
            expect(tenant.requestCount()).toBe(3);
        } finally {
            await tenant.close();
        }
    });
});

describe('faults injected by the demo tenant', () => {
    let tenant: DemoTenant | undefined;

    afterEach(async () => {
        await tenant?.close();
        tenant = undefined;
    });

    async function lookupWith(faults: string, options: Partial<GraphClientOptions> = {}) {
        tenant = await startDemoTenant({ now: () => NOW, startedAt: NOW, faults: parseFaults(faults) });
        return serviceFor(graphFor(tenant.baseUrl, options)).lookup('PF3XYZ12');
    }

    // Rate 0.5 hits the 2nd inner request (events) and the 4th request (its re-fetch); the middleware's retry passes.
    it.each([
        ['429=0.5,retry-after=1', 'an inner 429 with a small Retry-After'],
        ['503=0.5', 'an inner 503']
    ])('%s: %s is fetched again and retried by the middleware until it succeeds', async (faults) => {
        const result = await lookupWith(faults);
        expect(result).toMatchObject({ kind: 'found', status: { serial: 'PF3XYZ12', verdict: 'inProgress' } });
        // $batch, the failed inner request alone, its retry by the RetryHandler.
        expect(tenant?.requestCount()).toBe(3);
    });

    it('429 with a Retry-After above maxRetryAfterSeconds is not waited for: throttled, with the wait', async () => {
        const problem = await problemOf(lookupWith('429=1,retry-after=5', { maxRetryAfterSeconds: 2, maxRetries: 3 }));
        expect(problem).toMatchObject({ kind: 'throttled', details: { status: 429, retryAfterSeconds: 5 } });
        expect(problem.details.code).toBe('TooManyRequests');
        // $batch and the three inner requests alone, each refused once: no retry was attempted.
        expect(tenant?.requestCount()).toBe(4);
    });

    it('persistent 503 ends as unavailable once the retries are used up', async () => {
        const problem = await problemOf(lookupWith('503=1', { maxRetries: 1 }));
        expect(problem).toMatchObject({ kind: 'unavailable', details: { status: 503, code: 'ServiceUnavailable' } });
        // $batch, then each of the three inner requests alone and retried once.
        expect(tenant?.requestCount()).toBe(1 + 3 * 2);
    });
});

describe('Graph errors from a stub server', () => {
    const SOME_GUID = '11111111-2222-3333-4444-555555555555';
    let stub: Stub | undefined;

    afterEach(async () => {
        await stub?.close();
        stub = undefined;
    });

    /** The first request gets `first`, the others `then`. */
    function once(first: StubReply, then: (request: StubRequest) => StubReply) {
        let calls = 0;
        return (request: StubRequest) => (++calls === 1 ? first : then(request));
    }

    it('retries a top-level 429 through the RetryHandler (Retry-Attempt header) and succeeds', async () => {
        const device = { id: 'm1', deviceName: 'CTS-1', serialNumber: 'S1' };
        stub = await startStub(once(throttled('0'), () => collection([device])));
        expect(await graphFor(stub.baseUrl).managedDevicesByName('CTS-1')).toEqual([device]);
        expect(stub.requests.map((r) => r.headers['retry-attempt'])).toEqual([undefined, '1']);
    });

    it('retries a throttled $batch envelope as a whole', async () => {
        stub = await startStub(once(throttled('0'), (request) => batchReply(request, () => EMPTY)));
        expect(await graphFor(stub.baseUrl).deviceRecords('S1')).toEqual(NO_RECORDS);
        expect(stub.requests.map((r) => [resourceOf(r.url), r.headers['retry-attempt']])).toEqual([
            ['batch', undefined],
            ['batch', '1']
        ]);
    });

    it('an inner 429 whose re-fetch is throttled beyond the limit → throttled with its Retry-After', async () => {
        stub = await graphStub(failing('events', throttled('7')), () => throttled('7'));
        const problem = await problemOf(graphFor(stub.baseUrl, { maxRetries: 3 }).deviceRecords('S1'));
        expect(problem).toMatchObject({ kind: 'throttled', details: { status: 429, retryAfterSeconds: 7 } });
        expect(resourcesOf(stub)).toEqual(['batch', 'events']);
    });

    it('a Retry-After given as an HTTP-date beyond the limit is not waited for either', async () => {
        stub = await startStub(() => throttled(new Date(Date.now() + 3600_000).toUTCString()));
        const problem = await problemOf(graphFor(stub.baseUrl, { maxRetries: 3 }).managedDevicesByName('CTS-1'));
        expect(problem.kind).toBe('throttled');
        expect(problem.details.retryAfterSeconds).toBeGreaterThan(3000);
        expect(stub.requests).toHaveLength(1);
    }, 5000);

    it('a persistent inner 504 → re-fetched, retried, then unavailable', async () => {
        stub = await graphStub(failing('managedDevices', graphError(504, 'GatewayTimeout')), () =>
            graphError(504, 'GatewayTimeout', { 'Retry-After': '0' })
        );
        const problem = await problemOf(graphFor(stub.baseUrl).deviceRecords('S1'));
        expect(problem).toMatchObject({ kind: 'unavailable', details: { status: 504, code: 'GatewayTimeout' } });
        expect(resourcesOf(stub)).toEqual(['batch', 'managedDevices', 'managedDevices']);
    });

    it('Graph unreachable (nothing listens on the port) → network, for the status service too', async () => {
        const closed = await startStub(() => EMPTY);
        await closed.close();
        const graph = graphFor(closed.baseUrl, { maxRetries: 3 });
        expect(await problemOf(graph.deviceRecords('S1'))).toMatchObject({ kind: 'network' });
        expect(await problemOf(serviceFor(graph).lookup('PF3XYZ12'))).toMatchObject({ kind: 'network' });
    });

    it('401 on the $batch itself → unauthorized', async () => {
        stub = await startStub(() => graphError(401, 'InvalidAuthenticationToken'));
        const problem = await problemOf(graphFor(stub.baseUrl).deviceRecords('S1'));
        expect(problem).toMatchObject({ kind: 'unauthorized', details: { status: 401 } });
        expect(problem.details.code).toBe('InvalidAuthenticationToken');
        expect(stub.requests).toHaveLength(1);
    });

    it.each(['identities', 'events', 'managedDevices'] as const)('an inner 401 on %s → unauthorized', async (rs) => {
        stub = await graphStub(failing(rs, graphError(401, 'InvalidAuthenticationToken')));
        const problem = await problemOf(graphFor(stub.baseUrl).deviceRecords('S1'));
        expect(problem).toMatchObject({ kind: 'unauthorized', details: { status: 401 } });
        expect(stub.requests).toHaveLength(1);
    });

    it.each([
        ['identities', SERVICE_CONFIG],
        ['events', MANAGED_DEVICES],
        ['managedDevices', MANAGED_DEVICES]
    ] as const)('an inner 403 on %s → forbidden, naming %s', async (resource, permission) => {
        stub = await graphStub(failing(resource, graphError(403, 'Forbidden')));
        const problem = await problemOf(graphFor(stub.baseUrl).deviceRecords('S1'));
        expect(problem).toMatchObject({ kind: 'forbidden', details: { status: 403, permission, code: 'Forbidden' } });
        expect(stub.requests).toHaveLength(1);
    });

    it.each([
        ['identityById', SERVICE_CONFIG, (graph: AutopilotGraph) => graph.identityById(SOME_GUID)],
        ['identitiesContaining', SERVICE_CONFIG, (graph: AutopilotGraph) => graph.identitiesContaining('PF3X')],
        ['managedDevicesByName', MANAGED_DEVICES, (graph: AutopilotGraph) => graph.managedDevicesByName('CTS-1')],
        ['policyStatusDetails', MANAGED_DEVICES, (graph: AutopilotGraph) => graph.policyStatusDetails('e-1')]
    ])('a top-level 403 on %s → forbidden, naming %s', async (_name, permission, read) => {
        stub = await startStub(() => graphError(403, 'Forbidden'));
        const problem = await problemOf(read(graphFor(stub.baseUrl)));
        expect(problem).toMatchObject({ kind: 'forbidden', details: { status: 403, permission } });
    });

    it('a 403 on the re-fetch of a throttled inner request names the permission of that request', async () => {
        stub = await graphStub(failing('identities', throttled('0')), () => graphError(403, 'Forbidden'));
        const problem = await problemOf(graphFor(stub.baseUrl).deviceRecords('S1'));
        expect(problem).toMatchObject({ kind: 'forbidden', details: { permission: SERVICE_CONFIG } });
    });

    it('an identityById 404 is simply no identity', async () => {
        stub = await startStub(() => graphError(404, 'ResourceNotFound'));
        expect(await graphFor(stub.baseUrl).identityById(SOME_GUID)).toBeUndefined();
    });

    it('does not answer while a read of the $batch is still running (nothing left behind)', async () => {
        let release: () => void = () => undefined;
        const released = new Promise<void>((resolve) => {
            release = resolve;
        });
        // identities is refused at once (403); events is re-fetched (503) and that answer is held back.
        const inner = (r: InnerRequest): StubReply =>
            resourceOf(r.url) === 'identities'
                ? graphError(403, 'Forbidden')
                : failing('events', graphError(503, 'ServiceUnavailable'))(r);
        stub = await graphStub(inner, () => released.then(() => EMPTY));
        let settled = false;
        const pending = graphFor(stub.baseUrl)
            .deviceRecords('S1')
            .finally(() => {
                settled = true;
            });
        try {
            while (stub.requests.length < 2) await new Promise((resolve) => setImmediate(resolve));
            for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
            expect(settled).toBe(false);
        } finally {
            release();
        }
        expect(await problemOf(pending)).toMatchObject({ kind: 'forbidden', details: { permission: SERVICE_CONFIG } });
        expect(resourcesOf(stub)).toEqual(['batch', 'events']);
    });
});

describe('a Graph-compatible server that is not ours', () => {
    const SERIAL = 'R90XK2QZ';
    const DEVICES_PATH = '/deviceManagement/managedDevices';
    const identity = {
        id: 'b6c3b9a4-0f5e-4d55-9a41-6a0f2c4d8e11',
        serialNumber: SERIAL,
        manufacturer: 'LENOVO',
        model: 'ThinkPad T14 Gen 4',
        groupTag: 'KIOSK',
        enrollmentState: 'enrolled',
        deploymentProfileAssignmentStatus: 'assignedUnkownSyncState',
        deploymentProfileAssignedDateTime: '2025-02-27T08:00:00Z',
        remediationState: 'noRemediationRequired',
        managedDeviceId: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601'
    };
    const event = {
        id: 'ev-1',
        eventDateTime: '2025-03-02T09:40:00Z',
        deviceSerialNumber: SERIAL,
        managedDeviceName: 'KIOSK-R90XK2QZ',
        enrollmentType: 'azureADJoinedWithWhiteGlove',
        enrollmentState: 'enrolled',
        windowsAutopilotDeploymentProfileDisplayName: 'Kiosk pre-provisioning',
        windows10EnrollmentCompletionPageConfigurationDisplayName: 'ESP-Kiosk',
        deploymentState: 'success',
        deviceSetupStatus: 'success',
        accountSetupStatus: 'notAttempted',
        osVersion: '10.0.26100.2894',
        deploymentStartDateTime: '2025-03-02T09:05:00Z',
        deploymentEndDateTime: '2025-03-02T09:38:00Z',
        devicePreparationDuration: 'PT5M0S',
        deviceSetupDuration: 'PT28M0S',
        accountSetupDuration: 'PT0S'
    };
    const managedDevice = {
        id: identity.managedDeviceId,
        deviceName: 'KIOSK-R90XK2QZ',
        serialNumber: SERIAL,
        lastSyncDateTime: '2025-03-02T09:38:00Z',
        osVersion: '10.0.26100.2894'
    };

    /** Ignores (or refuses) $expand, pages managedDevices with absolute http:// links, and knows one device. */
    function foreignGraph(expand: 'ignored' | 'refused'): Promise<Stub> {
        const answer = (url: string, baseUrl: string): StubReply => {
            switch (resourceOf(url)) {
                case 'identities':
                    return expand === 'refused' && url.includes('$expand')
                        ? graphError(400, 'BadRequest')
                        : collection([identity]);
                case 'events':
                    return collection([event]);
                case 'managedDevices': {
                    const next = `${baseUrl}/beta${DEVICES_PATH}?$filter=serialNumber%20eq%20'${SERIAL}'&$skiptoken=2`;
                    return url.includes('$skiptoken=2') ? collection([managedDevice]) : collection([], next);
                }
                default:
                    return graphError(404, 'ResourceNotFound');
            }
        };
        return startStub((request, baseUrl) =>
            resourceOf(request.url) === 'batch'
                ? batchReply(request, (r) => answer(r.url, baseUrl))
                : answer(request.url, baseUrl)
        );
    }

    it.each(['ignored', 'refused'] as const)('$expand %s: sensible verdict, profile from the event', async (expand) => {
        const stub = await foreignGraph(expand);
        try {
            const result = await serviceFor(graphFor(stub.baseUrl)).lookup(SERIAL.toLowerCase());
            expect(result).toMatchObject({
                kind: 'found',
                status: {
                    serial: SERIAL,
                    verdict: 'readyToReseal',
                    profile: { name: 'Kiosk pre-provisioning', assignment: 'Assigned', espName: 'ESP-Kiosk' },
                    // deviceName and lastSync: the managed device, on page 2 behind an absolute http:// nextLink.
                    device: {
                        deviceName: 'KIOSK-R90XK2QZ',
                        groupTag: 'KIOSK',
                        os: 'win11',
                        lastSync: '2025-03-02T09:38:00.000Z'
                    }
                }
            });
            const refetch = expand === 'refused' ? ['/beta/deviceManagement/windowsAutopilotDeviceIdentities'] : [];
            const paths = stub.requests.map((r) => r.url.split('?')[0]);
            expect(paths).toEqual(['/beta/$batch', ...refetch, `/beta${DEVICES_PATH}`]);
            expect(stub.requests.at(-1)?.url).toContain('$skiptoken=2');
            expect(stub.requests.slice(1).map((r) => r.url).join(' ')).not.toContain('$expand');
        } finally {
            await stub.close();
        }
    });

    it('a 403 on policyStatusDetails still gives the failure verdict, without the per-app details', async () => {
        const failedEvent = { ...event, deploymentState: 'failure', deviceSetupStatus: 'failure' };
        const inner = (r: InnerRequest): StubReply =>
            resourceOf(r.url) === 'identities' ? collection([identity]) : resourceOf(r.url) === 'events' ? collection([failedEvent]) : EMPTY;
        const stub = await graphStub(inner, (request) =>
            resourceOf(request.url) === 'policyStatusDetails' ? graphError(403, 'Forbidden') : EMPTY
        );
        try {
            const result = await serviceFor(graphFor(stub.baseUrl)).lookup(SERIAL);
            expect(result).toMatchObject({ kind: 'found', status: { verdict: 'failed', failures: [] } });
            expect(stub.requests.map((r) => resourceOf(r.url))).toEqual(['batch', 'policyStatusDetails']);
        } finally {
            await stub.close();
        }
    });

    it('an identity without its profile and without events is ready to provision, not a crash', async () => {
        const stub = await graphStub((r) => (resourceOf(r.url) === 'identities' ? collection([identity]) : EMPTY));
        try {
            const result = await serviceFor(graphFor(stub.baseUrl)).lookup(SERIAL);
            expect(result).toMatchObject({ kind: 'found', status: { verdict: 'readyToProvision' } });
            expect(result.kind === 'found' && result.status.profile).toMatchObject({ assignment: 'Assigned' });
        } finally {
            await stub.close();
        }
    });
});

describe('app credentials', () => {
    const failure = (name: string, message: string) => Object.assign(new Error(message), { name });
    const unavailable = failure('CredentialUnavailableError', 'EnvironmentCredential is unavailable.');
    const rejected = failure('AuthenticationError', 'AADSTS7000215: Invalid client secret provided.');

    /** Records the scopes it is asked for and, like a misconfigured credential, has no token to give. */
    function recordingCredential(failure?: Error) {
        const scopes: string[] = [];
        const credential: TokenCredential = {
            getToken: async (asked) => {
                scopes.push(...[asked].flat());
                if (failure) throw failure;
                return null;
            }
        };
        return { credential, scopes };
    }

    it.each([
        ['https://graph.microsoft.com', 'https://graph.microsoft.com/.default', unavailable],
        ['https://graph.microsoft.us', 'https://graph.microsoft.us/.default', rejected],
        ['https://dod-graph.microsoft.us/', 'https://dod-graph.microsoft.us/.default', undefined],
        ['https://microsoftgraph.chinacloudapi.cn', 'https://microsoftgraph.chinacloudapi.cn/.default', unavailable]
    ])('%s: asks for a %s token; no token is a failed sign-in, not the network', async (baseUrl, scope, thrown) => {
        // The token is asked for before anything is sent, so nothing leaves this machine.
        const { credential, scopes } = recordingCredential(thrown);
        const problem = await problemOf(graphFor(baseUrl, { credential }).deviceRecords('S1'));
        expect(problem.kind).toBe('unauthorized');
        expect(scopes).toEqual([scope]);
    });

    it('sends no token, and asks for none, to a plain-http loopback server', async () => {
        const stub = await graphStub(() => EMPTY);
        try {
            const { credential, scopes } = recordingCredential(unavailable);
            expect(await graphFor(stub.baseUrl, { credential }).deviceRecords('S1')).toEqual(NO_RECORDS);
            expect(scopes).toEqual([]);
            expect(stub.requests[0].headers.authorization).toBeUndefined();
        } finally {
            await stub.close();
        }
    });
});
