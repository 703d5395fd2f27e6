/** Troubleshooting knowledge written from Microsoft's public Autopilot and Intune pages, by family. */
import type { ErrorEntry, KnowledgeEntry } from '../types';
import { afterTechnicianEntries, afterTechnicianErrors } from './afterTechnician';
import { appInstallEntries } from './appInstall';
import { diagnosticsEntries } from './diagnostics';
import { enrollmentEntries } from './enrollment';
import { eventIdEntries } from './eventIds';
import { networkEntries } from './network';
import { policyConflictEntries } from './policyConflicts';

export const troubleshootingErrors: readonly ErrorEntry[] = [
    ...eventIdEntries,
    ...enrollmentEntries,
    ...appInstallEntries,
    ...policyConflictEntries,
    ...afterTechnicianErrors
];

export const troubleshootingEntries: readonly KnowledgeEntry[] = [
    ...networkEntries,
    ...diagnosticsEntries,
    ...afterTechnicianEntries
];
