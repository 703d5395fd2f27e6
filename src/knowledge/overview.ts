/** What pre-provisioning is and how it is split; the entry points a newcomer asks about first. */
import { AP_SELF_DEPLOYING, INTUNE_ESP } from './troubleshooting/sources';
import type { KnowledgeEntry } from './types';

const PRE_PROVISION = 'memdocs autopilot/pre-provision.md';
const WORKFLOW = 'memdocs autopilot/tutorial/pre-provisioning/azure-ad-join-workflow.md';

export const overviewEntries: KnowledgeEntry[] = [
    {
        id: 'overview-oobe',
        defines: ['OOBE', 'out of box experience'],
        kind: 'overview',
        title: 'What OOBE is',
        short:
            'OOBE (out-of-box experience) is the set of Windows setup screens a new or reset device shows before ' +
            'the desktop: region, keyboard, network, sign-in. Autopilot, and so the technician flow, runs during OOBE.',
        details: ['Shift+F10 opens a command prompt at any OOBE screen.'],
        related: ['flow-win-key', 'flow-extra-screens', 'tip-shift-f10'],
        source: 'memdocs autopilot/tutorial/includes/network-connectivity.md',
        keywords: ['out of box', 'setup screens', 'what is oobe']
    },
    {
        id: 'overview-what-is',
        defines: ['pre-provisioning', 'white glove', 'Autopilot pre-provisioning', 'pre-provisioned deployment'],
        kind: 'overview',
        title: 'What Autopilot pre-provisioning (white glove) is',
        short:
            'Pre-provisioning (the old name is "white glove") does Autopilot in two sittings. IT or a partner ' +
            'prepares the device first, the user finishes later and is working much faster at first sign-in.',
        details: [
            'The slow work aimed at the device (apps, certificates, policies) happens before the box reaches the user.',
            'During deployment the device joins Entra, enrolls in Intune, installs apps and gets policies such as ' +
                'BitLocker and Windows Hello for Business.',
            'Compliance is checked and the ESP keeps the device locked until its work is done.',
            'Downside: if the OEM or reseller cannot run the technician part, devices must pass through IT first.',
            'Microsoft now recommends cloud-native Entra join rather than hybrid join for new devices.'
        ],
        related: ['overview-two-flows', 'overview-nine-steps', 'overview-user-driven-first'],
        source: PRE_PROVISION,
        keywords: ['white glove', 'explain', 'introduction', 'purpose', 'why pay for it', 'worth paying for', 'what is the point',
            'why not let users run autopilot themselves', 'value of it', 'sell it to the customer',
            'benefit', 'why use', 'meaning', 'definition', 'concept', 'idea', 'why bother', 'what does it save',
            'advantage', 'worth it', 'old name', 'renamed']
    },
    {
        id: 'overview-two-flows',
        defines: ['technician flow vs user flow'],
        kind: 'overview',
        title: 'Technician flow vs user flow: who does what',
        short:
            'Technician flow: IT, the OEM or a reseller runs the device part of the ESP, then reseals and ships the ' +
            'device. User flow: the user signs in later and runs the user part.',
        details: [
            'Technician flow runs ESP Device preparation and Device setup (Step 8).',
            'User flow runs Account setup and runs Device setup again to pick up anything assigned since (Step 9).',
            'Resealing powers the device off, ready to ship.'
        ],
        related: ['step-8', 'step-9'],
        source: PRE_PROVISION,
        keywords: ['two phases', 'two parts', 'difference', 'split', 'stages',
            'partner', 'oem', 'reseller', 'roles', 'responsibility']
    },
    {
        id: 'overview-vs-user-driven',
        defines: ['user-driven vs pre-provisioning', 'pre-provisioning vs user-driven'],
        kind: 'overview',
        title: 'User-driven compared with pre-provisioning',
        short:
            'User-driven: the user unboxes the device and everything (join, enrollment, all apps and policies) ' +
            'happens at their desk after they sign in. Pre-provisioning: IT or a partner first runs the device part ' +
            'at the bench (Windows key five times) and reseals it; the user then only signs in for their own part, ' +
            'so their setup is far shorter.',
        details: ['Pre-provisioning adds TPM 2.0 attestation, so it needs a physical device with a TPM 2.0.'],
        related: ['overview-two-flows', 'overview-user-driven-first'],
        source: PRE_PROVISION,
        keywords: ['user-driven compared', 'versus user driven',
            'instead of user-driven', 'why not just user-driven']
    },
    {
        id: 'overview-user-driven-first',
        kind: 'overview',
        title: 'Get plain user-driven Entra join working first',
        short:
            'Pre-provisioning builds on user-driven Entra join. Microsoft advises testing plain user-driven join ' +
            'first: if that fails, pre-provisioning will fail too.',
        details: [
            'Self-deploying machinery (TPM attestation) is reused on top of it, which is why a TPM 2.0 is needed.',
            'Hybrid join has its own 11-step tutorial and is out of scope for this bot.'
        ],
        related: ['overview-what-is', 'req-tpm-physical'],
        source: PRE_PROVISION,
        keywords: ['prerequisite', 'baseline', 'test', 'before starting', 'user driven', 'recommendation', 'lab',
            'try user-driven first', 'does normal autopilot work']
    },
    {
        id: 'overview-what-installs',
        kind: 'overview',
        title: 'What installs during the technician flow',
        short:
            'All device-targeted policies, certificates and apps (Win32, LOB, Microsoft 365...). Win32 or LOB apps ' +
            'set to device context also install when assigned to the pre-assigned user. Other user-targeted apps ' +
            'and policies wait until the user signs in: they install in Account setup, in the user flow.',
        details: [
            'No user assigned: only device-targeted apps install.',
            'Other user-targeted policies and configuration profiles (OneDrive Known Folder Move, mail settings) ' +
                'wait for the user sign-in (user flow).',
            'Do not mix Win32 and LOB (MSI) apps on the same device: they clash on install.',
            'If mixing is unavoidable, Microsoft points to Autopilot device preparation, a different product.',
            'LAPS policy is not applied in the technician flow; it applies when the user part starts.',
            'Only apps assigned as Required install during the ESP; an app assigned as Available waits for the user to install it from Company Portal.'
        ],
        related: ['step-7', 'error-another-installation', 'userflow-laps'],
        source: `${PRE_PROVISION}; ${INTUNE_ESP}`,
        keywords: ['apps installed', 'technician phase', 'what gets installed', 'device context', 'user context',
            'policies applied', 'certificates', 'win32', 'lob', 'msi', 'device targeted', 'user targeted',
            'which apps install', 'app types', 'kind of apps', 'apps for users', 'user group apps',
            'apps assigned to users', 'user-targeted apps at the bench', 'installed at the bench',
            'before shipping', 'at first login', 'at first sign in', 'wait for the user', 'later at the user',
            'installed before delivery', 'bench or user', 'what does pre-assigning a user install',
            'which apps install during pre-provisioning', 'after the user logs in',
            'user apps missing after sign in', 'apps missing after the user signs in', 'assigned as available',
            'user-targeted config', 'user-targeted configuration profiles', 'user targeted policies apply',
            'when does user config land', 'during my part']
    },
    {
        id: 'overview-no-assigned-user',
        kind: 'overview',
        title: 'Pre-provisioning a device with no user assigned',
        short:
            'Yes, it works: assigning a user is optional. Without one, the technician flow installs only ' +
            'device-targeted apps, policies and certificates; everything targeted to users waits until the user ' +
            'signs in.',
        details: [
            'With a user assigned, that user\'s device-context Win32 and LOB apps install at the bench too.',
            'The configuration screen then shows no user; that is expected.',
            'First tests: leave the user out to keep the scope small.'
        ],
        related: ['overview-what-installs', 'step-7'],
        source: PRE_PROVISION,
        keywords: ['no user assigned', 'without a user', 'no assigned user', 'unassigned device', 'nobody assigned',
            'without user assignment', 'user optional', 'no user on the device', 'do i need to assign a user', 'user-assigned apps without a user']
    },
    {
        id: 'overview-nine-steps',
        defines: ['steps', 'the tutorial', 'all steps'],
        kind: 'overview',
        title: 'The 9 steps of the Entra join tutorial, in order',
        short:
            'In order: 1 automatic Intune enrollment (MDM user scope = All or Some), 2 allow users to join devices ' +
            'to Entra, 3 register the devices (hardware hash), 4 a device group, 5 the Enrollment Status Page (ESP) ' +
            'assigned to it, 6 the Autopilot profile with "Allow pre-provisioned deployment" = Yes, 7 assign a user ' +
            '(optional), 8 technician flow (Windows key five times), 9 user flow.',
        details: [
            'The tutorial is written for a lab but works in production.',
            'In production, creating the device group before registering devices often makes more sense.',
            'Doc typo: the user-flow page says "Step 8 of 9" and the technician page links "Step 8: User flow"; ' +
                'the user flow is Step 9.'
        ],
        related: ['step-1', 'step-8'],
        source: WORKFLOW,
        keywords: ['all steps', 'list of steps', 'tutorial', 'order', 'sequence', 'roadmap', 'summary', 'guide',
            'workflow', 'procedure', 'start to finish', 'whole process', 'high level', 'from scratch', 'end to end',
            'what are the steps', 'big picture', 'from zero', 'in what order', 'full list of steps', 'every step',
            'setup checklist', 'what do i configure first', 'first second third', 'order of setup']
    },
    {
        id: 'overview-win10-vs-win11',
        defines: ['windows 10 vs windows 11', 'differences between windows 10 and 11'],
        kind: 'overview',
        title: 'Windows 10 vs Windows 11 differences',
        short:
            'The flow is the same; labels differ. Windows 10 says "Windows Autopilot provisioning", Continue and ' +
            'Provision. Windows 11 says "Pre-provision with Windows Autopilot", Next and Next.',
        details: [
            'Config screen title: Win10 "Windows Autopilot Configuration", Win11 "Pre-provision with Windows ' +
                'Autopilot".',
            'QR code on the config screen: both. QR code on the result screen: Windows 10 only.',
            'Logs from the failure screen: Win10 View diagnostics; Win11 Ctrl+Shift+D then Export Logs.',
            'ESP details: Win10 "Show details"/"Hide details"; Win11 a chevron (∨ show, ∧ hide).',
            'User flow sign-in button: Win10 Next; Win11 Sign in.',
            'Autopilot diagnostics page: Windows 11 only; Windows 10 gets just a collect-logs button.',
            'ESP "Install Windows quality updates": Windows 11 only, and only in the user flow.',
            'Windows 11 only TPM error: 0x81039023, fixed by KB5013943 (May 2022).'
        ],
        os: {
            win10: 'Windows Autopilot provisioning > Continue > Provision; View diagnostics; Show details.',
            win11: 'Pre-provision with Windows Autopilot > Next > Next; Ctrl+Shift+D > Export Logs; chevron.'
        },
        related: ['flow-options-screen', 'flow-config-screen'],
        source: 'memdocs autopilot/tutorial/includes/technician-flow.md',
        keywords: ['windows 10', 'windows 11', 'compare', 'versus', 'differ', 'what changes', 'os version',
            'labels', 'wording', 'buttons']
    },
    {
        // Asked side by side with pre-provisioning, the other mode gets its one-line difference here (the scope
        // topic's comparison); its own set-up is declined.
        id: 'overview-vs-self-deploying',
        searchable: false,
        kind: 'overview',
        title: 'Self-deploying mode compared with pre-provisioning',
        short:
            'Self-deploying mode has no user: the device sets itself up for kiosks, signage or shared PCs and ends ' +
            'with no primary user. Pre-provisioning is for one person: a technician runs the device part ahead, the ' +
            'person signs in later to finish.',
        details: ['Setting up self-deploying mode is outside this bot: see Microsoft\'s self-deploying mode guide.'],
        related: ['overview-two-flows', 'req-tpm-physical'],
        source: `${AP_SELF_DEPLOYING}; ${PRE_PROVISION}`,
        keywords: ['self-deploying vs pre-provisioning', 'pre-provisioning or self-deploying']
    },
    {
        // The boundary with hybrid join: questions that touch it get the few facts that hold, then where to go.
        id: 'overview-hybrid-boundary',
        kind: 'overview',
        title: 'Entra join or hybrid join: what this bot covers',
        short:
            'This bot covers Entra join, which Microsoft recommends (cloud-native) for new devices. With hybrid join the ' +
            'technician flow does not need line of sight to a domain controller; the domain is contacted when the user ' +
            'unboxes the device, so the user flow needs a reachable domain controller.',
        details: [
            'Hybrid pre-provisioning has its own 11-step tutorial: the Intune Connector, the OU computer-account limit ' +
                'and a domain join profile are added.',
            'For hybrid specifics, follow that tutorial with the team that owns your domain and Intune Connector.',
            '0x80070774 during a hybrid deployment means the domain controller could not be reached.'
        ],
        related: ['overview-what-is', 'step-2'],
        source: PRE_PROVISION,
        keywords: ['hybrid or entra join', 'which join type', 'join type recommended', 'entra join vs hybrid',
            'line of sight', 'on-premises', 'cloud native', 'hybrid user flow']
    }
];
