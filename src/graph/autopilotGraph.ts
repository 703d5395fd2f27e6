import type { Client } from '@microsoft/microsoft-graph-client';
import { filterParam, odataString } from './odata';
import { GraphProblem, problemFromStatus, toGraphProblem } from './graphProblem';
import type { AutopilotDeviceIdentity, AutopilotEvent, DeviceRecords, GraphCollection, ManagedDevice, PolicyStatusDetail } from './types';

interface BatchRequest {
    id: string;
    method: 'GET';
    url: string;
}

interface BatchResponse {
    id: string;
    status: number;
    headers?: Record<string, string>;
    body?: unknown;
}

const IDENTITIES = '/deviceManagement/windowsAutopilotDeviceIdentities';
const EVENTS = '/deviceManagement/autopilotEvents';
const MANAGED_DEVICES = '/deviceManagement/managedDevices';
const MANAGED_DEVICE_FIELDS = 'id,deviceName,serialNumber,userPrincipalName,enrolledDateTime,lastSyncDateTime,complianceState,operatingSystem,osVersion,model,manufacturer,azureADDeviceId';
/** Events are kept 30 days and paged 50 at a time; this bounds a full scan when $filter is refused. */
const MAX_EVENT_PAGES = 100;
/** Graph's limit on requests in one $batch. */
const MAX_BATCH_REQUESTS = 20;
/** Inner statuses worth one more try through the client's retry middleware. */
const TRANSIENT = new Set([429, 503, 504]);

/**
 * An absolute `@odata.nextLink` as version + relative path: the SDK only takes absolute URLs it recognises as Graph
 * (https on known hosts), so a sovereign cloud or a loopback server would otherwise be mangled.
 */
export function splitNextLink(link: string): { version: string; path: string } {
    const url = new URL(link, 'https://graph.microsoft.com');
    const match = /\/(v1\.0|beta)(\/.*)$/.exec(url.pathname);
    return match ? { version: match[1], path: `${match[2]}${url.search}` } : { version: 'beta', path: `${url.pathname}${url.search}` };
}

/** The status lookup's three reads for one serial; `prefix` keeps ids unique when several devices share a $batch. */
function recordRequests(serial: string, prefix: string): BatchRequest[] {
    const literal = odataString(serial);
    return [
        { id: `${prefix}identities`, method: 'GET', url: `${IDENTITIES}?$filter=${filterParam(`contains(serialNumber,${literal})`)}&$expand=deploymentProfile` },
        { id: `${prefix}events`, method: 'GET', url: `${EVENTS}?$filter=${filterParam(`deviceSerialNumber eq ${literal}`)}` },
        { id: `${prefix}managedDevices`, method: 'GET', url: `${MANAGED_DEVICES}?$filter=${filterParam(`serialNumber eq ${literal}`)}&$select=${MANAGED_DEVICE_FIELDS}` }
    ];
}

/** A collection page as Graph sends it; anything else (a proxy's page, a bare string) is unreadable, not "none". */
function collectionPage<T>(body: unknown, path: string): GraphCollection<T> & { value: T[] } {
    if (body !== null && typeof body === 'object' && Array.isArray((body as GraphCollection<T>).value)) return body as GraphCollection<T> & { value: T[] };
    throw new GraphProblem('unreadable', `Graph answered ${path} without a list of results`);
}

const sameSerial = (a: string | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();
const newestFirst = (a: AutopilotEvent, b: AutopilotEvent) => (b.eventDateTime ?? '').localeCompare(a.eventDateTime ?? '');

/**
 * Intention-named reads of Intune Autopilot data. Autopilot events are beta-only, so everything goes to beta,
 * which also carries the identity's profile assignment fields.
 */
export class AutopilotGraph {
    constructor(private readonly client: Client) {}

    /** Identity candidates, deployment events and the managed device for one serial, in a single $batch. */
    async deviceRecords(serial: string): Promise<DeviceRecords> {
        const requests = recordRequests(serial, '');
        return this.recordsFrom(serial, '', requests, await this.batch(requests));
    }

    /**
     * The same reads for many serials, packed into $batches of at most 20 sub-requests (Graph's limit), a device's
     * reads always in one batch. `knownEvents` are deployment events already read for a serial (upper-cased key):
     * its events read is skipped. A device whose reads failed maps to the GraphProblem.
     */
    async deviceRecordsFor(serials: string[], knownEvents = new Map<string, AutopilotEvent[]>(), concurrency = 4): Promise<Map<string, DeviceRecords | GraphProblem>> {
        const devices = serials.map((serial, index) => {
            const known = knownEvents.get(serial.toUpperCase());
            const requests = recordRequests(serial, `${index}.`).filter((r) => !(known && r.id.endsWith('events')));
            return { serial, prefix: `${index}.`, requests, known };
        });
        const batches: (typeof devices)[] = [];
        for (const device of devices) {
            const last = batches[batches.length - 1];
            const size = last?.reduce((sum, d) => sum + d.requests.length, 0) ?? Infinity;
            if (size + device.requests.length > MAX_BATCH_REQUESTS) batches.push([device]);
            else last.push(device);
        }
        const results = new Map<string, DeviceRecords | GraphProblem>();
        const work = batches.slice();
        // Once Graph throttles beyond the retries, the rest waits for the next cycle instead of feeding the storm.
        let throttled: GraphProblem | undefined;
        const worker = async () => {
            for (let batch = work.shift(); batch; batch = work.shift()) {
                if (throttled) {
                    batch.forEach((d) => results.set(d.serial, throttled!));
                    continue;
                }
                try {
                    const responses = await this.batch(batch.flatMap((d) => d.requests));
                    // Every sub-request throttled is a storm: told as such, not re-read one by one into it. A share of
                    // them throttled is Graph pacing a steady load: those are fetched again after their Retry-After
                    // (the client's retries), so a device's other reads are kept and the alert is not starved.
                    const storm = [...responses.values()].every((response) => response.status === 429);
                    await Promise.all(
                        batch.map(async (d) => {
                            const records = await this.recordsFrom(d.serial, d.prefix, d.requests, responses, d.known, !storm).catch((error: unknown) => toGraphProblem(error, '/$batch'));
                            if (records instanceof GraphProblem && records.kind === 'throttled') throttled = records;
                            results.set(d.serial, records);
                        })
                    );
                } catch (error) {
                    const problem = toGraphProblem(error, '/$batch');
                    if (problem.kind === 'throttled') throttled = problem;
                    batch.forEach((d) => results.set(d.serial, problem));
                }
            }
        };
        await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
        return results;
    }

    /**
     * Deployment events recorded at or after `since`, tenant-wide, newest first: what changed since the last look.
     * Where Graph refuses the $filter, pages through the events (bounded) and keeps the recent ones.
     */
    async deploymentEventsSince(since: Date): Promise<AutopilotEvent[]> {
        const url = `${EVENTS}?$filter=${filterParam(`eventDateTime ge ${since.toISOString()}`)}`;
        let events: AutopilotEvent[];
        try {
            events = await this.getAll<AutopilotEvent>(url);
        } catch (error) {
            const status = error instanceof GraphProblem ? error.details.status : undefined;
            if (status !== 400 && status !== 501) throw error;
            events = await this.getAll<AutopilotEvent>(EVENTS);
        }
        return events.filter((e) => (e.eventDateTime ?? '') !== '' && Date.parse(e.eventDateTime!) >= since.getTime()).sort(newestFirst);
    }

    private async recordsFrom(
        serial: string,
        prefix: string,
        requests: BatchRequest[],
        responses: Map<string, BatchResponse>,
        knownEvents?: AutopilotEvent[],
        refetchTransient = true
    ): Promise<DeviceRecords> {
        const url = (name: string) => requests.find((r) => r.id === `${prefix}${name}`)?.url ?? '';
        const reads = [
            this.collectionFrom<AutopilotDeviceIdentity>(responses.get(`${prefix}identities`), url('identities'), () =>
                // Some Graph versions refuse $expand on a filtered list: the profile is then unknown, not fatal.
                this.getAll<AutopilotDeviceIdentity>(url('identities').replace('&$expand=deploymentProfile', '')), refetchTransient
            ),
            knownEvents
                ? Promise.resolve(knownEvents)
                : this.collectionFrom<AutopilotEvent>(responses.get(`${prefix}events`), url('events'), () => this.scanEventsFor(serial), refetchTransient),
            this.collectionFrom<ManagedDevice>(responses.get(`${prefix}managedDevices`), url('managedDevices'), undefined, refetchTransient)
        ] as const;
        // Every read finishes (re-fetches and retries included) before the lookup answers, so nothing keeps calling a
        // throttled Graph in the background; then the first failure in request order is the one reported.
        await Promise.allSettled(reads);
        const [candidates, events, managedDevices] = await Promise.all(reads);
        return {
            candidates,
            identity: candidates.find((c) => sameSerial(c.serialNumber, serial)),
            events: events.filter((e) => sameSerial(e.deviceSerialNumber, serial)).sort(newestFirst),
            managedDevice: managedDevices.find((d) => sameSerial(d.serialNumber, serial))
        };
    }

    /**
     * One cheap read with the bot's own credentials, for /readyz: Graph is reachable and lets the bot read Autopilot
     * devices. A 429 counts as reachable (Graph answered; the turns' retries deal with the throttling).
     */
    async checkAccess(): Promise<void> {
        const path = `${IDENTITIES}?$top=1&$select=id`;
        try {
            await this.client.api(path).version('beta').get();
        } catch (error) {
            const problem = toGraphProblem(error, path);
            if (problem.kind !== 'throttled') throw problem;
        }
    }

    /** Per-app and per-policy results of one deployment: only fetched when something went wrong. */
    async policyStatusDetails(eventId: string): Promise<PolicyStatusDetail[]> {
        return this.getAll<PolicyStatusDetail>(`${EVENTS}/${encodeURIComponent(eventId)}/policyStatusDetails`);
    }

    async identityById(autopilotId: string): Promise<AutopilotDeviceIdentity | undefined> {
        const path = `${IDENTITIES}/${encodeURIComponent(autopilotId)}`;
        try {
            return (await this.client.api(path).version('beta').get()) as AutopilotDeviceIdentity;
        } catch (error) {
            const problem = toGraphProblem(error, path);
            if (problem.details.status === 404) return undefined;
            throw problem;
        }
    }

    /**
     * Makes `userPrincipalName` the device's assigned user; `addressableUserName` is the friendly name the device shows.
     * Graph answers 204; a 403 names DeviceManagementServiceConfig.ReadWrite.All.
     */
    async assignUserToDevice(autopilotId: string, userPrincipalName: string, addressableUserName: string): Promise<void> {
        await this.post(`${IDENTITIES}/${encodeURIComponent(autopilotId)}/assignUserToDevice`, { userPrincipalName, addressableUserName });
    }

    async unassignUserFromDevice(autopilotId: string): Promise<void> {
        await this.post(`${IDENTITIES}/${encodeURIComponent(autopilotId)}/unassignUserFromDevice`, {});
    }

    async managedDevicesByName(deviceName: string): Promise<ManagedDevice[]> {
        return this.getAll<ManagedDevice>(
            `${MANAGED_DEVICES}?$filter=${filterParam(`deviceName eq ${odataString(deviceName)}`)}&$select=${MANAGED_DEVICE_FIELDS}`
        );
    }

    /** Identities whose serial contains `fragment`: for "did you mean" suggestions. */
    async identitiesContaining(fragment: string): Promise<AutopilotDeviceIdentity[]> {
        return this.getAll<AutopilotDeviceIdentity>(`${IDENTITIES}?$filter=${filterParam(`contains(serialNumber,${odataString(fragment)})`)}`);
    }

    private async post(path: string, body: object): Promise<void> {
        try {
            await this.client.api(path).version('beta').post(body);
        } catch (error) {
            throw toGraphProblem(error, path);
        }
    }

    private async batch(requests: BatchRequest[]): Promise<Map<string, BatchResponse>> {
        try {
            const result = (await this.client.api('/$batch').version('beta').post({ requests })) as { responses?: BatchResponse[] };
            if (!Array.isArray(result?.responses)) throw new GraphProblem('unreadable', 'Graph answered a $batch without responses');
            return new Map(result.responses.map((r) => [r.id, r]));
        } catch (error) {
            throw toGraphProblem(error, '/$batch');
        }
    }

    /**
     * The collection in one inner $batch response. A transient inner failure is fetched again on its own, so the
     * client's retry middleware handles it; a refused query (400) goes to `onRejected` when there is one.
     */
    private async collectionFrom<T>(response: BatchResponse | undefined, url: string, onRejected?: () => Promise<T[]>, refetchTransient = true): Promise<T[]> {
        if (response && response.status >= 200 && response.status < 300) {
            const body = collectionPage<T>(response.body, url);
            const first = body.value;
            return body?.['@odata.nextLink'] ? first.concat(await this.follow<T>(body['@odata.nextLink'])) : first;
        }
        if (response && (response.status === 400 || response.status === 501) && onRejected) return onRejected();
        if (response && response.status === 404) return [];
        if (!response || (refetchTransient && TRANSIENT.has(response.status))) return this.getAll<T>(url);
        throw problemFromStatus(response.status, url, response.headers, (response.body as { error?: { code?: string } })?.error?.code);
    }

    /** All pages of a collection. */
    private async getAll<T>(path: string): Promise<T[]> {
        try {
            const page = collectionPage<T>(await this.client.api(path).version('beta').get(), path);
            const items = page.value;
            return page?.['@odata.nextLink'] ? items.concat(await this.follow<T>(page['@odata.nextLink'])) : items;
        } catch (error) {
            throw toGraphProblem(error, path);
        }
    }

    private async follow<T>(nextLink: string): Promise<T[]> {
        const items: T[] = [];
        let link: string | undefined = nextLink;
        for (let pages = 0; link && pages < MAX_EVENT_PAGES; pages++) {
            const { version, path } = splitNextLink(link);
            try {
                const page = collectionPage<T>(await this.client.api(path).version(version).get(), path);
                items.push(...page.value);
                link = page?.['@odata.nextLink'];
            } catch (error) {
                throw toGraphProblem(error, path);
            }
        }
        return items;
    }

    /** The documented fallback when Graph refuses $filter on autopilotEvents: page through and keep this serial's. */
    private async scanEventsFor(serial: string): Promise<AutopilotEvent[]> {
        const all = await this.getAll<AutopilotEvent>(EVENTS);
        return all.filter((e) => sameSerial(e.deviceSerialNumber, serial));
    }
}

