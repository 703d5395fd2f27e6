import { z } from 'zod';

/**
 * The least an activity must carry for the bot to answer it: who, where, and where replies go.
 * Checked before the adapter so a malformed post gets a 400 naming the field instead of a failed turn.
 */
const activityShape = z.object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    conversation: z.object({ id: z.string().min(1) }),
    from: z.object({ id: z.string().min(1) }),
    recipient: z.object({ id: z.string().min(1) }),
    text: z.string().optional(),
    value: z.unknown().optional()
});

/** Undefined when the body is a usable activity, otherwise a sentence naming what is wrong. */
export function activityProblem(body: unknown): string | undefined {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'The body must be a JSON activity object.';
    const result = activityShape.safeParse(body);
    if (result.success) return undefined;
    const issue = result.error.issues[0];
    return `Invalid activity: ${issue.path.join('.') || 'body'} ${issue.message.toLowerCase()}.`;
}
