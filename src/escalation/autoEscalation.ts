import type { BackgroundService } from '../ops/backgroundService';
import type { Clock } from '../domain/clock';
import { checklistItems } from '../knowledge';
import type { Logger } from '../logger';
import { ledgerKinds, type AlertKind } from '../monitor/rules';
import type { DeviceStatusService } from '../status/statusService';
import type { LedgerRecord } from '../store/alertLedger';
import type { Watch } from '../store/watches';
import type { EscalationService } from './escalationService';
import { deviceSnapshot } from './snapshot';
import type { DeviceSnapshot, Person } from './types';

/** Alert kinds that hand themselves over; "ready", "completed" and "timed out" do not. */
const ESCALATING_KINDS: ReadonlySet<string> = new Set<AlertKind>(['stalled', 'failed']);

/** Stalls (every episode, and the reminder when a snooze ends) and failures hand themselves over. */
export function isEscalatingAlert(ledgerKind: string): boolean {
    return ESCALATING_KINDS.has(ledgerKinds.alertKindOf(ledgerKind));
}

/** The alerts the monitor delivered that nobody acted on, as far as auto-escalation needs them. */
export interface AlertsAwaitingAction {
    awaitingAction(claimedBefore: Date): LedgerRecord[];
    markActed(tenantId: string, conversationKey: string, serial: string, now: Date): void;
}

export interface AutoEscalationOptions {
    afterMinutes: number;
    alerts: AlertsAwaitingAction;
    watchersOf(tenantId: string, serial: string): Watch[];
    statusService: DeviceStatusService;
    escalation: EscalationService;
    now: Clock;
    logger: Logger;
    /** How often to look; default a quarter of the delay, between 15 s and 5 min. */
    checkEveryMs?: number;
}

/**
 * AUTO_ESCALATE_AFTER_MINUTES: a stall or failure alert nobody acted on (snooze, escalate, stop watching…) in that
 * time escalates itself, once. The alert is marked acted on BEFORE the case opens, so a crash or restart in between
 * can lose one automatic escalation but never open two.
 */
export class AutoEscalation implements BackgroundService {
    readonly name = 'auto-escalation';
    private timer?: NodeJS.Timeout;
    private running?: Promise<number>;

    constructor(private readonly options: AutoEscalationOptions) {}

    start(): void {
        const every = this.options.checkEveryMs ?? Math.min(300_000, Math.max(15_000, (this.options.afterMinutes * 60_000) / 4));
        // A pass that fails (the database went away…) is logged; the next one still runs.
        this.timer = setInterval(() => this.runOnce().catch((error: Error) => this.options.logger.error({ err: error?.message }, 'auto-escalation pass failed')), every);
        this.timer.unref();
    }

    async stop(): Promise<void> {
        clearInterval(this.timer);
        this.timer = undefined;
        await this.running?.catch(() => undefined);
    }

    /** Started and not stopped: its interval cannot die on its own, a failing pass is only logged. */
    isRunning(): boolean {
        return this.timer !== undefined;
    }

    /** One pass; returns how many alerts it escalated. Passes never overlap. */
    runOnce(): Promise<number> {
        this.running ??= this.pass().finally(() => (this.running = undefined));
        return this.running;
    }

    private async pass(): Promise<number> {
        const { alerts, afterMinutes, now, logger } = this.options;
        const due = alerts.awaitingAction(new Date(now().getTime() - afterMinutes * 60_000)).filter((alert) => isEscalatingAlert(alert.kind));
        let escalated = 0;
        for (const alert of due) {
            alerts.markActed(alert.tenantId, alert.conversationKey, alert.serial, now());
            try {
                if (await this.escalate(alert)) escalated++;
            } catch (error) {
                logger.error({ tenantId: alert.tenantId, serial: alert.serial, err: (error as Error).message }, 'auto-escalation failed');
            }
        }
        return escalated;
    }

    private async escalate(alert: LedgerRecord): Promise<boolean> {
        const { escalation, logger, afterMinutes } = this.options;
        // Already with the helpdesk: nothing to hand over.
        if (escalation.openCaseForDevice(alert.tenantId, alert.serial)) return false;
        const kind = ledgerKinds.alertKindOf(alert.kind);
        const result = await escalation.escalate({
            tenantId: alert.tenantId,
            serial: alert.serial,
            source: 'auto',
            technician: this.technician(alert),
            technicianConversation: alert.conversationKey,
            device: await this.device(alert.serial, kind),
            note: `Nobody acted on the "${kind}" alert for ${afterMinutes} min, so the bot escalated it automatically.`
        });
        if (result.kind === 'noChannel') {
            logger.warn({ tenantId: alert.tenantId, serial: alert.serial }, 'auto-escalation skipped: no helpdesk channel');
            return false;
        }
        escalation.announce(result.case, result.case.history[result.case.history.length - 1]);
        return true;
    }

    /** Whoever asked to watch the device in that conversation. */
    private technician(alert: LedgerRecord): Person {
        const watch = this.options.watchersOf(alert.tenantId, alert.serial).find((w) => w.conversationKey === alert.conversationKey);
        const askedBy = watch?.askedBy;
        if (!askedBy) return { id: alert.conversationKey, name: 'the technician' };
        return { id: askedBy.id, name: askedBy.name ?? 'the technician', ...(askedBy.aadObjectId ? { aadObjectId: askedBy.aadObjectId } : {}) };
    }

    private async device(serial: string, alertKind: string): Promise<DeviceSnapshot | undefined> {
        try {
            const found = await this.options.statusService.lookup(serial);
            return found.kind === 'found' ? deviceSnapshot(found.status, checklistItems, undefined, alertKind) : undefined;
        } catch (error) {
            this.options.logger.warn({ serial, err: (error as Error).message }, 'auto-escalation without live status');
            return undefined;
        }
    }
}
