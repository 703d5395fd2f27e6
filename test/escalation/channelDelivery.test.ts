import { escalationCards } from '../../src/cards/escalationCards';
import type { TurnContext } from 'botbuilder';
import { ProactiveSender } from '../../src/proactive/proactiveSender';
import { EscalationService } from '../../src/escalation/escalationService';
import { SqliteConversationReferenceStore } from '../../src/store/conversationReferences';
import { openDatabase } from '../../src/store/database';
import { SqliteEscalationCaseStore } from '../../src/escalation/caseStore';
import { SqliteHelpdeskChannelStore } from '../../src/escalation/helpdeskChannelStore';
import { technician } from '../cards/escalationFixtures';
import { silentLogger } from '../support/silentLogger';

/** The technician is answered in a turn's time even when the helpdesk channel is slow or refuses the card. */
describe('posting the case card to the helpdesk channel', () => {
    const connectorKey = Symbol('connector');

    function service(createConversation: () => Promise<{ id: string; activityId?: string }>) {
        const db = openDatabase(':memory:');
        const references = new SqliteConversationReferenceStore(db);
        const context = {
            adapter: { ConnectorClientKey: connectorKey },
            activity: { recipient: { id: 'bot' } },
            turnState: new Map([[connectorKey, { conversations: { createConversation } }]])
        } as unknown as TurnContext;
        const adapter = { continueConversationAsync: async (_id: string, _ref: unknown, logic: (c: TurnContext) => Promise<void>) => logic(context) };
        const proactive = new ProactiveSender({ adapter, botAppId: '', references, logger: silentLogger, maxAttempts: 1 });
        const cases = new SqliteEscalationCaseStore(db);
        const escalation = new EscalationService({
            cases,
            channels: new SqliteHelpdeskChannelStore(db),
            references,
            proactive,
            cards: escalationCards,
            policy: { adminIds: new Set(), localMode: true },
            now: () => new Date(),
            logger: silentLogger,
            answerWithinMs: 50
        });
        const actor = { tenantId: 't1', person: technician };
        escalation.registerChannel(actor, { serviceUrl: 'http://127.0.0.1:9', channelId: 'msteams', bot: { id: 'bot', name: 'Bot' } }, { id: '19:hd@thread.tacv2' });
        const request = { tenantId: 't1', serial: 'PF3XYZ12', source: 'typed' as const, technician, technicianConversation: 't1/a:chat' };
        return { escalation, cases, request };
    }

    it('a slow channel: the technician is answered first, the card arrives after', async () => {
        const { escalation, cases, request } = service(() => new Promise((resolve) => setTimeout(() => resolve({ id: '19:hd@thread.tacv2;messageid=7', activityId: '7' }), 300)));
        const result = await escalation.escalate(request);
        expect(result).toMatchObject({ kind: 'opened', posted: 'pending' });
        expect(cases.get('t1', 1)?.channelCard).toBeUndefined();
        await escalation.stop();
        expect(cases.get('t1', 1)?.channelCard).toEqual({ conversationId: '19:hd@thread.tacv2;messageid=7', activityId: '7' });
    });

    it('a channel that refuses the card: the case is kept and the next escalation posts it', async () => {
        let refuse = true;
        const { escalation, cases, request } = service(async () => {
            if (refuse) throw Object.assign(new Error('bad request'), { statusCode: 400 });
            return { id: '19:hd@thread.tacv2;messageid=8' };
        });
        expect(await escalation.escalate(request)).toMatchObject({ kind: 'opened', posted: 'failed' });
        refuse = false;
        expect(await escalation.escalate(request)).toMatchObject({ kind: 'addedTo', posted: 'posted' });
        expect(cases.get('t1', 1)?.channelCard).toEqual({ conversationId: '19:hd@thread.tacv2;messageid=8', activityId: '8' });
    });
});
