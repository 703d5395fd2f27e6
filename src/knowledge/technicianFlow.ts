/** Step 8, screen by screen: one entry per screen or action, plus the ordered walkthrough for the card. */
import { INTUNE_ESP } from './troubleshooting/sources';
import type { FlowScreen, KnowledgeEntry } from './types';

const TECH_FLOW = 'memdocs autopilot/tutorial/includes/technician-flow.md';
const PRE_PROVISION = 'memdocs autopilot/pre-provision.md';

export const flowEntries: KnowledgeEntry[] = [
    {
        id: 'flow-connect-power-on',
        kind: 'flow',
        step: 8,
        title: 'Connect the network and power on',
        short:
            'Plug in the network cable if you have one, then power on. With a working network the device may ' +
            'reboot once for critical security updates, then Autopilot starts and downloads the profile.',
        details: [
            'Wired is preferred: Wi-Fi adds region, language and keyboard screens first.',
            'Already on the network screen? Plug the cable in there, then Next.'
        ],
        related: ['flow-extra-screens', 'req-network'],
        source: 'memdocs autopilot/tutorial/includes/network-connectivity.md',
        keywords: ['power on', 'turn on', 'boot', 'start the device', 'plug in', 'first boot', 'begin',
            'reboot for updates', 'critical updates', 'restart at start', 'rebooted right after powering on',
            'reboot before autopilot starts', 'is the first reboot normal']
    },
    {
        id: 'flow-extra-screens',
        kind: 'flow',
        step: 8,
        title: 'Region and keyboard screens although the profile hides them: no network yet',
        short:
            'The device had no network when OOBE started, so it had not downloaded the Autopilot profile yet: region ' +
            'and keyboard screens show even if the profile hides them, then "Let\'s connect you to a network". On ' +
            'Wi-Fi you always get them; wired avoids them.',
        details: [
            'Pick the region and keyboard, Skip the extra layout, connect, then Next (it stays greyed out until the ' +
                'device is online).',
            'The device may then reboot for updates before Autopilot starts.',
            'Depending on the profile, Language, Country/Region, Keyboard or License Terms screens can appear ' +
                'before the sign-in page.'
        ],
        related: ['flow-connect-power-on', 'flow-win-key', 'req-network'],
        source: 'memdocs autopilot/tutorial/includes/tips-technician-flow-screens.md',
        keywords: ['region', 'keyboard', 'language', 'country', 'layout', "let's connect you to a network",
            'no network', 'no internet', 'offline', 'license terms', 'eula', 'extra screens', 'wifi screen',
            'unexpected screens', 'locale', 'no network at the bench', 'profile hides them', 'hidden in the profile',
            'still asked for region and keyboard', 'region and keyboard shown anyway', 'profile hides region and keyboard',
            'even though the profile hides', 'profile should skip', 'shows anyway', 'on wifi', 'wifi only',
            'language screen', 'region screen', 'keyboard screen', 'still asked', 'was still asked', 'device still asked me', 'still show up', 'still prompted', 'hid language and keyboard',
            'showed those screens anyway', 'skips keyboard and region', 'asked for region', 'asks language and keyboard',
            'next greyed out on the network screen']
    },
    {
        id: 'flow-win-key',
        kind: 'flow',
        step: 8,
        title: 'Start pre-provisioning: press the Windows key five times at the sign-in page',
        short:
            'To enter pre-provisioning, wait for the Entra sign-in page but do not sign in or press Next. Press the ' +
            'Windows key five times: the "What would you like to do?" screen opens.',
        details: [
            'The pre-provisioning doc says the first OOBE screen works too, before Next (language, locale or sign-in page).',
            'Works the same on Windows 10 and Windows 11.'
        ],
        related: ['flow-options-screen', 'error-win-key-does-nothing', 'flow-extra-screens'],
        source: TECH_FLOW,
        keywords: ['hotkey', 'shortcut', 'key combination', 'key combo', 'keystroke', 'enter pre-provisioning mode', 'get into', 'access',
            'start technician flow', 'launch', 'do not sign in', 'how to start pre-provisioning', 'start white glove',
            'begin pre-provisioning', 'kick off', 'windows key trick', 'five presses', 'my own account',
            'start pre-provisioning mode', 'works on windows 10 and windows 11']
    },
    {
        id: 'flow-options-screen',
        defines: ['options screen', 'what would you like to do'],
        settings: ['What would you like to do'],
        kind: 'flow',
        step: 8,
        title: '"What would you like to do?" options screen',
        short:
            'After the Windows key five times, pick the pre-provisioning option. Windows 10: "Windows Autopilot ' +
            'provisioning", then select Continue. Windows 11: "Pre-provision with Windows Autopilot", then select Next.',
        details: ['If the option is missing, check "Allow pre-provisioned deployment" = Yes in the profile.'],
        os: {
            win10: 'Select "Windows Autopilot provisioning", then select Continue.',
            win11: 'Select "Pre-provision with Windows Autopilot", then select Next.'
        },
        related: ['flow-config-screen', 'flow-win-key'],
        source: TECH_FLOW,
        keywords: ['what would you like to do', 'options', 'menu', 'choose', 'pick', 'select option',
            'windows autopilot provisioning', 'pre-provision with windows autopilot', 'continue', 'which option',
            'after the windows key', 'what to pick next', 'list of choices', 'list of options', 'which one',
            'which button', 'after pressing the keys', 'pressed the keys', 'options after pressing',
            'options differ from the tutorial']
    },
    {
        id: 'flow-config-screen',
        defines: ['configuration screen', 'Windows Autopilot Configuration'],
        kind: 'flow',
        step: 8,
        title: 'Windows Autopilot Configuration screen: check org, profile, user and QR code',
        short:
            'This screen shows the organization name, the Autopilot profile, the assigned user (if any) and a QR ' +
            'code. Check them before you start. After a change in Intune (a user assigned, a group), press Refresh: ' +
            'no restart needed.',
        details: [
            'Title: "Windows Autopilot Configuration" on Windows 10, "Pre-provision with Windows Autopilot" on ' +
                'Windows 11.',
            'The QR code holds a unique device identifier (ZTD id): scan it to look the device up in Intune.',
            'All correct? To start, press Provision on Windows 10, press Next on Windows 11.',
            'Refresh downloads the profile details again, e.g. after Assign user in Intune or the companion app, or ' +
                'once a device that was not in the group yet shows Profile status = Assigned.',
            'No user shown: fine, a user is optional (without one only device-targeted apps install). Wrong profile, or a user ' +
                'you assigned missing? Fix it in Intune, then Refresh, or restart (Shift+F10, shutdown /r /t 0) and start ' +
                'again with the Windows key.'
        ],
        os: {
            win10: 'Title "Windows Autopilot Configuration"; Refresh button re-downloads the profile.',
            win11: 'Title "Pre-provision with Windows Autopilot"; same details and QR code. The pre-provisioning ' +
                'page (Windows 10 and 11) names a Refresh button to download the profile again; or restart.'
        },
        related: ['flow-provision', 'tip-qr-companion-app', 'step-7'],
        source: PRE_PROVISION,
        keywords: ['windows autopilot configuration', 'configuration screen', 'config page', 'organization name',
            'profile name', 'assigned user', 'refresh', 'wrong profile', 'wrong user', 'verify details',
            'check details', 'ztd id', 'what is that screen called', 'name of the screen',
            'screen showing org and profile', 'screen before provision', 'user assigned while on the screen',
            'assigned a user while it waits', 'do i need to restart', 'without restarting', 'pick up the user',
            'user not shown yet', 'update the screen', 'fixed the user in intune']
    },
    {
        id: 'flow-provision',
        kind: 'flow',
        step: 8,
        title: 'Provision (Win 10) or Next (Win 11): the last press before the ESP',
        short:
            'When the configuration screen is right, press its button (below). The device may reboot, then the ESP ' +
            'appears and the technician flow runs on its own until the result screen.',
        details: ['With a device name template in the profile, an Entra joined device is renamed at this point; that is the restart you see.'],
        os: { win10: 'Press Provision.', win11: 'Press Next.' },
        related: ['flow-esp', 'flow-config-screen'],
        source: TECH_FLOW,
        keywords: ['provision button', 'what happens next', 'next button', 'after the configuration screen',
            'last button']
    },
    {
        id: 'flow-esp',
        kind: 'flow',
        step: 8,
        title: 'ESP phases during the technician flow',
        short:
            'During pre-provisioning only the device phases run: Device preparation, then Device setup. Account ' +
            'setup waits for the user flow.',
        details: [
            'Device preparation: Securing your hardware, Joining your organization\'s network, Registering your ' +
                'device for mobile management.',
            'Device setup: security policies, certificates, network connections, and apps in device context ' +
                '(Win32, per-machine MSI) targeted to the device.',
            'The ESP error timeout is 60 minutes by default.'
        ],
        os: {
            win10: 'Use "Show details" / "Hide details" next to a phase.',
            win11: 'Use the chevron: ∨ to expand, ∧ to collapse.'
        },
        related: ['esp-overview', 'esp-device-setup', 'esp-show-details'],
        source: TECH_FLOW,
        keywords: ['progress', 'phases running', 'device preparation', 'device setup', 'account setup skipped',
            'what runs', 'during provisioning', 'waiting', 'progress screen', 'account setup never shows',
            'how many stages', 'stages of the esp',
            // Which part runs where: at the bench (device phases) or later (account setup). No audience word here: the
            // entry's keywords set its facets, and this card is the technician's.
            'which parts run at the bench', 'which phases happen at the bench and which later', 'what runs at the bench']
    },
    {
        id: 'flow-success-reseal',
        defines: ['reseal', 'reseal button'],
        kind: 'flow',
        step: 8,
        title: 'Success screen and Reseal',
        short:
            'Success (the "green screen" in older docs) shows the organization name, the Autopilot profile, the ' +
            'assigned user (if any) and the elapsed time: what a screenshot for the ticket should hold. Press ' +
            'Reseal: the device shuts down, ready to ship.',
        details: [
            'The QR code shows on this screen on Windows 10 only: the device\'s identifier.',
            'Outside testing, do not power it back on: the user runs the user flow.'
        ],
        os: {
            win10: 'Success screen with QR code and elapsed time; press Reseal.',
            win11: 'Success screen without QR code; shows elapsed time; press Reseal.'
        },
        related: ['flow-after-reseal', 'flow-success-caveat'],
        source: TECH_FLOW,
        keywords: ['green screen', 'reseal button', 'completed', 'done', 'finished', 'it worked', 'passed',
            'success screen', 'success page', 'what is on the success screen', 'what does the success screen show',
            'end screen', 'screen at the end', 'final screen', 'completion screen', 'screenshot for the ticket',
            'elapsed time', 'what to note before reseal']
    },
    {
        id: 'flow-failure',
        kind: 'flow',
        step: 8,
        title: 'Failure screen: save the logs (View diagnostics / Export Logs)',
        short:
            'Failure (the "red screen" in older docs) shows the error plus org, profile, user and elapsed time. ' +
            'Note the error code and save the logs first, before Retry or Reset: Reset wipes the device.',
        details: [
            'Windows 10: press "View diagnostics".',
            'Windows 11: press Ctrl+Shift+D, then "Export Logs".',
            'Any version: Shift+F10, then mdmdiagnosticstool.exe -area Autopilot;TPM -cab c:\\autopilot.cab',
            'The QR code shows on this screen on Windows 10 only: the device\'s identifier.'
        ],
        os: {
            win10: 'View diagnostics; QR code shown.',
            win11: 'Ctrl+Shift+D, then Export Logs; no QR code.'
        },
        related: ['flow-retry-reset', 'logs-collect'],
        source: TECH_FLOW,
        keywords: ['red screen', 'red', 'failed', 'failure', 'error screen', 'went red', 'broke',
            'view diagnostics', 'ctrl shift d', 'export logs', 'something went wrong screen',
            'red screen after device setup', 'buttons on the red screen', 'what can I press on the failure screen',
            'options on the error screen', 'red screen during the esp', 'failed screen at the end',
            'what does the error screen show', 'ticket template', 'what is on the failure screen',
            'got a red screen what now', 'red screen what do i do']
    },
    {
        id: 'flow-retry-reset',
        defines: ['retry', 'retry or reset'],
        kind: 'flow',
        step: 8,
        title: 'Retry or Reset after a failure',
        short:
            'Retry tries again, for a cause that is quick to fix (for example the network). Reset wipes the device ' +
            'and starts over from the beginning (OOBE): use it when the cause cannot be fixed quickly.',
        details: [
            'Save the logs before either choice.',
            'Microsoft sets no limit on Retry, but it only helps once the cause is fixed: the same failure twice ' +
                'means Reset or escalate.',
            'Known issue: after a Reset that followed an ESP failure, TPM attestation may fail on the next try.',
            'In the user flow the user gets Reset only when the ESP\'s "Allow users to reset device if installation error occurs" = Yes.'
        ],
        related: ['flow-failure', 'error-attestation-after-reset'],
        source: TECH_FLOW,
        keywords: ['retry', 'reset', 'try again', 'start over', 'which button', 'redo', 'retry or reset',
            'wipe', 'reattempt', 'retry after failure', 'try again after it failed', 'reset button',
            'what does reset do', 'reset on the failure screen', 'what happens when i press reset',
            'how many times can i retry', 'retry limit', 'how often retry', 'keep pressing retry',
            'retry again and again', 'max retries']
    },
    {
        id: 'flow-interrupted',
        kind: 'flow',
        step: 8,
        title: 'Power or network lost in the middle of the technician flow',
        short:
            'Restore power or the cable and switch it on again. Back on the ESP: let it carry on (Device setup ' +
            'survives restarts). Red failure screen: save the logs, then Retry. Stuck, looping or at a normal ' +
            'sign-in screen: Reset and run the technician flow again.',
        details: [
            'A network drop alone often recovers once the cable is back; the ESP timeout keeps counting meanwhile.',
            'If it had already enrolled, delete its Intune device record before the new run, or it is blocked.',
            'Plug the charger in and use a cable for the whole technician flow.'
        ],
        related: ['flow-retry-reset', 'flow-failure'],
        source: `${PRE_PROVISION}; ${INTUNE_ESP}`,
        keywords: ['someone unplugged it', 'unplugged', 'power cut', 'power loss', 'power outage', 'lost power',
            'battery died', 'battery ran out', 'switched off', 'turned off mid', 'cable pulled out', 'cable fell out',
            'network dropped', 'lost network', 'wifi dropped', 'interrupted', 'halfway', 'mid provisioning',
            'pulled the plug', 'hard reboot', 'forced restart', 'while it was setting up', 'while provisioning',
            'someone rebooted it', 'restarted it by hand', 'turned it off during device setup']
    },
    {
        id: 'flow-success-caveat',
        kind: 'flow',
        step: 8,
        title: 'Success or Reseal within minutes and apps missing: enable the ESP',
        short:
            'Enable the ESP for pre-provisioning: an ESP profile must be assigned to the device with "Show app and ' +
            'profile configuration progress" = Yes. With the ESP off, Reseal shows after a few minutes, before apps ' +
            'and settings install: the success screen only proves enrollment. Never disable it.',
        details: [
            'The technician flow inherits self-deploying behaviour, which relies on the ESP to hold the device.',
            'Admin: turn the ESP on (Step 5), add the apps to wait for as blocking apps, then Reset and run again.',
            'Success with some apps missing but the ESP on: those apps were not blocking or are user-targeted (those ' +
                'install when the user signs in).'
        ],
        related: ['step-5', 'esp-show-progress', 'flow-success-reseal'],
        source: 'memdocs autopilot/tutorial/includes/tips-technician-flow-inherit.md; memdocs autopilot/pre-provision.md',
        keywords: ['turned off the esp', 'esp to make it faster', 'reseal comes very fast', 'reseal comes fast', 'reseal comes too fast', 'reseal too early', 'apps missing after success', 'not all apps installed', 'esp disabled',
            'esp is off', 'esp off', 'no esp', 'without esp', 'turn off esp', 'skip esp', 'incomplete',
            'premature', 'finished too fast', 'apps not there', 'reseal after a few minutes', 'reseal straight away',
            'reseal immediately', 'reseal right away', 'nothing installed', 'nothing got installed', 'no apps at all',
            'done in minutes', 'too quick', 'enable the esp', 'disabled the esp',
            'reseal shows instantly', 'success but apps missing']
    },
    {
        id: 'flow-after-reseal',
        kind: 'flow',
        step: 8,
        title: 'After Reseal: ship it',
        short:
            'Reseal shuts the device down (it powers off, it does not restart). Ship it as it is: no wipe, and ' +
            'outside testing do not turn it back on. The user runs the user flow (Step 9).',
        details: [
            'At the user, Device setup runs again for new assignments, then Account setup runs.',
            'Switched it on again by mistake? Nothing is broken: it waits at the start of the user flow (the sign-in page). Do not sign in; power it off and ship it: the user flow is what the user gets next.',
            'The user flow should start at least 90 minutes after the technician flow and within 6 months.'
        ],
        related: ['step-9', 'userflow-wait-90-minutes'],
        source: TECH_FLOW,
        keywords: ['after reseal', 'resealed', 'ship', 'deliver', 'hand over', 'power back on', 'box it',
            'send to user', 'what next', 'shut down', 'turned off', 'what to do with the device after it shuts down',
            'wipe before shipping', 'reset before shipping', 'boot it to check']
    }
];

/** The walkthrough card, in screen order, with each OS's wording side by side. */
export const technicianFlow: FlowScreen[] = [
    {
        order: 1,
        title: 'Connect and power on',
        win10: 'Plug in Ethernet if you can, then power on. It may reboot once for critical updates.',
        win11: 'Plug in Ethernet if you can, then power on. It may reboot once for critical updates.',
        entryId: 'flow-connect-power-on'
    },
    {
        order: 2,
        title: 'OOBE screens before sign-in',
        win10: 'No network: region, keyboard, extra layout (Skip), then "Let\'s connect you to a network".',
        win11: 'No network: region, keyboard, extra layout (Skip), then "Let\'s connect you to a network".',
        entryId: 'flow-extra-screens'
    },
    {
        order: 3,
        title: 'Windows key five times',
        win10: 'At the sign-in page, do not sign in. Press the Windows key five times.',
        win11: 'At the sign-in page, do not sign in. Press the Windows key five times.',
        entryId: 'flow-win-key'
    },
    {
        order: 4,
        title: 'What would you like to do?',
        win10: 'Select "Windows Autopilot provisioning", then select Continue.',
        win11: 'Select "Pre-provision with Windows Autopilot", then select Next.',
        entryId: 'flow-options-screen'
    },
    {
        order: 5,
        title: 'Check the configuration',
        win10: '"Windows Autopilot Configuration": org, profile, user, QR code. Changed something? Refresh.',
        win11: '"Pre-provision with Windows Autopilot": org, profile, user, QR code. Changed something? Refresh.',
        entryId: 'flow-config-screen'
    },
    {
        order: 6,
        title: 'Start provisioning',
        win10: 'Press Provision. The device may reboot.',
        win11: 'Press Next. The device may reboot.',
        entryId: 'flow-provision'
    },
    {
        order: 7,
        title: 'ESP: device phases',
        win10: 'Device preparation, then Device setup. "Show details" / "Hide details" to follow.',
        win11: 'Device preparation, then Device setup. Chevron ∨ to expand, ∧ to collapse.',
        entryId: 'flow-esp'
    },
    {
        order: 8,
        title: 'Success: Reseal',
        win10: 'Success screen with QR code and elapsed time. Press Reseal: it shuts down.',
        win11: 'Success screen (no QR code) with elapsed time. Press Reseal: it shuts down.',
        entryId: 'flow-success-reseal'
    },
    {
        order: 9,
        title: 'Failure: logs, then Retry or Reset',
        win10: 'Note the code. View diagnostics to save logs. Then Retry or Reset.',
        win11: 'Note the code. Ctrl+Shift+D, then Export Logs. Then Retry or Reset.',
        entryId: 'flow-failure'
    },
    {
        order: 10,
        title: 'After Reseal',
        win10: 'Do not power it on again. Ship it: the user runs the user flow.',
        win11: 'Do not power it on again. Ship it: the user runs the user flow.',
        entryId: 'flow-after-reseal'
    }
];
