import type { Attachment } from 'botbuilder';
import type { ProactiveOutcome, ProactiveSender } from '../proactive/proactiveSender';
import type { AutopilotGraph } from '../graph/autopilotGraph';
import { GraphProblem, type GraphProblemKind } from '../graph/graphProblem';
import type { AutopilotEvent, DeviceRecords } from '../graph/types';
import type { Logger } from '../logger';
import type { BotMetrics } from '../ops/metrics';
import { realTime } from '../status/time';
import type { DeviceStatus } from '../status/types';
import type { AlertEntry, AlertLedger, AlertOutcome } from '../store/alertLedger';
import type { ConversationReferenceStore } from '../store/conversationReferences';
import type { DeviceTrackingStore, TrackedDevice } from './deviceTrackingStore';
import type { MonitorCursorStore } from '../store/monitorCursor';
import type { Watch, WatchedDevice, WatchStore } from '../store/watches';
import { alertLine } from './alertLine';
import { expiryNote, notFoundNote } from './expiryNote';
import { eventKey, trackedDevice } from './trackedDevice';
import { lateReadAfterMinutes, lateReadNote } from './lateReadNote';
import { AlertFact, AlertKind, ENDS_WATCH, evaluate, ledgerKinds, looksStuck, RuleThresholds, snapshotOf, watchExpiry } from './rules';

export interface MonitorStores {
    watches: WatchStore;
    tracking: DeviceTrackingStore;
    ledger: AlertLedger;
    cursor: MonitorCursorStore;
    references: ConversationReferenceStore;
}

/** Which alert a card is (its ledger entry, with the conversation and serial): carried by the card's buttons. */
export interface AlertRef {
    deploymentId: string;
    /** The ledger kind (`failed`, `stalled#2`…). */
    ledgerKind: string;
}

/** What the monitor knows when it alerts. */
export interface AlertSubject {
    kind: AlertKind;
    ref: AlertRef;
    status: DeviceStatus;
    /** How long the situation has lasted. */
    minutes?: number;
    stallCause?: 'running' | 'quiet';
    /** Who asked for the watch (everyone who did), mentioned in group chats and channels; none in a personal chat. */
    mentions?: { id: string; name: string }[];
    /** The IANA zone of whoever asked for the watch last; times show in UTC without one. */
    timeZone?: string;
    /** Whether the watch goes on after this alert (a finished device is no longer watched). */
    watching: boolean;
    /** Stall alerts held back until then: set when the card is redrawn after Snooze. */
    snoozedUntil?: Date;
}

export interface MonitorOptions {
    graph: AutopilotGraph;
    /** Records → explained status (the status lookup's own interpretation, over the monitor's budgeted Graph). */
    statusOf(records: DeviceRecords): Promise<DeviceStatus>;
    stores: MonitorStores;
    proactive: ProactiveSender;
    /** Draws the alert card (src/cards/alertCard): passed in so the monitor stays below the cards it is drawn with. */
    renderAlert(subject: AlertSubject): Attachment;
    logger: Logger;
    thresholds: RuleThresholds;
    pollSeconds: number;
    watchTtlHours: number;
    now?: () => Date;
    /** Cycle durations and alerts delivered, for /metrics. */
    metrics?: Pick<BotMetrics, 'monitorCycle' | 'alertSent' | 'alertUndelivered'>;
}

/** What one cycle did: for logs, metrics and the benchmark. */
export interface CycleReport {
    devices: number;
    /** Devices whose detail was read this cycle. */
    read: number;
    changedEvents: number;
    alerts: number;
    /** Alerts the channel throttled or could not take now, kept for the next cycle. */
    retrying: number;
    /** Alerts given up undelivered (conversation gone, refused, out of tries, device moved on). */
    undelivered: number;
    expired: number;
    /** Devices skipped because Graph failed for them. */
    failed: number;
    durationMs: number;
}

/** Events are re-read this far behind the cursor: clocks differ and Intune records events late. */
const CURSOR_OVERLAP_MS = 5 * 60_000;
/** A device known stalled is read again this often, to see the stall clear without a new event. */
const STALLED_RECHECK_MS = 10 * 60_000;
/** Devices read, judged and committed together: bounds memory whatever the number of watches. */
const READ_CHUNK = 500;
/** Ledger entries older than this belong to deployments long over. */
const LEDGER_KEEP_MS = 30 * 24 * 3600_000;
/**
 * Cycles on which one alert is tried before it is given up: Teams throttles bursts (many devices failing at once),
 * and a throttle outlasting the sender's own retries should delay an alert, not lose it.
 */
export const ALERT_DELIVERY_TRIES = 6;
/** Send failures where the channel surely did not take the message, so a later try cannot repeat it. */
const TRY_AGAIN: ReadonlySet<string> = new Set(['throttled', 'unavailable', 'deadline']);

type Delivery = { alerts: number; retrying: number; undelivered: number };
/** A device a cycle needed to read and could not, and why when Graph said. */
type UnreadDevice = { serial: string; problem?: GraphProblemKind };
const unreadKey = (tenantId: string, serial: string) => `${tenantId}|${serial.toUpperCase()}`;
/** The ledger kind of the "alerts may be late" note: not an alert kind, never pending, so no alert rule reads it. */
const LATE_READ_KIND = 'readsLate';
const noDelivery = (): Delivery => ({ alerts: 0, retrying: 0, undelivered: 0 });
function addDelivery(total: Delivery, more: Delivery): void {
    total.alerts += more.alerts;
    total.retrying += more.retrying;
    total.undelivered += more.undelivered;
}

/**
 * Watches devices for technicians. Each cycle reads what changed tenant-wide (deployment events since the last
 * cycle), then reads detail only for devices that changed, are new, or look stuck, batched; runs the rules; and
 * sends each alert at most once per (conversation, device, deployment, kind), claiming it in the ledger first.
 */
export class DeviceMonitor {
    readonly name = 'device monitor';
    private timer?: NodeJS.Timeout;
    private running?: Promise<CycleReport | undefined>;
    private stopped = true;
    private cycleChain: Promise<unknown> = Promise.resolve();
    private readonly now: () => Date;
    /** When each device the monitor needed to read began going unread (tenant|SERIAL): the start of its outage. */
    private readonly unreadSince = new Map<string, Date>();

    constructor(private readonly options: MonitorOptions) {
        this.now = options.now ?? (() => new Date());
        // A conversation the bot can no longer reach takes its watches with it.
        options.proactive.onConversationGone((key) => {
            const removed = options.stores.watches.removeConversation(key);
            if (removed > 0) options.logger.info({ conversation: key, watches: removed }, 'watches of an unreachable conversation removed');
        });
    }

    start(): void {
        if (!this.stopped) return;
        this.stopped = false;
        this.schedule(0);
    }

    async stop(): Promise<void> {
        this.stopped = true;
        if (this.timer) clearTimeout(this.timer);
        this.timer = undefined;
        await this.running?.catch(() => undefined);
    }

    /**
     * Started, not stopped, and its loop alive: a cycle in flight or the next one scheduled. /readyz reports the
     * monitor when this is false (stopped, or its loop died), since watched devices would then never alert.
     */
    isRunning(): boolean {
        return !this.stopped && (this.running !== undefined || this.timer !== undefined);
    }

    private schedule(delayMs: number): void {
        if (this.stopped) return;
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.running = this.runCycle()
                .catch((error: unknown) => {
                    this.options.logger.error({ err: (error as Error)?.message ?? String(error) }, 'monitor cycle failed');
                    return undefined;
                })
                // Whatever the cycle did (even a logger that threw), the loop goes on.
                .finally(() => {
                    this.running = undefined;
                    this.schedule(this.options.pollSeconds * 1000);
                });
            // The rejection, if any, was handled above by rescheduling; it is not an unhandled one.
            this.running.catch(() => undefined);
        }, delayMs);
        this.timer.unref();
    }

    /** One pass over every watched device. Callable directly (tests, benchmark): cycles never overlap, a call waits its turn. */
    runCycle(): Promise<CycleReport> {
        const previous = this.cycleChain;
        const next = previous.then(() => this.cycle());
        this.cycleChain = next.catch(() => undefined);
        return next;
    }

    private async cycle(): Promise<CycleReport> {
        const started = Date.now();
        const now = this.now();
        const { stores } = this.options;
        const report: CycleReport = { devices: 0, read: 0, changedEvents: 0, alerts: 0, retrying: 0, undelivered: 0, expired: 0, failed: 0, durationMs: 0 };

        report.expired = await this.expireWatches(now);
        const byTenant = new Map<string, WatchedDevice[]>();
        for (const device of stores.watches.devices(now)) {
            byTenant.set(device.tenantId, [...(byTenant.get(device.tenantId) ?? []), device]);
        }
        for (const [tenantId, devices] of byTenant) {
            report.devices += devices.length;
            const tenantReport = await this.cycleTenant(tenantId, devices, now);
            report.read += tenantReport.read;
            report.changedEvents += tenantReport.changedEvents;
            addDelivery(report, tenantReport);
            report.failed += tenantReport.failed;
        }
        stores.tracking.pruneUnwatched();
        stores.ledger.prune(new Date(now.getTime() - LEDGER_KEEP_MS));
        report.durationMs = Date.now() - started;
        this.options.metrics?.monitorCycle(report.durationMs / 1000);
        this.options.logger.info({ ...report }, 'monitor cycle');
        return report;
    }

    private async cycleTenant(tenantId: string, devices: WatchedDevice[], now: Date): Promise<Pick<CycleReport, 'read' | 'changedEvents' | 'failed'> & Delivery> {
        const { stores, graph, thresholds, logger } = this.options;
        const tracked = stores.tracking.forTenant(tenantId);
        const serials = devices.map((device) => device.serial);
        const newestWatch = new Map(devices.map((device) => [device.serial.toUpperCase(), device.newestWatchAt.getTime()]));
        const watched = new Map(serials.map((serial) => [serial.toUpperCase(), serial]));

        // What changed since the last cycle, tenant-wide, in a few paged reads instead of three reads per device.
        const cursor = stores.cursor.get(tenantId);
        const changed = new Map<string, AutopilotEvent[]>();
        let newestEvent = cursor;
        for (const key of this.unreadSince.keys()) {
            const [tenant, serial] = key.split('|');
            if (tenant === tenantId && !watched.has(serial)) this.unreadSince.delete(key);
        }
        if (cursor) {
            let events: AutopilotEvent[];
            try {
                events = await graph.deploymentEventsSince(new Date(cursor.getTime() - CURSOR_OVERLAP_MS));
            } catch (error) {
                if (!(error instanceof GraphProblem)) throw error;
                // Nothing can be read this cycle; the cursor stays, so the next one reads what this one missed.
                logger.warn({ tenantId, problem: error.message }, 'monitor could not read the deployment events');
                const unfinished = serials.filter((serial) => !tracked.get(serial.toUpperCase())?.state.finished);
                await this.noteLateReads(tenantId, unfinished.map((serial) => ({ serial, problem: error.kind })), now);
                return { read: 0, changedEvents: 0, failed: unfinished.length, ...noDelivery() };
            }
            for (const event of events) {
                const key = (event.deviceSerialNumber ?? '').toUpperCase();
                const time = realTime(event.eventDateTime);
                if (time && (!newestEvent || time > newestEvent)) newestEvent = time;
                if (!watched.has(key)) continue;
                changed.set(key, [...(changed.get(key) ?? []), event]);
            }
            // Events inside the overlap were seen last cycle: only a different newest event is a change.
            for (const [key, events] of changed) {
                if (tracked.get(key)?.summary?.eventKey === eventKey(events[0])) changed.delete(key);
            }
        }

        const pending = stores.ledger.pendingSerials(tenantId);
        const toRead = serials.filter((serial) => {
            const key = serial.toUpperCase();
            const device = tracked.get(key);
            // An alert still owed is sent with what the device says now (or given up if it moved on).
            if (!device || changed.has(key) || pending.has(key)) return true;
            const summary = device.summary;
            if (!summary) return false;
            const lastRead = Date.parse(summary.checkedAt);
            // A watch asked since the last read has not been told what state the device is in, finished or not.
            if ((newestWatch.get(key) ?? 0) >= lastRead) return true;
            if (device.state.finished) return false;
            if (device.state.stalled) return now.getTime() - lastRead >= STALLED_RECHECK_MS || this.snoozeEnded(tenantId, serial, now);
            const seen = { running: summary.running, startedAt: realTime(summary.startedAt), lastActivityAt: realTime(summary.lastActivityAt) };
            return looksStuck(seen, device.state, thresholds, now);
        });

        // Read in chunks, each committed and alerted before the next is read: memory stays flat at any fleet size.
        let failed = 0;
        const delivery = noDelivery();
        let read = 0;
        const unread: UnreadDevice[] = [];
        for (let offset = 0; offset < toRead.length; offset += READ_CHUNK) {
            const chunk = toRead.slice(offset, offset + READ_CHUNK);
            const outcome = await this.readAndJudge(tenantId, chunk, changed, tracked, now);
            failed += outcome.failed;
            addDelivery(delivery, outcome);
            unread.push(...outcome.unread);
            read += chunk.length;
            if (outcome.throttled) {
                failed += toRead.length - read;
                unread.push(...toRead.slice(read).map((serial) => ({ serial, problem: 'throttled' as const })));
                logger.warn({ tenantId, left: toRead.length - read }, 'Graph is throttling: the rest waits for the next cycle');
                break;
            }
        }
        await this.noteLateReads(tenantId, unread, now);
        // Only now: a crash before this re-reads the same events next time, and the ledger keeps alerts single.
        stores.cursor.set(tenantId, newestEvent && (!cursor || newestEvent > cursor) ? newestEvent : cursor ?? now, now);
        return { read: toRead.length, changedEvents: changed.size, failed, ...delivery };
    }

    /** Reads a chunk of devices (events from the feed stand in for their events read), runs the rules, commits, alerts. */
    private async readAndJudge(
        tenantId: string,
        serials: string[],
        changed: Map<string, AutopilotEvent[]>,
        tracked: Map<string, TrackedDevice>,
        now: Date
    ): Promise<Delivery & { failed: number; throttled: boolean; unread: UnreadDevice[] }> {
        const { stores, graph, thresholds, logger } = this.options;
        const records = await graph.deviceRecordsFor(serials, changed);
        const updates: TrackedDevice[] = [];
        const due: { status: DeviceStatus; alert: AlertFact }[] = [];
        const reminders: { status: DeviceStatus; episode: number; deploymentId: string }[] = [];
        let failed = 0;
        let abandoned = 0;
        let throttled = false;
        const unread: UnreadDevice[] = [];
        const unknown: { serial: string; similar: string[] }[] = [];
        for (const serial of serials) {
            const result = records.get(serial);
            if (!result || result instanceof GraphProblem) {
                failed++;
                throttled ||= result?.kind === 'throttled';
                unread.push({ serial, problem: result?.kind });
                logger.warn({ tenantId, serial, problem: result?.message }, 'monitor could not read device');
                continue;
            }
            if (!result.identity) {
                logger.info({ tenantId, serial }, 'watched device not found in Intune');
                unknown.push({ serial, similar: result.candidates.map((c) => c.serialNumber ?? '').filter(Boolean).slice(0, 3) });
                continue;
            }
            this.unreadSince.delete(unreadKey(tenantId, serial));
            const status = await this.options.statusOf(result);
            const snapshot = snapshotOf(result, status);
            const previous = tracked.get(serial.toUpperCase());
            const evaluation = evaluate(snapshot, previous?.state, thresholds, now);
            updates.push(trackedDevice({ tenantId, serial: previous?.serial ?? serial, records: result, status, snapshot, state: evaluation.state }, now));
            // Every watcher is owed the alert for the state the device is in; the ledger keeps it to once each.
            if (evaluation.standing) due.push({ status, alert: evaluation.standing });
            abandoned += this.abandonMovedOn(tenantId, serial, evaluation.standing, now);
            if (evaluation.state.stalled) reminders.push({ status, episode: evaluation.state.stallEpisode, deploymentId: evaluation.state.deploymentId ?? '' });
        }
        // The state is committed before any alert goes out: a crash now cannot lose track of what was seen.
        stores.tracking.putAll(updates, now);
        const delivery: Delivery = { ...noDelivery(), undelivered: abandoned };
        for (const { status, alert } of due) addDelivery(delivery, await this.alertWatchers(tenantId, status, alert, now));
        for (const reminder of reminders) addDelivery(delivery, await this.remindAfterSnooze(tenantId, reminder, now));
        for (const { serial, similar } of unknown) await this.endUnknown(tenantId, serial, similar);
        return { failed, throttled, unread, ...delivery };
    }

    /**
     * A watched serial Intune does not have (watched while Graph could not be read, or deleted since): each watch ends
     * with a note saying so, rather than waiting out its time for alerts that cannot come.
     */
    private async endUnknown(tenantId: string, serial: string, similar: string[]): Promise<void> {
        const { watches } = this.options.stores;
        for (const watch of watches.watchersOf(tenantId, serial)) {
            watches.remove(tenantId, watch.conversationKey, watch.serial);
            await this.options.proactive.send(watch.conversationKey, notFoundNote(watch.serial, similar));
        }
    }

    /**
     * Devices the cycle needed to read and could not: once one has gone unread for lateReadAfterMinutes, each
     * conversation watching it is told, once per outage (the ledger keys it by when the outage began), that its
     * alerts may come late. A successful read ends the outage.
     */
    private async noteLateReads(tenantId: string, unread: UnreadDevice[], now: Date): Promise<void> {
        const { stores, logger, proactive } = this.options;
        for (const { serial, problem } of unread) {
            const key = unreadKey(tenantId, serial);
            const since = this.unreadSince.get(key) ?? now;
            this.unreadSince.set(key, since);
            const minutes = Math.floor((now.getTime() - since.getTime()) / 60_000);
            if (minutes < lateReadAfterMinutes(this.options.pollSeconds)) continue;
            for (const watch of stores.watches.watchersOf(tenantId, serial)) {
                if (watch.expiresAt <= now) continue;
                const entry: AlertEntry = { tenantId, conversationKey: watch.conversationKey, serial: watch.serial, deploymentId: `unread@${since.toISOString()}`, kind: LATE_READ_KIND };
                if (!stores.ledger.claim(entry, now)) continue;
                const outcome = await proactive.send(watch.conversationKey, lateReadNote(watch.serial, minutes, problem));
                stores.ledger.settle(entry, outcome.kind === 'sent' ? 'sent' : 'failed', this.now());
                logger.info({ tenantId, serial: watch.serial, conversation: watch.conversationKey, minutes, problem, outcome: outcome.kind }, 'told a watcher its alerts may be late');
            }
        }
    }

    /** Alerts left pending for a state the device has since left are given up: only what it is in now is owed. */
    private abandonMovedOn(tenantId: string, serial: string, standing: AlertFact | undefined, now: Date): number {
        const owed = (entry: AlertEntry) =>
            standing !== undefined &&
            entry.deploymentId === standing.deploymentId &&
            // A snooze reminder (`stalled#2@…`) belongs to the stall episode it reminds of.
            (entry.kind === standing.ledgerKind || entry.kind.startsWith(`${standing.ledgerKind}@`));
        const given = this.options.stores.ledger.abandonPending(tenantId, serial, owed, now);
        for (const entry of given) {
            this.options.metrics?.alertUndelivered(ledgerKinds.alertKindOf(entry.kind), 'dropped');
            this.options.logger.warn({ tenantId, serial, conversation: entry.conversationKey, kind: entry.kind }, 'pending alert given up: the device moved on');
        }
        return given.length;
    }

    /** Tells every conversation watching the device, once each. */
    private async alertWatchers(tenantId: string, status: DeviceStatus, alert: AlertFact, now: Date): Promise<Delivery> {
        const delivery = noDelivery();
        for (const watch of this.options.stores.watches.watchersOf(tenantId, status.serial)) {
            // A snoozed watch hears of a stall only when its snooze ends, from remindAfterSnooze.
            if (alert.kind === 'stalled' && watch.snoozedUntil) continue;
            await this.alertWatch(tenantId, status, alert, now, watch, delivery);
        }
        return delivery;
    }

    /**
     * Sends the alert to one watch unless the ledger says it went out (or was given up) already. A send the channel
     * throttled or could not take is left pending for the next cycles, up to ALERT_DELIVERY_TRIES. Returns the fate.
     */
    private async alertWatch(tenantId: string, status: DeviceStatus, alert: AlertFact, now: Date, watch: Watch, delivery: Delivery): Promise<AlertOutcome | undefined> {
        const { stores, logger, metrics } = this.options;
        if (watch.expiresAt <= now) return undefined;
        const entry: AlertEntry = { tenantId, conversationKey: watch.conversationKey, serial: watch.serial, deploymentId: alert.deploymentId, kind: alert.ledgerKind };
        const attempt = stores.ledger.claim(entry, now) ? 1 : stores.ledger.retryPending(entry, ALERT_DELIVERY_TRIES);
        if (attempt === undefined) return undefined;
        const endsWatch = ENDS_WATCH.has(alert.kind);
        const subject: AlertSubject = {
            kind: alert.kind,
            ref: { deploymentId: alert.deploymentId, ledgerKind: alert.ledgerKind },
            status,
            minutes: alert.minutes,
            stallCause: alert.stallCause,
            mentions: this.mentionsFor(watch),
            timeZone: watch.timeZone,
            watching: !endsWatch
        };
        const card = this.options.renderAlert(subject);
        stores.ledger.recordShown(entry, JSON.stringify(subject));
        // The card is the message; its one line is what a toast or the activity feed shows.
        const outcome = await this.options.proactive.send(watch.conversationKey, { type: 'message', summary: alertLine(alert.kind, status.serial), attachments: [card] });
        const fate = ledgerOutcome(outcome, attempt);
        stores.ledger.settle(entry, fate, this.now());
        if (fate === 'sent') {
            delivery.alerts++;
            metrics?.alertSent(alert.kind);
            if (endsWatch) stores.watches.remove(tenantId, watch.conversationKey, watch.serial);
            return fate;
        }
        const retrying = fate === 'pending';
        if (retrying) delivery.retrying++;
        else delivery.undelivered++;
        metrics?.alertUndelivered(alert.kind, retrying ? 'retrying' : 'dropped');
        logger.warn(
            { tenantId, serial: watch.serial, conversation: watch.conversationKey, kind: alert.ledgerKind, outcome: outcome.kind, attempt, fate },
            retrying ? 'alert not delivered: tried again next cycle' : 'alert not delivered'
        );
        return fate;
    }

    private snoozeEnded(tenantId: string, serial: string, now: Date): boolean {
        return this.options.stores.watches.watchersOf(tenantId, serial).some((w) => w.snoozedUntil !== undefined && w.snoozedUntil <= now);
    }

    /** A stall still there when a snooze ends is told again, once per snooze. */
    private async remindAfterSnooze(tenantId: string, reminder: { status: DeviceStatus; episode: number; deploymentId: string }, now: Date): Promise<Delivery> {
        const { watches, ledger } = this.options.stores;
        const delivery = noDelivery();
        for (const watch of watches.watchersOf(tenantId, reminder.status.serial)) {
            if (!watch.snoozedUntil || watch.snoozedUntil > now) continue;
            // The reminder tells this stall episode: the plain alert for it is not owed any more.
            ledger.claim({ tenantId, conversationKey: watch.conversationKey, serial: watch.serial, deploymentId: reminder.deploymentId, kind: ledgerKinds.stallEpisode(reminder.episode) }, now);
            const alert: AlertFact = { kind: 'stalled', ledgerKind: ledgerKinds.snoozeReminder(reminder.episode, watch.snoozedUntil), deploymentId: reminder.deploymentId };
            const fate = await this.alertWatch(tenantId, reminder.status, alert, now, watch, delivery);
            // A reminder the channel could not take yet keeps the ended snooze, so the next cycle tries it again.
            if (fate !== 'pending') watches.snooze(tenantId, watch.conversationKey, watch.serial, undefined);
        }
        return delivery;
    }

    /** In a group chat or channel the alert names everyone who asked; in a personal chat there is no one else to tell apart. */
    private mentionsFor(watch: Watch): { id: string; name: string }[] {
        const type = this.options.stores.references.get(watch.conversationKey)?.conversation?.conversationType;
        if (!type || type === 'personal') return [];
        return (watch.askers ?? [watch.askedBy]).map((asker) => ({ id: asker.aadObjectId ?? asker.id, name: asker.name ?? 'you' }));
    }

    /** Ends watches past their time, each with a short note. */
    private async expireWatches(now: Date): Promise<number> {
        const { stores, watchTtlHours } = this.options;
        const expired = stores.watches.expired(now);
        for (const watch of expired) {
            stores.watches.remove(watch.tenantId, watch.conversationKey, watch.serial);
            const device = stores.tracking.get(watch.tenantId, watch.serial);
            if (device?.state.finished) continue; // it was told already; the watch simply ends
            const summary = device?.summary;
            const kind = watchExpiry(watch, summary ? { running: summary.running, startedAt: realTime(summary.startedAt) } : undefined, now) ?? 'expired';
            await this.options.proactive.send(watch.conversationKey, expiryNote(kind, watch.serial, watchTtlHours, summary?.headline));
        }
        return expired.length;
    }
}

function ledgerOutcome(outcome: ProactiveOutcome<unknown>, attempt: number): AlertOutcome {
    if (outcome.kind !== 'failed') return outcome.kind;
    if (!TRY_AGAIN.has(outcome.reason)) return 'failed';
    return attempt < ALERT_DELIVERY_TRIES ? 'pending' : 'abandoned';
}
