/** Step 9 details: what the user sees after a pre-provisioned device is delivered, and its timing rules. */
import type { KnowledgeEntry } from './types';

const PRE_PROVISION = 'memdocs autopilot/pre-provision.md';
const USER_FLOW = 'memdocs autopilot/tutorial/pre-provisioning/azure-ad-join-user-flow.md';

export const userFlowEntries: KnowledgeEntry[] = [
    {
        id: 'userflow-sign-in',
        kind: 'userFlow',
        step: 9,
        title: 'User flow sign-in page',
        short:
            'The user powers on and gets the Entra sign-in page and enters their work credentials, then MFA if ' +
            'required. With an assigned user the user name is already filled in: they type only their password.',
        details: [
            'With a network the device may first reboot for critical updates.',
            'Without a network OOBE first asks for region, keyboard and a network.',
            'The pre-filled user name only comes on devices from makers enabled for it (Dell, Dynabook, HP, Lenovo, ' +
                'Microsoft Surface); elsewhere the user types the full user name.',
            'A Temporary Access Pass works at this sign-in for a user without a password yet.'
        ],
        os: {
            win10: 'After entering the credentials, select Next.',
            win11: 'After entering the credentials, select Sign in.'
        },
        related: ['userflow-esp', 'step-9', 'error-entra-sign-in-missing'],
        source: `${USER_FLOW}; memdocs autopilot/faq.yml; memdocs autopilot/windows-autopilot-whats-new.md`,
        keywords: ['user sign in', 'credentials', 'username', 'mfa', 'authenticator app', 'work account', 'login page', 'next button',
            'sign in button', 'user logs in', 'prefilled', 'after the password', 'after typing their password',
            'what does the user press', 'what does the user click', 'what does the user type',
            'pre-assigned user signs in', 'only the password', 'temporary access pass', 'no longer prefilled',
            'used to be prefilled']
    },
    {
        id: 'userflow-what-user-does',
        kind: 'userFlow',
        step: 9,
        title: 'After Reseal: the end user signs in, waits for the ESP, gets the desktop',
        short:
            'The user powers it on (on Wi-Fi they get region, keyboard and network screens before it) and signs in with ' +
            'their work account (and MFA) on the Entra sign-in page. The ESP then runs Device setup again and Account ' +
            'setup; when it ends, the desktop appears. Nothing else is theirs to do.',
        details: [
            'They never press the Windows key, Provision or Reseal, and never see the green success screen: those ' +
                'belong to the technician flow.',
            'Device preparation (Securing your hardware, joining, registering) does not run again.'
        ],
        related: ['userflow-esp', 'userflow-what-user-needs'],
        source: USER_FLOW,
        keywords: ['what does the user do', 'what does the end user have to do', 'after the technician is done',
            'after the tech is done', 'when the user powers it on', 'what does the user see', 'user turns it on',
            'user side', 'does the user see the green screen', 'user success screen',
            'green screen for the user', 'what happens when the user gets it', 'user receives the device',
            'handed to the user', 'user experience after reseal', 'what will the user see', 'steps for the user',
            'what does the user need to do', 'when they get the device',
            'user supposed to do', 'user powers on after reseal', 'what happens after the user signs in',
            'user at home', 'what will she see', 'when she opens it', 'what must the user do after pre-provisioning']
    },
    {
        id: 'userflow-esp',
        kind: 'userFlow',
        step: 9,
        title: 'Does the user see the ESP? What it runs in the user flow',
        short:
            'Yes, the user sees the ESP too. Device preparation does not run again (it already ran in the technician flow); Device setup runs again for ' +
            'anything newly assigned to the device; Account setup (user ESP) installs their user-targeted apps and ' +
            'policies. Then the desktop appears.',
        details: [
            'That is why the first sign-in still takes a while, even on a pre-provisioned device.',
            'A Privacy screen may show when Account setup starts, depending on the profile.'
        ],
        related: ['esp-account-setup', 'esp-overview'],
        source: USER_FLOW,
        keywords: ['user flow esp', 'rerun', 'runs again', 'device setup again', 'new assignments', 'desktop',
            'privacy screen', 'what happens at the user', 'does the user see the esp', 'esp for the user', 'user gets the esp too', 'esp',
            'user sees the status page', 'user-targeted apps', 'user apps install', 'device setup again',
            'device setup a second time', 'which phases again', 'ran a second time', 'ran twice', 'ran again at first sign-in',
            'phases they sit again', 'device preparation again', 'securing your hardware again', 'tpm part again',
            'first login slow', 'first sign-in slow']
    },
    {
        id: 'userflow-assigned-after-reseal',
        kind: 'userFlow',
        step: 9,
        title: 'Apps and policies assigned after Reseal: installed in the user flow',
        short:
            'Yes, they still install: when the user signs in, the device ESP (Device setup) runs again and installs ' +
            'what was assigned to the device after the technician flow, then Account setup installs the user\'s.',
        details: ['No new technician flow is needed; the user flow just takes longer.'],
        related: ['userflow-esp', 'overview-what-installs'],
        source: PRE_PROVISION,
        keywords: ['added after reseal', 'assigned after reseal', 'new apps after reseal', 'apps added later',
            'will they still install', 'added to the group after reseal', 'policy added after reseal']
    },
    {
        id: 'userflow-privacy-screen',
        kind: 'userFlow',
        step: 9,
        title: 'Privacy settings screen for the user when Account setup begins',
        short:
            'Expected when the deployment profile shows privacy settings: the user makes their choices and ' +
            'continues. To hide it, the admin sets "Privacy settings" = Hide in the Autopilot deployment profile ' +
            '(Step 6), as the tutorial recommends.',
        details: ['A profile change reaches a device that already enrolled only after it is reset.'],
        related: ['step-6', 'userflow-esp'],
        source: 'memdocs autopilot/tutorial/pre-provisioning/azure-ad-join-autopilot-profile.md',
        keywords: ['privacy settings screen', 'privacy page', 'privacy choices', 'hide privacy settings',
            'diagnostic data screen', 'privacy screen for the user']
    },
    {
        id: 'userflow-what-user-needs',
        kind: 'userFlow',
        step: 9,
        title: 'What the user needs to finish setup: internet access and a work account',
        short:
            'Internet access is always required for the user flow: a cable, or any Wi-Fi picked on the network ' +
            'screen. The user also needs their work account and password (and MFA if asked), then waits for Account setup.',
        details: [
            'Without a cable, OOBE first asks for region and keyboard, then "Let\'s connect you to a network": expected, ' +
                'even where the profile hides those screens, because the device has no network to download it yet.',
            'Hybrid join only: the device must also reach a domain controller.'
        ],
        related: ['userflow-sign-in', 'userflow-esp'],
        source: PRE_PROVISION,
        keywords: ['what does the user need', 'user needs internet', 'internet when the user starts it', 'setup at home',
            'home network', 'does the user need wifi', 'user needs a network', 'requirements for the user',
            'offline at the user', 'user has no internet', 'user on wifi', 'no cable needed', 'asked for country and keyboard',
            'region and keyboard at the user', 'screens without a network']
    },
    {
        id: 'userflow-wait-90-minutes',
        kind: 'userFlow',
        step: 9,
        title: 'Wait at least 90 minutes before the user flow',
        short:
            'Let at least 90 minutes pass between the technician flow and the user flow, because of a token ' +
            'refresh: the tokens must be refreshed properly in between. It mostly bites in lab tests.',
        details: ['In a lab, plan the user test for later rather than straight after Reseal.',
            'At the other end, no more than 6 months should pass before the user starts.'],
        related: ['userflow-six-months', 'flow-after-reseal'],
        source: PRE_PROVISION,
        keywords: ['min after reseal', 'minutes after reseal', 'soon after reseal', 'switched on after reseal', 'turned on after reseal', 'powered on after reseal', '90 minutes', 'wait', 'how soon', 'how long', 'right away', 'immediately', 'token refresh',
            'same day', 'test straight after', 'delay before user', 'hour and a half',
            'how long after the technician flow', 'how soon can the user start', 'courier it the same day',
            'how long after reseal can the user sign in',
            'ship it the same day']
    },
    {
        id: 'userflow-six-months',
        kind: 'userFlow',
        step: 9,
        title: 'Run the user flow within 6 months',
        short:
            'Start the user flow within 6 months of the technician flow. After that the Intune Management Extension ' +
            'certificates may be invalid and app detection fails.',
        details: [
            'Typical log line: "[Win32App][DetectionActionHandler] Detection for policy with id: <id> resulted in ' +
                'action status: Failed and detection state: NotComputed".',
            'Plan deliveries so devices do not sit in stock longer than that.'
        ],
        related: ['error-ime-detection-notcomputed', 'req-reuse-device'],
        source: PRE_PROVISION,
        keywords: ['months later', 'handed out months later', '6 months', 'six months', 'storage', 'shelf', 'stock', 'how long can it sit', 'expire',
            'old device', 'warehouse', 'maximum time', 'months', 'long before delivery', 'delivered months later',
            'shipped months later', 'time limit', 'gap between technician and user', 'how long can i wait',
            'sit in inventory', 'stockpile', 'prestage', 'in advance', 'ahead of time', 'certificates expire',
            'any limit', 'shelf life', 'stored', 'how long can it wait', 'how long can a resealed device wait',
            'wait before the user gets it', 'hand out later', 'months later']
    },
    {
        id: 'userflow-compliance-reset',
        kind: 'userFlow',
        step: 9,
        title: 'Compliance resets in the user flow',
        short:
            'Entra compliance is reset during the user flow. A device that looked compliant after the technician ' +
            'flow can show non-compliant when the user starts. Give it time to re-evaluate.',
        details: ['This matters for Conditional Access policies that require a compliant device.'],
        related: ['error-non-compliant-user-flow', 'step-9'],
        source: PRE_PROVISION,
        keywords: ['compliance', 'compliant', 'conditional access', 'ca policy', 're-evaluate', 'reset by design',
            'compliance state']
    },
    {
        id: 'userflow-laps',
        kind: 'userFlow',
        step: 9,
        title: 'LAPS missing after the technician flow: it applies only in the user flow',
        short:
            'The LAPS policy is not applied during the technician flow, so after Reseal Intune has no LAPS password ' +
            'for the device yet. The policy applies when the user flow starts; the password is backed up after that.',
        details: [
            'Right after Reseal, LAPS does not manage the device yet: a pre-provisioned device has no local admin password in Intune before its user flow.',
            'LAPS must also be enabled in Entra (Devices > Device settings) for the backup to Entra ID to work.'
        ],
        related: ['overview-what-installs', 'step-9'],
        source: 'memdocs autopilot/known-issues.md',
        keywords: ['laps', 'local admin', 'local administrator', 'windows laps',
            'admin account', 'laps password', 'password not in intune', 'no laps password', 'backed up', 'backup',
            'local admin password missing', 'local admin password', 'local administrator password']
    }
];
