/** The knowledge base as one list, with lookups by id, step number and error code. */
import { checklistItems } from './checklist';
import { espDetailTips, espEntries } from './esp';
import { errorEntries } from './errors';
import { logEntries } from './logs';
import { overviewEntries } from './overview';
import { requirementEntries } from './requirements';
import { stepEntries } from './steps';
import { technicianFlow, flowEntries } from './technicianFlow';
import { tipEntries } from './tips';
import { troubleshootingEntries, troubleshootingErrors } from './troubleshooting';
import type { ErrorEntry, KnowledgeEntry, StepEntry } from './types';
import { userFlowEntries } from './userFlow';

export * from './types';
export { checklistItems, espDetailTips, technicianFlow };

export const allEntries: readonly KnowledgeEntry[] = [
    ...overviewEntries,
    ...requirementEntries,
    ...stepEntries,
    ...flowEntries,
    ...tipEntries,
    ...espEntries,
    ...userFlowEntries,
    ...logEntries,
    ...troubleshootingEntries,
    ...errorEntries,
    ...troubleshootingErrors
];

const byId = new Map(allEntries.map((entry) => [entry.id, entry]));
const byCode = new Map(
    [...errorEntries, ...troubleshootingErrors].flatMap((entry) => entry.codes.map((code) => [code, entry] as const))
);

export function getEntry(id: string): KnowledgeEntry | undefined {
    return byId.get(id);
}

export function stepEntry(n: number): StepEntry | undefined {
    return stepEntries.find((entry) => entry.step === n);
}

/** Expects a canonical code (`0x800705B4`); case of the hex digits does not matter. */
export function errorEntryForCode(code: string): ErrorEntry | undefined {
    const canonical = /^0x[0-9a-f]{8}$/i.test(code) ? '0x' + code.slice(2).toUpperCase() : code;
    return byCode.get(canonical);
}
