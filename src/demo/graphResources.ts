/**
 * The Intune resources the demo tenant serves, in Microsoft Graph's own property names (domain digest §6.2–6.4),
 * and which properties each API version exposes. Each resource is the bot's own type (src/graph/types.ts) with every
 * property present, as a full tenant returns it, narrowed to Graph's enum values, plus what the bot does not read.
 */

import type {
    AutopilotDeviceIdentity,
    AutopilotEvent,
    DeploymentProfile,
    ManagedDevice as ManagedDeviceRead,
    PolicyStatusDetail
} from '../graph/types';

export type GraphVersion = 'v1.0' | 'beta';

/** A plain Graph JSON object. */
export type GraphRecord = Record<string, unknown>;

export type WindowsAutopilotDeploymentState =
    | 'unknown'
    | 'success'
    | 'inProgress'
    | 'failure'
    | 'successWithTimeout'
    | 'notAttempted'
    | 'disabled'
    | 'successOnRetry';

export type AutopilotEnrollmentState = 'unknown' | 'enrolled' | 'pendingReset' | 'failed' | 'notContacted' | 'blocked';

export type ProfileAssignmentStatus =
    | 'unknown'
    | 'assignedInSync'
    | 'assignedOutOfSync'
    | 'assignedUnkownSyncState'
    | 'notAssigned'
    | 'pending'
    | 'failed';

export type RemediationState =
    | 'unknown'
    | 'noRemediationRequired'
    | 'automaticRemediationRequired'
    | 'manualRemediationRequired'
    | 'unknownFutureValue';

export type AutopilotEnrollmentType =
    | 'unknown'
    | 'azureADJoinedWithAutopilotProfile'
    | 'offlineDomainJoined'
    | 'azureADJoinedUsingDeviceAuthWithAutopilotProfile'
    | 'azureADJoinedUsingDeviceAuthWithoutAutopilotProfile'
    | 'azureADJoinedWithOfflineAutopilotProfile'
    | 'azureADJoinedWithWhiteGlove'
    | 'offlineDomainJoinedWithWhiteGlove'
    | 'offlineDomainJoinedWithOfflineAutopilotProfile';

export interface WindowsAutopilotDeviceIdentity
    extends Required<Omit<AutopilotDeviceIdentity, 'deploymentProfile' | 'intendedDeploymentProfile'>> {
    enrollmentState: AutopilotEnrollmentState;
    purchaseOrderIdentifier: string;
    productKey: string;
    resourceName: string;
    skuNumber: string;
    systemFamily: string;
    // beta only below
    deploymentProfileAssignmentStatus: ProfileAssignmentStatus;
    deviceAccountUpn: string;
    deviceAccountPassword: string | null;
    deviceFriendlyName: string;
    remediationState: RemediationState;
    remediationStateLastModifiedDateTime: string;
    userlessEnrollmentStatus: 'unknown' | 'allowed' | 'blocked' | 'unknownFutureValue';
}

export interface ManagedDevice extends Required<ManagedDeviceRead> {
    userId: string;
    managedDeviceName: string;
    managedDeviceOwnerType: 'company' | 'personal' | 'unknown';
    complianceState:
        | 'unknown'
        | 'compliant'
        | 'noncompliant'
        | 'conflict'
        | 'error'
        | 'inGracePeriod'
        | 'configManager';
    managementAgent: string;
    deviceEnrollmentType: string;
    deviceRegistrationState: string;
    azureADRegistered: boolean;
    enrollmentProfileName: string;
    userDisplayName: string;
    emailAddress: string;
    isEncrypted: boolean;
    isSupervised: boolean;
    jailBroken: string;
    totalStorageSpaceInBytes: number;
    freeStorageSpaceInBytes: number;
    physicalMemoryInBytes: number;
    wiFiMacAddress: string;
    ethernetMacAddress: string | null;
    deviceCategoryDisplayName: string;
    partnerReportedThreatState: string;
    complianceGracePeriodExpirationDateTime: string;
    notes: string | null;
    // beta only below
    autopilotEnrolled: boolean;
    joinType: string;
    skuFamily: string;
}

export interface DeviceManagementAutopilotEvent extends Required<AutopilotEvent> {
    userId: string;
    deviceRegisteredDateTime: string;
    enrollmentStartDateTime: string;
    enrollmentType: AutopilotEnrollmentType;
    enrollmentState: AutopilotEnrollmentState;
    windows10EnrollmentCompletionPageConfigurationId: string;
    deploymentState: WindowsAutopilotDeploymentState;
    deviceSetupStatus: WindowsAutopilotDeploymentState;
    accountSetupStatus: WindowsAutopilotDeploymentState;
    deploymentStartDateTime: string;
    targetedAppCount: number;
    targetedPolicyCount: number;
}

export interface AutopilotPolicyStatusDetail extends Required<PolicyStatusDetail> {
    policyType: 'unknown' | 'application' | 'appModel' | 'configurationPolicy';
    complianceStatus: 'unknown' | 'compliant' | 'installed' | 'notCompliant' | 'notInstalled' | 'error';
}

export interface WindowsAutopilotDeploymentProfile extends Required<DeploymentProfile> {
    '@odata.type': string;
    description: string;
    language: string;
    createdDateTime: string;
    lastModifiedDateTime: string;
    extractHardwareHash: boolean;
    deviceNameTemplate: string;
    deviceType: string;
    roleScopeTagIds: string[];
    outOfBoxExperienceSettings: {
        hidePrivacySettings: boolean;
        hideEULA: boolean;
        userType: 'administrator' | 'standard';
        deviceUsageType: 'singleUser' | 'shared';
        skipKeyboardSelectionPage: boolean;
        hideEscapeLink: boolean;
    };
}

/** How the router exposes one entity set: its OData type, properties per version and navigation properties. */
export interface ResourceDescriptor {
    /** Path segment under `deviceManagement`, e.g. `windowsAutopilotDeviceIdentities`. */
    entitySet: string;
    /** Qualified OData type used in error messages, e.g. `microsoft.graph.windowsAutopilotDeviceIdentity`. */
    typeName: string;
    versions: readonly GraphVersion[];
    properties: Record<GraphVersion, readonly string[]>;
    navigationProperties: Record<GraphVersion, readonly string[]>;
    defaultPageSize: number;
    maxPageSize: number;
}

const IDENTITY_V1_PROPERTIES = [
    'id',
    'displayName',
    'groupTag',
    'purchaseOrderIdentifier',
    'serialNumber',
    'productKey',
    'manufacturer',
    'model',
    'enrollmentState',
    'lastContactedDateTime',
    'addressableUserName',
    'userPrincipalName',
    'resourceName',
    'skuNumber',
    'systemFamily',
    'azureActiveDirectoryDeviceId',
    'managedDeviceId'
] as const;

const IDENTITY_BETA_PROPERTIES = [
    ...IDENTITY_V1_PROPERTIES,
    'deploymentProfileAssignmentStatus',
    'deploymentProfileAssignmentDetailedStatus',
    'deploymentProfileAssignedDateTime',
    'azureAdDeviceId',
    'deviceAccountUpn',
    'deviceAccountPassword',
    'deviceFriendlyName',
    'remediationState',
    'remediationStateLastModifiedDateTime',
    'userlessEnrollmentStatus'
] as const;

const MANAGED_DEVICE_V1_PROPERTIES = [
    'id',
    'userId',
    'deviceName',
    'managedDeviceName',
    'managedDeviceOwnerType',
    'enrolledDateTime',
    'lastSyncDateTime',
    'operatingSystem',
    'osVersion',
    'complianceState',
    'managementAgent',
    'deviceEnrollmentType',
    'deviceRegistrationState',
    'azureADRegistered',
    'azureADDeviceId',
    'enrollmentProfileName',
    'userPrincipalName',
    'userDisplayName',
    'emailAddress',
    'model',
    'manufacturer',
    'serialNumber',
    'isEncrypted',
    'isSupervised',
    'jailBroken',
    'totalStorageSpaceInBytes',
    'freeStorageSpaceInBytes',
    'physicalMemoryInBytes',
    'wiFiMacAddress',
    'ethernetMacAddress',
    'deviceCategoryDisplayName',
    'partnerReportedThreatState',
    'complianceGracePeriodExpirationDateTime',
    'notes'
] as const;

const MANAGED_DEVICE_BETA_PROPERTIES = [
    ...MANAGED_DEVICE_V1_PROPERTIES,
    'autopilotEnrolled',
    'joinType',
    'skuFamily'
] as const;

const AUTOPILOT_EVENT_PROPERTIES = [
    'id',
    'deviceId',
    'userId',
    'eventDateTime',
    'deviceRegisteredDateTime',
    'enrollmentStartDateTime',
    'enrollmentType',
    'deviceSerialNumber',
    'managedDeviceName',
    'userPrincipalName',
    'windowsAutopilotDeploymentProfileDisplayName',
    'enrollmentState',
    'windows10EnrollmentCompletionPageConfigurationDisplayName',
    'windows10EnrollmentCompletionPageConfigurationId',
    'deploymentState',
    'deviceSetupStatus',
    'accountSetupStatus',
    'osVersion',
    'deploymentDuration',
    'deploymentTotalDuration',
    'devicePreparationDuration',
    'deviceSetupDuration',
    'accountSetupDuration',
    'deploymentStartDateTime',
    'deploymentEndDateTime',
    'targetedAppCount',
    'targetedPolicyCount',
    'enrollmentFailureDetails'
] as const;

const POLICY_STATUS_DETAIL_PROPERTIES = [
    'id',
    'displayName',
    'policyType',
    'complianceStatus',
    'trackedOnEnrollmentStatus',
    'lastReportedDateTime',
    'errorCode'
] as const;

const DEPLOYMENT_PROFILE_PROPERTIES = [
    'id',
    'displayName',
    'description',
    'language',
    'createdDateTime',
    'lastModifiedDateTime',
    'enableWhiteGlove',
    'extractHardwareHash',
    'deviceNameTemplate',
    'deviceType',
    'roleScopeTagIds',
    'outOfBoxExperienceSettings'
] as const;

const USER_PROPERTIES = ['id', 'displayName', 'givenName', 'surname', 'userPrincipalName', 'mail', 'jobTitle', 'accountEnabled'] as const;

const NONE: readonly string[] = [];

export const AUTOPILOT_IDENTITIES: ResourceDescriptor = {
    entitySet: 'windowsAutopilotDeviceIdentities',
    typeName: 'microsoft.graph.windowsAutopilotDeviceIdentity',
    versions: ['v1.0', 'beta'],
    properties: { 'v1.0': IDENTITY_V1_PROPERTIES, beta: IDENTITY_BETA_PROPERTIES },
    // Relationships to deployment profiles exist only in beta (digest §6.1).
    navigationProperties: { 'v1.0': NONE, beta: ['deploymentProfile', 'intendedDeploymentProfile'] },
    defaultPageSize: 1000,
    maxPageSize: 1000
};

export const MANAGED_DEVICES: ResourceDescriptor = {
    entitySet: 'managedDevices',
    typeName: 'microsoft.graph.managedDevice',
    versions: ['v1.0', 'beta'],
    properties: { 'v1.0': MANAGED_DEVICE_V1_PROPERTIES, beta: MANAGED_DEVICE_BETA_PROPERTIES },
    navigationProperties: { 'v1.0': NONE, beta: NONE },
    defaultPageSize: 1000,
    maxPageSize: 1000
};

export const AUTOPILOT_EVENTS: ResourceDescriptor = {
    entitySet: 'autopilotEvents',
    typeName: 'microsoft.graph.deviceManagementAutopilotEvent',
    versions: ['beta'],
    properties: { 'v1.0': NONE, beta: AUTOPILOT_EVENT_PROPERTIES },
    navigationProperties: { 'v1.0': NONE, beta: ['policyStatusDetails'] },
    // Since Intune 2411 the Autopilot report backend pages at 50 records (digest §6.1).
    defaultPageSize: 50,
    maxPageSize: 50
};

export const POLICY_STATUS_DETAILS: ResourceDescriptor = {
    entitySet: 'policyStatusDetails',
    typeName: 'microsoft.graph.deviceManagementAutopilotPolicyStatusDetail',
    versions: ['beta'],
    properties: { 'v1.0': NONE, beta: POLICY_STATUS_DETAIL_PROPERTIES },
    navigationProperties: { 'v1.0': NONE, beta: NONE },
    defaultPageSize: 100,
    maxPageSize: 100
};

/** Entra users, at the Graph root (`/users`), for the assign-user lookup. */
export const USERS: ResourceDescriptor = {
    entitySet: 'users',
    typeName: 'microsoft.graph.user',
    versions: ['v1.0', 'beta'],
    properties: { 'v1.0': USER_PROPERTIES, beta: USER_PROPERTIES },
    navigationProperties: { 'v1.0': NONE, beta: NONE },
    defaultPageSize: 100,
    maxPageSize: 999
};

export const DEPLOYMENT_PROFILES: ResourceDescriptor = {
    entitySet: 'windowsAutopilotDeploymentProfiles',
    typeName: 'microsoft.graph.windowsAutopilotDeploymentProfile',
    versions: ['beta'],
    properties: { 'v1.0': NONE, beta: DEPLOYMENT_PROFILE_PROPERTIES },
    navigationProperties: { 'v1.0': NONE, beta: NONE },
    defaultPageSize: 100,
    maxPageSize: 100
};
