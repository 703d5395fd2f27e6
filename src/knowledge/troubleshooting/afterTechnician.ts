/**
 * What happens after the technician is done: reports that look wrong, the user's first sign-in, resets and
 * features that only settle later. Mostly "this is expected" answers, so nobody reprovisions a good device.
 */
import type { ErrorEntry, KnowledgeEntry } from '../types';
import {
    AP_BITLOCKER,
    AP_KNOWN_ISSUES,
    AP_WHATS_NEW,
    INTUNE_ESP,
    INTUNE_WINDOWS_HELLO
} from './sources';

export const afterTechnicianErrors: ErrorEntry[] = [
    {
        id: 'error-bitlocker-128-bit',
        kind: 'error',
        codes: [],
        title: 'BitLocker used 128-bit or the wrong encryption type',
        short:
            'Windows encrypts automatically during OOBE with XTS-AES 128-bit, used space only, unless the BitLocker ' +
            'policy arrives first. The policy must target devices and the ESP must be on; otherwise the drive must be ' +
            'decrypted before the algorithm can change.',
        where: 'After the technician flow (BitLocker status, manage-bde -status)',
        cause: 'Disk encryption policy assigned to users, ESP not enabled, or (known race) an unregistered device.',
        fix: [
            'Check the status: manage-bde -status from a command prompt.',
            'Tell the admin: assign the Endpoint Security disk encryption policy to the device group and keep the ESP on.',
            'The device must be decrypted (or reset) and provisioned again to change the algorithm.'
        ],
        escalate: 'Security policy and re-encryption are admin decisions: escalate if 256-bit is mandatory.',
        details: ['BitLocker is enabled after the Device setup phase of the ESP.'],
        related: ['step-3', 'esp-device-setup'],
        source: AP_BITLOCKER + '; ' + AP_KNOWN_ISSUES,
        keywords: ['bitlocker', '128 bit', '256 bit', 'encryption strength', 'xts-aes', 'used space only',
            'full disk encryption', 'wrong encryption method', 'manage-bde', 'when does bitlocker turn on',
            'when does bitlocker start encrypting', 'encrypted after the technician flow']
    },
    {
        id: 'error-dfci-24h2-pro',
        kind: 'error',
        codes: [],
        title: 'DFCI does not apply during OOBE on Windows 11 24H2 Pro',
        short:
            'DFCI (firmware settings management) cannot be configured during OOBE on Pro editions of Windows 11 ' +
            '24H2. With KB5046740 or later it enrolls after a reboot once provisioning is done.',
        where: 'OOBE / after deployment',
        cause: 'Known issue on Windows 11 24H2 Pro.',
        fix: ['Install KB5046740 or later; DFCI then applies after a reboot.',
            'If it must apply during OOBE: upgrade to Enterprise, sync, then reboot.'],
        escalate: 'Firmware management policy questions go to the admin.',
        details: [],
        os: { win11: 'Windows 11 24H2 Pro only.' },
        related: ['req-windows-edition'],
        source: AP_KNOWN_ISSUES,
        keywords: ['dfci', 'firmware settings', 'uefi management', '24h2', 'bios settings not applied']
    },
    {
        id: 'error-default-profile-applied',
        kind: 'error',
        codes: [],
        title: 'Registered device with no deployment profile assigned: the default profile, or plain OOBE',
        short:
            'By design: a registered device without an assigned profile takes the tenant\'s default Autopilot ' +
            'profile, if there is one. With no profile at all it gets the normal Windows OOBE (event 815) and no ' +
            'pre-provisioning. To keep a device out of Autopilot, remove its registration.',
        where: 'OOBE',
        cause: 'Default Autopilot profile.',
        fix: ['If it should have another profile: the admin assigns it (its device group under Included groups, not Excluded), then reboot at OOBE.',
            'If it should not use Autopilot at all: the admin deregisters it.',
            'Admins find such devices under Devices > Overview > Enrollment alerts > Unassigned devices.'],
        escalate: 'Profile assignment is admin work.',
        details: [],
        related: ['error-event-815', 'step-6'],
        source: AP_KNOWN_ISSUES + '; memdocs autopilot/profiles.md',
        keywords: ['default profile', 'no profile assigned but autopilot', 'unassigned devices alert', 'enrollment alerts', 'unexpected autopilot', 'wrong profile',
            'registered but no profile', 'no deployment profile assigned', 'without a deployment profile',
            'registered device without a profile', 'device has no deployment profile', 'no autopilot profile',
            'not in any group', 'in no group', 'no group but autopilot screens', 'not a member of any group',
            'still showed autopilot screens', 'still got the autopilot screens', 'ungrouped device']
    },
    {
        id: 'error-enrolled-date-not-user',
        kind: 'error',
        codes: [],
        title: 'Enrolled date in Intune is the bench\'s, not the day the user set it up',
        short:
            'Expected: the device enrolls in the technician flow and the user flow adds no new enrollment. Known ' +
            'issue: the Enrolled date in All devices can even show the Autopilot registration date.',
        where: 'Intune > Devices > All devices / Windows devices, Enrolled date',
        cause: 'Enrollment happens at the bench; the date column shows registration, not enrollment.',
        fix: ['For recent deployments use the Autopilot deployments report; otherwise the admin queries Graph ' +
            '(the device\'s createdDateTime).'],
        escalate: 'Nothing to escalate: it is how the dates are recorded.',
        details: [],
        related: ['logs-admin-reports'],
        source: AP_KNOWN_ISSUES,
        keywords: ['enrolled date', 'enrollment date wrong', 'technician date', 'date the user set it up',
            'when the user deployed', 'real deployment date', 'shows the wrong date', 'enrolled date in all devices',
            'enrolled date shows the import date', 'enrolled date shows the registration date', 'date column']
    },
    {
        id: 'error-branding-html-tags',
        kind: 'error',
        codes: [],
        title: 'HTML tags visible on an Autopilot sign-in page',
        short:
            'Known issue: text from the company branding settings can show raw HTML tags instead of formatted ' +
            'text on a sign-in page. Cosmetic; it does not stop the deployment.',
        where: 'OOBE sign-in pages',
        cause: 'Company branding text with HTML.',
        fix: ['Carry on.', 'Mention it to the admin who maintains company branding.'],
        escalate: 'No escalation needed.',
        details: [],
        related: ['error-no-company-branding'],
        source: AP_KNOWN_ISSUES,
        keywords: ['html tags', 'weird tags on login page', 'branding text broken', 'strange characters on sign in',
            '<p> on screen']
    },
    {
        id: 'error-defaultuser-profile-left',
        kind: 'error',
        codes: [],
        title: 'A defaultuser0 / defaultuserX profile stays on the device',
        short:
            'Known issue: with the EnableWebSignIn policy, the temporary defaultuserX profile used during setup may ' +
            'not be deleted. It is left over, not a failed deployment.',
        where: 'After deployment (C:\\Users)',
        cause: 'EnableWebSignIn policy.',
        fix: ['Nothing to do at the bench.', 'Tell the admin if the leftover profile matters.'],
        escalate: 'Not needed.',
        details: [],
        related: ['error-policy-autologon', 'error-web-sign-in-missing'],
        source: AP_KNOWN_ISSUES,
        keywords: ['defaultuser0', 'defaultuser1', 'extra user profile', 'leftover profile', 'enablewebsignin']
    }
];

export const afterTechnicianEntries: KnowledgeEntry[] = [
    {
        id: 'error-apps-missing-after-user-sign-in',
        kind: 'error',
        codes: [],
        title: 'Apps missing after the user signs in',
        short:
            'Often expected: apps targeted to users install in Account setup or later, and the ESP waits only for ' +
            'the apps it tracks; the rest keep installing after the desktop appears. Give it time, then check the ' +
            'app is assigned as required to this user or device.',
        where: 'Desktop after the user flow; Company Portal',
        cause: 'User-targeted app still installing after sign-in, an app the ESP does not wait for, or not ' +
            'assigned to this user or device.',
        fix: [
            'Wait, then sync (Settings > Accounts > Access work or school > Info > Sync).',
            'Admin: check the assignment (required, to this user or device) and its install status.',
            'Needed at first sign-in? Admin adds it to the apps the ESP waits for.'
        ],
        escalate: 'Still missing hours later with a correct assignment: escalate with the app name and the IME log.',
        details: [],
        related: ['overview-what-installs', 'error-esp-untracked-app-finished-early'],
        source: INTUNE_ESP,
        keywords: ['apps missing once the user signed in', 'user signed in but apps are missing',
            'apps not there after sign in', 'missing apps for the user', 'apps did not install for the user',
            'user apps missing', 'app missing on the desktop', 'missing after sign in',
            'apps not installed after user flow']
    },
    {
        id: 'userflow-credentials-after-reboot',
        kind: 'userFlow',
        step: 9,
        title: 'User must sign in again after a reboot during Device setup',
        short:
            'If the device restarts during the Device setup phase of the user flow, the user\'s credentials are ' +
            'not preserved: they enter them again, then Account setup continues. This is expected.',
        details: ['The Windows sign-in page is not pre-filled with the user name after that reboot.'],
        related: ['userflow-esp', 'userflow-sign-in'],
        source: INTUNE_ESP,
        keywords: ['asked to sign in again', 'password again', 'login twice', 'reboot during setup',
            'restarted and asked for password', 'credentials not kept']
    },
    {
        id: 'flow-device-rename-reboot',
        kind: 'flow',
        step: 8,
        title: 'Device renamed and restarted right after Provision',
        short:
            'Expected: with a device name template in the Autopilot profile, an Entra joined device is renamed as ' +
            'soon as you press Provision (Next on Windows 11), restarts once, then goes on to the ESP. The user ' +
            'flow skips the rename, so anything tied to the name (SCEP certificates) stays valid.',
        details: [
            'Windows needs the March 2023 update (KB5023773) or later for the rename to move to the technician flow.',
            'The new name is the one the Autopilot profile sets (for example with %SERIAL%).',
            'A profile that should rename but does not: see the profile-not-applied card.'
        ],
        related: ['flow-provision', 'admin-profile-oobe-settings', 'error-profile-name-template'],
        source: AP_WHATS_NEW,
        keywords: ['device rename', 'rename reboot', 'when is the device renamed', 'restarted after provision',
            'rebooted after provision', 'rename in the user flow', 'scep certificate after rename', 'hostname changed']
    },
    {
        id: 'userflow-windows-hello-pin',
        kind: 'userFlow',
        step: 9,
        title: 'User asked to set up a PIN (Windows Hello for Business)',
        short:
            'Expected when the tenant enables Windows Hello for Business at enrollment: after signing in, the user ' +
            'creates a PIN (default at least 6 characters), optionally face or fingerprint. The technician flow ' +
            'never asks for it: seen at the bench, someone signed in and the device left the technician flow.',
        details: [
            'At the bench: do not set a PIN. Reset the device (delete its Intune record if it enrolled) and start ' +
                'again with the Windows key five times.',
            'The PIN rules (length, character types, expiry) come from the tenant-wide Windows Hello policy.',
            'With "Use a TPM: Required" only devices with a working TPM can set it up.'
        ],
        related: ['userflow-sign-in', 'userflow-esp'],
        source: INTUNE_WINDOWS_HELLO,
        keywords: ['asked for a pin', 'set up a pin', 'create pin', 'windows hello', 'whfb', 'fingerprint',
            'face sign in', 'pin requirements', 'hello setup at the bench', 'pin screen at the bench',
            'asked for a pin during pre-provisioning', 'should i set up the pin']
    }
];
