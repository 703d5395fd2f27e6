/** The Enrollment Status Page: phases, the settings that matter for pre-provisioning, and per-OS detail toggles. */
import type { EspDetailTips, KnowledgeEntry } from './types';

const ESP_DOC = 'memdocs intune/enrollment/windows-enrollment-status.md';

export const espEntries: KnowledgeEntry[] = [
    {
        id: 'esp-overview',
        defines: ['ESP', 'enrollment status page', 'ESP phases'],
        kind: 'esp',
        title: 'Enrollment Status Page: the three phases',
        short:
            'The Enrollment Status Page has three phases: Device preparation and Device setup (device ESP), then ' +
            'Account setup (user ESP).',
        details: [
            'The technician flow runs the first two; the user flow runs Account setup.',
            'The user flow also runs Device setup again to catch new device assignments.',
            'Device setup supports reboots; Account setup does not.'
        ],
        related: ['esp-device-preparation', 'esp-device-setup', 'esp-account-setup'],
        source: ESP_DOC,
        keywords: ['esp', 'enrollment status page', 'phases', 'stages', 'what is the esp', 'device esp',
            'user esp', 'three phases', 'sections']
    },
    {
        id: 'esp-device-preparation',
        defines: ['device preparation'],
        kind: 'esp',
        title: 'ESP Device preparation: securing hardware, joining, registering',
        short:
            'Device preparation has three parts: Securing your hardware (TPM attestation), Joining your ' +
            'organization\'s network (Entra join), Registering your device for mobile management (Intune).',
        details: [
            'Securing your hardware: the TPM proves itself and Entra returns a device token (pre-provisioning and ' +
                'self-deploying only).',
            'Joining: Entra join with that token.',
            'Registering: MDM enrollment, then the device works out what to track and installs the Intune ' +
                'Management Extension for Win32 apps.',
            'It runs in the technician flow and is not run again in the user flow.'
        ],
        related: ['error-0x800705b4', 'error-0x801c03ea'],
        source: ESP_DOC,
        keywords: ['securing your hardware', 'joining your organization', 'registering your device',
            'mobile management', 'device preparation', 'first phase', 'attestation', 'token', 'sidecar', 'ime',
            'actually doing', 'behind the scenes', 'doing in the background', 'what does that step do',
            'what is securing your hardware doing', 'under device preparation', 'device preparation section',
            'lines under', 'listed under', 'what shows under', 'sub items']
    },
    {
        id: 'esp-joining-network',
        defines: ["joining your organization's network"],
        kind: 'esp',
        title: '"Joining your organization\'s network" on the ESP: the Entra join, not Wi-Fi',
        short:
            'It is the Microsoft Entra join step of Device preparation: the device joins your tenant with the token ' +
            'TPM attestation gave it. It is not about the network connection itself; a failure there is a join ' +
            'problem, so note its code.',
        details: [
            'It comes after Securing your hardware, before Registering your device for mobile management (Intune).',
            '"(Previous step failed)" beside it means Securing your hardware failed first: look up the code on that line.'
        ],
        related: ['esp-device-preparation', 'error-0x801c03f3'],
        source: ESP_DOC,
        keywords: ["joining your organization's network", 'joining your organizations network', 'joining network',
            'which network does it join', 'join step', 'second line of the esp', 'previous step failed',
            'joining your organization\'s network previous step failed']
    },
    {
        id: 'esp-device-setup',
        defines: ['device setup'],
        kind: 'esp',
        title: 'ESP Device setup: policies, certificates, networks, apps',
        short:
            'Device setup installs what targets the device. Its four lines: Security policies, Certificates (device ' +
            'SCEP), Network connections (VPN and Wi-Fi profiles) and Apps (device context).',
        details: [
            'Security policies are not really tracked; the ESP shows "(1 of 1) completed".',
            'The ESP does track Edge, Assigned Access and Kiosk Browser policies.',
            'Apps: per-machine LOB MSI, device-context LOB store apps, Win32 apps, WinGet (Store) apps.',
            'It runs in the technician flow and again in the user flow.'
        ],
        related: ['esp-overview', 'error-esp-timeout'],
        source: ESP_DOC,
        keywords: ['device setup', 'security policies', 'certificates', 'scep', 'network connections', 'vpn',
            'apps section', 'second phase', '1 of 1', 'does the esp track wifi', 'wifi profiles', 'wi-fi profiles',
            'what it installs', 'lines under', 'listed under', 'what shows under', 'sub items']
    },
    {
        id: 'esp-tracked-apps',
        kind: 'esp',
        title: 'Which app types the ESP tracks (waits for) in Device setup',
        short:
            'Device setup waits for apps in device context targeted to devices: Win32 apps, per-machine LOB (MSI) ' +
            'apps, LOB Store apps in device context and WinGet (Store) apps. Microsoft 365 Apps are best added as ' +
            'Win32: the Microsoft 365 app type can hang the ESP.',
        details: ['Do not mix Win32 and LOB (MSI) apps on one device: they clash.'],
        related: ['esp-blocking-apps', 'error-another-installation'],
        source: ESP_DOC,
        keywords: ['which apps does the esp track', 'app types tracked', 'esp waits for which apps', 'tracked apps',
            'does the esp wait for store apps', 'winget', 'which app types']
    },
    {
        id: 'esp-account-setup',
        defines: ['account setup'],
        kind: 'esp',
        title: 'ESP Account setup (user ESP)',
        short:
            'Account setup installs what targets the user: policies, user certificates, user Wi-Fi profiles and user ' +
            'apps. In pre-provisioning it only runs in the user flow.',
        details: [
            'Reboots are not supported in Account setup: an app that needs a restart belongs in Device setup ' +
                '(target it to devices).',
            'To turn off (disable) only the user ESP, set the OMA-URI ./Vendor/MSFT/DMClient/Provider/MS DM ' +
                'Server/FirstSyncStatus/SkipUserStatusPage = True; not advised unless intended.'
        ],
        related: ['esp-overview', 'userflow-esp'],
        source: ESP_DOC,
        keywords: ['account setup', 'user esp', 'user apps', 'third phase', 'skipuserstatuspage', 'skip user esp',
            'user phase esp', 'hide account setup', 'user esp off',
            'skip the user phase', 'lines under', 'listed under', 'what shows under', 'sub items']
    },
    {
        id: 'esp-reboots',
        kind: 'esp',
        title: 'Reboots during the ESP: allowed in Device setup, unsupported in Account setup',
        short:
            'Yes in Device setup: apps and policies may restart the device, and the ESP carries on. Not in Account ' +
            'setup: reboots are not supported there, so an app that needs a restart should target devices ' +
            '(Device setup).',
        details: ['Let Intune drive the restart through the app\'s return codes, never from inside the installer.'],
        related: ['error-app-reboot', 'error-oobe-update-reboot'],
        source: ESP_DOC,
        keywords: ['can an app reboot', 'reboot during account setup', 'restart in account setup',
            'which phase supports reboots', 'reboot supported', 'reboots allowed', 'app restarts the device',
            'app that needs a restart']
    },
    {
        id: 'esp-show-progress',
        settings: ['Show app and profile configuration progress'],
        kind: 'esp',
        title: 'ESP setting "Show app and profile configuration progress" must be Yes',
        short:
            'Set "Show app and profile configuration progress" to Yes. The default ESP has it on No, and without it ' +
            'Reseal can appear before apps and policies are done.',
        details: ['The default ESP has it off, so create a custom ESP for the device group.'],
        related: ['flow-success-caveat', 'step-5', 'esp-targeting'],
        source: ESP_DOC,
        keywords: ['show app and profile configuration progress', 'enable esp', 'turn on esp', 'esp off',
            'default esp', 'progress setting', 'esp not showing', 'no progress', 'esp hidden by default', 'default esp shown or hidden']
    },
    {
        id: 'esp-timeout',
        settings: ['Show an error when installation takes longer than'],
        defines: ['ESP timeout'],
        kind: 'esp',
        title: 'ESP timeout setting ("Show an error when installation takes longer than")',
        short:
            'The ESP error timeout is 60 minutes by default. The technician flow installs every device app, so ' +
            'raise it for a large app set.',
        details: [
            'It is in the ESP profile settings: Devices > Windows > Windows enrollment > Enrollment Status Page.',
            'When it runs out the ESP shows "Setup could not be completed..." or your custom message.',
            '"Only fail selected blocking apps" lengthens the technician flow: raise the timeout with it.'
        ],
        related: ['error-esp-timeout', 'esp-custom-message', 'tip-expected-duration'],
        source: ESP_DOC,
        keywords: ['timeout', 'time limit', '60 minutes', 'increase timeout', 'raise timeout', 'change timeout',
            'longer than', 'minutes setting', 'extend', 'timeout for the user part', 'account setup timeout',
            'separate timeout']
    },
    {
        id: 'esp-show-details',
        kind: 'esp',
        title: 'Show or hide ESP details (Windows 10 vs 11)',
        short:
            'Windows 10: select "Show details" next to a phase, "Hide details" to fold it. Windows 11: select the ' +
            'chevron ∨ to expand and ∧ to collapse.',
        details: ['Open the details to follow the sub-items of a phase, such as each app.'],
        os: {
            win10: '"Show details" / "Hide details" link next to the phase.',
            win11: 'Chevron ∨ (the small arrow next to the phase) to expand, ∧ to collapse.'
        },
        related: ['esp-overview', 'flow-esp'],
        source: 'memdocs autopilot/tutorial/includes/tips-esp-progress.md',
        keywords: ['show details', 'hide details', 'expand', 'collapse', 'chevron', 'arrow', 'see apps',
            'which app', 'details view', 'more info on screen']
    },
    {
        id: 'esp-identifying',
        defines: ['identifying'],
        kind: 'esp',
        title: 'What "Identifying" means on the ESP',
        short:
            'Normal: before installing, the device is working out (calculating) which apps and policies to track, and meanwhile the ' +
            'items show "Identifying". A few minutes is expected; only when it never moves on is it stuck.',
        details: ['If it never ends, Intune cannot work out the ESP policies, for example the user has no licence.'],
        related: ['error-identifying-stuck', 'tip-expected-duration'],
        source: ESP_DOC,
        keywords: ['identifying', 'what does identifying mean', 'tracking list', 'calculating', 'preparing list',
            'identifying for a few minutes', 'is identifying normal', 'says identifying', 'should i worry',
            'identifying for a couple of minutes', 'identifying under apps normal']
    },
    {
        id: 'esp-blocking-apps',
        settings: ['Only fail selected blocking apps'],
        defines: ['blocking apps'],
        kind: 'esp',
        title: 'Blocking apps and "Only fail selected blocking apps in technician phase"',
        short:
            'You can pick up to 100 blocking apps. With "Only fail selected blocking apps" = Yes (default for ' +
            'pre-provisioning), all required device apps are tried but only blocking-app failures fail the flow: other apps that fail do not fail it.',
        details: [
            'Failed non-blocking apps are retried at user sign-in.',
            'With No, only the blocking apps are tried in the technician flow; the rest install in the user flow.',
            'The setting only shows when blocking apps are selected.',
            'The blocking list filters what is tracked; it does not add installs (an app in it must also be assigned ' +
                'as required to the device). Apps not on it still install, untracked.',
            'Expect a longer technician flow with Yes: raise the timeout.',
            'Blocking apps in a user-targeted ESP are ignored during the device ESP.'
        ],
        related: ['esp-timeout', 'esp-block-device-use'],
        source: ESP_DOC,
        keywords: ['blocking apps', 'only fail selected', 'selected apps', 'required apps', 'required apps list', 'only wait for them', 'block until apps',
            'critical apps', 'must-have apps', 'app list']
    },
    {
        id: 'esp-oobe-only',
        kind: 'esp',
        title: 'ESP setting "Only show page to devices provisioned by out-of-box experience"',
        short:
            'Yes: the ESP shows during OOBE and the device phase, and in the user phase only to the first user who ' +
            'signs in; later users skip it. No: every user who signs in for the first time sees the ESP again.',
        details: [
            'For pre-provisioning, Yes is the usual choice: the end user is the first user to sign in, so they still ' +
                'get Account setup.',
            'It does not change the technician flow.'
        ],
        related: ['esp-account-setup', 'esp-overview'],
        source: ESP_DOC,
        keywords: ['only show page', 'every new user sees the esp', 'second user esp', 'esp for every user',
            'first user only']
    },
    {
        id: 'esp-block-device-use',
        settings: ['Block device use until all apps and profiles are installed', 'Allow users to reset device if installation error occurs'],
        kind: 'esp',
        title: 'ESP "Block device use" and its error options',
        short:
            '"Block device use until all apps and profiles are installed" = Yes keeps the device on the ESP until Intune ' +
            'has set it up, and unlocks options: allow reset on error, allow use on error, and the blocking-apps list. ' +
            'With No, the ESP can be left before setup is finished.',
        details: [
            'Allow users to reset device if installation error occurs: gives a Reset button on error.',
            'Allow users to use device if installation error occurs: lets the user pass the ESP on error.'
        ],
        related: ['esp-blocking-apps', 'flow-retry-reset'],
        source: ESP_DOC,
        keywords: ['block device use', 'allow reset', 'reset button for the user', 'user gets a reset button', 'allow users to use device', 'continue anyway', 'bypass',
            'reset button', 'error options', 'turn on the reset button', 'let users reset the device',
            'allow users to reset device if installation error occurs',
            'can users reset the device when the esp fails', 'setting so users can reset on failure']
    },
    {
        id: 'esp-allow-use-on-error',
        settings: ['Allow users to use device if installation error occurs'],
        kind: 'esp',
        title: 'ESP "Allow users to use device if installation error occurs"',
        short:
            'Yes: when an app or policy fails, the ESP lets the user bypass it (Continue anyway) and use the device ' +
            'while the rest installs later. No: they stay on the error screen with Retry, and Reset when "Allow users to ' +
            'reset device if installation error occurs" = Yes.',
        details: [
            'It only shows with "Block device use until all apps and profiles are installed" = Yes.',
            'At the bench, fix the cause and Retry rather than skip it.'
        ],
        related: ['esp-block-device-use', 'flow-retry-reset'],
        source: ESP_DOC,
        keywords: ['allow users to use device', 'use device if installation error occurs', 'continue anyway',
            'bypass the esp', 'skip the error', 'let the user past the esp', 'continue to desktop',
            // Asked as what the user may do when an app fails, not as a report of a stuck ESP.
            'can the user skip the esp', 'user skips the esp when an app fails', 'blocked forever', 'wait forever when an app fails',
            'user gets past the esp if an app fails']
    },
    {
        id: 'esp-disable-profile',
        kind: 'esp',
        title: 'ESP profile unassigned or disabled later: devices that already got it keep the ESP',
        short:
            'Disabling or unassigning an ESP profile does not remove the ESP policy from devices that already got ' +
            'it: their users still see the ESP at first sign-in. New devices get the next profile by priority, or ' +
            'the default ESP profile, which shows the ESP unless it is set to hide.',
        details: [
            'To hide it everywhere, set "Show app and profile configuration progress" = No in the default ESP profile.',
            'For pre-provisioning, keep the ESP enabled (an ESP profile on the device, "Show app and profile ' +
                'configuration progress" = Yes): with it off, Reseal can show before apps are installed.'
        ],
        related: ['esp-targeting', 'flow-success-caveat'],
        source: ESP_DOC,
        keywords: ['disabled the esp profile', 'unassigned the esp profile', 'esp still shows after disabling',
            'deleted esp profile', 'esp profile removed but still shows', 'esp still appears', 'removed the esp assignment',
            'unassigned esp still shows', 'old esp profile', 'status page still shows',
            'users still see the status page', 'default esp profile', 'esp keeps showing']
    },
    {
        id: 'esp-quality-updates',
        settings: ['Install Windows quality updates'],
        kind: 'esp',
        title: 'ESP "Install Windows quality updates" (Windows 11)',
        short:
            'Windows 11 only. It adds about 20 to 40 minutes and may restart the device. In pre-provisioning it is ' +
            'honoured in the user flow, not in the technician flow. It depends on "Block device use until all apps ' +
            'and profiles are installed" = Yes (with No they can be skipped).',
        details: [
            'Default: Yes for new ESP profiles, No for existing ones.',
            'It is skipped on metered networks and only works in a device-targeted ESP.',
            'Windows Update blocked on the network: the deployment still continues, without the critical updates OOBE would install.'
        ],
        os: { win10: 'Not supported.', win11: 'Supported, user flow only.' },
        related: ['esp-block-device-use', 'tip-expected-duration'],
        source: ESP_DOC,
        keywords: ['quality updates', 'windows update', 'patches', 'cumulative update', 'updates during esp',
            'monthly updates', 'restart for updates']
    },
    {
        id: 'esp-log-collection',
        settings: ['Turn on log collection and diagnostics page'],
        kind: 'esp',
        title: 'ESP "Turn on log collection and diagnostics page"',
        short:
            'Set it to Yes (recommended). On an error the ESP then offers a collect-logs button; Windows 11 also ' +
            'gets the Autopilot diagnostics page (Ctrl+Shift+D).',
        details: ['The collect-logs button saves the logs to a USB drive.',
            'Older portals named it "Allow users to collect logs about installation errors".'],
        os: { win10: 'Collect-logs button only.', win11: 'Collect logs plus the diagnostics page (Ctrl+Shift+D).' },
        related: ['logs-collect', 'flow-failure'],
        source: ESP_DOC,
        keywords: ['log collection', 'diagnostics page', 'collect logs button', 'usb', 'turn on log collection',
            'end users logs', 'collect logs button missing', 'no collect logs button', 'collect logs button not there',
            'no button to collect logs', 'open the diagnostics page', 'how does the user open the diagnostics page',
            'diagnostics page during account setup', 'ctrl shift d for the user',
            'ctrl shift d not working',
            'allow users to collect logs about installation errors']
    },
    {
        id: 'esp-targeting',
        kind: 'esp',
        title: 'Which ESP profile applies or wins: the ESP priority order (device groups only)',
        short:
            'Pre-provisioning only uses device-targeted ESP profiles, because no user is known yet. Of those, the ESP ' +
            'with the highest priority wins (priority 1 is highest), otherwise the default ESP.',
        details: [
            'Change the order by dragging a profile up or down the Enrollment Status Page list.',
            'Assign the ESP to the device group: an ESP goes to groups, never straight to one device. To test on one ' +
                'device, make a small assigned group with that device as its only member and assign the ESP to it.',
            'ESP filters can only use model, manufacturer, osVersion, operatingSystemSKU, deviceOwnership and ' +
                'enrollmentProfileName.',
            'Disabling an ESP profile does not remove ESP policy already on devices.'
        ],
        related: ['step-5', 'esp-show-progress'],
        source: ESP_DOC,
        keywords: ['priority', 'priority order', 'which esp wins', 'device esp and a user esp', 'which esp applies', 'esp wins', 'several esps', 'multiple esps', 'esp profiles target', 'more than one esp', 'esp takes priority', 'esp precedence', 'drag',
            'assign esp to users', 'user group', 'device group', 'filters', 'which esp', 'esp to one device',
            'wrong esp', 'precedence', 'target', 'filter doesn\'t show up', 'filter missing', 'filter not listed',
            'which filters', 'assignment filter', 'esp targets users', 'targets users', 'targeted at users',
            'which esp does pre-provisioning use']
    },
    {
        id: 'esp-custom-message',
        kind: 'esp',
        settings: ['Show custom message when time limit or error occur'],
        title: 'ESP custom error message',
        short:
            'Yes: in the ESP profile set "Show custom message when time limit or error occur" = Yes and type your ' +
            'text, for example what happened and the helpdesk\'s phone number. Without it the ESP says "Setup could ' +
            'not be completed. Please try again or contact your support person for help."',
        details: ['The message shows when the time limit runs out or an error occurs.'],
        related: ['esp-timeout', 'error-esp-timeout'],
        source: ESP_DOC,
        keywords: ['custom message', 'error text', 'helpdesk contact', 'helpline number', 'phone number on the error screen', 'wording', 'customise', 'customize',
            'change the message', 'edit text', 'message shown', 'helpdesk number', 'service desk number',
            'support number', 'support contact', 'helpdesk phone on the error', 'generic text',
            'setup could not be completed', 'call the helpdesk', 'default message', 'default error message', 'default text',
            'what text shows on failure', 'never customised', 'never customized']
    },
    {
        id: 'esp-known-issues',
        kind: 'esp',
        title: 'ESP quirks: App Control reboot and DeviceLock',
        short:
            'App Control / AppLocker forces a reboot during Autopilot. A DeviceLock policy can break autologon. ' +
            'Scripts run as SYSTEM during the ESP (see the scripts entry).',
        details: [
            'The App Control / AppLocker reboot cannot be suppressed.',
            'DeviceLock policy in the ESP can break OOBE or desktop autologon.'
        ],
        related: ['error-app-reboot', 'error-m365-apps-hang'],
        source: ESP_DOC,
        keywords: ['applocker', 'app control', 'wdac', 'devicelock', 'autologon', 'unexpected reboot', 'known issues']
    }
];

/** Card data for "how do I see what the ESP is doing". */
export const espDetailTips: EspDetailTips = {
    win10: {
        show: 'Show details',
        hide: 'Hide details',
        steps: [
            'Find the phase in progress (Device preparation or Device setup).',
            'Select "Show details" next to it to see its sub-items.',
            'Select "Hide details" to fold it again.'
        ]
    },
    win11: {
        show: 'Chevron ∨',
        hide: 'Chevron ∧',
        steps: [
            'Find the phase in progress (Device preparation or Device setup).',
            'Select the chevron ∨ next to it to expand the items.',
            'Select the chevron ∧ to collapse it again.',
            'Ctrl+Shift+D opens the Autopilot diagnostics page at any point of the ESP, not only on an error (when the ' +
                'ESP turns on log collection and the diagnostics page).'
        ]
    },
    phases: [
        {
            name: 'Device preparation',
            runsIn: 'technician',
            tracks: 'TPM attestation, Entra join, Intune enrollment and the Intune Management Extension.'
        },
        {
            name: 'Device setup',
            runsIn: 'both',
            tracks: 'Device security policies, certificates, VPN and Wi-Fi profiles, device-context apps.'
        },
        {
            name: 'Account setup',
            runsIn: 'user',
            tracks: 'User policies, certificates, Wi-Fi profiles and apps.'
        }
    ]
};
