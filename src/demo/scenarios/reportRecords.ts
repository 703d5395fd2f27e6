/**
 * Records of the Autopilot deployment report (autopilotEvents and their policyStatusDetails) from plain values:
 * the scenario devices, the benchmark fleet and the older noise deployments all report through these.
 */

import { formatGraphDateTime, minutesDuration } from '../clock';
import { demoGuid } from '../demoGuid';
import type {
    AutopilotEnrollmentState,
    AutopilotEnrollmentType,
    AutopilotPolicyStatusDetail,
    DeviceManagementAutopilotEvent,
    WindowsAutopilotDeploymentState
} from '../graphResources';
import { ESP_ITEMS, type EspItemKey } from './catalog';
import { ESP, profileName } from './deploymentProfiles';

export interface ReportSpec {
    /** Names the event: its id is derived from it. */
    key: string;
    serial: string;
    deviceName?: string;
    upn?: string;
    enrollmentType?: AutopilotEnrollmentType;
    profileName?: string;
    enrollmentState: AutopilotEnrollmentState;
    deploymentState: WindowsAutopilotDeploymentState;
    deviceSetupStatus: WindowsAutopilotDeploymentState;
    accountSetupStatus: WindowsAutopilotDeploymentState;
    osVersion: string;
    start: Date;
    /** Minutes spent before device setup (enrollment, Securing your hardware). */
    preparationMinutes: number;
    deviceSetupMinutes: number;
    accountSetupMinutes?: number;
    end?: Date;
    lastUpdate: Date;
    failureDetails?: string;
    registeredAt: Date;
    targetedAppCount?: number;
    targetedPolicyCount?: number;
}

export function autopilotEvent(spec: ReportSpec): DeviceManagementAutopilotEvent {
    const totalMinutes = spec.preparationMinutes + spec.deviceSetupMinutes + (spec.accountSetupMinutes ?? 0);
    return {
        id: demoGuid(`event:${spec.key}`),
        deviceId: demoGuid(`entra:${spec.serial}`),
        userId: spec.upn ? demoGuid(`user:${spec.upn}`) : '',
        eventDateTime: formatGraphDateTime(spec.lastUpdate),
        deviceRegisteredDateTime: formatGraphDateTime(spec.registeredAt),
        enrollmentStartDateTime: formatGraphDateTime(spec.start),
        enrollmentType: spec.enrollmentType ?? 'azureADJoinedWithWhiteGlove',
        deviceSerialNumber: spec.serial,
        managedDeviceName: spec.deviceName ?? '',
        userPrincipalName: spec.upn ?? '',
        windowsAutopilotDeploymentProfileDisplayName: spec.profileName ?? profileName('preProvisioning'),
        enrollmentState: spec.enrollmentState,
        windows10EnrollmentCompletionPageConfigurationDisplayName: ESP.displayName,
        windows10EnrollmentCompletionPageConfigurationId: ESP.id,
        deploymentState: spec.deploymentState,
        deviceSetupStatus: spec.deviceSetupStatus,
        accountSetupStatus: spec.accountSetupStatus,
        osVersion: spec.osVersion,
        deploymentDuration: minutesDuration(spec.preparationMinutes + spec.deviceSetupMinutes),
        deploymentTotalDuration: minutesDuration(totalMinutes),
        devicePreparationDuration: minutesDuration(spec.preparationMinutes),
        deviceSetupDuration: minutesDuration(spec.deviceSetupMinutes),
        accountSetupDuration: minutesDuration(spec.accountSetupMinutes ?? 0),
        deploymentStartDateTime: formatGraphDateTime(spec.start),
        deploymentEndDateTime: spec.end ? formatGraphDateTime(spec.end) : null,
        targetedAppCount: spec.targetedAppCount ?? 3,
        targetedPolicyCount: spec.targetedPolicyCount ?? 6,
        enrollmentFailureDetails: spec.failureDetails ?? null
    };
}

/** One ESP item's state in a deployment; `key` names the record (its id is derived from it). */
export function policyStatusDetail(
    key: string,
    item: EspItemKey,
    complianceStatus: AutopilotPolicyStatusDetail['complianceStatus'],
    lastReported: Date,
    errorCode = 0
): AutopilotPolicyStatusDetail {
    const { displayName, policyType, trackedOnEnrollmentStatus } = ESP_ITEMS[item];
    return {
        id: demoGuid(`policy:${key}`),
        displayName,
        policyType,
        complianceStatus,
        trackedOnEnrollmentStatus,
        lastReportedDateTime: formatGraphDateTime(lastReported),
        errorCode
    };
}
