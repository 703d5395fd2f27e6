import { escalationCards } from '../cards/escalationCards';
import type { ProactiveSender } from '../proactive/proactiveSender';
import type { Settings } from '../config';
import type { Clock } from '../domain/clock';
import type { BotDeps } from '../bot/deps';
import { AutoEscalation } from '../escalation/autoEscalation';
import { EscalationService } from '../escalation/escalationService';
import { AlertLedger } from '../store/alertLedger';
import { WatchStore } from '../store/watches';
import type { Logger } from '../logger';
import type { ConversationReferenceStore } from '../store/conversationReferences';
import type { SqliteDatabase } from '../store/database';
import { SqliteEscalationCaseStore } from '../escalation/caseStore';
import { SqliteHelpdeskChannelStore } from '../escalation/helpdeskChannelStore';

/** The helpdesk escalation capability from the settings: its stores in the bot's database, its authorization policy. */
export function createEscalationService(
    settings: Settings,
    shared: { db: SqliteDatabase; references: ConversationReferenceStore; proactive: ProactiveSender; now: Clock; logger: Logger }
): EscalationService {
    return new EscalationService({
        cases: new SqliteEscalationCaseStore(shared.db),
        channels: new SqliteHelpdeskChannelStore(shared.db),
        references: shared.references,
        proactive: shared.proactive,
        cards: escalationCards,
        policy: { adminIds: new Set(settings.escalation.adminIds), localMode: settings.bot.mode === 'local' },
        defaultChannelId: settings.escalation.defaultChannelId,
        // A single-tenant bot's HELPDESK_CHANNEL_ID belongs to its own tenant; a multi-tenant bot's to any tenant without one.
        defaultChannelTenantId: settings.bot.type === 'SingleTenant' ? settings.bot.tenantId : undefined,
        alerts: new AlertLedger(shared.db),
        now: shared.now,
        logger: shared.logger
    });
}

/** AUTO_ESCALATE_AFTER_MINUTES: off (undefined) unless set. Reads the monitor's alert ledger and watches. */
export function createAutoEscalation(settings: Settings, deps: BotDeps, db: SqliteDatabase): AutoEscalation | undefined {
    const afterMinutes = settings.escalation.autoEscalateAfterMinutes;
    if (afterMinutes === undefined) return undefined;
    const watches = new WatchStore(db);
    return new AutoEscalation({
        afterMinutes,
        alerts: new AlertLedger(db),
        watchersOf: (tenantId, serial) => watches.watchersOf(tenantId, serial),
        statusService: deps.statusService,
        escalation: deps.escalation,
        now: deps.now,
        logger: deps.logger
    });
}
