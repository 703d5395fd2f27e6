/**
 * Event IDs a technician finds in Event Viewer during or after a failed run: the Autopilot log
 * (ModernDeployment-Diagnostics-Provider) and the MDM enrollment log. Only the ones that call for action are
 * entries; the informational ones are listed together in `logs-autopilot-info-events`.
 */
import type { ErrorEntry } from '../types';
import { AP_FAQ, AP_KNOWN_ISSUES, AP_TROUBLESHOOTING_FAQ, AP_TROUBLESHOOT_OOBE, INTUNE_AUTO_ENROLLMENT } from './sources';

const AUTOPILOT_LOG = 'Event Viewer > Applications and Services Logs > Microsoft > Windows > ModernDeployment-Diagnostics-Provider > Autopilot';

export const eventIdEntries: ErrorEntry[] = [
    {
        id: 'error-event-100',
        kind: 'error',
        codes: [],
        title: 'Event 100 "Autopilot policy not found"',
        short:
            'A warning, usually harmless: the device is still waiting to download its Autopilot profile. It only ' +
            'matters if it keeps coming and no event 161 ("retrieve settings succeeded") follows.',
        where: AUTOPILOT_LOG + ' (Warning)',
        cause: 'The Autopilot profile has not been downloaded yet (temporary), or it cannot be: no network, the ' +
            'device is not registered, or no profile is assigned.',
        fix: [
            'Wait a few minutes on a working (ideally wired) network.',
            'Reboot at OOBE to fetch the profile again: Shift+F10, shutdown /r /t 0.',
            'Still only event 100: check the device is registered and its profile status is Assigned.'
        ],
        escalate: 'No profile after a reboot on a good network while Intune shows it assigned: escalate.',
        details: ['A good download reads: 160 (beginning acquisition), 161 (succeeded), 153 (ProfileState_Available).'],
        related: ['logs-autopilot-info-events', 'error-profile-not-applied'],
        source: AP_TROUBLESHOOTING_FAQ,
        keywords: ['event id 100', 'policy not found', 'autopilot policy not found', 'profile not downloaded yet',
            'waiting for profile', 'warning in event viewer']
    },
    {
        id: 'error-event-163',
        kind: 'error',
        codes: [],
        title: 'Event 163 "download isn\'t required, the device is already provisioned"',
        short:
            'The device still holds an Autopilot profile from an earlier run, so it does not download a new one. ' +
            'Changes to the profile in Intune will not reach it until the device is reset or re-imaged.',
        where: AUTOPILOT_LOG + ' (Info)',
        cause: 'A profile is already stored on the device; normally only Sysprep /Generalize removes it.',
        fix: [
            'If the old profile is the right one, carry on.',
            'If the profile changed: reset or re-image the device so it downloads the new one.',
            'Device already pre-provisioned once: an admin must also delete or unblock its Intune record (0x80180014).'
        ],
        escalate: 'You cannot re-image at the bench: hand it over with the serial number.',
        details: ['Profile edits never reach devices already deployed; they apply the next time the device goes ' +
            'through OOBE after a reset or re-image.'],
        related: ['error-0x80180014', 'req-reuse-device'],
        source: AP_TROUBLESHOOTING_FAQ + '; ' + AP_FAQ,
        keywords: ['event 163', 'already provisioned', 'download isnt required', 'old profile', 'stale profile',
            'profile changes not showing', 'sysprep generalize']
    },
    {
        id: 'error-event-807',
        kind: 'error',
        codes: [],
        title: 'Event 807 ZtdDeviceIsNotRegistered',
        short:
            'The Autopilot service does not know this device: its hardware hash is not uploaded (or not to this ' +
            'tenant), so no profile comes down and you get a normal Windows setup.',
        where: AUTOPILOT_LOG + ' (Error); OOBE shows no company branding and no pre-provisioning option',
        cause: 'The hardware hash was never imported, the import failed, or the device was deregistered.',
        fix: [
            'Check Intune > Devices > Windows > Enrollment > Windows Autopilot devices for the serial number.',
            'Missing: register it (import the hash, Step 3), wait for a profile to be assigned.',
            'Reboot at OOBE so it downloads the profile.'
        ],
        escalate: 'You cannot import devices yourself: send the serial number and hash file to the admin.',
        details: [],
        related: ['step-3', 'error-event-815', 'error-hash-import-fails'],
        source: AP_TROUBLESHOOTING_FAQ,
        keywords: ['event 807', 'ztddeviceisnotregistered', 'not registered', 'device not found in autopilot',
            'hash not uploaded', 'normal setup instead of autopilot', 'no company logo', 'serial not in intune']
    },
    {
        id: 'error-event-809',
        kind: 'error',
        codes: [],
        title: 'Event 809 ZtdDeviceHasNoAssignedProfile: assigned profile does not exist',
        short:
            'The Autopilot profile assigned to the device was deleted without being unassigned first, so the ' +
            'device points at a profile that is gone.',
        where: AUTOPILOT_LOG + ' (Error)',
        cause: 'Deleted deployment profile still linked to the device.',
        fix: [
            'Admin assigns another Autopilot profile (with pre-provisioning allowed) to the device group.',
            'Wait until Profile status shows Assigned.',
            'Reboot at OOBE and start again.'
        ],
        escalate: 'Profile assignment is an admin task: escalate with the serial number.',
        details: [],
        related: ['step-6', 'error-event-815'],
        source: AP_TROUBLESHOOTING_FAQ,
        keywords: ['event 809', 'ztddevicehasnoassignedprofile', 'assigned profile does not exist',
            'profile deleted', 'someone deleted the profile']
    },
    {
        id: 'error-event-815',
        kind: 'error',
        codes: [],
        title: 'Event 815: no profile assigned and no default profile',
        short:
            'The device is registered but no Autopilot profile is assigned to it and the tenant has no default ' +
            'profile, so it gets no Autopilot settings.',
        where: AUTOPILOT_LOG + ' (Error, ZtdDeviceHasNoAssignedProfile)',
        cause: 'Device not in a group that has a deployment profile (or group membership not updated yet).',
        fix: [
            'Check the device is in the device group (Step 4) and the profile targets that group (Step 6).',
            'Wait for Profile status = Assigned and Date assigned populated; dynamic groups can take a while.',
            'Reboot at OOBE and start again.'
        ],
        escalate: 'Group and profile look right but status stays unassigned: escalate.',
        details: [],
        related: ['step-4', 'step-6', 'error-event-809'],
        source: AP_TROUBLESHOOTING_FAQ,
        keywords: ['event 815', 'no profile assigned', 'no default profile', 'profile status not assigned',
            'not in the group', 'dynamic group slow']
    },
    {
        id: 'error-event-908',
        kind: 'error',
        codes: [],
        title: 'Event 908 SerialNumberMismatch / ProductKeyIdMismatch',
        short:
            'The serial number or product key recorded in Autopilot does not match the hardware, which blocks ' +
            'enrollment. Typical after a motherboard swap or a repaired device.',
        where: AUTOPILOT_LOG + ' (Error)',
        cause: 'Hardware identity changed since registration.',
        fix: [
            'Admin deregisters the device and registers it again with a fresh hardware hash.',
            'Then start the technician flow again.'
        ],
        escalate: 'Re-registration is an admin task: escalate with the old and new serial numbers.',
        details: [],
        related: ['error-profile-not-applied', 'step-3'],
        source: AP_TROUBLESHOOTING_FAQ,
        keywords: ['event 908', 'serialnumbermismatch', 'productkeyidmismatch', 'serial mismatch',
            'motherboard replaced', 'board swap', 'repaired device', 'new mainboard']
    },
    {
        id: 'error-event-76',
        kind: 'error',
        codes: [],
        title: 'Event 76 "Auto MDM Enroll: Failed"',
        short:
            'The MDM enrollment log says automatic enrollment into Intune failed. The error code in the event ' +
            'says why; 0x8018002B is the common one.',
        where: 'Event Viewer > Applications and Services Logs > Microsoft > Windows > ' +
            'DeviceManagement-Enterprise-Diagnostics-Provider > Admin (event 76; event 75 means it succeeded)',
        cause: 'Automatic MDM enrollment rejected: see the code in the event text.',
        fix: [
            'Read the code in the event and look it up.',
            '0x8018002B: the user\'s sign-in domain is not verified, or MDM user scope is None (admin).',
            'Collect logs before resetting.'
        ],
        escalate: 'Tenant configuration: escalate to the Intune admin with the code.',
        details: ['No event 75 and no event 76 means enrollment was never attempted.'],
        related: ['error-0x8018002b', 'step-1', 'logs-mdm-event-log'],
        source: INTUNE_AUTO_ENROLLMENT,
        keywords: ['event 76', 'event 75', 'auto mdm enroll failed', 'mdm enrollment failed event',
            'devicemanagement-enterprise-diagnostics-provider']
    },
    {
        id: 'error-tenant-mismatch',
        kind: 'error',
        codes: [],
        title: '"That username looks like it belongs to another organization"',
        short:
            'The account typed at sign-in is from a different tenant than the one the device is registered in. ' +
            'Use an account of the registering organization.',
        where: 'OOBE sign-in page; registry HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot ' +
            '(TenantMatched = 0)',
        cause: 'Sign-in tenant differs from CloudAssignedTenantId of the device.',
        fix: [
            'Check the user name is from the right organization.',
            'Compare CloudAssignedTenantDomain in the registry key with the user\'s domain.',
            'Device registered to the wrong tenant: the admin moves the registration.'
        ],
        escalate: 'Registered to the wrong tenant: escalate with the serial number.',
        details: [],
        related: ['logs-registry', 'error-event-807'],
        source: AP_KNOWN_ISSUES + '; ' + AP_TROUBLESHOOT_OOBE,
        keywords: ['belongs to another organization', 'wrong tenant', 'tenantmatched', 'different company account',
            'start over with a different account']
    },
    {
        id: 'error-autopilot-disabled-registry',
        kind: 'error',
        codes: [],
        title: 'Registry says IsAutopilotDisabled = 1',
        short:
            'The device found no Autopilot registration or, on a registered device, could not download its profile ' +
            'because of the network (firewall, proxy or a timeout at OOBE). CloudAssignedTenantDomain and CloudAssignedTenantId are then empty too.',
        where: 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot (read with regedit from Shift+F10)',
        cause: 'Not registered in this tenant, or the profile download was blocked.',
        fix: [
            'Check the serial number is in Windows Autopilot devices with a profile assigned.',
            'Try a wired network with open internet, then reboot at OOBE (shutdown /r /t 0).'
        ],
        escalate: 'Registered, assigned and on a good network but still 1: escalate with logs.',
        details: ['TenantMatched = 0 means the user signed in with another tenant than the registration.'],
        related: ['logs-registry', 'error-event-807'],
        source: AP_TROUBLESHOOTING_FAQ,
        keywords: ['isautopilotdisabled', 'cloudassignedtenantdomain empty', 'registry autopilot', 'regedit',
            'profile never downloaded', 'autopilot disabled']
    }
];
