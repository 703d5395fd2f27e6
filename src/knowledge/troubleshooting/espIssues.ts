/** Enrollment Status Page behaviour that looks like a fault at the bench, from Intune's ESP page and the known issues. */
import type { ErrorEntry } from '../types';
import { AP_KNOWN_ISSUES, AP_SELF_DEPLOYING, AP_TUTORIAL_NETWORK, INTUNE_ESP, INTUNE_WINDOWS_ENROLLMENT_ERRORS } from './sources';

export const espIssueEntries: ErrorEntry[] = [
    {
        id: 'error-esp-stuck',
        kind: 'error',
        codes: [],
        title: 'ESP stuck or hanging: find the item it waits for',
        short:
            'Open the ESP details (Windows 10: Show details; Windows 11: the ∨ arrow) and note the item that does ' +
            'not move: an app, a policy, a certificate. That item is the lead. If nothing moves past the ESP ' +
            'timeout, it fails on its own; then save the logs.',
        where: 'ESP Device preparation or Device setup (technician flow); Account setup (user flow)',
        cause: 'An app or policy that never finishes or needs a restart, a user without a licence, or a blocked ' +
            'network.',
        fix: [
            'Note the phase and the item from the details. On Windows 11, Ctrl+Shift+D opens the diagnostics page ' +
                'while the ESP runs.',
            'Leave it until the ESP timeout (60 minutes by default) unless the item is clearly broken.',
            'On the failure screen: save the logs, then Retry or Reset.'
        ],
        escalate: 'The same item hangs twice: escalate with its name, the phase and the logs.',
        details: [],
        related: ['esp-show-details', 'error-identifying-stuck'],
        source: INTUNE_ESP,
        keywords: ['stuck at esp', 'esp stuck', 'stuck on the esp', 'esp not moving', 'esp frozen', 'esp hangs',
            'laptop stuck at the esp', 'hanging at esp', 'model stuck at esp',
            'stuck at apps', 'stuck on security policies', 'not progressing', 'same item for ages',
            'esp stuck on apps', 'stuck on apps installing', 'apps not moving']
    },
    {
        id: 'error-esp-user-targeted-blocking-apps',
        kind: 'error',
        codes: [],
        title: 'A user-targeted ESP is ignored in the technician flow: neither its blocking apps nor its minutes apply',
        short:
            'During the device ESP nobody has signed in, so an ESP profile assigned to users (a user group) is not ' +
            'used in the technician flow: its blocking-app list and its timeout (say 120 minutes) are ignored. Target ' +
            'the ESP profile to the device group; otherwise the technician flow uses the default ESP (60 minutes).',
        where: 'ESP Device setup (technician flow): it times out at 60 minutes, or apps you expected are not waited for',
        cause: 'ESP profile (with its timeout and blocking apps) assigned to a user group, not to the device group.',
        fix: [
            'Tell the admin: assign that ESP profile to the device group (Step 5; of several, the highest-priority ' +
                'one wins), or raise the timeout in the default ESP.',
            'Workaround from the docs for blocking apps: put them in the default ESP profile.',
            'Reset and run again.'
        ],
        escalate: 'ESP assignment is admin work: escalate.',
        details: [
            'Intune picks the ESP in this order: the device\'s highest-priority profile, then (only when a user ' +
                'signs in) the user\'s, then the default ESP. Pre-provisioning only uses device-targeted profiles.'
        ],
        related: ['esp-targeting', 'esp-blocking-apps', 'esp-timeout'],
        source: AP_KNOWN_ISSUES + '; ' + INTUNE_ESP,
        keywords: ['blocking apps ignored', 'esp did not wait for app', 'user group esp', 'wrong esp profile',
            'apps not tracked', 'esp assigned to users', 'blocking apps in my user esp profile',
            'user esp blocking apps ignored', 'esp profile assigned to users',
            // The timeout of a user-group ESP, ignored: the run still stops at the default 60 minutes.
            'esp for the user group', 'esp on the user group', 'user group timeout', 'timeout ignored',
            'still fails at 60', 'still times out at 60', 'still 60 minutes', '120 minutes',
            'longer timeout ignored', 'raised the timeout but',
            'user targeted esp', 'esp targeted to users']
    },
    {
        id: 'error-esp-untracked-app-finished-early',
        kind: 'error',
        codes: [],
        title: 'ESP finished but an app is still installing afterwards',
        short:
            'With "Selected" blocking apps the ESP only waits for the apps in its list. Other assigned apps still ' +
            'install, but the ESP does not wait for them, so they can finish after Reseal or after sign-in.',
        where: 'After the ESP / success screen',
        cause: 'App not in the ESP\'s blocking list, or an app type the ESP does not track.',
        fix: ['Check whether the app is in the ESP blocking list.', 'If it must be there at delivery: ask the admin to add it.'],
        escalate: 'Only if the app must be present before the user gets the device.',
        details: ['Example from the docs: list App 1-3, assign App 3 and 4: the ESP tracks only App 3.'],
        related: ['esp-blocking-apps', 'flow-success-caveat'],
        source: INTUNE_ESP,
        keywords: ['app missing after esp', 'app installed later', 'esp did not wait', 'not in blocking list',
            'app still installing after reseal']
    },
    {
        id: 'error-esp-security-policies-one-of-one',
        kind: 'error',
        codes: [],
        title: 'ESP shows "Security policies (1 of 1)" although many policies are assigned',
        short:
            'Expected: the ESP does not track device restrictions and similar security policies one by one. They ' +
            'apply in the background; the ESP tracks only Edge, Assigned Access and Kiosk Browser policies.',
        where: 'ESP Device setup / Account setup > Security policies',
        cause: 'By design of ESP tracking.',
        fix: ['Nothing to do at the bench.', 'Check policy status later in Intune if one seems missing.'],
        escalate: 'Not needed.',
        details: [],
        related: ['esp-device-setup', 'esp-account-setup'],
        source: INTUNE_ESP,
        keywords: ['1 of 1', 'security policies count', 'only one policy', 'policies not listed',
            'why does it say 1 of 1', 'security policies done instantly', 'finished in a second',
            'many profiles assigned', 'policies finished immediately', 'security policies complete straight away']
    },
    {
        id: 'error-esp-timeout-before-sign-in',
        kind: 'error',
        codes: [],
        title: 'ESP times out before the sign-in screen (Store apps and Conditional Access)',
        short:
            'Seen when the ESP tracks Microsoft Store apps while a Conditional Access policy requires a compliant ' +
            'device for all cloud apps: the device cannot get the apps before compliance is known.',
        where: 'ESP before sign-in',
        cause: 'Online-licensed Store apps tracked by the ESP plus "require compliant device" Conditional Access.',
        fix: ['Tell the admin: target compliance policies to devices, or use offline-licensed Store apps.',
            'Reset and run again afterwards.'],
        escalate: 'Conditional Access and app licensing are admin changes: escalate.',
        details: [],
        related: ['error-conditional-access-enrollment', 'error-esp-timeout'],
        source: INTUNE_WINDOWS_ENROLLMENT_ERRORS,
        keywords: ['store app timeout', 'microsoft store apps', 'esp timeout before login', 'compliant device required',
            'timed out before sign in']
    },
    {
        id: 'error-oobe-just-a-moment',
        kind: 'error',
        codes: [],
        title: '"Just a moment" screen at OOBE',
        short:
            'Normal: Windows shows "Just a moment" while it works between screens (critical updates after the ' +
            'network connects, fetching the Autopilot profile, just before the ESP or the desktop). It usually ' +
            'moves on within minutes; an update takes longer and may restart it.',
        where: 'OOBE, between screens',
        cause: 'Windows is checking for or installing critical updates, or fetching the Autopilot profile.',
        fix: [
            'Keep it on power and the cable; do not switch it off.',
            'No change for 30 minutes or more: check the network (proxy, login page), then restart it at OOBE ' +
                '(Shift+F10, shutdown /r /t 0) so the profile downloads again.'
        ],
        escalate: 'Spinning again after a restart on a working network: collect logs and escalate.',
        details: [],
        related: ['error-oobe-update-reboot', 'error-esp-stuck'],
        source: AP_TUTORIAL_NETWORK,
        keywords: ['just a moment', 'just a moment screen', 'stuck on just a moment', 'please wait screen',
            'spinner at oobe', 'one moment please', 'just a moment spinning']
    },
    {
        id: 'error-oobe-update-reboot',
        kind: 'error',
        codes: [],
        title: 'Screen goes black or the device restarts during setup',
        short:
            'Yes, expected: once online, Windows checks for critical OOBE updates and installs them, restarting if ' +
            'needed. Devices also restart during the ESP when a policy or app requires it. Let it come back.',
        where: 'OOBE after the network connects; ESP Device setup',
        cause: 'Critical OOBE updates or a required restart during provisioning.',
        fix: ['Wait for it to come back to the same screen.', 'Do not power it off.',
            'If it loops or lands on a sign-in screen, see the autologon policy conflicts.'],
        escalate: 'Restart loop or a stop error: collect logs and escalate.',
        details: ['Windows 11 can also install a zero-day package (ZDP) before the ESP shows.'],
        related: ['error-policy-applocker-reboot', 'error-policy-autologon', 'esp-quality-updates'],
        source: AP_SELF_DEPLOYING + '; ' + INTUNE_ESP,
        keywords: ['went black', 'screen went black for a minute', 'restarted by itself', 'rebooted on its own',
            'black screen', 'is the reboot normal', 'restarted in the middle of the esp',
            'rebooted right after plugging in the network', 'restarted after plugging in the cable', 'restart as soon as it gets internet',
            'before any autopilot screen', 'zero-day update', 'oobe update', 'rebooted during the esp', 'is that normal',
            'is a reboot during the esp normal', 'rebooted in the middle of the esp', 'zdp', 'critical updates at oobe',
            'unexpected reboot after connecting', 'installing updates then restarted',
            'rebooted straight away once online', 'connected then it rebooted']
    }
];
