/** What several demo devices share: hardware, Windows builds and the apps and policies their ESP tracks. */

import type { AutopilotPolicyStatusDetail } from '../graphResources';

export const HP = 'HP';
export const LENOVO = 'LENOVO';
export const MICROSOFT = 'Microsoft Corporation';

export interface Hardware {
    manufacturer: string;
    model: string;
    systemFamily: string;
}

export const HARDWARE = {
    eliteBook840G10: { manufacturer: HP, model: 'HP EliteBook 840 14 inch G10 Notebook PC', systemFamily: '103C_5336AN HP EliteBook' },
    eliteMini800G9: { manufacturer: HP, model: 'HP Elite Mini 800 G9 Desktop PC', systemFamily: '103C_53307F HP EliteDesk' }
} as const satisfies Record<string, Hardware>;

export const WINDOWS = {
    win11_24H2: '10.0.26100.3194',
    win11_24H2_previous: '10.0.26100.2894',
    win11_23H2: '10.0.22631.4890',
    win10_22H2: '10.0.19045.5487'
} as const;

/** 0x87D1041C: the app installed but was not detected afterwards. */
export const APP_NOT_DETECTED = -2016345060;

type EspItem = Pick<AutopilotPolicyStatusDetail, 'displayName' | 'policyType' | 'trackedOnEnrollmentStatus'>;

/** Apps and policies assigned to the demo devices; "tracked" ones block the ESP until they are done. */
export const ESP_ITEMS = {
    m365: { displayName: 'Microsoft 365 Apps for enterprise', policyType: 'application', trackedOnEnrollmentStatus: true },
    vpn: { displayName: 'Company VPN (Win32)', policyType: 'application', trackedOnEnrollmentStatus: true },
    lob: { displayName: 'Contoso Line-of-Business Agent (Win32)', policyType: 'application', trackedOnEnrollmentStatus: true },
    agent: { displayName: 'Contoso Field Agent (Win32)', policyType: 'application', trackedOnEnrollmentStatus: true },
    bitlocker: { displayName: 'BitLocker baseline', policyType: 'configurationPolicy', trackedOnEnrollmentStatus: false },
    wifi: { displayName: 'Wi-Fi Corp profile', policyType: 'configurationPolicy', trackedOnEnrollmentStatus: false },
    onedrive: { displayName: 'OneDrive Known Folder Move', policyType: 'configurationPolicy', trackedOnEnrollmentStatus: true }
} as const satisfies Record<string, EspItem>;

export type EspItemKey = keyof typeof ESP_ITEMS;
