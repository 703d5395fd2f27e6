/** Teams' `activity.conversation.conversationType`. */
export type ConversationType = 'personal' | 'groupChat' | 'channel';

/** Whether the bot must be @mentioned, and what to call the place where it was. */
export interface ConversationWording {
    personal: boolean;
    place: 'chat' | 'team';
}

export function conversationWording(conversationType: ConversationType): ConversationWording {
    return { personal: conversationType === 'personal', place: conversationType === 'channel' ? 'team' : 'chat' };
}
