/** The knowledge base as one list, with lookups by id, step number and error code. */
import { adminEntries, adminErrors } from './adminPortal';
import { checklistItems } from './checklist';
import { espDetailTips, espEntries } from './esp';
import { errorEntries } from './errors';
import { logEntries } from './logs';
import { outOfScopeTopics } from './outOfScope';
import { overviewEntries } from './overview';
import { requirementEntries } from './requirements';
import { stepEntries } from './steps';
import { technicianFlow, flowEntries } from './technicianFlow';
import { tipEntries } from './tips';
import { troubleshootingEntries, troubleshootingErrors } from './troubleshooting';
import type { ErrorEntry, KnowledgeEntry, StepEntry } from './types';
import { userFlowEntries } from './userFlow';

export * from './types';
export { checklistItems, espDetailTips, outOfScopeTopics, technicianFlow };

export const allEntries: readonly KnowledgeEntry[] = [
    ...overviewEntries,
    ...requirementEntries,
    ...stepEntries,
    ...flowEntries,
    ...tipEntries,
    ...espEntries,
    ...userFlowEntries,
    ...logEntries,
    ...adminEntries,
    ...troubleshootingEntries,
    ...errorEntries,
    ...troubleshootingErrors,
    ...adminErrors
];

/** How many steps the tutorial has, from the steps themselves. */
export const tutorialStepCount = stepEntries.length;

export function isTutorialStep(n: number): boolean {
    return Number.isInteger(n) && n >= 1 && n <= tutorialStepCount;
}

/**
 * The technician-flow screen an index from anywhere (card data, saved state) points at: the nearest screen when out
 * of range, the first when not a number.
 */
/** The technician flow's screens in order, as entry ids; the ESP ends in one of two outcomes, not in a next screen. */
export const technicianFlowOrder = {
    screens: technicianFlow.map((screen) => screen.entryId),
    outcomes: ['flow-success-reseal', 'flow-failure']
} as const;

export function flowScreenIndex(index: unknown, screenCount: number = technicianFlow.length): number {
    const n = Math.trunc(Number(index));
    return Number.isFinite(n) ? Math.min(Math.max(n, 0), screenCount - 1) : 0;
}

const byId = new Map(allEntries.map((entry) => [entry.id, entry]));
/** A code several entries list (one per phase) points at the first: the entry for where the code usually shows. */
const byCode = new Map<string, ErrorEntry>();
for (const entry of [...errorEntries, ...troubleshootingErrors, ...adminErrors]) {
    for (const code of entry.codes) if (!byCode.has(code)) byCode.set(code, entry);
}

export function getEntry(id: string): KnowledgeEntry | undefined {
    return byId.get(id);
}

/** The entries worth offering next to `entry`. */
export function relatedEntries(entry: KnowledgeEntry): KnowledgeEntry[] {
    return entry.related.map((id) => byId.get(id)).filter((e): e is KnowledgeEntry => e !== undefined);
}

export function stepEntry(n: number): StepEntry | undefined {
    return stepEntries.find((entry) => entry.step === n);
}

/** Expects a canonical code (`0x800705B4`); case of the hex digits does not matter. */
export function errorEntryForCode(code: string): ErrorEntry | undefined {
    const canonical = /^0x[0-9a-f]{8}$/i.test(code) ? '0x' + code.slice(2).toUpperCase() : code;
    return byCode.get(canonical);
}
