import { isGuid, isSerialNumber } from '../domain/identifiers';
import { GraphProblem, type GraphProblemKind } from '../graph/graphProblem';
import type { DeviceRecords } from '../graph/types';
import { verdictLook } from '../status/interpret';
import type { DeviceStatus, Severity } from '../status/types';
import type { DeviceStatusService, StatusLookup } from '../status/statusService';
import type { AlertLedger } from '../store/alertLedger';
import type { DeviceTrackingStore } from './deviceTrackingStore';
import type { Watch, WatchStore } from '../store/watches';
import type { AlertRef, AlertSubject } from './poller';
import { ENDS_WATCH, evaluate, snapshotOf, type AlertKind, type RuleThresholds } from './rules';
import { shownAlertFrom } from './shownAlert';
import { trackedDevice } from './trackedDevice';

/** One watch as the list shows it; `current` is what the monitor last saw, if it has looked yet. */
export interface WatchListEntry {
    serial: string;
    /** Who asked, names joined. */
    askedBy?: string;
    expiresAt: Date;
    /** Stall alerts held back until then (Snooze). */
    snoozedUntil?: Date;
    current?: { headline: string; severity: Severity };
}

/** Where a watch was asked: alerts go back there. */
export interface WatchPlace {
    tenantId: string;
    /** The conversation reference key (tenant + conversation). */
    conversationKey: string;
}

export interface Asker {
    id: string;
    aadObjectId?: string;
    name?: string;
    /** The asker's IANA time zone (Teams' localTimezone), for the times in the watch's alerts. */
    timeZone?: string;
}

/** What the answer to a watch told at once: the device is already where an alert would tell it. */
export interface ToldNow {
    kind: AlertKind;
    /** How long the situation has lasted (a stall's running or quiet time), as the alert would say it. */
    minutes?: number;
    stallCause?: 'running' | 'quiet';
}

export type WatchResult =
    /**
     * `told`: the device is already stalled, failed, ready…: the answer says it, and that alert is in the ledger as told
     * here, so the monitor does not send it again (a later change still alerts once). `watching` is false when that
     * left nothing to wait for (ready to Reseal, done): the watch ended with the answer, as it would with the alert.
     */
    | { kind: 'watching'; status: DeviceStatus; renewed: boolean; expiresAt: Date; told?: ToldNow; watching: boolean }
    /** Graph could not be read just now (throttled, slow, unreachable): the serial is watched as given, unread. */
    | { kind: 'watchingUnread'; serial: string; problem: GraphProblem; renewed: boolean; expiresAt: Date }
    /** Unknown, ambiguous or malformed: answered as the status lookup answers it. */
    | { kind: 'lookupMiss'; lookup: Exclude<StatusLookup, { kind: 'found' }> };

export interface WatchServiceOptions {
    statusService: DeviceStatusService;
    watches: WatchStore;
    tracking: DeviceTrackingStore;
    ledger: AlertLedger;
    now: () => Date;
    ttlHours: number;
    /** The monitor's own rules and thresholds: what a watch is told at once is what the monitor would alert. */
    thresholds: RuleThresholds;
}

/**
 * Graph failures that say nothing about the device (Intune busy, slow, out of reach): the watch is kept and the
 * monitor reads it when Graph answers. A refusal (403, 401) is not passing: the monitor could not read it either.
 */
const PASSING: ReadonlySet<GraphProblemKind> = new Set(['throttled', 'timeout', 'network', 'unavailable']);

/** What technicians do with watches from chat and cards. Graph errors (GraphProblem) reach the caller. */
export class WatchService {
    constructor(private readonly options: WatchServiceOptions) {}

    get ttlHours(): number {
        return this.options.ttlHours;
    }

    /**
     * Finds the device as the status lookup does, then watches it here (or renews the watch). When Graph cannot be
     * read just now, a whole serial is watched unread; an unknown one is refused, but only when Graph said so.
     */
    async watch(place: WatchPlace, asker: Asker, query: string): Promise<WatchResult> {
        let lookup: StatusLookup;
        try {
            lookup = await this.options.statusService.lookup(query);
        } catch (error) {
            const serial = query.trim().toUpperCase();
            if (!(error instanceof GraphProblem) || !PASSING.has(error.kind) || isGuid(serial) || !isSerialNumber(serial)) throw error;
            return { kind: 'watchingUnread', serial, problem: error, ...this.keep(place, asker, serial) };
        }
        if (lookup.kind !== 'found') return { kind: 'lookupMiss', lookup };
        const { status, records } = lookup;
        const kept = this.keep(place, asker, status.serial);
        const told = this.tellNow(place, records, status);
        const ended = told !== undefined && ENDS_WATCH.has(told.kind);
        if (ended) this.options.watches.remove(place.tenantId, place.conversationKey, status.serial);
        return { kind: 'watching', status, ...kept, told, watching: !ended };
    }

    private keep(place: WatchPlace, asker: Asker, serial: string): { renewed: boolean; expiresAt: Date } {
        const now = this.options.now();
        const renewed = this.isWatching(place, serial);
        const expiresAt = new Date(now.getTime() + this.options.ttlHours * 3600_000);
        const { timeZone, ...askedBy } = asker;
        this.options.watches.add({ ...place, serial, askedBy, timeZone, createdAt: now, expiresAt });
        return { renewed, expiresAt };
    }

    /**
     * The alert the device's state is owed right now, judged by the monitor's own rules on what the lookup read, and
     * recorded in the ledger as told here: the answer says it, so the next cycle does not send the same thing again.
     */
    private tellNow(place: WatchPlace, records: DeviceRecords, status: DeviceStatus): ToldNow | undefined {
        const now = this.options.now();
        const previous = this.options.tracking.get(place.tenantId, status.serial);
        const snapshot = snapshotOf(records, status);
        const { standing, state } = evaluate(snapshot, previous?.state, this.options.thresholds, now);
        // Remembered as a monitor cycle would remember it: the watch list shows this read at once, and the next cycle
        // judges from it.
        this.options.tracking.put(trackedDevice({ tenantId: place.tenantId, serial: previous?.serial ?? status.serial, records, status, snapshot, state }, now), now);
        if (!standing) return undefined;
        this.options.ledger.told({ ...place, serial: status.serial, deploymentId: standing.deploymentId, kind: standing.ledgerKind }, now);
        return { kind: standing.kind, minutes: standing.minutes, stallCause: standing.stallCause };
    }

    /** True when the conversation was watching the device. */
    unwatch(place: WatchPlace, serial: string): boolean {
        this.options.ledger.markActed(place.tenantId, place.conversationKey, serial, this.options.now());
        return this.options.watches.remove(place.tenantId, place.conversationKey, serial);
    }

    /** How many watches ended. */
    unwatchAll(place: WatchPlace): number {
        const now = this.options.now();
        for (const watch of this.options.watches.inConversation(place.conversationKey)) this.options.ledger.markActed(place.tenantId, place.conversationKey, watch.serial, now);
        return this.options.watches.removeConversation(place.conversationKey);
    }

    /** No stall alerts for the device here for `minutes`; one comes when it ends if the device is still stuck. */
    snooze(place: WatchPlace, serial: string, minutes: number): Date | undefined {
        const now = this.options.now();
        const until = new Date(now.getTime() + minutes * 60_000);
        this.options.ledger.markActed(place.tenantId, place.conversationKey, serial, now);
        return this.options.watches.snooze(place.tenantId, place.conversationKey, serial, until) ? until : undefined;
    }

    /** The bot was removed from the conversation: its watches end without a word (nothing could deliver one). */
    conversationGone(conversationKey: string): number {
        return this.options.watches.removeConversation(conversationKey);
    }

    isWatching(place: WatchPlace, serial: string): boolean {
        return this.liveWatch(place, serial) !== undefined;
    }

    private liveWatch(place: WatchPlace, serial: string): Watch | undefined {
        const key = serial.toUpperCase();
        return this.options.watches.inConversation(place.conversationKey).find((w) => w.serial.toUpperCase() === key && w.expiresAt > this.options.now());
    }

    /**
     * An alert this conversation was sent, as it showed the device, with the watch as it stands now (watched or not,
     * snoozed until when): what its card is redrawn with after a button on it. Undefined when the ledger does not
     * have it (another conversation's, pruned, from before alerts were kept).
     */
    alertAsItStands(place: WatchPlace, serial: string, ref: AlertRef): AlertSubject | undefined {
        const record = this.options.ledger.get({ ...place, serial, deploymentId: ref.deploymentId, kind: ref.ledgerKind });
        const shown = shownAlertFrom(record?.shown);
        if (!shown) return undefined;
        const watch = this.liveWatch(place, serial);
        const snoozedUntil = watch?.snoozedUntil && watch.snoozedUntil > this.options.now() ? watch.snoozedUntil : undefined;
        return { ...shown, watching: watch !== undefined, snoozedUntil };
    }

    /**
     * The conversation's watches with the monitor's view of each device: what it last saw, and a stall as the monitor
     * judged it (Intune itself only ever says "in progress" there), snoozed until when.
     */
    list(place: WatchPlace): WatchListEntry[] {
        const now = this.options.now();
        const tracked = this.options.tracking.forTenant(place.tenantId);
        return this.options.watches
            .inConversation(place.conversationKey)
            .filter((watch) => watch.expiresAt > now)
            .map((watch) => {
                const device = tracked.get(watch.serial.toUpperCase());
                const summary = device?.summary;
                const names = (watch.askers ?? [watch.askedBy]).map((asker) => asker.name).filter((name): name is string => Boolean(name));
                return {
                    serial: watch.serial,
                    askedBy: names.length > 0 ? names.join(', ') : undefined,
                    expiresAt: watch.expiresAt,
                    snoozedUntil: watch.snoozedUntil && watch.snoozedUntil > now ? watch.snoozedUntil : undefined,
                    current: summary && (device?.state.stalled ? verdictLook('stalled') : { headline: summary.headline, severity: summary.severity })
                };
            });
    }
}
