/** Troubleshooting knowledge written from Microsoft's public Autopilot and Intune pages, by family. */
import type { ErrorEntry, KnowledgeEntry } from '../types';
import { afterTechnicianEntries, afterTechnicianErrors } from './afterTechnician';
import { appInstallEntries } from './appInstall';
import { diagnosticsEntries } from './diagnostics';
import { enrollmentEntries } from './enrollment';
import { espIssueEntries } from './espIssues';
import { eventIdEntries } from './eventIds';
import { networkEntries } from './network';
import { policyConflictEntries, policyConflictList } from './policyConflicts';
import { registrationErrors, registrationRequirements } from './registration';
import { tpmEntries } from './tpm';

export const troubleshootingErrors: readonly ErrorEntry[] = [
    ...eventIdEntries,
    ...tpmEntries,
    ...enrollmentEntries,
    ...registrationErrors,
    ...appInstallEntries,
    ...policyConflictEntries,
    ...espIssueEntries,
    ...afterTechnicianErrors
];

export const troubleshootingEntries: readonly KnowledgeEntry[] = [
    ...networkEntries,
    policyConflictList,
    ...registrationRequirements,
    ...diagnosticsEntries,
    ...afterTechnicianEntries
];
