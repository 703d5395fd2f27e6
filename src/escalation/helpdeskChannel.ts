import type { Activity, ConversationReference } from 'botbuilder';
import type { Person } from './types';

/** The channel of a tenant's helpdesk, where new cases open as threads. One per tenant; the latest registration wins. */
export interface HelpdeskChannel {
    tenantId: string;
    channelId: string;
    channelName?: string;
    teamId?: string;
    teamName?: string;
    /** How to reach the team (serviceUrl, bot, conversation); absent when the channel came from HELPDESK_CHANNEL_ID. */
    reference?: Partial<ConversationReference>;
    registeredBy?: Person;
    registeredAt: string;
}

interface TeamsChannelData {
    channel?: { id?: string; name?: string };
    team?: { id?: string; name?: string };
    tenant?: { id?: string };
}

type ActivityLike = Pick<Partial<Activity>, 'channelData' | 'conversation'>;

/**
 * The Teams channel an activity came from, or undefined outside channels. Teams names it in channelData;
 * a reply thread's conversation id is `<channel id>;messageid=<root>`, which is the fallback.
 */
export function channelOf(activity: ActivityLike): { id: string; name?: string; teamId?: string; teamName?: string } | undefined {
    const data = (activity.channelData ?? {}) as TeamsChannelData;
    const conversationId = activity.conversation?.id;
    const fromConversation = activity.conversation?.conversationType === 'channel' && conversationId ? conversationId.split(';')[0] : undefined;
    const id = data.channel?.id ?? fromConversation;
    if (!id) return undefined;
    return { id, name: data.channel?.name, teamId: data.team?.id, teamName: data.team?.name };
}

/** The tenant an activity belongs to: Teams puts it on the conversation and in channelData. */
export function tenantOf(activity: ActivityLike): string {
    return activity.conversation?.tenantId ?? (activity.channelData as TeamsChannelData | undefined)?.tenant?.id ?? '';
}

/** How a channel is named to people: `General in Helpdesk`, or its id when Teams gave no names. */
export function describeChannel(channel: Pick<HelpdeskChannel, 'channelId' | 'channelName' | 'teamName'>): string {
    if (!channel.channelName && !channel.teamName) return `the channel ${channel.channelId}`;
    return [channel.channelName ? `**${channel.channelName}**` : 'the channel', channel.teamName && `in team **${channel.teamName}**`].filter(Boolean).join(' ');
}
