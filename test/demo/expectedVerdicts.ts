import type { DemoScenario } from '../../src/demo/scenarios/demoDevices';
import type { Verdict } from '../../src/status/types';

/**
 * What the bot's status logic must conclude for each demo-tenant scenario: the tests' expectations, kept here so the
 * demo tenant carries only Graph data. A new scenario without a verdict here does not compile.
 */
export const EXPECTED_VERDICT: Record<DemoScenario, Verdict> = {
    profileNotAssigned: 'profileNotAssigned',
    profileAssigning: 'profileAssigning',
    preProvisioningNotAllowed: 'preProvisioningNotAllowed',
    readyToProvision: 'readyToProvision',
    inProgress: 'inProgress',
    stalled: 'stalled',
    failedTpm: 'failed',
    failedApp: 'failed',
    readyToReseal: 'readyToReseal',
    userFlowDone: 'userFlowDone',
    reusedDevice: 'reusedDevice',
    attentionRequired: 'attentionRequired',
    inProgressWindows10: 'inProgress',
    // The moving devices as the tenant starts (DEMO_TIMELINE): two not started yet, one still reporting.
    startsThenFails: 'readyToProvision',
    startsThenSucceeds: 'readyToProvision',
    goesSilent: 'inProgress'
};
