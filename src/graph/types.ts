/** Microsoft Graph resources the bot reads, as Graph documents them. Every field is optional: real tenants omit some. */

export interface DeploymentProfile {
    id?: string;
    displayName?: string;
    /** "Allow pre-provisioned deployment". */
    enableWhiteGlove?: boolean;
}

export interface AutopilotDeviceIdentity {
    id: string;
    serialNumber?: string;
    manufacturer?: string;
    model?: string;
    /** The product family as the OEM names it ("ThinkPad T14 Gen 4"; Lenovo's model is a machine type). */
    systemFamily?: string;
    groupTag?: string;
    enrollmentState?: string;
    lastContactedDateTime?: string;
    userPrincipalName?: string;
    addressableUserName?: string;
    displayName?: string;
    managedDeviceId?: string;
    azureActiveDirectoryDeviceId?: string;
    azureAdDeviceId?: string;
    deploymentProfileAssignmentStatus?: string;
    deploymentProfileAssignmentDetailedStatus?: string;
    deploymentProfileAssignedDateTime?: string;
    remediationState?: string;
    userlessEnrollmentStatus?: string;
    deploymentProfile?: DeploymentProfile | null;
    intendedDeploymentProfile?: DeploymentProfile | null;
}

export interface AutopilotEvent {
    id: string;
    deviceId?: string;
    eventDateTime?: string;
    deviceSerialNumber?: string;
    managedDeviceName?: string;
    userPrincipalName?: string;
    enrollmentType?: string;
    enrollmentState?: string;
    windowsAutopilotDeploymentProfileDisplayName?: string;
    windows10EnrollmentCompletionPageConfigurationDisplayName?: string;
    deploymentState?: string;
    deviceSetupStatus?: string;
    accountSetupStatus?: string;
    osVersion?: string;
    deploymentDuration?: string;
    deploymentTotalDuration?: string;
    deviceSetupDuration?: string;
    accountSetupDuration?: string;
    devicePreparationDuration?: string;
    deploymentStartDateTime?: string | null;
    deploymentEndDateTime?: string | null;
    enrollmentFailureDetails?: string | null;
}

export interface PolicyStatusDetail {
    id: string;
    displayName?: string;
    policyType?: string;
    complianceStatus?: string;
    trackedOnEnrollmentStatus?: boolean;
    lastReportedDateTime?: string;
    errorCode?: number;
}

export interface ManagedDevice {
    id: string;
    deviceName?: string;
    serialNumber?: string;
    userPrincipalName?: string;
    enrolledDateTime?: string;
    lastSyncDateTime?: string;
    complianceState?: string;
    operatingSystem?: string;
    osVersion?: string;
    model?: string;
    manufacturer?: string;
    azureADDeviceId?: string;
}

export interface GraphCollection<T> {
    value?: T[];
    '@odata.nextLink'?: string;
}

/** Everything Graph knows about one serial, fetched together. */
export interface DeviceRecords {
    /** Autopilot identities whose serial contains the query (Graph has no exact serial filter). */
    candidates: AutopilotDeviceIdentity[];
    /** The candidate whose serial equals the query, case-insensitively. */
    identity?: AutopilotDeviceIdentity;
    /** Deployment events for the serial, newest first. */
    events: AutopilotEvent[];
    managedDevice?: ManagedDevice;
}

/** An Entra user, as `/users` returns the fields the assignment asks for. */
export interface DirectoryUser {
    id: string;
    displayName?: string;
    userPrincipalName?: string;
    mail?: string | null;
    givenName?: string | null;
    surname?: string | null;
    jobTitle?: string | null;
}
