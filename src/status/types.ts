import type { OsVariant } from '../knowledge/types';

/** What state a device's pre-provisioning is in, from the technician's point of view. */
export type Verdict =
    | 'profileNotAssigned'
    | 'profileAssigning'
    | 'preProvisioningNotAllowed'
    | 'attentionRequired' // hardware change: Fix pending / Attention required
    | 'readyToProvision' // registered, profile assigned, never started
    | 'inProgress'
    | 'stalled'
    | 'failed'
    | 'reusedDevice' // 0x80180014: already pre-provisioned once, Intune record must go
    | 'readyToReseal'
    | 'userFlowDone'
    | 'unknown';

export type Severity = 'good' | 'attention' | 'warning' | 'info';

export type PhaseState = 'notStarted' | 'inProgress' | 'success' | 'failure' | 'notAttempted' | 'unknown';

export interface PhaseView {
    name: 'Device preparation' | 'Device setup' | 'Account setup';
    state: PhaseState;
    /** How long the phase took (or has run), in minutes; cards word it (humanMinutes), and add the parts up. */
    minutes?: number;
}

export interface FailingItem {
    name: string;
    kind: 'app' | 'policy';
    /** Canonical hex, e.g. `0x87D1041C`. */
    errorCode?: string;
    /** Plain-words meaning from the knowledge base, when known. */
    explanation?: string;
    /** Not failed: tracked by the ESP and not installed yet (what a stalled deployment waits on). */
    pending?: boolean;
}

/** What to do now, as a machine-readable action the cards and the monitor can act on. */
export type NextAction = 'fixProfile' | 'waitForAssignment' | 'startProvisioning' | 'wait' | 'checkDevice' | 'retry' | 'reset' | 'deleteIntuneRecord' | 'reseal' | 'none' | 'escalate';

export interface DeviceStatus {
    serial: string;
    verdict: Verdict;
    severity: Severity;
    /** One line, e.g. `Ready to Reseal`. */
    headline: string;
    /** Plain words: what Intune says and what it means. */
    explanation: string;
    nextAction: NextAction;
    /** Plain words: the next thing the technician does. */
    nextStep: string;
    device: {
        autopilotId?: string;
        manufacturer?: string;
        model?: string;
        groupTag?: string;
        systemFamily?: string;
        assignedUser?: string;
        deviceName?: string;
        os?: OsVariant;
        osVersion?: string;
        lastSync?: string;
        compliance?: string;
    };
    profile: {
        name?: string;
        /** Plain words for the assignment status, e.g. `Assigned`. */
        assignment: string;
        preProvisioningAllowed?: boolean;
        espName?: string;
    };
    phases: PhaseView[];
    failures: FailingItem[];
    /** The main error code of a failure, canonical hex. */
    errorCode?: string;
    /** Minutes since deployment start (to its end when it has ended); cards word it with humanMinutes. */
    elapsedMinutes?: number;
    /** Whether the deployment has ended, so the total is how long it took rather than how long it has run. */
    ended?: boolean;
    /** ISO time the verdict was computed. */
    checkedAt: string;
}
