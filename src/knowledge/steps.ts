/** The 9 steps of the Entra-join pre-provisioning tutorial, one entry each. */
import { GROUP_RULES } from './adminPortal';
import type { StepEntry } from './types';

const TUTORIAL = 'memdocs autopilot/tutorial/pre-provisioning/';

export const stepEntries: StepEntry[] = [
    {
        id: 'step-1',
        settings: ['MDM user scope'],
        kind: 'step',
        step: 1,
        title: 'Step 1: Set up automatic Intune (MDM) enrollment',
        short:
            'Autopilot needs devices to enroll in Intune on their own as soon as they join Entra. Turn on MDM ' +
            'auto-enrollment for the users who will sign in.',
        where: 'Azure portal > Microsoft Entra ID > Manage > Mobility (MDM and MAM) > Microsoft Intune',
        values: ['MDM user scope = All, or Some with the chosen groups', 'Save'],
        pitfalls: [
            'Groups in the MDM user scope must contain users, not devices.',
            'More than one MDM configuration in Entra stops automatic enrollment (0xC1036501).',
            'Only the end users need to be in the scope: the technician never signs in.'
        ],
        details: ['This is an admin setting in the tenant, not something done on the device.'],
        related: ['step-2', 'error-0xc1036501'],
        source: TUTORIAL + 'azure-ad-join-automatic-enrollment.md',
        keywords: ['automatic enrollment', 'auto enroll', 'mdm scope', 'mdm user scope', 'mobility',
            'mdm and mam', 'intune enrollment', 'auto-enrollment', 'technician in mdm scope', 'scope group',
            'mdm user scope none', 'scope set to none']
    },
    {
        id: 'step-2',
        settings: ['Users may join devices'],
        kind: 'step',
        step: 2,
        title: 'Step 2: Allow users to join devices to Entra ID',
        short:
            'Yes, it must be on, even though nobody signs in at the bench: Microsoft lists "Users may join devices ' +
            'to Microsoft Entra ID" (All, or Selected) as needed for pre-provisioned and user-driven Entra join.',
        where: 'Microsoft Entra ID > Devices > Device settings',
        values: ['Users may join devices to Microsoft Entra = All, or Selected (users or groups of users)'],
        pitfalls: [
            'Selected groups must contain users.',
            'Each user may join a limited number of devices (50 by default, set in the same Entra device settings); ' +
                'past it, the join fails (801C0003).'
        ],
        details: [
            'Skip this step if users can already join devices.',
            'Not needed for hybrid or self-deploying mode, which run without a user.',
            'The device ends up joined for the end user who signs in during the user flow, so that user must be allowed to join.'
        ],
        related: ['step-3', 'error-0x801c0003'],
        source: TUTORIAL + 'azure-ad-join-allow-users-to-join.md',
        keywords: ['users may join devices', 'users may join devices to microsoft entra id', 'device settings',
            'join permission', 'allowed to join', 'device limit', 'entra join setting', 'entra device settings',
            'must it be on', 'nobody signs in', 'no one logs in', 'needed for pre-provisioning', 'allow users to join',
            'most common entra join issue', 'most common join problem', 'join permissions',
            'maximum number of devices per user', '50 devices']
    },
    {
        id: 'step-3',
        defines: ['hardware hash'],
        kind: 'step',
        step: 3,
        title: 'Step 3: Register devices as Autopilot devices',
        short:
            'Put the device hardware identity into the Autopilot service so it gets its profile at OOBE. Best done ' +
            'by the OEM or reseller; otherwise import the hardware hash.',
        where: 'Windows Autopilot devices list: Devices > Windows > Windows enrollment > Windows Autopilot > Devices',
        values: [
            'Preferred: OEM or reseller/partner registration (most secure and most common; Surface has its own ' +
                'process)',
            'Manual hash: Configuration Manager, the Get-WindowsAutopilotInfo PowerShell script, the Windows ' +
                'diagnostics page export, or desktop export'
        ],
        pitfalls: [
            'Edit the CSV only in Notepad: Excel and similar tools break the format.',
            'The hash must be padded Base64.',
            'Do not delete the Entra device object the import creates: it anchors groups and targeting, and ' +
                'deleting it causes join errors such as 0x801C03F3.'
        ],
        details: [
            'Registered is not enrolled: the device only appears as enrolled in Intune after its first Autopilot run.',
            'Manual import suits small organisations, labs and emergencies.'
        ],
        related: ['step-4', 'error-0x801c03f3'],
        source: TUTORIAL + 'azure-ad-join-register-device.md',
        keywords: ['register', 'registration', 'hardware hash', 'hash', 'csv', 'import', 'upload',
            'get-windowsautopilotinfo', 'powershell', 'oem registration', 'reseller', 'hwid', 'add device',
            'get the hash into intune', 'what is a hash', 'what is a hardware hash', 'register devices in bulk']
    },
    {
        id: 'step-4',
        kind: 'step',
        step: 4,
        title: 'Step 4: Create a device group',
        short:
            'Create an Entra security group for the Autopilot devices. It targets the Autopilot profile, the ESP, ' +
            'apps and policies.',
        where: 'Intune admin center > Groups > New group',
        values: [
            'Group type = Security',
            'Membership type = Dynamic Device (an Assigned group is fine for a few test devices)',
            `Rule for all Autopilot devices: ${GROUP_RULES.allAutopilotDevices}`
        ],
        pitfalls: [
            'Dynamic membership takes time to evaluate; profile assignment then takes more time: it varies, minutes ' +
                'to hours, so check Profile status = Assigned rather than waiting a fixed time.',
            'Use separate groups for different Autopilot scenarios.'
        ],
        details: [
            'Skip this step if a suitable group exists.',
            'Rules for one group tag ([OrderID]) or one purchase order ([PurchaseOrderId]) exist too.'
        ],
        related: ['step-5', 'step-6', 'admin-dynamic-group-rules'],
        source: TUTORIAL + 'azure-ad-join-device-group.md',
        keywords: ['device group', 'dynamic group', 'security group', 'membership rule', 'ztdid', 'group tag',
            'orderid', 'dynamic device', 'targeting', 'static group', 'assigned group', 'assigned membership',
            'small pilot', 'pilot group', 'instead of a dynamic rule', 'add devices by hand']
    },
    {
        id: 'step-5',
        kind: 'step',
        step: 5,
        title: 'Step 5: Configure and assign the Enrollment Status Page (ESP)',
        short:
            'The ESP shows setup progress and blocks the device until required apps and policies are in. Create a ' +
            'custom ESP and assign it to the device group.',
        where: 'Intune admin center > Devices > Windows > Windows enrollment > Enrollment Status Page > Create',
        values: [
            'Show app and profile configuration progress = Yes',
            'Error timeout: 60 minutes by default; raise it for many apps',
            'Assign to the device group (filters optional, scope tags optional)'
        ],
        pitfalls: [
            'The default ESP does not show progress: create your own.',
            'Only device-targeted ESP profiles apply to pre-provisioning.',
            'Never turn the ESP off for pre-provisioning.'
        ],
        details: ['An ESP is assigned to groups, never straight to one device.'],
        related: ['esp-show-progress', 'esp-timeout', 'esp-targeting'],
        source: TUTORIAL + 'azure-ad-join-esp.md',
        keywords: ['create esp', 'create the esp', 'make an esp', 'new esp', 'where do i create the esp', 'esp profile', 'assign esp', 'enrollment status page', 'configure esp',
            'esp settings']
    },
    {
        id: 'step-6',
        kind: 'step',
        step: 6,
        title: 'Step 6: Create and assign the Autopilot deployment profile',
        short:
            'Create a user-driven, Entra-joined Windows Autopilot profile with "Allow pre-provisioned deployment" ' +
            'set to Yes, and assign it to the device group.',
        where: 'Intune admin center > Devices > Windows > Windows enrollment > Deployment Profiles > Create profile ' +
            '> Windows PC',
        values: [
            'Convert all targeted devices to Autopilot = Yes (recommended)',
            'Deployment mode = User-driven',
            'Join to Microsoft Entra ID as = Microsoft Entra joined',
            'Allow pre-provisioned deployment = Yes, on the profile\'s Out-of-box experience (OOBE) page (turns on the technician flow)',
            'License terms, privacy settings, change account options = Hide',
            'User account type = Administrator or Standard',
            'Language (Region) = Operating system default; Automatically configure keyboard = Yes',
            'Device name template (optional): 15 characters max, %SERIAL% and %RAND:x% macros'
        ],
        pitfalls: [
            'Add the device group under Included groups, not Excluded.',
            'Before deploying, check Profile status = Assigned, Date assigned has a value, and the Assigned ' +
                'profile is the right one.',
            'How long assignment takes varies and cannot be predicted.'
        ],
        details: [
            'Other statuses: Not assigned, Assigning, Fix pending (hardware change, Intune re-registering), ' +
                'Attention required (re-registration failed: reset and re-register).',
            'A registered device without an assigned profile gets the default Autopilot profile.',
            'Device names: letters, digits and hyphens only, not all digits.',
            'In Graph the switch is enableWhiteGlove = true.',
            'Create profile offers Windows PC or HoloLens: pick Windows PC (HoloLens is only for HoloLens 2 headsets).'
        ],
        related: ['step-7', 'error-profile-not-applied', 'error-win-key-does-nothing'],
        source: TUTORIAL + 'azure-ad-join-autopilot-profile.md',
        keywords: ['deployment profile', 'autopilot profile', 'allow pre-provisioned deployment', 'profile status',
            'assigned', 'user-driven', 'device name template', 'enablewhiteglove', 'oobe settings',
            'create profile', 'profile option for white glove',
            'where do i create the profile', 'where to make the profile',
            'new deployment profile', 'build the profile']
    },
    {
        id: 'step-7',
        kind: 'step',
        step: 7,
        title: 'Step 7: Assign the Autopilot device to a user (optional)',
        short:
            'Optional, not required. With a user assigned, the sign-in page greets them by name (the User friendly ' +
            'name is the name displayed in that greeting) and pre-fills their user name, and that user\'s apps and policies apply during Autopilot.',
        where: 'Devices > Windows > Windows enrollment > Windows Autopilot > Devices > select device > Assign user',
        values: [
            'Pick a user who has an Intune licence',
            'Check or set the User friendly name, then Save',
            'Confirm User and User friendly name in the device properties'
        ],
        pitfalls: [
            'For first tests, skip user assignment to keep the scope small.',
            'Without a user, only device-targeted apps install in the technician flow.',
            'With a user, that user\'s device-context apps install at the bench too.',
            'Device already on the configuration screen? Press Refresh there to pick up the user; no restart needed.',
            'The user then finds their username (UPN) pre-filled on the sign-in page (supported OEMs) and types only the password.'
        ],
        details: [
            'A companion app can assign the user on the spot by scanning the QR code on the configuration screen.',
            'The user name is pre-filled only on devices from makers enabled for it (Dell, Dynabook, HP, Lenovo, ' +
                'Microsoft Surface); elsewhere the user types it. The greeting and the pre-filled name also need Entra ' +
                'company branding set up.',
            'Graph: the assignUserToDevice action.'
        ],
        related: ['step-8', 'tip-qr-companion-app', 'overview-what-installs'],
        source: TUTORIAL + 'azure-ad-join-assign-device-to-user.md; memdocs autopilot/enrollment-autopilot.md',
        keywords: ['assign user', 'user assignment', 'friendly name', 'pre-assign', 'upn', 'owner',
            'primary user', 'pre-fill username', 'assign a user to the device', 'attach a user', 'person',
            'who gets the device', 'named user', 'user on the device record', 'select the user for the device',
            'set the user before the technician flow', 'assigning a user', 'is a user required', 'user required',
            'greeting', 'greets the user', 'welcome name', 'prefilled sign in', 'what does assigning give',
            'assign the user later', 'assign after the technician flow', 'email already in the box',
            'email already filled in', 'username already filled in',
            // Whether it is needed and what it gains, and the same thing said with everyday verbs.
            'do i have to assign a user', 'benefit of assigning a user', 'gain from assigning a user', 'why assign a user',
            'put a user on the device', 'add a user to the autopilot device', 'link a user to the device']
    },
    {
        id: 'step-8',
        defines: ['technician flow', 'technician phase'],
        kind: 'step',
        step: 8,
        title: 'Step 8: Technician flow',
        short:
            'At the bench: power on, press the Windows key five times at the sign-in page, pick pre-provisioning, ' +
            'check the details, start, let the ESP run, then Reseal.',
        where: 'On the device, during OOBE',
        values: [
            'Windows key five times at the sign-in page (do not sign in)',
            'Windows 10: Windows Autopilot provisioning > Continue > Provision',
            'Windows 11: Pre-provision with Windows Autopilot > Next > Next',
            'Success: Reseal. Failure: logs, then Retry or Reset'
        ],
        pitfalls: [
            'Do not sign in or press Next / Sign in at the sign-in page.',
            'The success screen only proves enrollment, not that every app is done.',
            'Outside testing, do not power the device on again after Reseal.'
        ],
        details: [
            'Only the device phases of the ESP run here: Device preparation and Device setup.',
            'The walkthrough shows each screen with the Windows 10 and Windows 11 wording.'
        ],
        os: {
            win10: 'Windows Autopilot provisioning > Continue > Provision.',
            win11: 'Pre-provision with Windows Autopilot > Next > Next.'
        },
        related: ['flow-win-key', 'flow-options-screen'],
        source: TUTORIAL + 'azure-ad-join-technician-flow.md',
        keywords: ['technician flow', 'technician phase', 'bench', 'walkthrough', 'how to pre-provision',
            'start pre-provisioning', 'it side', 'from power on to reseal']
    },
    {
        id: 'step-9',
        defines: ['user flow', 'user phase'],
        kind: 'step',
        step: 9,
        title: 'Step 9: User flow',
        short:
            'The user powers on the resealed device, signs in with their work account, and the ESP runs Device ' +
            'setup again, then Account setup (their own apps and policies). Then the desktop appears.',
        where: 'On the device, at the user, during OOBE',
        values: [
            'Wait at least 90 minutes after the technician flow',
            'Run it within 6 months of the technician flow',
            'Sign-in button: Next (Windows 10) or Sign in (Windows 11), then MFA if asked'
        ],
        pitfalls: [
            'Compliance is reset at the start: the device can look non-compliant for a while.',
            'LAPS only applies from now on.'
        ],
        details: [
            'Wired network if possible. Without network, OOBE asks for region, keyboard and a network first.',
            'ESP: Device preparation does not run again, Device setup runs again, Account setup runs.',
            'A Privacy screen may show when Account setup starts, depending on the profile.',
            'Doc typo: the user-flow page title says "Step 8 of 9"; the user flow is Step 9.'
        ],
        os: { win10: 'User selects Next after entering credentials.', win11: 'User selects Sign in.' },
        related: ['userflow-sign-in', 'userflow-wait-90-minutes'],
        source: TUTORIAL + 'azure-ad-join-user-flow.md',
        keywords: ['user flow', 'user phase', 'end user', 'unbox', 'first sign-in', 'handover', 'user side',
            'what the user sees', 'first boot after reseal', 'user turns it on']
    }
];
