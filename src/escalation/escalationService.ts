import type { Activity, Attachment, ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { BackgroundService } from '../ops/backgroundService';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { ProactiveSender } from '../proactive/proactiveSender';
import { conversationKey, ConversationReferenceStore } from '../store/conversationReferences';
import type { SqliteEscalationCaseStore } from './caseStore';
import type { SqliteHelpdeskChannelStore } from './helpdeskChannelStore';
import { HelpdeskPolicy, mayAddNote, mayHandleCase, mayRegisterChannel, mayViewCase, RequestPlace } from './authorization';
import { addNote, OpenRequest, Refusal, resolve, take } from './caseMachine';
import { formatCaseNumber } from './caseNumber';
import type { HelpdeskChannel } from './helpdeskChannel';
import type { CaseEvent, EscalationCase, Person } from './types';

/** How a case is drawn (src/cards/escalationCards.ts): passed in, so the service stays below the cards that draw it. */
export interface EscalationCards {
    /** The helpdesk channel's card of a case as of `now`. */
    channelCard(escalation: EscalationCase, now: Date): Attachment;
    /** What the technician is sent when the helpdesk acts on their case. */
    technicianUpdate(escalation: EscalationCase, event: CaseEvent): Partial<Activity>;
}

export interface EscalationServiceOptions {
    cases: SqliteEscalationCaseStore;
    channels: SqliteHelpdeskChannelStore;
    references: ConversationReferenceStore;
    proactive: ProactiveSender;
    cards: EscalationCards;
    policy: HelpdeskPolicy;
    /** HELPDESK_CHANNEL_ID: the channel for tenants that registered none. */
    defaultChannelId?: string;
    /** With BOT_TENANT_ID (single tenant), the default channel serves only that tenant. */
    defaultChannelTenantId?: string;
    /** The monitor's alerts: escalating a device counts as acting on its alerts in that conversation. */
    alerts?: { markActed(tenantId: string, conversationKey: string, serial: string, now: Date): void };
    now: Clock;
    logger: Logger;
    /** Longest the technician waits for the channel post before being answered (it carries on in the background). */
    answerWithinMs?: number;
}

const ANSWER_WITHIN_MS = 8_000;

export type EscalateResult =
    | { kind: 'noChannel' }
    /** `posted`: the channel has the card; `pending`: still being sent when the technician had to be answered. */
    | { kind: 'opened' | 'addedTo'; case: EscalationCase; channel: HelpdeskChannel; posted: Delivery };

type Delivery = 'posted' | 'pending' | 'failed';

export type CaseActionKind = 'take' | 'note' | 'resolve';

export type ActResult =
    | { kind: 'changed'; case: EscalationCase; event: CaseEvent }
    | { kind: 'refused'; refusal: Refusal | { reason: 'notFound' | 'forbidden' }; case?: EscalationCase };

/** Who acts, and from where: what authorization needs to know about a request. */
export interface Actor {
    tenantId: string;
    person: Person;
    /** The Teams channel the request came from, if any. */
    channelId?: string;
}

/**
 * Helpdesk escalation: opens cases as new threads in the tenant's helpdesk channel, applies Take / Add note /
 * Resolve with authorization, keeps the channel card current for everyone and tells the technician about each
 * change. Sends go through the proactive sender (paced, retried, with deadlines); notifications run after the
 * request is answered, and shutdown waits for them.
 */
export class EscalationService implements BackgroundService {
    readonly name = 'escalation';
    private readonly pending = new Set<Promise<unknown>>();

    constructor(private readonly options: EscalationServiceOptions) {
        // The bot was removed from the helpdesk team (403/404 on its channel or a case thread): stop sending cases there.
        options.proactive.onConversationGone((key) => {
            const [tenantId, conversationId = ''] = splitKey(key);
            const channel = options.channels.get(tenantId);
            if (channel && conversationId.split(';')[0] === channel.channelId) {
                options.channels.remove(tenantId);
                options.logger.warn({ tenantId, channelId: channel.channelId }, 'helpdesk channel unreachable: registration removed');
            }
        });
    }

    private started = false;

    start(): void {
        this.started = true;
    }

    async stop(): Promise<void> {
        this.started = false;
        await Promise.allSettled([...this.pending]);
    }

    /** It has no loop of its own (notifications run per request), so running is started and not stopped. */
    isRunning(): boolean {
        return this.started;
    }

    /** The tenant's helpdesk channel: the registered one, else HELPDESK_CHANNEL_ID reached through `origin`'s service. */
    helpdeskChannel(tenantId: string, origin?: Partial<ConversationReference>): HelpdeskChannel | undefined {
        const registered = this.options.channels.get(tenantId);
        if (registered) return registered;
        const { defaultChannelId, defaultChannelTenantId } = this.options;
        if (!defaultChannelId || (defaultChannelTenantId && defaultChannelTenantId !== tenantId)) return undefined;
        const reference = origin?.serviceUrl
            ? {
                  channelId: origin.channelId ?? 'msteams',
                  serviceUrl: origin.serviceUrl,
                  bot: origin.bot,
                  conversation: { id: defaultChannelId, tenantId, conversationType: 'channel', isGroup: true, name: '' }
              }
            : undefined;
        return { tenantId, channelId: defaultChannelId, reference, registeredAt: this.options.now().toISOString() };
    }

    /** "use this channel for escalations": `reference` is the turn's, `channel` what Teams says about the channel. */
    registerChannel(
        actor: Actor,
        reference: Partial<ConversationReference>,
        channel: { id: string; name?: string; teamId?: string; teamName?: string }
    ): { kind: 'forbidden' } | { kind: 'registered'; channel: HelpdeskChannel; replaced?: HelpdeskChannel } {
        if (!mayRegisterChannel(this.options.policy, actor.person)) return { kind: 'forbidden' };
        // New threads are created in the channel itself, not in the thread the command was said in.
        const channelReference = { ...withoutActivity(reference), conversation: { id: channel.id, tenantId: actor.tenantId, conversationType: 'channel', isGroup: true, name: channel.name ?? '' } };
        const registration: HelpdeskChannel = {
            tenantId: actor.tenantId,
            channelId: channel.id,
            channelName: channel.name,
            teamId: channel.teamId,
            teamName: channel.teamName,
            reference: channelReference,
            registeredBy: actor.person,
            registeredAt: this.options.now().toISOString()
        };
        this.options.references.save(channelReference);
        const replaced = this.options.channels.register(registration);
        this.options.logger.info({ tenantId: actor.tenantId, channelId: channel.id, replaced: replaced?.channelId }, 'helpdesk channel registered');
        return { kind: 'registered', channel: registration, replaced };
    }

    /** Opens a case (a new thread in the helpdesk channel) or adds to the device's open one. */
    async escalate(request: Omit<OpenRequest, 'number' | 'at'>, origin?: Partial<ConversationReference>): Promise<EscalateResult> {
        const channel = this.helpdeskChannel(request.tenantId, origin ?? this.options.references.get(request.technicianConversation));
        if (!channel?.reference) return { kind: 'noChannel' };
        const outcome = this.options.cases.escalate({ ...request, at: this.options.now() });
        this.options.alerts?.markActed(request.tenantId, request.technicianConversation, outcome.case.serial, this.options.now());
        const sending = outcome.case.channelCard ? this.updateChannelCard(outcome.case) : this.postChannelCard(outcome.case, channel);
        // A throttled channel can take minutes (pacing, retries); the technician is answered within a turn's time.
        this.track(sending);
        const delivered = sending.then(
            (sent): Delivery => (sent ? 'posted' : 'failed'),
            (): Delivery => 'failed'
        );
        const posted = await within(delivered, this.options.answerWithinMs ?? ANSWER_WITHIN_MS, 'pending');
        this.options.logger.info({ tenantId: request.tenantId, case: outcome.case.number, kind: outcome.kind, posted }, 'escalation');
        return { kind: outcome.kind, case: outcome.case, channel, posted };
    }

    /**
     * Take, note or resolve. `cardUpdatedByCaller`: the request is an Action.Execute on the channel card, whose answer
     * replaces that card for everyone; otherwise the card is updated here.
     */
    act(actor: Actor, caseNumber: number, action: CaseActionKind, text?: string, cardUpdatedByCaller = false): ActResult {
        const { cases, policy } = this.options;
        const place: RequestPlace = { channelId: actor.channelId, helpdeskChannelId: this.helpdeskChannel(actor.tenantId)?.channelId };
        const current = cases.get(actor.tenantId, caseNumber);
        if (!current) return { kind: 'refused', refusal: { reason: 'notFound' } };
        const allowed = action === 'note' ? mayAddNote(policy, actor.person, place, current) : mayHandleCase(policy, actor.person, place);
        if (!allowed) {
            this.options.logger.warn({ tenantId: actor.tenantId, case: caseNumber, action, user: actor.person.aadObjectId ?? actor.person.id }, 'case action refused: not authorized');
            return { kind: 'refused', refusal: { reason: 'forbidden' }, case: current };
        }
        const at = this.options.now();
        const result = cases.change(actor.tenantId, caseNumber, (c) =>
            action === 'take' ? take(c, actor.person, at) : action === 'note' ? addNote(c, actor.person, at, text) : resolve(c, actor.person, at, text)
        );
        if (!result.ok) return { kind: 'refused', refusal: result, case: result.reason === 'notFound' ? undefined : cases.get(actor.tenantId, caseNumber) };
        if (!cardUpdatedByCaller) this.track(this.updateChannelCard(result.case));
        // The technician hears of every change but their own notes.
        if (!(action === 'note' && result.case.technician.id === actor.person.id)) this.announce(result.case, result.event);
        return { kind: 'changed', case: result.case, event: result.event };
    }

    /** A case for someone allowed to see it: the technician who escalated, or the helpdesk. */
    view(actor: Actor, caseNumber: number): { kind: 'found'; case: EscalationCase } | { kind: 'notFound' | 'forbidden' } {
        const found = this.options.cases.get(actor.tenantId, caseNumber);
        if (!found) return { kind: 'notFound' };
        const place: RequestPlace = { channelId: actor.channelId, helpdeskChannelId: this.helpdeskChannel(actor.tenantId)?.channelId };
        return mayViewCase(this.options.policy, actor.person, place, found) ? { kind: 'found', case: found } : { kind: 'forbidden' };
    }

    /** The tenant's open cases, for the helpdesk (in its channel, or an admin); undefined for anyone else. */
    openCases(actor: Actor): EscalationCase[] | undefined {
        const place: RequestPlace = { channelId: actor.channelId, helpdeskChannelId: this.helpdeskChannel(actor.tenantId)?.channelId };
        return mayHandleCase(this.options.policy, actor.person, place) ? this.options.cases.listOpen(actor.tenantId) : undefined;
    }

    openCaseForDevice(tenantId: string, serial: string): EscalationCase | undefined {
        return this.options.cases.openCaseForDevice(tenantId, serial);
    }

    /** Tells the technician about `event` in their conversation (after the request that caused it is answered). */
    announce(escalation: EscalationCase, event: CaseEvent): void {
        this.track(this.notifyTechnician(escalation, event));
    }

    /** How many cases wait for the helpdesk (open or taken), all tenants: for /metrics. */
    unresolvedCount(): number {
        return this.options.cases.countOpen();
    }

    myOpenCases(actor: Actor): EscalationCase[] {
        return this.options.cases.listOpen(actor.tenantId, actor.person);
    }

    /** The channel card of a case as of now. */
    channelCard(escalation: EscalationCase) {
        return this.options.cards.channelCard(escalation, this.options.now());
    }

    private async postChannelCard(escalation: EscalationCase, channel: HelpdeskChannel): Promise<boolean> {
        const reference = channel.reference!;
        const channelKey = conversationKey(reference);
        // A HELPDESK_CHANNEL_ID channel has no stored reference until first used.
        if (!this.options.references.get(channelKey)) this.options.references.save(reference);
        const activity = channelCardActivity(escalation, this.channelCard(escalation));
        const outcome = await this.options.proactive.continueWith(channelKey, async (context) => {
            const connector = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
            return connector.conversations.createConversation({
                isGroup: true,
                bot: context.activity.recipient,
                tenantId: escalation.tenantId,
                channelData: { channel: { id: channel.channelId }, tenant: { id: escalation.tenantId } },
                activity: activity as Activity
            });
        });
        if (outcome.kind !== 'sent') {
            this.options.logger.warn({ tenantId: escalation.tenantId, case: escalation.number, outcome: outcome.kind }, 'could not post the case to the helpdesk channel');
            return false;
        }
        const threadId = outcome.value.id;
        const activityId = outcome.value.activityId ?? /;messageid=(.+)$/.exec(threadId)?.[1] ?? '';
        const threadReference = { ...reference, conversation: { ...reference.conversation!, id: threadId, tenantId: escalation.tenantId } };
        this.options.references.save(threadReference);
        this.options.cases.setChannelCard(escalation.tenantId, escalation.number, { conversationId: threadId, activityId });
        return true;
    }

    /** Replaces the channel card with the case as it is now; posts it if it never made it to the channel. */
    private async updateChannelCard(escalation: EscalationCase): Promise<boolean> {
        const location = escalation.channelCard;
        if (!location) {
            const channel = this.helpdeskChannel(escalation.tenantId, this.options.references.get(escalation.technicianConversation));
            return channel?.reference ? this.postChannelCard(escalation, channel) : false;
        }
        const key = `${escalation.tenantId}/${location.conversationId}`;
        const outcome = await this.options.proactive.continueWith(key, (context) =>
            context.updateActivity({ ...channelCardActivity(escalation, this.channelCard(escalation)), id: location.activityId })
        );
        if (outcome.kind !== 'sent') this.options.logger.warn({ tenantId: escalation.tenantId, case: escalation.number, outcome: outcome.kind }, 'could not update the case card');
        return outcome.kind === 'sent';
    }

    private async notifyTechnician(escalation: EscalationCase, event: CaseEvent): Promise<void> {
        const outcome = await this.options.proactive.send(escalation.technicianConversation, this.options.cards.technicianUpdate(escalation, event));
        if (outcome.kind !== 'sent') this.options.logger.warn({ tenantId: escalation.tenantId, case: escalation.number, outcome: outcome.kind }, 'could not tell the technician');
    }

    private track(work: Promise<unknown>): void {
        const tracked = work.catch((error: unknown) => this.options.logger.error({ err: (error as Error).message }, 'escalation update failed'));
        this.pending.add(tracked);
        void tracked.finally(() => this.pending.delete(tracked));
    }

}

/**
 * The card alone, with the headline as the notification summary: a channel post with text shows the text and hides
 * the card in some clients, and the card already says everything.
 */
function channelCardActivity(escalation: EscalationCase, card: Attachment): Partial<Activity> {
    return { type: 'message', summary: caseHeadline(escalation), attachments: [card] };
}

function caseHeadline(escalation: EscalationCase): string {
    const status = escalation.status === 'open' ? 'open' : escalation.status === 'taken' ? `taken by ${escalation.takenBy?.name}` : `resolved by ${escalation.resolvedBy?.name}`;
    const how = escalation.source === 'auto' ? `escalated itself (alert to ${escalation.technician.name} not acted on)` : `escalated by ${escalation.technician.name}`;
    return `${formatCaseNumber(escalation.number)}: device ${escalation.serial} ${how} (${status})`;
}

/** `work`'s result if it comes within `ms`, else `late` (the work carries on). */
function within<T>(work: Promise<T>, ms: number, late: T): Promise<T> {
    return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(late), ms);
        void work.then((value) => {
            clearTimeout(timer);
            resolve(value);
        });
    });
}

/** `tenant/conversation` → its two parts (conversation ids may contain '/'; tenant ids never do). */
function splitKey(key: string): [string, string?] {
    const at = key.indexOf('/');
    return at < 0 ? [key] : [key.slice(0, at), key.slice(at + 1)];
}

function withoutActivity(reference: Partial<ConversationReference>): Partial<ConversationReference> {
    const { activityId: _activityId, ...rest } = reference;
    return rest;
}

