import type { Activity } from 'botbuilder';

let sequence = 0;

/** Overrides that put an activity in its own personal chat, so tests sharing one bot do not share state. */
export function inConversation(id: string, tenantId = 'tenant-1'): { conversation: { id: string; conversationType: string; tenantId: string; isGroup: boolean; name: string } } {
    return { conversation: { id, conversationType: 'personal', tenantId, isGroup: false, name: '' } };
}

/** A Teams personal-chat message activity as the channel sends it. */
export function messageActivity(text: string | undefined, overrides: Partial<Activity> & Record<string, unknown> = {}): Partial<Activity> {
    sequence += 1;
    return {
        type: 'message',
        id: `act-${sequence}`,
        text,
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:1',
        timestamp: new Date(),
        from: { id: 'user-1', name: 'Alex Tech', aadObjectId: '00000000-0000-0000-0000-0000000000a1' },
        recipient: { id: 'bot-1', name: 'Autopilot Technician' },
        ...inConversation('conv-1'),
        ...overrides
    } as Partial<Activity>;
}

/** An Action.Submit from a card: a message with a value and no text. */
export function submitActivity(value: Record<string, unknown>, overrides: Partial<Activity> & Record<string, unknown> = {}): Partial<Activity> {
    return messageActivity(undefined, { value, ...overrides });
}

/** An Action.Execute (Universal Action) invoke. */
export function executeActivity(verb: string, data: Record<string, unknown>, overrides: Partial<Activity> & Record<string, unknown> = {}): Partial<Activity> {
    return messageActivity(undefined, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        replyToId: 'card-1',
        ...overrides
    });
}
