import { z } from 'zod';
import type { DeviceStatus } from '../status/types';
import type { AlertSubject } from './poller';

/**
 * What an alert showed, as the monitor kept it in the ledger: read back when a button on the alert redraws it. Rows
 * from before it was kept, or that do not read as an alert, give undefined (the click is answered with a line).
 */
const shownAlert = z.object({
    kind: z.enum(['stalled', 'failed', 'ready', 'timedOut', 'completed']),
    ref: z.object({ deploymentId: z.string(), ledgerKind: z.string() }),
    status: z
        .object({
            serial: z.string(),
            headline: z.string(),
            explanation: z.string(),
            nextStep: z.string(),
            checkedAt: z.string(),
            device: z.object({}).passthrough(),
            failures: z.array(z.object({ name: z.string() }).passthrough())
        })
        .passthrough(),
    minutes: z.number().optional(),
    stallCause: z.enum(['running', 'quiet']).optional(),
    mentions: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
    timeZone: z.string().optional(),
    watching: z.boolean()
});

export function shownAlertFrom(json: string | undefined): AlertSubject | undefined {
    if (!json) return undefined;
    let value: unknown;
    try {
        value = JSON.parse(json);
    } catch {
        return undefined;
    }
    const parsed = shownAlert.safeParse(value);
    return parsed.success ? { ...parsed.data, status: parsed.data.status as unknown as DeviceStatus } : undefined;
}
