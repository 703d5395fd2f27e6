import { z } from 'zod';

/**
 * The least an activity must carry for the bot to answer it: who sent it, in which conversation, and where replies
 * go. Checked before the adapter so a malformed post gets a 400 naming the field instead of a failed turn.
 * The bot's own identity and the channel are filled in when a client leaves them out: they cannot be wrong.
 */
const activityShape = z.object({
    type: z.string().min(1),
    channelId: z.string().min(1).default('msteams'),
    serviceUrl: z.string().url(),
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
    from: z.object({ id: z.string().min(1) }).passthrough(),
    recipient: z.object({ id: z.string().min(1) }).passthrough().default({ id: 'bot' }),
    text: z.string().nullish()
});

export type ActivityCheck = { activity: Record<string, unknown>; problem?: undefined } | { problem: string; activity?: undefined };

/** The activity with defaults filled in, or a sentence naming what is wrong. */
export function checkActivity(body: unknown): ActivityCheck {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return { problem: 'The body must be a JSON activity object.' };
    const result = activityShape.passthrough().safeParse(body);
    if (result.success) return { activity: withDates(result.data) };
    const issue = result.error.issues[0];
    return { problem: `Invalid activity: ${issue.path.join('.') || 'body'} ${issue.message.toLowerCase()}.` };
}

/** As botbuilder's own HTTP path does: ISO timestamps become Dates, the original text kept beside them. */
function withDates(activity: Record<string, unknown>): Record<string, unknown> {
    for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
        const value = activity[field];
        if (typeof value === 'string') {
            activity[raw] = value;
            activity[field] = new Date(value);
        }
    }
    return activity;
}
