/** The demo tenant's Autopilot deployment profiles and the Enrollment Status Page its devices get. */

import { daysBefore, formatGraphDateTime } from '../clock';
import { demoGuid } from '../demoGuid';
import type { WindowsAutopilotDeploymentProfile } from '../graphResources';

interface ProfileRecord {
    id: string;
    displayName: string;
    description: string;
    enableWhiteGlove: boolean;
    deviceUsageType: 'singleUser' | 'shared';
    createdDaysAgo: number;
}

const PROFILES = {
    preProvisioning: {
        id: demoGuid('profile:preprov'),
        displayName: 'AP-PreProv-EntraJoin',
        description: 'Entra join, user-driven, pre-provisioning allowed',
        enableWhiteGlove: true,
        deviceUsageType: 'singleUser',
        createdDaysAgo: 140
    },
    userDriven: {
        id: demoGuid('profile:userdriven'),
        displayName: 'AP-UserDriven-Standard',
        description: 'Entra join, user-driven, no pre-provisioning',
        enableWhiteGlove: false,
        deviceUsageType: 'singleUser',
        createdDaysAgo: 210
    },
    selfDeploying: {
        id: demoGuid('profile:selfdeploying'),
        displayName: 'AP-SelfDeploying-Kiosk',
        description: 'Self-deploying kiosks and shared devices',
        enableWhiteGlove: false,
        deviceUsageType: 'shared',
        createdDaysAgo: 95
    }
} as const satisfies Record<string, ProfileRecord>;

export type DemoProfileKey = keyof typeof PROFILES;

/** Every profile names devices by this template; Windows keeps the first 15 characters of a name. */
const DEVICE_NAME_TEMPLATE = 'CTS-%SERIAL%';

export function deviceName(serial: string): string {
    return DEVICE_NAME_TEMPLATE.replace('%SERIAL%', serial).slice(0, 15);
}

export const ESP = { id: demoGuid('esp:preprov'), displayName: 'ESP-PreProv-60min' } as const;

export function profileId(key: DemoProfileKey): string {
    return PROFILES[key].id;
}

export function profileName(key: DemoProfileKey): string {
    return PROFILES[key].displayName;
}

export function deploymentProfiles(startedAt: Date): WindowsAutopilotDeploymentProfile[] {
    return Object.values(PROFILES).map(profile => ({
        '@odata.type': '#microsoft.graph.azureADWindowsAutopilotDeploymentProfile',
        id: profile.id,
        displayName: profile.displayName,
        description: profile.description,
        language: 'os-default',
        createdDateTime: formatGraphDateTime(daysBefore(startedAt, profile.createdDaysAgo)),
        lastModifiedDateTime: formatGraphDateTime(daysBefore(startedAt, Math.floor(profile.createdDaysAgo / 3))),
        enableWhiteGlove: profile.enableWhiteGlove,
        extractHardwareHash: true,
        deviceNameTemplate: DEVICE_NAME_TEMPLATE,
        deviceType: 'windowsPc',
        roleScopeTagIds: ['0'],
        outOfBoxExperienceSettings: {
            hidePrivacySettings: true,
            hideEULA: true,
            userType: 'standard',
            deviceUsageType: profile.deviceUsageType,
            skipKeyboardSelectionPage: true,
            hideEscapeLink: true
        }
    }));
}
