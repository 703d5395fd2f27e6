/**
 * The held-out set's format (test/eval/heldout.json, written blind and frozen): what each item asks and what a
 * correct reply must show. Read and checked here so a malformed item fails loudly instead of scoring silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Groups of alternatives: the reply must contain one alternative of every group, case-insensitively. */
const mustMention = z.array(z.array(z.string().min(1)).min(1)).min(1);

const item = z.discriminatedUnion('kind', [
    z.object({ id: z.string(), kind: z.literal('answer'), text: z.string(), mustMention, topic: z.string().optional() }),
    z.object({ id: z.string(), kind: z.literal('status'), text: z.string(), serial: z.string().min(1) }),
    z.object({ id: z.string(), kind: z.literal('followup'), turns: z.array(z.string()).min(2), mustMention, topic: z.string().optional() }),
    z.object({ id: z.string(), kind: z.literal('decline'), text: z.string(), why: z.string().optional() })
]);

export type EvalItem = z.infer<typeof item>;

export const HELDOUT_PATH = join(__dirname, 'heldout', 'heldout.json');

/** The held-out items, or undefined while the set is not committed. */
export function loadHeldout(path = HELDOUT_PATH): EvalItem[] | undefined {
    if (!existsSync(path)) return undefined;
    return z.array(item).parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** True when `text` contains one alternative of every group. */
export function mentionsAll(text: string, groups: string[][]): boolean {
    const lower = text.toLowerCase();
    return groups.every((group) => group.some((alternative) => lower.includes(alternative.toLowerCase())));
}
