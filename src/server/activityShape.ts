import { z } from 'zod/v4';

/** A field the bot reads as text: anything else (an object, a number) is dropped rather than reaching a TypeError. */
const text = z.string().optional().catch(undefined);
const flag = z.boolean().optional().catch(undefined);
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Someone (a user, the bot, a member added): an id is what makes it one. */
const account = z.object({ id: z.string().min(1), name: text, aadObjectId: text, role: text }).passthrough();
const hasId = (value: unknown) => account.safeParse(value).success;

/** A list the bot walks: only the items of the right shape survive; a non-list becomes absent. */
const listOf = (keep: (item: unknown) => boolean) =>
    z
        .unknown()
        .transform((value) => (Array.isArray(value) ? value.filter(keep) : undefined))
        .optional();

/** Entities the SDKs read: a mention must name who is mentioned, or it is not a mention. */
const keepEntity = (entity: unknown) =>
    isObject(entity) && typeof entity.type === 'string' && (entity.type !== 'mention' || (hasId(entity.mentioned) && (entity.text === undefined || typeof entity.text === 'string')));

/** Teams' channelData: each part the SDKs read is an object with an id, or it is dropped. */
const channelData = z
    .unknown()
    .transform((value) => {
        if (!isObject(value)) return undefined;
        const cleaned: Record<string, unknown> = { ...value };
        for (const part of ['tenant', 'team', 'channel']) if (part in cleaned && !hasId(cleaned[part])) delete cleaned[part];
        if ('eventType' in cleaned && typeof cleaned.eventType !== 'string') delete cleaned.eventType;
        return cleaned;
    })
    .optional();

/**
 * The least an activity must carry for the bot to answer it (who sent it, in which conversation, where replies go),
 * checked before the adapter so a malformed post gets a 400 naming the field instead of a failed turn. The bot's own
 * identity and the channel are filled in when a client leaves them out: they cannot be wrong. Optional fields of the
 * wrong type are dropped, so odd shapes get a normal answer instead of an exception deep in a library.
 */
const activityShape = z
    .object({
        type: z.string().min(1),
        channelId: z.string().min(1).default('msteams'),
        serviceUrl: z
            .string()
            .url()
            .refine((url) => /^https?:\/\//i.test(url), 'must be an http(s) URL'),
        conversation: z.object({ id: z.string().min(1), tenantId: text, conversationType: text, isGroup: flag, name: text }).passthrough(),
        from: account,
        recipient: account.default({ id: 'bot' }),
        id: text,
        name: text,
        action: text,
        text: z.string().nullish().catch(undefined),
        textFormat: text,
        locale: text,
        localTimezone: text,
        replyToId: text,
        timestamp: text,
        localTimestamp: text,
        expiration: text,
        entities: listOf(keepEntity),
        attachments: listOf((item) => isObject(item) && typeof item.contentType === 'string'),
        membersAdded: listOf(hasId),
        membersRemoved: listOf(hasId),
        reactionsAdded: listOf((item) => isObject(item) && typeof item.type === 'string'),
        reactionsRemoved: listOf((item) => isObject(item) && typeof item.type === 'string'),
        channelData
    })
    .passthrough();

export type ActivityCheck = { activity: Record<string, unknown>; problem?: undefined } | { problem: string; activity?: undefined };

/** The activity with defaults filled in, or a sentence naming what is wrong. */
export function checkActivity(body: unknown): ActivityCheck {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return { problem: 'The body must be a JSON activity object.' };
    const result = activityShape.safeParse(body);
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
