/**
 * Representative card data, written for the card tests and previews (independent of the real knowledge base).
 * `cardSamples` is every card in every variant worth looking at; `title` is text the rendered card must show.
 */
import type { Attachment } from 'botbuilder';
import type {
    ChecklistItem,
    ErrorEntry,
    EspDetailTips,
    FlowScreen,
    KnowledgeEntry,
    StepEntry
} from '../../src/knowledge/types';
import type { DeviceStatus } from '../../src/status/types';
import { answerCard, answerCardData } from '../../src/cards/answerCard';
import { getEntry } from '../../src/knowledge';
import { checklistCard, checklistCardData } from '../../src/cards/checklistCard';
import { conversationWording } from '../../src/cards/conversation';
import { errorCard, errorCardData } from '../../src/cards/errorCard';
import { espTipsCard, espTipsCardData } from '../../src/cards/espTipsCard';
import { flowCard, flowCardData } from '../../src/cards/flowCard';
import { helpCard, helpCardData } from '../../src/cards/helpCard';
import { longTextCard, longTextCardData } from '../../src/cards/longTextCard';
import { deviceNotFoundNotice, noticeCard } from '../../src/cards/noticeCard';
import { statusCard, statusCardData } from '../../src/cards/statusCard';
import { stepCard, stepCardData } from '../../src/cards/stepCard';
import { suggestionsCard, suggestionsCardData } from '../../src/cards/suggestionsCard';
import { welcomeCard } from '../../src/cards/welcomeCard';
import { assignSamples } from './assignFixtures';
import { escalationSamples } from './escalationFixtures';
import { monitorSamples } from './monitorFixtures';

/** A sentence repeated to make text that must wrap, not truncate. */
export function longText(sentence: string, times: number): string {
    return Array.from({ length: times }, () => sentence).join(' ');
}

export const espEntry: KnowledgeEntry = {
    id: 'esp-show-details',
    kind: 'esp',
    title: 'Show ESP details',
    short: 'The Enrollment Status Page hides the sub-steps of each phase until you open them.',
    details: [
        'Device preparation and Device setup run in the technician flow.',
        'Account setup waits for the user flow.',
        'The Apps line counts tracked apps, e.g. "(2 of 5) installed".'
    ],
    os: {
        win10: 'Select "Show details" next to a phase; "Hide details" closes it.',
        win11: 'Select the chevron ∨ next to a phase to expand it; ∧ collapses it.'
    },
    related: ['step-5', 'error-esp-timeout', 'flow-esp'],
    source: 'memdocs autopilot/tutorial/includes/tips-esp-progress.md',
    keywords: ['show details', 'chevron']
};

export const plainEntry: KnowledgeEntry = {
    id: 'overview-what',
    kind: 'overview',
    title: 'What pre-provisioning is',
    short: 'IT or a partner runs the device part of Autopilot before the device ships, so the user waits less.',
    details: [],
    related: [],
    source: 'memdocs autopilot/pre-provision.md',
    keywords: []
};

export const relatedEntries: Pick<KnowledgeEntry, 'id' | 'title'>[] = [
    { id: 'step-5', title: 'Configure and assign the ESP' },
    { id: 'error-esp-timeout', title: 'ESP timeout' },
    { id: 'flow-esp', title: 'ESP in the technician flow' },
    { id: 'logs-collect', title: 'Collect logs' }
];

export const firstStep: StepEntry = {
    id: 'step-1',
    kind: 'step',
    step: 1,
    title: 'Set up automatic Intune enrollment',
    short: 'Autopilot needs devices to enroll in Intune automatically when they join Microsoft Entra.',
    details: [],
    where: 'Azure portal > Microsoft Entra ID > Mobility (MDM and MAM) > Microsoft Intune',
    values: ['MDM user scope: All, or Some with groups of users'],
    pitfalls: ['Two MDM configurations in Entra block enrollment (0xC1036501).'],
    related: [],
    source: 'memdocs autopilot/tutorial/pre-provisioning/azure-ad-join-automatic-enrollment.md',
    keywords: []
};

export const middleStep: StepEntry = {
    ...firstStep,
    id: 'step-5',
    step: 5,
    title: 'Configure and assign the ESP',
    short: 'Create an Enrollment Status Page profile that shows progress and blocks the device until setup ends.',
    where: 'Intune admin center > Devices > Windows > Windows enrollment > Enrollment Status Page',
    values: [
        'Show app and profile configuration progress: Yes',
        'Error after (minutes): 60 by default; raise it for big app sets',
        'Assign to the Autopilot device group'
    ],
    pitfalls: [
        'Without progress shown, Reseal can appear before apps finish.',
        'A user-targeted ESP is ignored in the technician flow.'
    ],
    details: ['An ESP goes to groups, never straight to one device.']
};

export const lastStep: StepEntry = {
    ...firstStep,
    id: 'step-9',
    step: 9,
    title: 'User flow',
    short: 'The user powers on the resealed device, signs in, and Account setup runs.',
    where: '',
    values: [],
    pitfalls: ['Wait at least 90 minutes after Reseal before the user flow.']
};

export const longStep: StepEntry = {
    ...middleStep,
    id: 'step-6',
    step: 6,
    title: 'Create and assign the Autopilot deployment profile with pre-provisioned deployment allowed',
    short: longText('Create a Windows PC deployment profile, set it up for pre-provisioning and assign it.', 4),
    values: Array.from({ length: 8 }, (_, i) => `Setting ${i + 1}: ${longText('a value that matters here', 3)}`),
    pitfalls: Array.from({ length: 5 }, (_, i) => `Pitfall ${i + 1}: ${longText('easy to miss', 4)}`)
};

export const flowScreens: FlowScreen[] = [
    {
        order: 1,
        title: 'Press the Windows key five times',
        win10: 'At the first OOBE screen, do not sign in: press the Windows key five times.',
        win11: 'At the first OOBE screen, do not sign in: press the Windows key five times.',
        entryId: 'flow-win-key'
    },
    {
        order: 2,
        title: 'Choose pre-provisioning',
        win10: 'Select Windows Autopilot provisioning, then Continue.',
        win11: 'Select Pre-provision with Windows Autopilot, then Next.',
        entryId: 'flow-option'
    },
    {
        order: 3,
        title: 'Check the configuration screen',
        win10: 'Windows Autopilot Configuration: check organization, profile and user, then Provision.',
        win11: 'Pre-provision with Windows Autopilot: check organization, profile and user, then Next.',
        entryId: 'flow-config'
    },
    {
        order: 4,
        title: 'Result: Reseal or troubleshoot',
        win10: 'Success: press Reseal. Failure: View diagnostics for logs, then Retry or Reset.',
        win11: 'Success: press Reseal. Failure: Ctrl+Shift+D, Export Logs, then Retry or Reset.',
        entryId: 'flow-result'
    }
];

export const checklistItems: ChecklistItem[] = [
    {
        id: 'registered',
        label: 'Registered in Autopilot',
        why: 'Only registered devices get a profile.',
        intuneCheck: 'registered'
    },
    {
        id: 'profileAssigned',
        label: 'Profile status Assigned',
        why: 'Starting before assignment skips Autopilot.',
        intuneCheck: 'profileAssigned'
    },
    {
        id: 'preProvisioningAllowed',
        label: 'Pre-provisioned deployment allowed',
        why: 'Without it, Windows key ×5 shows no option.',
        intuneCheck: 'preProvisioningAllowed'
    },
    { id: 'espAssigned', label: 'ESP assigned to the device group', why: 'Without ESP, Reseal can come too early.' },
    {
        id: 'userAssigned',
        label: 'User assigned',
        why: 'Their device-context apps install now.',
        optional: true,
        intuneCheck: 'userAssigned'
    },
    { id: 'tpm', label: 'Physical device with TPM 2.0', why: 'Virtual machines cannot attest.' },
    { id: 'wired', label: 'Wired network plugged in', why: 'Wi-Fi adds region and keyboard screens.', optional: true }
];

export const espTips: EspDetailTips = {
    win10: {
        show: '"Show details" next to a phase',
        hide: '"Hide details" next to it',
        steps: ['Each phase lists its sub-steps and their state.', 'Apps shows "(2 of 5) installed" while it works.']
    },
    win11: {
        show: 'Chevron ∨ next to a phase',
        hide: 'Chevron ∧ to collapse it',
        steps: ['Each phase lists its sub-steps and their state.', 'Apps shows "(2 of 5) installed" while it works.']
    },
    phases: [
        { name: 'Device preparation', runsIn: 'technician', tracks: 'TPM, Entra join, Intune enrollment' },
        { name: 'Device setup', runsIn: 'both', tracks: 'Device policies, certificates, networks, apps' },
        { name: 'Account setup', runsIn: 'user', tracks: 'User policies, certificates, apps' }
    ]
};

export const timeoutError: ErrorEntry = {
    id: 'error-0x800705b4',
    kind: 'error',
    title: 'Timeout while securing the hardware',
    short: 'The device gave up waiting, usually for TPM attestation.',
    details: [],
    codes: ['0x800705B4'],
    where: 'Securing your hardware (Device preparation)',
    cause: 'No TPM 2.0 (e.g. a VM) or attestation timed out.',
    fix: [
        'Check the device is physical with TPM 2.0.',
        'Check the clock: Shift+F10, w32tm /resync /force.',
        'Update TPM and BIOS firmware from the OEM.',
        'Press Retry.'
    ],
    escalate: 'If it fails again after a firmware update and a retry.',
    related: ['logs-collect'],
    source: 'memdocs autopilot/troubleshooting-faq.md',
    keywords: []
};

export const symptomError: ErrorEntry = {
    ...timeoutError,
    id: 'error-another-install',
    title: 'Another installation is in progress',
    short: 'Two installers ran at once during Device setup.',
    codes: [],
    where: 'Device setup > Apps',
    cause: 'Win32 and LOB (MSI) apps are both targeted to the device.',
    fix: ['Ask the admin to convert the LOB app to Win32.', 'Reset the device and start again.'],
    escalate: 'Always: the app assignment must change in Intune.'
};

const checkedAt = '2025-11-28T14:05:09Z';

export const resealStatus: DeviceStatus = {
    serial: 'PF3X1234',
    verdict: 'readyToReseal',
    severity: 'good',
    headline: 'Ready to Reseal',
    explanation: 'Device preparation and Device setup succeeded.',
    nextAction: 'reseal',
    nextStep: 'Press Reseal on the device, then ship it.',
    device: {
        manufacturer: 'Lenovo',
        model: 'ThinkPad T14 Gen 4',
        groupTag: 'FIN-PP',
        assignedUser: 'ana.silva@contoso.com',
        os: 'win11',
        osVersion: '24H2',
        lastSync: '2025-11-28T13:58:00Z'
    },
    profile: {
        name: 'Contoso pre-provisioning',
        assignment: 'Assigned',
        preProvisioningAllowed: true,
        espName: 'Contoso ESP'
    },
    phases: [
        { name: 'Device preparation', state: 'success', minutes: 6 },
        { name: 'Device setup', state: 'success', minutes: 38 },
        { name: 'Account setup', state: 'notAttempted' }
    ],
    failures: [],
    elapsedMinutes: 44,
    ended: true,
    checkedAt
};

export const failedStatus: DeviceStatus = {
    ...resealStatus,
    serial: 'HP8Q0042',
    verdict: 'failed',
    severity: 'attention',
    headline: 'Failed in Device setup',
    explanation: 'Two apps failed to install, so the ESP stopped.',
    nextAction: 'retry',
    nextStep: 'Collect logs (View diagnostics), then Retry. If it fails again, escalate.',
    device: { ...resealStatus.device, manufacturer: 'HP', model: 'EliteBook 840 G10', os: 'win10', osVersion: '22H2' },
    phases: [
        { name: 'Device preparation', state: 'success', minutes: 5 },
        { name: 'Device setup', state: 'failure', minutes: 61 },
        { name: 'Account setup', state: 'notStarted' }
    ],
    // The failed run's own total: 4 min waiting before the ESP, then its phases (5 + 61).
    elapsedMinutes: 70,
    failures: [
        {
            name: 'Contoso VPN',
            kind: 'app',
            errorCode: '0x87D1041C',
            explanation: 'Installed, but Intune could not detect it.'
        },
        { name: 'Wi-Fi HQ', kind: 'policy' }
    ],
    errorCode: '0x87D1041C',
};

export const unassignedStatus: DeviceStatus = {
    serial: 'VM-0001',
    verdict: 'profileNotAssigned',
    severity: 'warning',
    headline: 'No Autopilot profile assigned',
    explanation: 'Intune knows the device but no deployment profile reached it.',
    nextAction: 'fixProfile',
    nextStep: 'Add the device to the Autopilot device group, wait for Assigned, then start.',
    device: {},
    profile: { assignment: 'Not assigned' },
    phases: [],
    failures: [],
    checkedAt
};

export const inProgressStatus: DeviceStatus = {
    ...failedStatus,
    serial: 'DL7Z9876ABCDEF',
    verdict: 'inProgress',
    severity: 'info',
    headline: 'Installing apps in Device setup',
    explanation: longText('Intune reports the deployment is running and apps are installing.', 3),
    nextAction: 'wait',
    nextStep: longText('Leave the device on the ESP and wait; I can watch it for you.', 2),
    device: { ...failedStatus.device, os: undefined, groupTag: undefined, lastSync: 'yesterday' },
    phases: [
        { name: 'Device preparation', state: 'success', minutes: 7 },
        { name: 'Device setup', state: 'inProgress', minutes: 23 },
        { name: 'Account setup', state: 'unknown' }
    ],
    failures: Array.from({ length: 4 }, (_, i) => ({
        name: `Line-of-business app ${i + 1} with a long name`,
        kind: 'app' as const,
        errorCode: '0x80070643',
        explanation: longText('The installer returned a fatal error.', 2)
    })),
    errorCode: undefined
};

export type CardName =
    | 'welcome'
    | 'help'
    | 'answer'
    | 'suggestions'
    | 'step'
    | 'flow'
    | 'checklist'
    | 'espTips'
    | 'error'
    | 'status'
    | 'notice'
    | 'helpdeskCase'
    | 'caseUpdate'
    | 'alert'
    | 'watchList'
    | 'caseHistory'
    | 'caseList'
    | 'assignStart'
    | 'assignChoose'
    | 'assignConfirm'
    | 'assignHistory';

export interface CardSample {
    /** File-safe; the first sample of each card is named after the card. */
    id: string;
    card: CardName;
    /** Text the rendered card must show. */
    title: string;
    attachment: Attachment;
}

/** `id` is `<card>` or `<card>-<variant>`. */
function sample(id: string, title: string, attachment: Attachment): CardSample {
    return { id, card: id.split('-')[0] as CardName, title, attachment };
}

const longEntry: KnowledgeEntry = {
    ...espEntry,
    title: 'Long answer',
    short: longText('A long first answer that must wrap on a phone.', 6),
    details: Array.from({ length: 10 }, (_, i) => `Detail ${i + 1}: ${longText('one more fact', 5)}`)
};

/** An entry citing three public pages: three source buttons side by side must fit a phone. */
const threeSourcesEntry: KnowledgeEntry = {
    ...espEntry,
    title: 'Three sources',
    source: 'memdocs autopilot/add-devices.md; memdocs autopilot/registration-overview.md; memdocs autopilot/partner-registration.md'
};

const deviceChecklistState = {
    serial: 'PF3X1234',
    ticks: { tpm: true, espAssigned: true, preProvisioningAllowed: true },
    intune: { registered: true, profileAssigned: true, preProvisioningAllowed: false }
};

export const cardSamples: CardSample[] = [
    sample('welcome', 'Autopilot pre-provisioning helper', welcomeCard(conversationWording('personal'))),
    sample('welcome-team', '@mention me', welcomeCard(conversationWording('channel'))),
    sample('help', 'What I can do', helpCard(helpCardData(conversationWording('personal'), ['PF3XYZ12', 'CZC2410A01']))),
    sample('help-chat', 'In a chat', helpCard(helpCardData(conversationWording('groupChat')))),
    sample('longText', 'Show more', longTextCard(longTextCardData(longText('An AI answer longer than one chat bubble, in paragraphs.', 120)))),
    sample('answer', espEntry.title, answerCard(answerCardData(espEntry, relatedEntries))),
    sample('answer-win11', 'chevron ∨', answerCard(answerCardData(espEntry, relatedEntries.slice(0, 1), 'win11'))),
    sample('answer-plain', plainEntry.title, answerCard(answerCardData(plainEntry, [], 'win10'))),
    sample('answer-long', longEntry.title, answerCard(answerCardData(longEntry, relatedEntries))),
    sample('answer-three-sources', threeSourcesEntry.title, answerCard(answerCardData(threeSourcesEntry, relatedEntries))),
    // Graph paths and enum values are long words without spaces: they must wrap on a phone, not run off the card.
    sample('answer-graph', 'Autopilot in Microsoft Graph', answerCard(answerCardData(getEntry('admin-graph-autopilot')!, relatedEntries))),
    sample('suggestions', 'Did you mean', suggestionsCard(suggestionsCardData("I'm not sure I understood. Did you mean one of these?", relatedEntries))),
    sample('suggestions-none', 'Try a tutorial step', suggestionsCard(suggestionsCardData("I'm not sure I understood. Try a tutorial step, an error code or a serial.", []))),
    sample(
        'suggestions-escalate',
        'your question about PF3X1234',
        suggestionsCard(suggestionsCardData("I'm not sure I understood. Did you mean one of these?", relatedEntries, { serial: 'PF3X1234', question: 'the screen says something odd' }))
    ),
    sample('step', middleStep.title, stepCard(stepCardData(middleStep))),
    sample('step-first', firstStep.title, stepCard(stepCardData(firstStep))),
    sample('step-last', 'Step 9 of 9', stepCard(stepCardData(lastStep))),
    sample('step-long', longStep.title, stepCard(stepCardData(longStep))),
    sample('flow', flowScreens[1].title, flowCard(flowCardData(flowScreens, 1))),
    sample('flow-first', 'Screen 1 of 4', flowCard(flowCardData(flowScreens, 0))),
    sample('flow-last', flowScreens[3].title, flowCard(flowCardData(flowScreens, 3))),
    sample('checklist', 'Device PF3X1234', checklistCard(checklistCardData(checklistItems, deviceChecklistState))),
    sample(
        'checklist-generic',
        'Pre-flight checklist',
        checklistCard(checklistCardData(checklistItems, { ticks: { tpm: true } }))
    ),
    sample('checklist-empty', '0 of 0 done', checklistCard(checklistCardData([]))),
    sample('espTips', 'Show or hide ESP details', espTipsCard(espTipsCardData(espTips))),
    sample('espTips-win10', 'runs Windows 10', espTipsCard(espTipsCardData(espTips, 'win10'))),
    sample('espTips-win11', 'runs Windows 11', espTipsCard(espTipsCardData(espTips, 'win11'))),
    sample(
        'error',
        'Error 0x800705B4',
        errorCard(errorCardData(timeoutError, { serial: 'PF3X1234', related: relatedEntries.slice(3) }))
    ),
    sample('error-symptom', symptomError.title, errorCard(errorCardData(symptomError))),
    // A real entry with details: the "Good to know" lines under the fix.
    sample('error-details', 'Good to know', errorCard(errorCardData(getEntry('error-registered-after-oobe-started') as ErrorEntry))),
    sample('status', 'Ready to Reseal', statusCard(statusCardData(resealStatus))),
    sample('status-failed', failedStatus.headline, statusCard(statusCardData(failedStatus))),
    sample('status-unassigned', unassignedStatus.headline, statusCard(statusCardData(unassignedStatus))),
    sample('status-long', inProgressStatus.headline, statusCard(statusCardData(inProgressStatus))),
    sample(
        'status-assigned',
        'Done: PF3X1234 is now assigned',
        statusCard(
            statusCardData(resealStatus, {
                watching: true,
                notice: {
                    text: 'Done: PF3X1234 is now assigned to Ana Silva (ana.silva@contoso.com). On the device, press **Refresh** on the configuration screen so it downloads the change.',
                    detail: "Assigning a user makes Intune install that user's device-targeted apps and policies during pre-provisioning and shows their name on the configuration screen."
                }
            })
        )
    ),
    sample('notice', 'Device not found', noticeCard(deviceNotFoundNotice('PF3X123', ['PF3X1234', 'PF3X1235']))),
    sample('notice-plain', 'Check the serial', noticeCard(deviceNotFoundNotice('ZZZ'))),
    ...escalationSamples(failedStatus).map(([id, title, attachment]) => sample(id, title, attachment)),
    ...assignSamples().map(([id, title, attachment]) => sample(id, title, attachment)),
    ...monitorSamples({ ready: resealStatus, failed: failedStatus, running: inProgressStatus }).map(([id, title, attachment]) => sample(id, title, attachment))
];
