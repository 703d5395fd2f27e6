import { distance } from 'fastest-levenshtein';
import type { AutopilotGraph } from '../graph/autopilotGraph';
import { DEFAULT_DEADLINES } from '../config';
import { withAnswerDeadline } from '../graph/answerDeadline';
import { GraphProblem } from '../graph/graphProblem';
import { isGuid, isSerialNumber } from '../domain/identifiers';
import type { DeviceRecords } from '../graph/types';
import { interpretStatus, needsPolicyDetails } from './interpret';
import type { StallSettings } from './stallRule';
import type { DeviceStatus } from './types';

export type StatusLookup =
    /** `records`: what Graph said, for callers that judge more than the status (the monitor's rules). */
    | { kind: 'found'; status: DeviceStatus; records: DeviceRecords }
    | { kind: 'ambiguous'; query: string; serials: string[] }
    | { kind: 'notFound'; query: string; closeMatches: string[] }
    | { kind: 'invalid'; query: string };

export interface StatusServiceOptions {
    now: () => Date;
    espTimeoutMinutes: number;
    /** When a running phase counts as stalled: the monitor's thresholds (STALL_AFTER_MINUTES, STALL_QUIET_MINUTES). */
    stall?: StallSettings;
    /** One lookup, however many Graph requests it takes; default DEFAULT_DEADLINES.graphAnswerMs. */
    answerTimeoutMs?: number;
}

/**
 * A fragment of a serial lists devices only from this many characters, and then only a few: a short fragment would
 * let anyone enumerate a tenant's serials.
 */
export const MIN_PARTIAL_SERIAL = 6;
const MAX_CHOICES = 3;
/** How much of an unknown serial is searched again for "did you mean". */
const CLOSE_MATCH_PREFIX = MIN_PARTIAL_SERIAL;

/** Finds a device by serial, Autopilot id or device name and explains its provisioning status. */
export class DeviceStatusService {
    constructor(
        private readonly graph: AutopilotGraph,
        private readonly options: StatusServiceOptions
    ) {}

    /** Rejects with GraphProblem('timeout') when Graph has not answered within the answer deadline. */
    lookup(rawQuery: string): Promise<StatusLookup> {
        return withAnswerDeadline(this.options.answerTimeoutMs ?? DEFAULT_DEADLINES.graphAnswerMs, () => this.find(rawQuery));
    }

    private async find(rawQuery: string): Promise<StatusLookup> {
        const query = rawQuery.trim();
        if (isGuid(query)) {
            const identity = await this.graph.identityById(query);
            return identity?.serialNumber ? this.bySerial(identity.serialNumber) : { kind: 'notFound', query, closeMatches: [] };
        }
        if (!isSerialNumber(query)) return { kind: 'invalid', query };
        const found = await this.bySerial(query);
        // A part of a serial that only one device has is that device: a chooser of one is no choice.
        if (found.kind === 'ambiguous' && found.serials.length === 1 && found.serials[0].toUpperCase() !== query.toUpperCase()) return this.bySerial(found.serials[0]);
        if (found.kind !== 'notFound') return found;
        const named = (await this.graph.managedDevicesByName(query)).find((d) => d.serialNumber);
        return named?.serialNumber ? this.bySerial(named.serialNumber) : { kind: 'notFound', query, closeMatches: await this.closeMatches(query) };
    }

    private async bySerial(serial: string): Promise<StatusLookup> {
        const records = await this.graph.deviceRecords(serial);
        if (records.identity) return { kind: 'found', status: await this.statusOf(records), records };
        if (records.candidates.length > 0 && serial.length >= MIN_PARTIAL_SERIAL) {
            const serials = records.candidates.map((c) => c.serialNumber ?? '').filter(Boolean).sort().slice(0, MAX_CHOICES);
            return { kind: 'ambiguous', query: serial, serials };
        }
        return { kind: 'notFound', query: serial, closeMatches: [] };
    }

    /** Records already read (the monitor reads many at once) → the explained status, policy details fetched when useful. */
    async statusOf(records: DeviceRecords): Promise<DeviceStatus> {
        const now = this.options.now();
        // The details only sharpen the explanation: without them (403, throttled) the verdict still stands.
        const policyDetails = needsPolicyDetails(records.events, now, this.options.espTimeoutMinutes)
            ? await this.graph.policyStatusDetails(records.events[0].id).catch((error: unknown) => {
                  if (error instanceof GraphProblem) return undefined;
                  throw error;
              })
            : undefined;
        return interpretStatus({
            identity: records.identity!,
            events: records.events,
            managedDevice: records.managedDevice,
            policyDetails,
            now,
            espTimeoutMinutes: this.options.espTimeoutMinutes,
            stall: this.options.stall
        });
    }

    /** Serials that look like a mistyped `query`: same first characters, smallest edit distance. */
    private async closeMatches(query: string): Promise<string[]> {
        if (query.length <= CLOSE_MATCH_PREFIX) return [];
        const nearby = await this.graph.identitiesContaining(query.slice(0, CLOSE_MATCH_PREFIX));
        const upper = query.toUpperCase();
        return nearby
            .map((identity) => identity.serialNumber ?? '')
            .filter(Boolean)
            .map((serial) => ({ serial, cost: distance(serial.toUpperCase(), upper) }))
            .filter(({ cost }) => cost <= Math.max(2, Math.floor(query.length / 3)))
            .sort((a, b) => a.cost - b.cost)
            .slice(0, 3)
            .map(({ serial }) => serial);
    }
}
