import type { Client } from '@microsoft/microsoft-graph-client';
import { filterParam, odataString } from './odata';
import { problemFromStatus, toGraphProblem } from './graphProblem';
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
        const literal = odataString(serial);
        const urls = {
            identities: `${IDENTITIES}?$filter=${filterParam(`contains(serialNumber,${literal})`)}&$expand=deploymentProfile`,
            events: `${EVENTS}?$filter=${filterParam(`deviceSerialNumber eq ${literal}`)}`,
            managedDevices: `${MANAGED_DEVICES}?$filter=${filterParam(`serialNumber eq ${literal}`)}&$select=${MANAGED_DEVICE_FIELDS}`
        };
        const responses = await this.batch(Object.entries(urls).map(([id, url]) => ({ id, method: 'GET', url })));
        const reads = [
            this.collectionFrom<AutopilotDeviceIdentity>(responses.get('identities'), urls.identities, () =>
                // Some Graph versions refuse $expand on a filtered list: the profile is then unknown, not fatal.
                this.getAll<AutopilotDeviceIdentity>(urls.identities.replace('&$expand=deploymentProfile', ''))
            ),
            this.collectionFrom<AutopilotEvent>(responses.get('events'), urls.events, () => this.scanEventsFor(serial)),
            this.collectionFrom<ManagedDevice>(responses.get('managedDevices'), urls.managedDevices)
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

    async managedDevicesByName(deviceName: string): Promise<ManagedDevice[]> {
        return this.getAll<ManagedDevice>(
            `${MANAGED_DEVICES}?$filter=${filterParam(`deviceName eq ${odataString(deviceName)}`)}&$select=${MANAGED_DEVICE_FIELDS}`
        );
    }

    /** Identities whose serial contains `fragment`: for "did you mean" suggestions. */
    async identitiesContaining(fragment: string): Promise<AutopilotDeviceIdentity[]> {
        return this.getAll<AutopilotDeviceIdentity>(`${IDENTITIES}?$filter=${filterParam(`contains(serialNumber,${odataString(fragment)})`)}`);
    }

    private async batch(requests: BatchRequest[]): Promise<Map<string, BatchResponse>> {
        try {
            const result = (await this.client.api('/$batch').version('beta').post({ requests })) as { responses?: BatchResponse[] };
            return new Map((result?.responses ?? []).map((r) => [r.id, r]));
        } catch (error) {
            throw toGraphProblem(error, '/$batch');
        }
    }

    /**
     * The collection in one inner $batch response. A transient inner failure is fetched again on its own, so the
     * client's retry middleware handles it; a refused query (400) goes to `onRejected` when there is one.
     */
    private async collectionFrom<T>(response: BatchResponse | undefined, url: string, onRejected?: () => Promise<T[]>): Promise<T[]> {
        if (response && response.status >= 200 && response.status < 300) {
            const body = response.body as GraphCollection<T> | undefined;
            const first = body?.value ?? [];
            return body?.['@odata.nextLink'] ? first.concat(await this.follow<T>(body['@odata.nextLink'])) : first;
        }
        if (response && (response.status === 400 || response.status === 501) && onRejected) return onRejected();
        if (response && response.status === 404) return [];
        if (!response || TRANSIENT.has(response.status)) return this.getAll<T>(url);
        throw problemFromStatus(response.status, url, response.headers, (response.body as { error?: { code?: string } })?.error?.code);
    }

    /** All pages of a collection. */
    private async getAll<T>(path: string): Promise<T[]> {
        try {
            const page = (await this.client.api(path).version('beta').get()) as GraphCollection<T>;
            const items = page?.value ?? [];
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
                const page = (await this.client.api(path).version(version).get()) as GraphCollection<T>;
                items.push(...(page?.value ?? []));
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

