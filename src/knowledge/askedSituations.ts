/**
 * Situations whose words belong to other cards, read as a whole: the technician at the sign-in page asking whether to
 * sign in (an "admin account" there is theirs, not the user account type) or still press the Windows key with the user
 * name filled in; the end user's side after they enter their password (not a Conditional Access problem); a follow-up
 * that sees the error just answered on another Windows release ("also on w10 22h2, same KB?"). Each rule is narrow: it
 * needs the place, the person and the kind of question together. A problem report is one only where the situation is
 * the whole answer (the clock wrong, the flow failed and asked to run again, the failure screen asked what now); a code
 * named beside it always goes to the code's card. Pure.
 */
import { findErrorCodes } from '../domain/errorCodes';
import { END_USER_AT_SETUP } from './endUserAtSetup';
import type { Facets } from './facets';
import { PatternGates } from './literalGate';
import type { KnowledgeEntry } from './types';

/** The entries these situations answer with. */
export const SITUATION_ENTRIES = {
    /** The Windows key five times, never signing in: whatever account they thought of, and with the user name filled in. */
    technicianAtSignIn: 'flow-win-key',
    /** The options after the Windows key five times, on screen now: which one to pick. */
    technicianAtOptions: 'flow-options-screen',
    userAfterPassword: 'userflow-what-user-does',
    /** The user flow tried straight after the technician flow ("test the user sign-in right after Reseal, ok?"). */
    userFlowTooSoon: 'userflow-wait-90-minutes',
    /** How long to leave between finishing the devices and the users' first sign-in: the 90-minute minimum. */
    gapBeforeUsers: 'userflow-wait-90-minutes',
    /** The longest the finished devices may wait for their users: six months. */
    longestBeforeUsers: 'userflow-six-months',
    /** The first thing the end user meets after Reseal (region, keyboard and network on Wi-Fi, then the sign-in). */
    userSeesFirst: 'userflow-what-user-does',
    /** Whether the user's part of the ESP (Account setup) counts at the bench: it runs only in the user flow. */
    userEspAtBench: 'esp-account-setup',
    /** A restart at the bench that lands on a sign-in prompt: autologon across ESP restarts was broken by a policy. */
    signInAfterRestartAtBench: 'error-policy-autologon',
    /** The failure screen, asked what to do now: save the logs first, then Retry or Reset. */
    technicianAtFailureScreen: 'flow-failure',
    /** The failure screen's choices: which one to press. */
    technicianAtFailureChoices: 'flow-retry-reset',
    /** Reseal pressed, the device off: what now, can it ship, did it die? */
    afterReseal: 'flow-after-reseal',
    /** A device that went through the technician flow before, asked to go through it again: delete its Intune record. */
    runAgain: 'req-reuse-device',
    /** The end user meeting the ESP again, or waiting at first sign-in after the bench: the user flow's ESP. */
    userMeetsEsp: 'userflow-esp',
    /** No user assigned, asked which apps install: only the device-targeted ones. */
    appsWithoutUser: 'overview-no-assigned-user',
    /** The device's clock wrong, or set right from OOBE: attestation and the ESP depend on it. */
    clockWrong: 'error-clock-skew',
    /** What must hold in Intune before a device starts the technician flow: its profile assigned, with a date. */
    readyToStart: 'admin-profile-status',
    /** Letting users join devices to Entra, where it is set or whether it is needed: Step 2. */
    usersMayJoin: 'step-2',
    /** Whether a reseller, OEM or partner can do the bench part: yes, the technician flow is theirs to run too. */
    partnerRunsIt: 'overview-two-flows',
    /** Which devices went through setup and whether it worked: the admin reports. */
    deploymentsReport: 'logs-admin-reports',
    /** How Windows decides it is online during setup: the connectivity check (NCSI). */
    internetCheck: 'req-network-ncsi',
    /** A device group built from a group tag: the dynamic rules card ([OrderID]). */
    groupFromTag: 'admin-dynamic-group-rules',
    /** A card, badge or smart card to sign in at first setup: not supported during OOBE. */
    cardSignInAtSetup: 'req-no-smart-card-at-oobe',
    /** The user's password asked for the bench part: the technician needs no account; the Windows key five times starts it. */
    userPasswordAtBench: 'tip-technician-no-account',
    /** The logs' CAB file to read: the Get-AutopilotDiagnostics script. */
    readTheCab: 'logs-analyze-cab',
    /** The Windows key's setting by its old name ("the white glove box on the profile"): Allow pre-provisioned deployment. */
    whiteGloveSetting: 'admin-allow-pre-provisioned',
    /** The technician flow tried on a virtual machine, asked before anything failed: not supported (TPM attestation). */
    onAVirtualMachine: 'error-virtual-machine',
    /** The setting that keeps the device from being used until apps are in: "Block device use until…". */
    blockDeviceUse: 'esp-block-device-use',
    /** The ESP turned off to go faster: Reseal then comes before apps and policies are in. */
    espOffToSpeedUp: 'flow-success-caveat',
    /**
     * The user's own apps asked about at the bench: with the user assigned (Step 7), their device-context apps install
     * there too; the rest wait for their sign-in.
     */
    userAppsAtBench: 'step-7',
    /** A person who cannot be picked as the device's user, or what that user needs: an Intune licence. */
    userCannotBePicked: 'error-assign-user-not-listed',
    /** Delivery Optimization blocked or off, or many devices downloading the same apps: what still works without it. */
    deliveryOptimization: 'req-network-optional-services',
    /** Which time server the device uses: the endpoints card (time.windows.com, UDP 123). */
    whichTimeServer: 'req-network-endpoints',
    /** Where the ESP profile is created in the admin center: Step 5, whose card gives the path. */
    whereToCreateEsp: 'step-5',
    /** The ESP running long, asked whether that is normal or when it gives up: no set duration, the timeout is the stop. */
    espRunningLong: 'tip-expected-duration',
    /** The time limit said to be too short for the apps ("60 min isnt enough, where do i change it"): the ESP timeout setting. */
    timeLimitTooShort: 'esp-timeout',
    /** Account setup not shown or not moving at the bench: expected, it runs only in the user flow. */
    accountSetupAbsentAtBench: 'flow-esp',
    /** The profile assigned to the group, yet the devices show Not assigned: the stuck-status card (Included, not Excluded; wait). */
    profileAssignedNotLanded: 'error-profile-assignment-stuck',
    /** A script set to run as the user, not running during the ESP: scripts run as SYSTEM there, user scripts wait for the user. */
    userScriptDuringEsp: 'error-script-fails-during-esp',
    /** An app whose installer restarts the device, and the ESP hangs after it: its restart behaviour and return codes. */
    appRestartsDuringEsp: 'error-app-reboot',
    /** Just imported, and the Windows key does nothing or the bench is about to start: the profile must show Assigned first. */
    justImported: 'admin-profile-status',
    /** "Something went wrong" in OOBE with no code, around the network: blocked identity URLs (OOBEIDPS). */
    somethingWentWrongAtOobe: 'error-oobeidps',
    /** Conditional Access blocking the enrollment at the bench: exclude the Microsoft Intune Enrollment app. */
    caBlocksEnrollment: 'error-conditional-access-enrollment',
    /** Someone other than the assigned user signing in: the assigned name is enforced (not with ADFS). */
    otherThanAssignedSignsIn: 'error-adfs-other-user-signs-in',
    /** A network that wants a page clicked before the internet works (a captive portal): the guest Wi-Fi card. */
    captivePortal: 'req-network-guest-wifi',
    /** What the user does from power-on to the desktop, asked for a guide or a handout: Step 9, the user flow. */
    userStepsForGuide: 'step-9',
    /** What installs at the bench, against what waits for the user: the card on what the technician flow installs. */
    whatInstallsAtBench: 'overview-what-installs',
    /** The success screen, and whether every app is in: it only proves enrollment (the ESP must be on to wait for apps). */
    successButAppsMissing: 'flow-success-caveat',
    /** Two things asked side by side ("the difference between X and Y"): the card that sets that pair side by side. */
    twoFlowsCompared: 'overview-two-flows',
    devicePhasesCompared: 'flow-esp',
    deviceAndUserEspCompared: 'esp-overview',
    /** The Enrolled date looking wrong (the upload's day, too early): it can show the registration date. */
    enrolledDateOff: 'error-enrolled-date-not-user',
    /** Two profiles on one device or group, which wins: the oldest deployment profile; for the ESP, its priority. */
    deploymentProfileWins: 'admin-profile-priority',
    espProfileWins: 'esp-targeting',
    /** Whether an ESP profile of one's own is needed, or the default one does: Step 5 (create a custom ESP). */
    espNeeded: 'step-5',
    /** An app or policy assigned after the bench, asked whether the user still gets it: installed in the user flow. */
    assignedAfterBench: 'userflow-assigned-after-reseal',
    /** Whether the user will be, or should be, an administrator on the device: the profile's User account type. */
    userAdminRights: 'admin-user-account-type',
    /** Nothing assigned yet, asked whether pre-provisioning works or a test is fine: at least one app and one policy. */
    nothingAssignedYet: 'tip-assignments',
    /** A restart straight after Provision (or Next), asked whether something broke: expected, the device may reboot. */
    restartAfterProvision: 'flow-provision',
    /** Which comes first, the TPM part or the apps: the ESP's device phases in order. */
    devicePhasesInOrder: 'flow-esp',
    /** Devices stored for months, asked what to do before the bench: the clock (and firmware) first. */
    storedBeforeBench: 'error-clock-skew',
    /** What to verify in the Autopilot devices list before the bench: Profile status Assigned and Date assigned. */
    verifyInDevicesList: 'admin-profile-status',
    /** The configuration screen showing no user: the screen's card says a user is optional. */
    configScreenNoUser: 'flow-config-screen',
    /** What the Reseal button does: it shuts the device down, ready to ship. */
    whatResealDoes: 'flow-success-reseal',
    /** Whether Reseal restarts the device or turns it off: it powers off, and the card on what follows says so. */
    resealPowersOff: 'flow-after-reseal',
    /** Whether a user must be assigned to each device: no, it is optional (Step 7). */
    userAssignmentRequired: 'step-7',
    /** A privacy screen met at the user's sign-in or Account setup, though the profile was thought to hide it. */
    privacyScreenSeen: 'userflow-privacy-screen',
    /** The success screen reached, or the last thing before the device goes back or out: Reseal on the success screen. */
    lastThingAtBench: 'flow-success-reseal',
    /** Two Autopilot modes asked to share one device group or profile: keep them apart. */
    modesShareSetup: 'admin-one-profile-per-mode',
    /** The ESP aimed at one device ("assign the ESP to just one device to test"): ESPs go to groups, a one-member group. */
    espToOneDevice: 'esp-targeting',
    /** Text of their own on the ESP's error or timeout screen (a phone number, who to call): the custom message setting. */
    espOwnMessage: 'esp-custom-message',
    /** Account setup over, asked what follows: the user flow's end, the desktop. */
    afterAccountSetup: 'userflow-what-user-does',
    /** The cable or power lost in the middle of the technician flow, asked what now: carry on, Retry, or Reset. */
    cableOrPowerLost: 'flow-interrupted',
    /** The very first thing to set up in the tenant: automatic enrollment (Step 1). */
    firstThingInTenant: 'step-1',
    /** The hardware hash wanted from a device sitting at OOBE: the ways without a desktop (diagnostics page, Shift+F10). */
    hashAtOobe: 'admin-hash-existing-device',
    /** Language, region or keyboard screens showing though the profile hides them: no network yet when OOBE began. */
    hiddenScreensShown: 'flow-extra-screens',
    /** How to give one device its user ("how do I pre-assign a user to one particular laptop"): Step 7. */
    assignUserToDevice: 'step-7',
    /** How many times the Windows key is pressed: five, on the first OOBE screen. */
    winKeyCount: 'flow-win-key',
    /** A line of the ESP showing "Identifying", asked what it is doing or whether that is normal. */
    identifyingAsked: 'esp-identifying',
    /** Why do the bench part at all: what pre-provisioning gains over plain user-driven (a shorter wait for the user). */
    whyPreProvision: 'overview-vs-user-driven',
    /** Devices a vendor or reseller registered, asked how to check they arrived: the partner-registration card. */
    partnerRegisteredCheck: 'admin-reseller-registration',
    /** Whether the profile is assigned, asked how to confirm: the profile status card (Assigned, Date assigned). */
    profileAssignedCheck: 'admin-profile-status',
    /** A device that was given no profile still shows Autopilot: a default profile ("Convert all targeted devices", All devices). */
    noProfileStillAutopilot: 'error-default-profile-applied',
    /** Language, region and keyboard on one page: OOBE restarted too often and went into recovery mode. */
    oobeRecoveryMode: 'error-oobe-recovery-mode',
    /** The ESP failed for the user, asked what they can do themselves: the ESP's settings decide (reset, use it anyway). */
    userOptionsOnFailure: 'esp-allow-use-on-error',
    /** The diagnostics page (Ctrl+Shift+D) not showing, or which setting turns it on: log collection in the ESP profile. */
    diagnosticsPageSetting: 'esp-log-collection',
    /** How long the user's part takes against plain user-driven: far shorter, the device part was done at the bench. */
    userFlowDuration: 'overview-vs-user-driven',
    /** The end user told the device was pre-provisioned, asking what was done to it: what pre-provisioning is. */
    whatWasDoneToIt: 'overview-what-is',
    /** Which of several ESPs a device gets: the priority of their assignments (the one for devices wins at the bench). */
    whichEspApplies: 'esp-targeting',
    /** Which role someone needs for an Autopilot task (import devices, assign users): the Autopilot roles card. */
    roleForTask: 'admin-autopilot-roles',
    /** The most devices in one CSV import. */
    csvMaximum: 'req-csv-limits',
    /** Hours on the ESP, asked whether that is normal or whether to stop: no set duration, the timeout is the stop. */
    longOnTheEsp: 'tip-expected-duration',
    /** Reseal within minutes and apps missing later: the ESP was not tracking them (its progress setting off). */
    resealTooSoon: 'flow-success-caveat',
    /** What the start button on the configuration screen is called: Provision on Windows 10, Next on Windows 11. */
    startButtonName: 'flow-config-screen',
    /** Blocking only on a few apps: the ESP's "Selected" blocking apps. */
    blockOnSomeApps: 'esp-blocking-apps',
    /** The Windows key pressed and nothing happened, asked how many times: the card on the key doing nothing. */
    winKeyCountNothing: 'error-win-key-does-nothing',
    /** No cable possible, asked which screens come first: the region, keyboard and network screens on Wi-Fi. */
    screensWithoutCable: 'flow-extra-screens',
    /** A user assigned beforehand, asked whether their name shows on the sign-in page: Step 7 (pre-filled). */
    assignedNameOnSignIn: 'step-7',
    /** Where a Win32 app's logs are on the device: the Intune Management Extension logs. */
    appLogsOnDevice: 'logs-ime',
    /** The user's part done from home rather than the office, asked whether that works: any internet connection does. */
    userPartFromHome: 'userflow-what-user-needs',
    /** A command prompt wanted during setup: Shift+F10 at OOBE. */
    commandPromptAtSetup: 'tip-shift-f10',
    /** LOB (MSI) and Win32 apps side by side for the same devices, asked before anything failed: the card on what installs says not to mix them. */
    lobBesideWin32: 'overview-what-installs',
    /** The bench part over Wi-Fi (or a guest network), asked whether it works: it does, wired preferred, no captive portal. */
    benchOverWifi: 'req-network',
    /** The options screen came without the pre-provisioning option: the profile's setting or its assignment. */
    optionMissing: 'error-win-key-does-nothing',
    /** What differs between Windows 10 and 11 at the bench: the labels, on the card that sets them side by side. */
    win10VsWin11: 'overview-win10-vs-win11',
    /** MFA asked about for the user's setup: the sign-in page card (MFA if required). */
    mfaAtSetup: 'userflow-sign-in',
    /** Windows Home asked whether it can be pre-provisioned: the editions card (Pro, Enterprise, Education). */
    homeEdition: 'req-windows-edition',
    /** Reset or Retry pressed on the failure screen, asked what it does: the card on the two buttons. */
    failureButtonPressed: 'flow-retry-reset',
    /** How to tell the ESP finished rather than hung: the success screen (Reseal) is the end. */
    howToKnowDone: 'flow-success-reseal',
    /** What goes on the device at the bench (against later, at the user's sign-in): the card on what installs. */
    installedAtBench: 'overview-what-installs',
    /** What the technician does at the bench and what the user does: the card on the two flows. */
    whoDoesWhat: 'overview-two-flows',
    /** A device not in the Autopilot group yet, asked whether the bench part can start: its profile must show Assigned first. */
    notInGroupYet: 'admin-profile-status',
    /** How long a profile takes to show Assigned ("how long from Assigning to Assigned"): it varies, no fixed wait. */
    profileAssignmentWait: 'admin-profile-status',
    /** How the user gets logs when the user flow fails: the logs card (Ctrl+Shift+D, Export logs to a USB drive). */
    userGetsLogs: 'logs-collect',
    /** How the device proves what it is with nobody signed in, or what it gets back from Entra: Device preparation (TPM, token). */
    deviceProvesItself: 'esp-device-preparation',
    /** An error seconds after starting, before anything installed: the first phase's checks, TPM attestation. */
    failedRightAway: 'error-tpm-attestation-checks',
    /** The CSV's header line or columns asked for: the CSV rules card. */
    csvHeader: 'req-csv-limits',
    /** The default ESP showing nothing: its progress setting is off; set "Show app and profile configuration progress". */
    defaultEspShowsNothing: 'esp-show-progress',
    /** The user's device restarted during setup and asks for the password again: expected in Device setup of the user flow. */
    userSignInAfterRestart: 'userflow-credentials-after-reboot',
    /** Whether a discrete TPM reaches out to its maker too, or only a firmware one: the TPM URLs card (discrete ones come with the certificate). */
    discreteOrFirmwareTpm: 'req-tpm-endpoints',
    /** A profile (Wi-Fi, VPN, certificate) targeted to devices, asked whether the ESP waits for it: Device setup's lines. */
    espWaitsForProfile: 'esp-device-setup',
    /** An app added to the ESP's blocking list, asked whether that installs it: the blocking-apps card (it must be assigned). */
    blockingListInstalls: 'esp-blocking-apps',
    /** The assigned user's name not filled in at sign-in: Step 7 (supported makers, company branding). */
    nameNotPrefilled: 'step-7',
    /** Which button the user presses after typing the password: the sign-in page card. */
    userButtonAfterPassword: 'userflow-sign-in',
    /** When a device policy (BitLocker, a baseline) applies, at the bench or at the user's sign-in: device-targeted ones at the bench. */
    devicePolicyWhen: 'overview-what-installs',
    /** What is left for the user after the bench: the user flow's ESP (Device setup again for anything new, Account setup). */
    leftForUser: 'userflow-esp',
    /** The configuration screen showing another profile than expected: fix the assignment, then Refresh. */
    configScreenWrongProfile: 'flow-config-screen',
    /** No network yet, the region and keyboard screens done, asked what comes next: the network page, on the extra-screens card. */
    nextWithoutNetwork: 'flow-extra-screens',
    /** The bench part done in one place and the devices sent on to another: Reseal, then ship them as they are. */
    benchThenShip: 'flow-after-reseal',
    /** Where the logs saved from the failure screen end up: the logs card (a USB drive). */
    whereLogsGo: 'logs-collect',
    /** A CSV imported and the devices not listed yet: the import card (Sync, Refresh, a few minutes). */
    importedNotListed: 'admin-import-hash-csv',
    /** A user assigned, asked how to check it took: Step 7 (User and User friendly name in the device properties). */
    userAssignmentCheck: 'step-7',
    /** The user, handed a new laptop by IT, asking what to do when they turn it on: the user flow from power-on. */
    userOwnFirstStart: 'userflow-what-user-does'
} as const;

/** The ESP's phases by name, each with its card: what shows under one is that card's list. */
const PHASE_CARDS: Readonly<Record<string, string>> = {
    'device preparation': 'esp-device-preparation',
    'device setup': 'esp-device-setup',
    'account setup': 'esp-account-setup'
};

/** A problem reported: the symptom's own card answers, not the situation's. */
export const PROBLEM =
    /\b(?:error|fail\w*|stuck|hang\w*|blocked|denied|refused|missing|not\s+(?:working|showing|there|compliant)|doesn'?t\s+work|won'?t|can'?t|cannot|isn'?t|wrong|incorrect|0x[0-9a-f]+|code|red\s+screen|something\s+went\s+wrong|nothing\s+happen\w*|slow|loop\w*|broke)\b/i;

/** The sign-in page, or a user name already filled in on it. */
const SIGN_IN_PAGE =
    /\b(?:asks?|asking)\s+for\s+(?:a\s+|my\s+|your\s+|the\s+)?(?:work\s+)?e-?mail\b|\bsign[\s-]*in\s+with\s+(?:your|a)\s+(?:work|school|work\s+or\s+school|organi[sz]ation(?:al)?)\s+account\b|\b(?:sign|log)[\s-]*(?:in|on)\s+(?:page|screen|prompt|box|window|field)\b|\blogin\s+(?:page|screen|prompt|box|window|field)\b|\b(?:asking|asks|asked|wants|prompting|prompts)\s+(?:me\s+)?(?:to|for)\s+(?:sign|log)[\s-]*(?:in|on)\b|\b(?:user\s*name|e-?mail|upn)\b.{0,40}\b(?:already\s+)?(?:filled|pre-?filled|pre-?populated|populated|there|shown|showing)\b|\bpre-?(?:filled|populated)\b/i;

/** Asks whether, or with what, the technician signs in there. */
const ASKS_TO_SIGN_IN =
    /\b(?:do|should|shall|must|can|am|are|need)\s+(?:i|we|you|(?:the\s+)?(?:techs?|technicians?))\s+(?:(?:supposed|meant|need|have)\s+to\s+)?(?:still\s+|just\s+|actually\s+|first\s+)?(?:sign|log)[\s-]*(?:in|on)\b|\b(?:sign|log)[\s-]*(?:in|on)\s+(?:with|as|using)\s+(?:(?:my|our|an?|the|your)\s+)?(?:own\s+)?(?:admin\w*|tech\w*|it|global|intune|personal|work|account|creds|credentials)\b|\bwhich\s+(?:account|credentials|creds|login)\b|\b(?:use|enter|type(?:\s+in)?|put\s+in)\s+(?:my|our)\s+(?:own\s+)?(?:admin\s+|tech\w*\s+|it\s+|work\s+)?(?:account|creds|credentials|password|login|e-?mail)\b|\binstead\s+of\s+sign(?:ing)?[\s-]*in\b/i;

/** The Windows key, by the names technicians give it ("win key", "windows logo key", "the windows button"). */
const WIN_KEY = String.raw`(?:windows|win)[\s-]*(?:logo[\s-]+)?(?:key|button)`;

/** Asks whether the Windows key is still pressed (there, with the user name already filled in). */
const ASKS_WINDOWS_KEY_STILL = new RegExp(
    String.raw`\b(?:still|anyway|also|as\s+well)\b.{0,30}\b${WIN_KEY}\b|\b${WIN_KEY}\b.{0,40}\b(?:still|anyway|as\s+well)\b`,
    'i'
);

/**
 * OOBE's first screens by what they ask ("the blue screen asking what country im in", "the language and keyboard
 * page", "the region picker", "at the first screen"): where the technician presses the Windows key five times, as on the
 * sign-in page.
 */
const FIRST_OOBE_SCREEN =
    /\b(?:asking|asks|asked|wants)\s+(?:me\s+|us\s+)?(?:for\s+|what\s+|which\s+)?(?:my\s+|the\s+|a\s+)?(?:country|region|language|keyboard)\b|\b(?:country|region|language|keyboard)(?:\s+(?:or|and|\/)\s+(?:region|keyboard|language))?\s+(?:screen|page|picker|selection|selector|prompt)\b|\b(?:at|on)\s+the\s+(?:very\s+)?first\s+(?:oobe\s+|setup\s+)?screen\b|\bfirst\s+(?:oobe\s+|setup\s+)?screen\s+(?:after|when|is|shows|says)\b/i;

/** Asks whether pre-provisioning is still possible from there: "can I still?", "can still do WG?", "is it still possible". */
const ASKS_STILL_POSSIBLE = /\bcan\s+(?:i\s+|we\s+)?still\b|\bstill\s+(?:possible|doable|ok|okay)\b|\bis\s+it\s+(?:still\s+)?too\s+late\b/i;

/** Asks what to do there: "what do I do as the tech", "what should I press now". */
const ASKS_WHAT_TO_DO = /\bwhat\s+(?:do|should|shall|can|must)\s+(?:i|we)\s+(?:do|press|click|hit|pick|type)\b|\bwhat\s+(?:am\s+i|are\s+we)\s+(?:supposed|meant)\s+to\s+(?:do|press|click|hit|pick|type)\b|\bhow\s+do\s+(?:i|we)\s+(?:start|begin|get\s+(?:it\s+|this\s+|the\s+\w+\s+)?into)\b/i;

/** The end user entering their password or signing in. */
const USER_SIGNS_IN =
    /\b(?:enters?|entered|entering|types?|typed|typing|puts?\s+in|fills?\s+in|keys?\s+in)\s+(?:in\s+)?(?:(?:his|her|their|the|a|its)\s+)?(?:own\s+)?(?:work\s+)?(?:password|pw|pwd|credentials|creds|pin|account)\b|\b(?:signs?|signed|signing|logs?|logged|logging)[\s-]*(?:in|on)\b/i;

/** The end user named as the one who signs in: "the user enters", "she puts in her password", "employee logs in". */
const USER_IS_WHO_SIGNS_IN =
    /\b(?:users?|employees?|hires?|starters?|he|she|they|recipients?)\s+(?:then\s+|finally\s+|has\s+|have\s+|just\s+)?(?:enters?|entered|types?|typed|puts?\s+in|put\s+in|fills?\s+in|keys?\s+in|signs?[\s-]*(?:in|on)|signed[\s-]*(?:in|on)|logs?[\s-]*(?:in|on)|logged[\s-]*(?:in|on))\b/i;

/** Asks what follows: "what happens after", "what comes next", "what does she see then". */
const ASKS_WHAT_FOLLOWS =
    /\bwhat\s+(?:happens|comes|next|then|now|after)\b|\bwhat\s+(?:do(?:es)?|will|would|should)\s+(?:(?:he|she|they|the\s+(?:user|device|laptop|pc))\s+)?(?:see|get|happen|do)\b|\bthen\s+what\b|\bwhat(?:'s|\s+is)\s+next\b|\bwhat\s+(?:screens?|pages?)\b/i;

/**
 * The options screen named as the technician sees it: its title, "the options/menu/choices" on screen ("on the menu now",
 * "the options look different", "a white menu appeared"), or options after the Windows key presses.
 */
const OPTIONS_ON_SCREEN =
    /\bwhat\s+(?:would|do)\s+(?:you|u)\s+(?:like|want)\s+to\s+do\b|\boptions?\s+(?:screen|menu|page|list)\b|\b(?:options|choices|menu|list)\s+(?:look|looks|looked|are|is|seem|differ|different|now|showing|shows?|appear\w*|came|comes|popped|pops)\b|\b(?:on|at|in)\s+(?:the|that|this)\s+(?:options?|menu|choices)\b|\b(?:options|choices|buttons)\s+(?:on|in)\s+(?:the|my|this|that)\s+screen\b|\b(?:options|choices)\s+(?:don'?t|do\s+not|doesn'?t)\s+match\b|\b(?:same|white|new|a|the)\s+menu\b|\b(?:two|2|three|3|few|couple\s+of)\s+(?:options|choices|buttons)\b/i;
/** The Windows key pressed (five times, a bunch): the options that follow are that screen's. */
const AFTER_WINDOWS_KEY = new RegExp(
    String.raw`\b${WIN_KEY}s?\b|\b(?:5|five)\s*(?:x|times)\b|\bx\s?5\b|\b(?:the|that)\s+key\s+(?:a\s+(?:bunch|lot|load|couple|few)\s+(?:of\s+)?|(?:several|many|multiple|a\s+few|some)\s+)times\b|\bthe\s+key\s+(?:repeatedly|over\s+and\s+over)\b`,
    'i'
);
/** Options, a menu or a list named without the screen's title: beside the Windows key they are the options screen. */
const OPTIONS_WORD = /\b(?:options?|menu|choices?|list)\b|\bwhat\s+(?:i|we)\s+want\s+to\s+do\b|\bpick\s+something\b/i;
/** Asks which of them to take. */
const ASKS_WHICH_OPTION =
    /\bwhich\s+(?:one|option|choice|button|entry|item|do\s+(?:i|we)|should\s+(?:i|we)|to|is\s+(?:it|the|for|right|correct))\b|\bwhat\s+(?:do|should|shall|must|can)\s+(?:i|we)\s+(?:click|pick|choose|select|press|hit|tap)\b|\bwhat\s+(?:to|i\s+(?:need|have)\s+to)\s+(?:click|pick|choose|select|press|hit|tap)\b|\bwhich\b[^?.!]{0,20}\b(?:click|pick|choose|select|press|tap)\b/i;
/** The option already taken ("after picking it", "I selected it"): what comes after is another question. */
const OPTION_TAKEN = /\b(?:picked|chose|chosen|selected|clicked|after\s+(?:picking|choosing|selecting|clicking|pressing\s+(?:continue|next)))\b/i;
/** Another screen's choices: the failure screen's Retry or Reset, the result screens, the boot menu, the admin center. */
const OTHER_SCREEN = /\b(?:retry|reset|red|fail\w*|error|success|green|reseal|esp|boot|bios|uefi|usb|intune|admin|portal|profile\s+settings?)\b/i;

/**
 * A short gap: "right after", "straight away", "half an hour later", two clock times ("done at 2pm, user at 2:30"),
 * "the same afternoon".
 */
const SHORT_GAP =
    /\b(?:right|straight|directly|immediately|just|soon|shortly|quickly)\s+(?:after(?:wards)?|away)\b|\bimmediately\b|\b(?:\d{1,3}|half\s+an|an|one|a\s+few|few|ten|twenty|thirty)\s*(?:min(?:ute)?s?|hours?|hrs?|h)\s+(?:later|after(?:wards)?)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b[^?]{0,80}(?:\b\d{1,2}(?::\d{2}|\s*(?:am|pm))|\b(?:noon|midday)\b)|\b\d{1,2}:\d{2}\b[^?]{0,80}(?:\b\d{1,2}(?::\d{2}|\s*(?:am|pm))|\b(?:noon|midday)\b)|\bsame\s+(?:afternoon|morning|hour)\b/i;
/** The technician part done: resealed, the bench part finished. */
const TECHNICIAN_DONE =
    /\bre-?seal\w*|\b(?:bench|tech(?:nician)?|technician'?s?|white[\s-]*glove|wg|pre-?prov\w*)\s+(?:part|flow|side|phase|bit|stage)\b|\b(?:finish\w*|done|completed?)\b/i;
/** The user side tried by the technician or a tester: "test the teacher sign-in", "play the user", "the user flow". */
const USER_SIDE_TRIED =
    /\b(?:play|test|try|do|run|act\s+as|be|pretend\s+to\s+be|log\s+in\s+as|sign\s+in\s+as)\s+(?:the\s+|a\s+|as\s+(?:the\s+)?)?(?:(?:end[\s-]*)?users?|teachers?|employees?|staff|students?|end[\s-]*users?|user\s+(?:flow|side|part|sign[\s-]*in|login))\b|\b(?:(?:end[\s-]*)?users?|teachers?|employees?|end[\s-]*users?)(?:'?s)?\s+(?:flow|side|part|sign[\s-]*in|log[\s-]*in|login)\b|\b(?:the\s+)?(?:(?:end[\s-]*)?users?|teachers?|employees?|staff|students?|end[\s-]*users?)\s+(?:gets?|receives?|starts?|opens?|signs?[\s-]*in|logs?[\s-]*in|powers?\s+(?:it\s+)?on)\b/i;
/** Asks whether that is fine: "is that ok", "any reason not to", "can I", "too soon?". */
const ASKS_IF_FINE =
    /\b(?:is|would)\s+(?:that|it|this)\s+(?:be\s+)?(?:ok|okay|fine|alright|all\s+right|a\s+problem|an\s+issue)\b|\bany\s+(?:reason|problem|issue|risk)s?\b|\b(?:can|could|may)\s+(?:i|we|(?:the\s+)?(?:(?:end[\s-]*)?users?|teachers?|employees?|they|she|he))\b|\b(?:ok|okay|fine|safe)\s+to\b|\btoo\s+(?:soon|early|quick)\b|\b(?:need|have)\s+to\s+wait\b|\bshould\s+(?:i|we)\s+wait\b|\b(?:problem|issue|risk)\s*\?/i;

/**
 * The user flow tried soon after the technician flow: a short gap, the technician part done, the user side tried,
 * and a question whether that is fine. Answered by the 90-minute wait (the tokens must refresh in between).
 */
function userFlowTooSoon(text: string): boolean {
    return SHORT_GAP.test(text) && TECHNICIAN_DONE.test(text) && USER_SIDE_TRIED.test(text) && ASKS_IF_FINE.test(text);
}

/** The devices finished: a batch or the bench done, prepped, resealed ("we did the bench part at 10am", "we pre-provision on Friday"). */
const DEVICES_FINISHED =
    /\bdid\s+(?:the\s+|our\s+)?(?:bench|tech(?:nician)?)\s+(?:part|bit|side|phase|flow)\b|\b(?:we|they|i)\s+(?:pre-?provision|white[\s-]*glove)\b|\b(?:finish\w*|done|complet\w*|wrapp?\w*\s+up|wrapped|prep|prepp?(?:ed|ing)|prepared|re-?seal\w*|ready|batch)\b/i;
/** The users starting on them: "staff start monday", "users get them tomorrow", "their first sign-in", "first day". */
const USERS_START =
    /\b(?:can|could|will)\s+(?:the\s+|our\s+)?[a-z]+s\s+(?:use|have|get|start\s+using)\s+(?:them|it)\b|\b(?:users?|staff|employees?|teachers?|nurses?|doctors?|clinicians?|students?|pupils?|hires?|starters?|joiners?|trainees?|agents?|people|they|she|he)\b.{0,30}\b(?:start\w*|arriv\w*|gets?|getting|receiv\w*|signs?|signing|logs?|logging|login|collect\w*|begin\w*|pick\w*\s+(?:them|it)\s+up|use|open)\b|\bfirst\s+(?:day|sign[\s-]?ins?|log[\s-]?(?:in|on)s?|logons?|shift)\b|\bgo[\s-]?live\b/i;
/** Asks how long to leave in between, at least: "any minimum gap?", "how soon can they", "do we need to wait". */
const ASKS_LEAST_GAP =
    /\b(?:min(?:imum)?|least|shortest)\s+(?:gap|wait\w*|time|delay|interval|period|lead\s+time)\b|\bany\s+(?:min(?:imum)?\s+)?(?:gap|wait\w*|delay|interval)\b|\bhow\s+(?:soon|long\s+(?:after|before|until|between|do\s+(?:i|we|they)\s+(?:have|need)\s+to\s+wait))\b|\b(?:need|have)\s+to\s+wait\b|\bwait\s+(?:time|period)\b|\b(?:gap|delay|interval|time)\s+(?:between|before|needed|required)\b|\benough\s+time\b|\blong\s+enough\b|\btoo\s+(?:soon|early|quick|tight)\b|\banything\s+(?:to\s+(?:watch|know|consider|worry\s+about|look\s+out\s+for)|(?:i|we)\s+should\s+know)\b/i;
/** "Is that ok?", "any problem?", "ok with the timing rules?", "can staff use them Tuesday?" with the two moments named (a clock time, a day): asks whether the gap between them is enough. */
const ASKS_IF_GAP_FINE = /\bcan\s+(?:\w+\s+){0,2}(?:use|have|get|start\s+(?:on|using))\s+(?:them|it)\b|\b(?:is\s+(?:that|it|this)\s+)?(?:ok|okay|fine|alright|enough)\s*\?|\bany\s+(?:problem|issue|risk)s?\s*\?|\b(?:ok|okay|fine|alright)\s+(?:with|for)\s+(?:the\s+)?(?:timing|time|wait)/i;
const MOMENT = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b(?:at|by)\s+\d{1,2}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:tonight|tomorrow|overnight)\b/i;
/** Finished at the bench long ago ("resealed last august", "pre-provisioned 7 months ago"). */
const SET_ASIDE_LONG_AGO =
    /\b(?:re-?sealed|pre-?provisioned|prepp?ed|prepared)\b.{0,40}\b(?:last\s+(?:jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|year|season|summer|spring|autumn|fall|winter)|months?\s+ago|\d+\s+months?)\b/i;
/** Asks whether it is still fine ("anything to worry about", "still ok?"). */
const ASKS_STILL_FINE = /\banything\s+to\s+worry\s+about\b|\bstill\s+(?:ok|okay|fine|good|usable)\b|\bany\s+(?:issue|problem|risk)s?\b/i;
/** A device named as finished at the bench ("a prepped one", "resealed laptops", "the pre-provisioned units"). */
const PREPPED_ONE = /\b(?:prepp?ed|prepared|re-?sealed|pre-?provisioned|white[\s-]*gloved|finished)\s+(?:one|ones|devices?|laptops?|workstations?|pcs?|machines?|units?)\b/i;
/** Where finished devices wait ("how long can they sit", "wait in the store room"): only with the longest wait asked. */
const DEVICES_WAIT = /\b(?:wait\w*|sit|sitting|stored?|storage|shelf|stock|cupboard|cabinet|store\s*room)\b/i;
/**
 * A wait still to come, and a long one ("will sit on a shelf until next semester", "going to be stored for 7 months"):
 * a device set aside before its user, not one that already sat (a device stored before the bench is the clock's question).
 */
const LONG_WAIT_AHEAD =
    /\b(?:will|'ll|going\s+to|gonna)\s+(?:\w+\s+)?(?:sit|wait|stay|be\s+(?:stored|shelved|kept|parked))\b.{0,60}\b(?:until\s+next\s+(?:semester|term|year|season|quarter)|(?:\d+|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+months?|half\s+a\s+year|a\s+year)\b/i;
/** Asks for the longest they may wait instead: "maximum", "longest", "how long can they sit". */
const ASKS_LONGEST_GAP = /\b(?:max(?:imum)?|longest|upper\s+limit|too\s+long)\b|\bhow\s+long\s+can\b/i;

/**
 * Planning the wait between a finished batch and the users' first sign-in ("finished the batch on friday evening, staff
 * start monday, any minimum gap?"), asked without a deployment word: the user flow waits at least 90 minutes after the
 * technician flow, and no longer than six months.
 */
/** A moment later the same day or the next morning ("this afternoon", "later today", "tomorrow morning"). */
const LATER_TODAY = /\b(?:this\s+(?:afternoon|evening|arvo)|later\s+(?:today|on)|tonight|in\s+(?:an|one|two|\d)\s+hours?|tomorrow\s+morning|after\s+lunch)\b/i;
/** Asks whether it may go to its user: "can it go out", "ok to ship it", "can we hand it over". */
const ASKS_IF_IT_CAN_GO = /\b(?:can|could|may|ok\s+to|okay\s+to|fine\s+to)\s+(?:it|they|we|i)?\s*(?:go\s+out|ship|be\s+shipped|send|be\s+sent|hand\s+(?:it\s+|them\s+)?over|deliver|go\s+to)\b/i;

function gapBeforeUsers(text: string): string | undefined {
    // "Finished green this morning, can it go out to the new hire this afternoon?": the 90-minute wait.
    if (DEVICES_FINISHED.test(text) && LATER_TODAY.test(text) && ASKS_IF_IT_CAN_GO.test(text)) return SITUATION_ENTRIES.gapBeforeUsers;
    // "How long can a prepped one sit in the cupboard?", "resealed last august and sat in storage, anything to worry
    // about?": the longest wait, whoever it waits for.
    if (ASKS_LONGEST_GAP.test(text) && PREPPED_ONE.test(text) && DEVICES_WAIT.test(text)) return SITUATION_ENTRIES.longestBeforeUsers;
    if (SET_ASIDE_LONG_AGO.test(text) && DEVICES_WAIT.test(text) && (ASKS_LONGEST_GAP.test(text) || ASKS_STILL_FINE.test(text))) return SITUATION_ENTRIES.longestBeforeUsers;
    if (!USERS_START.test(text)) return undefined;
    if (ASKS_LONGEST_GAP.test(text) && (DEVICES_FINISHED.test(text) || DEVICES_WAIT.test(text))) return SITUATION_ENTRIES.longestBeforeUsers;
    if (!DEVICES_FINISHED.test(text)) return undefined;
    return ASKS_LEAST_GAP.test(text) || (ASKS_IF_GAP_FINE.test(text) && MOMENT.test(text)) ? SITUATION_ENTRIES.gapBeforeUsers : undefined;
}

/** The user's part of the ESP by any name: Account setup, the user ESP, the user part of the status page. */
const USER_ESP_PART =
    /\baccount[\s-]*setup\b|\buser[\s-]+esp\b|\buser\s+(?:part|phase|section|bit|side|portion|half)\s+of\s+(?:the\s+)?(?:esp|status\s+page|enrol+ment\s+status\s+page)\b/i;
/** Whether it counts at the bench: "does it matter / apply / run / do anything at the bench (in the technician flow)". */
const COUNTS_AT_BENCH =
    /\b(?:matters?|apply|applies|run|runs|count|counts|do\s+anything|does\s+anything|relevant|used|kick\s+in|kicks\s+in)\b.{0,40}\b(?:at\s+the\s+bench|on\s+the\s+bench|bench|technician|tech\s+flow|tech\s+phase|pre-?prov\w*|white[\s-]*glove|wg)\b|\b(?:at|on)\s+the\s+bench\b.{0,40}\b(?:matters?|apply|applies|run|runs|count|counts|relevant|used|happen|happens)\b/i;
/** What was seen or not seen on screen ("account setup never shows at the bench"): a report about the ESP screen. */
const SEEN_OR_NOT = /\b(?:never|not|no|missing|skipped|gone|shows?|showed|shown|showing|appears?|appeared|saw|see|seen)\b|n't\b/i;
/** Asks whether: "does", "will", "is it". */
const ASKS_WHETHER = /^(?:\s*(?:and|so|ok|quick\s+one)[,:]?\s+)?(?:does|do|will|would|is|are|can|should)\b|\?\s*$/i;

/**
 * Whether the user's part of the ESP profile counts at the bench ("does the account setup bit of the esp profile apply
 * during pre-provisioning", "does the user ESP part matter at the bench"): Account setup runs only in the user flow.
 */
function userEspAtBench(text: string): boolean {
    return USER_ESP_PART.test(text) && COUNTS_AT_BENCH.test(text) && ASKS_WHETHER.test(text) && !SEEN_OR_NOT.test(text);
}

/**
 * Asks what comes first for someone: "what does she see first", "the first screen he gets", "what will she see when she
 * unpacks it", "what does she do when she switches it on", "when she switches on, what will she see?".
 */
const ASKS_FIRST_SEEN =
    /\b(?:see|sees|get|gets|meet|meets|hit|hits)\s+first\b|\bfirst\s+(?:screen|page|thing|prompt)\b|\b(?:see|sees|get|gets|meet|meets)\s+when\s+(?:she|he|they|(?:the\s+)?(?:end\s+)?users?)\s+(?:first\s+)?(?:unpack|unbox|open|receive|gets?\s+it|turn|switch|power|start)\w*|\b(?:do|does)\s+when\s+(?:she|he|they|(?:the\s+)?(?:end\s+)?users?)\s+(?:first\s+)?(?:turn|switch|power|start|boot)\w*|\bwhen\s+(?:she|he|they|(?:the\s+)?(?:end\s+)?users?)\s+(?:first\s+)?(?:unpack|unbox|open|turn|switch|power|start|boot)\w*(?:\s+(?:it|her\s+\w+|his\s+\w+|their\s+\w+|the\s+\w+))?(?:\s+on)?\s*[,.]?\s*what\s+(?:will|does|do|would|should|is|are)\s+(?:she|he|they|(?:the\s+)?(?:end\s+)?users?)\s+(?:(?:going|have|need)\s+to\s+)?(?:see|do|get)\b/i;
/** The end user named: the user, an employee, she or he. */
const END_USER = /\b(?:users?|employees?|staff|nurses?|doctors?|teachers?|students?|pupils?|hires?|starters?|she|he|her|him)\b/i;
/** The technician's own screens or keys named ("what key we press on the very first screen"): the first screen is theirs. */
const AT_TECHNICIAN = /\b(?:tech(?:nician)?s?|bench|windows\s+key|win\s*key|provision\s+button|configuration\s+screen|config\s+screen|pre-?provision\w*|white[\s-]*glove|(?:what|which)\s+key|(?:i|we)\s+press)\b/i;

/**
 * The first thing the end user meets after the bench ("what does a user on wifi at home see first after reseal"): the
 * user flow from power-on (region, keyboard and network screens on Wi-Fi, then the sign-in page).
 */
function userSeesFirst(text: string): boolean {
    return RESEALED_ONE_OPENED.test(text) || (ASKS_FIRST_SEEN.test(text) && END_USER.test(text) && !AT_TECHNICIAN.test(text));
}

/** A resealed device opened by whoever received it, asked what they see ("a worker powered up a resealed laptop, what do they see"). */
const RESEALED_ONE_OPENED =
    /\b(?:power(?:ed|s)?|turn(?:ed|s)?|switch(?:ed|es)?|boot(?:ed|s)?|start(?:ed|s)?|open(?:ed|s)?)\s+(?:up\s+|on\s+)?(?:a|the|her|his|their)\s+(?:re-?sealed|pre-?provisioned)\s+(?:laptop|device|pc|notebook|tablet)\b.{0,40}\bwhat\s+(?:do|does|will|would)\s+(?:they|she|he|the\s+user)\s+see\b/i;

/** The end user's first sight asked, no problem reported: the user flow's start, not the screen after a technician's one. */
export function asksWhatUserSeesFirst(text: string): boolean {
    return !PROBLEM.test(text) && userSeesFirst(text);
}

/** The device restarted on its own. */
const RESTARTED = /\b(?:re-?boot\w*|restart\w*)\b/i;
/** Now at a sign-in prompt: a login or password prompt, screen or page, or asking for a password. */
const AT_SIGN_IN_PROMPT =
    /\b(?:sign|log)[\s-]*(?:in|on)\s+(?:prompt|screen|page|box|window)\b|\blogin\s+(?:prompt|screen|page|box|window)\b|\bpassword\s+(?:prompt|screen|box)\b|\b(?:wants|asks?|asking|prompts?|prompting)\s+(?:me\s+)?(?:for\s+)?(?:a\s+|the\s+|my\s+|her\s+|his\s+|their\s+)?(?:password|credentials|creds|login|to\s+(?:sign|log)[\s-]*(?:in|on))\b/i;
/** The technician flow named, or that nobody signed in. */
const AT_THE_BENCH =
    /\b(?:tech(?:nician)?[\s-]+(?:flow|phase|part|side)|bench|white[\s-]*glov\w*|wg|pre-?prov\w*)\b|\b(?:nobody|no\s*one|no-one)\s+(?:has\s+|had\s+|ever\s+)?(?:signed|logged)[\s-]*(?:in|on)\b|\b(?:we|i)\s+(?:never|didn'?t|did\s+not|haven'?t|have\s+not|hadn'?t)\s+(?:signed|sign|logged|log)[\s-]*(?:in|on)\b/i;

/**
 * A restart that landed on a sign-in prompt. At the bench ("rebooted during device setup and now there is a login prompt,
 * nobody signed in"): automatic logon across ESP restarts failed, which a policy causes. For the end user, asked for the
 * password again ("laptop restarted while it was setting up and now wants my password again, is that normal"): expected
 * in the user flow's Device setup.
 */
function signInAfterRestart(text: string, facets: Facets): string | undefined {
    if (!RESTARTED.test(text) || !AT_SIGN_IN_PROMPT.test(text)) return undefined;
    if (AT_THE_BENCH.test(text)) {
        const userOnly = facets.audience.includes('user') && !facets.audience.includes('technician');
        return userOnly ? undefined : SITUATION_ENTRIES.signInAfterRestartAtBench;
    }
    return /\bagain\b/i.test(text) && !namesACode(text) ? SITUATION_ENTRIES.userSignInAfterRestart : undefined;
}

/** Reseal pressed: named, the button on the success screen, or the success screen followed by turning the device back on. */
const RESEAL_PRESSED =
    /\bre-?seal\w*|\b(?:success|green)\s+(?:screen|page)\b.{0,80}\b(?:turn|power|switch|boot)\w*\s+(?:it\s+|them\s+)?back\s+on\b|\b(?:button|pressed|hit|clicked|tapped)\b.{0,30}\b(?:success|green)\s+(?:screen|page)\b|\b(?:success|green)\s+(?:screen|page)\b.{0,30}\b(?:button|pressed|hit|clicked|tapped)\b/i;
/** Turned on again after Reseal, to look or to check ("can we power it back on to make sure the icons are there"). */
const TURNED_BACK_ON = /\b(?:turn|power|switch|boot|start)\w*\s+(?:it\s+|them\s+|the\s+\w+\s+)?(?:back\s+(?:on|up)|(?:on|up)\s+again)\b/i;
/** What Reseal does, as seen: the device off, "it just died". */
const DEVICE_WENT_OFF =
    /(?<!\besp\s)\b(?:it'?s|is|went|now|laptop|device|pc)\s+(?:off|dead|down)\b|\b(?:shut|powered|switched|turned)\s*(?:it(?:self)?\s+)?(?:off|down)\b|\bshutdown\b|\bdied\b|\bdead\b/i;
/** Asks what is left before it leaves: ship it, box it, anything else, what now. */
const ASKS_WHAT_BEFORE_SHIPPING =
    /\bship\w*|\broll\w*\s+(?:it\s+|them\s+)?(?:out|to)\b|\b(?:in|into)\s+(?:the|a|its)\s+box\b|\b(?:goes|go|going|sent|send)\s+out\b|\bout\s+the\s+door\b|\bbefore\s+it\s+(?:goes|leaves)\b|\bbox\s+it\b|\bdeliver\w*|\bhand\s+(?:it\s+)?(?:over|out)\b|\bsend\s+(?:it\s+)?(?:out|off|to)\b|\banything\s+else\b|\bwhat\s+(?:now|next|else)\b|\bnow\s+what\b|\bnext\s+step\b|\bis\s+it\s+(?:broken|dead|ok|okay|ready|done)\b/i;
/** Reseal too early or with the ESP off ("we turned off the ESP, now Reseal comes very fast"): another card's story. */
const RESEAL_TOO_EARLY =
    /\b(?:too\s+(?:early|soon|quick|fast)|(?:within|after)\s+(?:a\s+few\s+|a\s+|one\s+|two\s+|three\s+|five\s+|\d+\s*)?min\w*|few\s+min\w*|straight\s+away|immediately|instantly|esp\s+(?:is\s+|was\s+)?(?:off|disabled)|(?:turned|switched|shut)\s+off\s+(?:the\s+)?esp|(?:disabled|removed|skipped)\s+(?:the\s+)?esp|(?:very|so|too|really|super|crazy|suspiciously)\s+(?:fast|quick)(?:ly)?)\b|\bapps?\b.{0,20}\b(?:not|missing|never|weren'?t|didn'?t)\b|\b(?:are|were|did)\s+(?:the\s+|all\s+(?:the\s+)?)?apps\b|\bnot\s+(?:all\s+)?installed\b/i;
/** What the end user does or sees next: the user flow's cards answer that. */
const ASKS_ABOUT_USER = /\b(?:users?|employees?|teachers?|recipients?|hires?|staff)\s+(?:(?:will|would|then|first)\s+)?(?:sees?|does|do|gets?|needs?|has\s+to|must|signs?|logs?)\b|\bdoes\s+the\s+(?:end\s+)?user\b/i;

/**
 * Reseal pressed and the device off, asking what is left ("reseal done, it's off, anything else before shipping?", "it
 * just died after she hit the button on the success screen"), or whether to turn it on again to check it: Reseal shuts it
 * down; ship it as it is, the user runs the user flow.
 */
function afterReseal(text: string): boolean {
    return RESEAL_PRESSED.test(text) && (DEVICE_WENT_OFF.test(text) || ASKS_WHAT_BEFORE_SHIPPING.test(text) || TURNED_BACK_ON.test(text)) && !RESEAL_TOO_EARLY.test(text);
}

/** A Windows release by name ("22H2", "24h2", "1909"): a Windows version the error was also seen on. */
const WINDOWS_RELEASE = /\b(?:2[0-9]h[12]|1[5-9]0[39]|2004)\b/i;
/** Points back at the error just answered: "it", "same KB", "that one", "too". */
const POINTS_BACK_AT_ERROR = /\b(?:it|same|that|this|too|also|as\s+well|there)\b/i;
const FOLLOW_UP_WORDS = 16;

/**
 * The entry a situation answers with, or undefined. `facets`: the question's (who, which phase, which Windows).
 */
export function situationAnswer(text: string, facets: Facets): string | undefined {
    // A problem report of its own kind: the place (the bench), the event (a restart) and where it landed (sign-in).
    const restarted = signInAfterRestart(text, facets);
    if (restarted) return restarted;
    if (atFailureChoices(text)) return SITUATION_ENTRIES.technicianAtFailureChoices;
    if (atFailureScreenAsksWhatNow(text)) return SITUATION_ENTRIES.technicianAtFailureScreen;
    if (failureScreenShows(text)) return SITUATION_ENTRIES.technicianAtFailureScreen;
    if (atSuccessScreenAsksWhatNow(text)) return SITUATION_ENTRIES.lastThingAtBench;
    if (CLOCK_WRONG.test(text)) return SITUATION_ENTRIES.clockWrong;
    // Questions read whole by one pattern each (see READ_WHOLE); a code named beside them is the code's question.
    if (!namesACode(text)) {
        const lower = text.toLowerCase();
        const whole = readWholeGates.candidates(lower).find((read) => read.pattern.test(text) && (read.holds?.(text) ?? true));
        if (whole) return whole.entry;
    }
    const listed = listedUnderPhase(text);
    if (listed) return listed;
    const compared = pairCompared(text);
    if (compared) return compared;
    if (runAgain(text)) return SITUATION_ENTRIES.runAgain;
    if (userMeetsEsp(text)) return SITUATION_ENTRIES.userMeetsEsp;
    if (failedRunAgain(text)) return SITUATION_ENTRIES.technicianAtFailureChoices;
    if (PROBLEM.test(text)) return undefined;
    if (appsWithoutUser(text)) return SITUATION_ENTRIES.appsWithoutUser;
    if (atOptionsScreen(text) || optionTakenAsksButton(text)) return SITUATION_ENTRIES.technicianAtOptions;
    if (userFlowTooSoon(text)) return SITUATION_ENTRIES.userFlowTooSoon;
    if (userEspAtBench(text)) return SITUATION_ENTRIES.userEspAtBench;
    if (userSeesFirst(text)) return SITUATION_ENTRIES.userSeesFirst;
    const gap = gapBeforeUsers(text);
    if (gap) return gap;
    if (afterReseal(text) && !ASKS_ABOUT_USER.test(text)) return SITUATION_ENTRIES.afterReseal;
    const forUser = (facets.audience.includes('user') || USER_IS_WHO_SIGNS_IN.test(text)) && !facets.not.audience.includes('user');
    if (!forUser && ((FIRST_OOBE_SCREEN.test(text) && ASKS_WHAT_TO_DO.test(text)) || REACHES_HIDDEN_MENU.test(text))) return SITUATION_ENTRIES.technicianAtSignIn;
    if (!forUser && SIGN_IN_PAGE.test(text)) {
        const asks = ASKS_WINDOWS_KEY_STILL.test(text) || ASKS_WHAT_TO_DO.test(text) || ASKS_TO_SIGN_IN.test(text) || ASKS_STILL_POSSIBLE.test(text);
        if (asks) return SITUATION_ENTRIES.technicianAtSignIn;
    }
    const aboutTechnician = facets.audience.includes('technician');
    if (forUser && !aboutTechnician && USER_SIGNS_IN.test(text) && ASKS_WHAT_FOLLOWS.test(text)) return SITUATION_ENTRIES.userAfterPassword;
    return undefined;
}

/** An error code named (hex or decimal, as error codes are read everywhere): the code's own card answers, not a situation. */
const namesACode = (text: string) => findErrorCodes(text).length > 0;

/** The device's clock or time, not a span of time ("first time", "time out", "takes time"). */
const DEVICE_CLOCK = String.raw`(?:clock|(?:the|its|device'?s|laptop'?s|pc'?s|machine'?s|bios|system|windows|local)\s+(?:time|date)|date\s+and\s+time)`;
/**
 * The clock wrong ("clock on this laptop is like 20 min off", "the time is hours out", "bios date is wrong") or set right
 * at OOBE ("how do I fix the time from the setup screen"), or showing a year long gone ("the clock says 2019"): the
 * clock's card, whatever phase is named beside it.
 */
const CLOCK_WRONG = new RegExp(
    String.raw`\b${DEVICE_CLOCK}\b.{0,60}\b(?:off|out|wrong|behind|ahead|fast|incorrect|skew\w*|drift\w*)\b(?!\s+(?:of\s+(?:the\s+)?box|-of-))` +
        String.raw`|\b(?:fix|set|correct|change|adjust|resync|sync)\w*\s+(?:the\s+)?(?:clock|time|date)\b(?!\s+(?:zone|limit|out|window|it\s+takes))` +
        // A year the clock shows ("the clock in the corner says 2019").
        String.raw`|\b${DEVICE_CLOCK}\b.{0,40}\b(?:says|shows|showing|reads|reading|is\s+(?:set\s+to|on|at)|stuck\s+(?:at|on|in))\s+(?:19|20)\d{2}\b`,
    'i'
);

/**
 * The ESP assigned straight to one device ("can i assign ESP directly to 1 device for testing", "target the ESP at a
 * single laptop"): an ESP is assigned to groups only; a group with that device as its one member does it.
 */
const ESP_TO_ONE_DEVICE =
    /\b(?:assign\w*|target\w*|apply|deploy\w*|push)\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:custom\s+|new\s+|test\s+)?(?:esp|enrol+ment\s+status\s+page)(?:\s+profile)?\s+(?:directly\s+|straight\s+|only\s+|just\s+)?(?:to|at|on)\s+(?:just\s+|only\s+)?(?:a\s+single|one|1|a|single|this|that)\s+(?:single\s+|specific\s+|test\s+)?(?:device|laptop|pc|tablet|machine|computer|notebook|serial)\b/i;

/**
 * What must hold, or be seen in Intune, before a device starts ("what should I see in the Autopilot devices list before
 * handing a device out", "what has to be true in intune before i start the tech flow", "before we start a pallet, what
 * we must confirm in their intune"): its profile status.
 */
const READY_TO_START = new RegExp(
    String.raw`^(?=.*\bwhat\s+(?:exactly\s+)?(?:(?:should|must|do|has\s+to|needs?\s+to|ought\s+to)\s+(?:i\s+|we\s+)?|(?:i|we)\s+(?:should|must|need\s+to|have\s+to)\s+)(?:see|be\s+(?:true|set|ready|in\s+place|done|there)|check|look\s+for|verify|confirm)\b)` +
        String.raw`(?=.*\bbefore\s+(?:i\s+|we\s+|they\s+|you\s+|the\s+(?:tech\w*|bench|team|staff)\s+)?(?:even\s+)?(?:start\w*|begin\w*|hand\w*|power\w*|boot\w*|unbox\w*|(?:running|run|doing|do)\s+(?:the\s+)?(?:tech\w*|pre-?prov\w*|white\s*glove)))`,
    'i'
);
/** Where that is seen: Intune, its Autopilot devices list, the device's profile. */
const IN_INTUNE = /\b(?:intune|autopilot\s+devices?|devices?\s+list|portal|admin\s+cent(?:er|re)|profile)\b/i;

/**
 * The Entra setting that lets users join devices, asked in plain words ("the setting that lets people join devices to
 * entra", "do we even need users allowed to join devices if the tech never signs in"): Step 2.
 */
const USERS_MAY_JOIN =
    /\b(?:all|every)\s+users?\s+(?:to\s+)?(?:be\s+able\s+to\s+)?join\s+devices\b|\busers?[\s-]+(?:can|may)[\s-]+join\b(?:[\s-]+(?:devices?|setting|option|toggle))?|\b(?:let|lets|letting|allow|allows|allowed|allowing|permit\w*|enabl\w*)\s+(?:people|users?|staff|employees|everyone|anyone|them)\s+(?:to\s+)?join\s+(?:(?:the\s+|their\s+|new\s+)?(?:devices?|laptops?|pcs?|machines?)\s+)?(?:to\s+(?:entra|azure\s+ad|aad)\b)?|\b(?:users?|people|staff|employees)\s+(?:(?:need|must|have|has)\s+(?:to\s+)?be\s+)?(?:allowed|permitted|able)\s+to\s+join\s+(?:devices?|laptops?|pcs?|machines?)\b/i;

/**
 * The user's password asked for the technician's part ("do I need the new staff member's password to do the bench
 * part?"): nobody signs in at the bench.
 */
const USER_PASSWORD_AT_BENCH =
    /^(?=.*\b(?:need|have\s+to\s+(?:know|have|ask\s+for|get)|require[sd]?|ask\s+(?:her|him|them)\s+for)\b.{0,60}\b(?:password|credentials|creds|pw|pin)\b)(?=.*\b(?:bench|technician|tech\s+(?:part|flow|phase)|pre-?prov\w*|white[\s-]*glove|my\s+part)\b)(?=.*\b(?:user'?s?|staff\s+member'?s?|employee'?s?|her|his|their|new\s+(?:hire|starter|staff)\w*'?s?)\b)/i;

/**
 * Whether the seller or maker can do the bench part ("could the company we buy laptops from do this getting-ready step for
 * us", "can our reseller run the technician flow"): IT, the OEM or a reseller runs the technician flow.
 */
const PARTNER_RUNS_IT =
    /\bwho\s+(?:may|can|could|is\s+allowed\s+to|should)\s+(?:perform|run|do|carry\s+out)\s+(?:the\s+)?(?:technician|tech|bench)\s+(?:flow|part|phase|step)\b|\b(?:resellers?|oems?|vendors?|suppliers?|partners?|distributors?|manufacturers?|(?:company|shop|firm|people|place|store|supplier|vendor)\s+(?:we|that\s+we|where\s+we)\s+(?:buy|get|order|purchase)\s+(?:the\s+|our\s+)?(?:laptops?|devices?|pcs?|computers?)\s+from)\b.{0,50}\b(?:do|run|handle|take\s+care\s+of|perform)\s+(?:this|it|that|the\s+(?:[\w-]+\s+){0,2}?(?:technician|tech|bench|getting[\s-]ready|pre-?prov\w*|white[\s-]*glove|part|step|flow))\b/i;

/**
 * A list of the devices that went through setup and how it went ("where can I see a list of which laptops went through
 * setup and whether it worked"): the admin reports.
 */
const DEPLOYMENTS_REPORT =
    /^(?=.*\b(?:where|which|how)\b)(?:.*\b(?:reports?|list)\b.{0,60}\b(?:went\s+through|deployed|provisioned|succeeded|worked|failed|finished|completed)\b|.*\bwhich\s+(?:laptops?|devices?|units?|pcs?)\s+(?:went\s+through|succeeded|failed|worked|finished|completed)\b)/i;
/**
 * How Windows decides it is online during setup ("what does Windows check to decide it has internet during setup"), or
 * that check named (NCSI, its probe's host) whatever is asked of it ("NCSI probe blocked on the bench VLAN, does it matter").
 */
const INTERNET_CHECK =
    /\bncsi\b|\bmsftconnecttest\b|\b(?:how|what)\s+does\s+(?:windows|it|the\s+(?:device|laptop|pc))\s+(?:check|use|test)\b.{0,40}\b(?:internet|online|connected|connection)\b|\b(?:decide|know|tell|detect)s?\b.{0,20}\b(?:it\s+)?(?:has|is\s+on|is)\s+(?:internet|online|connected)\b|\b(?:internet|connectivity)\s+(?:check|test|probe)\b/i;

/**
 * A group built from a group tag ("how do I build the group off the tag", "what would the group rule look like for a
 * tag", "dynamic rule for that tag"): the dynamic rules card, with [OrderID]. Not scope tags (roles).
 */
const GROUP_FROM_TAG =
    /^(?!.*\bscope\s+tags?\b)(?=.*\b(?:group\s+)?tag(?:s|ged)?\b)(?=.*\b(?:rule|query|membership|dynamic|group)\b)(?=.*\b(?:write|build|make|create|look\s+like|based\s+on|off\s+(?:the|that|a|our|each)|from\s+(?:the|that|a|our)|per\s+tag|by\s+tag|for\s+(?:the|that|a|each)\s+tag)\b)/i;

/**
 * Signing in with a card at first setup ("can staff use a smart card to sign in during the first setup", "badge tap to
 * sign in on first boot"): not supported during OOBE.
 */
const CARD_SIGN_IN_AT_SETUP =
    /^(?=.*\b(?:smart\s*cards?|badges?|card\s+tap|tap\s+(?:a\s+|their\s+|her\s+|his\s+)?(?:card|badge)|piv\s+cards?|yubikeys?|cac\s+cards?)\b)(?=.*\b(?:sign\w*|log\w*)[\s-]*(?:in|on)\b|.*\blog[\s-]?in\b)(?=.*\b(?:first|setup|set\s+up|oobe|start[\s-]?up|boot)\b)/i;
/** The logs' CAB file to be read ("I've got the autopilot.cab, is there a script that makes it readable?"). */
const READ_THE_CAB =
    /\bcab\b(?:\s+file)?.{0,60}\b(?:readable|analy[sz]\w*|parse|make\s+sense\s+of|look\s+inside|view)\b|\b(?:read|open|analy[sz]\w*|parse|view)\s+(?:the\s+|a\s+|this\s+|that\s+)?(?:[\w-]+[.\s])?cab\b/i;
/**
 * The Allow-pre-provisioned setting asked by an old name ("check that the white glove box is ticked on our profile",
 * "the white glove setting"): its card gives today's name.
 */
const WHITE_GLOVE_SETTING =
    /\b(?:setting|option|toggle|switch|box)\b.{0,40}\b(?:turns?|switch(?:es)?|enables?|allows?)\s+on\s+(?:the\s+)?(?:white[\s-]*glove|windows\s+key|win\s*key|pre-?prov\w*|tech(?:nician)?\s+(?:flow|phase|part))\b|\b(?:turn|switch)\s+on\s+(?:the\s+)?white[\s-]*glove\s+(?:\w+\s+)?(?:mode|option|setting)\b|\bwhite[\s-]*glove\s+(?:box|checkbox|check\s*box|option|setting|toggle|switch|tick\s*box|flag)\b|\b(?:setting|box|checkbox|option|toggle|switch)\s+(?:for|called|named)\s+['"]?white[\s-]*glove\b/i;

/**
 * A virtual machine for the technician flow, asked before anything failed ("can we test the technician flow on Hyper-V
 * VMs in our lab before real units arrive"): pre-provisioning needs a physical device's TPM to attest.
 */
const ON_A_VIRTUAL_MACHINE =
    /^(?=.*\b(?:hyper-?v|vmware|virtualbox|parallels|vms?|virtual\s+machines?)\b)(?=.*\b(?:pre-?prov\w*|white[\s-]*glove|wg|technician|tech\s+flow|autopilot|(?:whole|entire|this)\s+process)\b)(?=.*\b(?:test\w*|try|trial|practi[cs]e|run|use|support\w*|work|possible|can|could)\b)/i;

/**
 * The setting that holds the device until its apps are in ("which setting stops the device from being used until apps
 * finish installing", "which ESP setting keeps the device on the progress screen until apps are in", "keeps the nurse
 * from getting to the desktop until…", whoever the person is), or whether the user can use it while Account setup runs:
 * Block device use.
 */
const BLOCK_DEVICE_USE_ASKED =
    /\b(?:can|could|may)\s+(?:the\s+|my\s+|our\s+)?(?:end\s+)?(?:users?|she|he|they|[a-z]+)\s+(?:just\s+|still\s+|already\s+)?(?:use|start\s+using|work\s+on|get\s+(?:on|into))\s+(?:(?:the|her|his|their)\s+)?(?:laptop|device|pc|desktop|machine|it)\b.{0,20}\b(?:while|during|before)\s+(?:the\s+)?(?:account\s+setup|device\s+setup|esp|enrol+ment\s+status\s+page|apps?\s+(?:are\s+)?install\w*|it(?:'?s|\s+is)\s+(?:still\s+)?(?:install\w*|on\s+(?:the\s+)?(?:account\s+setup|device\s+setup|esp|status)))\b|\b(?:stop\w*|keep\w*|block\w*|prevent\w*|hold\w*|lock\w*)\s+(?:the\s+|an?\s+|our\s+|my\s+)?(?:end\s+)?(?:device|laptop|pc|user|people|them|it|[a-z]+(?=\s+(?:from|out\s+of|getting|reaching|using)\b))\b.{0,50}\b(?:until|before)\b.{0,30}\b(?:apps?|everything|all|installs?|installed|installing|finish\w*|done|polic(?:y|ies)|profiles?)\b/i;

/**
 * The ESP turned off to go faster ("can we switch the ESP off for the reseller batch so it goes quicker", "turn off the
 * ESP to speed up our tech runs"): Reseal then appears before apps and policies are in.
 */
const ESP_OFF_TO_SPEED_UP =
    /\b(?:esp|enrol+ment\s+status\s+page)\b.{0,40}\b(?:needed|required|necessary|mandatory)\b.{0,60}\b(?:turn\w*|switch\w*|shut\w*)\s+(?:it\s+|the\s+esp\s+)?off\b|\b(?:turn\w*|switch\w*|shut\w*)\s+(?:off\s+)?(?:the\s+)?(?:esp|enrol+ment\s+status\s+page)(?:\s+off)?\b.{0,60}\b(?:faster|quicker|quick|speed\w*|sped\w*|time|shorter|so\s+(?:it|they)\s+(?:goes?|runs?|finish\w*))\b|\b(?:disabl\w*|skip\w*|remov\w*|drop\w*|get\s+rid\s+of)\s+(?:the\s+)?(?:esp|enrol+ment\s+status\s+page)\b.{0,60}\b(?:faster|quicker|quick|speed\w*|sped\w*|shorter)\b|\b(?:speed\w*\s+up|faster|quicker)\b.{0,60}\b(?:turn\w*\s+off|switch\w*\s+off|shut\w*\s+off|disabl\w*|skip\w*)\s+(?:the\s+)?(?:esp|enrol+ment\s+status\s+page)\b/i;

/**
 * The assigned user's own apps asked about at the bench ("user assigned apps will also come at bench or only when the
 * user logs in?", "the caseworker's own apps, the per-person ones: during my part or later at their end?").
 */
const USER_APPS_AT_BENCH =
    /^(?=.*\b(?:user|users|user's|users'|their|her|his|[a-z]+'s)\s+(?:own\s+)?(?:-?assigned\s+|targeted\s+)?apps\b|.*\buser[\s-]*(?:assigned|targeted)\s+apps\b|.*\bper[\s-]*(?:person|user)\s+(?:ones|apps)\b)(?=.*\b(?:bench|my\s+part|technician|tech\s+flow|pre-?prov\w*|white[\s-]*glove|at\s+(?:their|the\s+user'?s?)\s+end|(?:when|once)\s+(?:the\s+)?(?:user|they|she|he)\s+(?:logs?|signs?)))/i;

/**
 * Someone who cannot be picked as the device's user ("assign user won't let me pick the receptionist", "cannot assign the
 * user X, what does this user need", "the user we assign needs what exactly?"): only users licensed for Intune are listed.
 */
const USER_CANNOT_BE_PICKED =
    /\b(?:can'?t|cannot|won'?t|wont|unable\s+to|not\s+able\s+to)\s+(?:let\s+me\s+)?(?:pick|select|find|choose|assign|add)\s+(?:the\s+|a\s+|this\s+|that\s+|our\s+|my\s+)?(?:user|person|[a-z]+\s+account)\b|\bassign\s+user\b.{0,20}\b(?:won'?t|wont|can'?t|doesn'?t|does\s+not)\s+(?:let\s+me\s+)?(?:pick|select|find|show|list)\b|\buser\s+(?:we|i|you)\s+assign\w*\b.{0,40}\bneeds?\b/i;

/**
 * Delivery Optimization blocked or off ("Delivery Optimization blocked, pre-provisioning fails?"), or a room of devices
 * each downloading every app ("300 laptops at once, any way to avoid every laptop downloading every app"): apps still
 * come from the cloud, DO only adds peer-to-peer caching. Peer-to-peer sharing asked by name ("any peer to peer sharing?"),
 * or whether DO helps with a big download, is the same card.
 */
const DELIVERY_OPTIMIZATION_ASKED =
    /\bpeer[\s-]*to[\s-]*peer\b|\bp2p\b|\bpeer\s+(?:cach\w*|shar\w*)\b|\bdelivery\s+optimi[sz]ation\b.{0,60}\b(?:help\w*|speed\w*|faster|quicker|share|sharing|cache|caching|bandwidth|save)\b|\bdelivery\s+optimi[sz]ation\b.{0,40}\b(?:blocked|off|disabled|turned\s+off|not\s+allowed|forbidden|prohibited|banned|without|still\s+work|fails?|breaks?)\b|\b(?:blocked|disabled|without|no)\s+delivery\s+optimi[sz]ation\b|\b(?:every|each|all\s+(?:the\s+)?|\d+|many|several)\s*(?:laptops?|devices?|pcs?|machines?|units?)\b.{0,40}\bdownload\w*\s+(?:every|each|all|(?:the\s+)?same)\b|\b(?:\d+|many|several)\s+(?:laptops?|devices?|pcs?|machines?|units?)\b.{0,60}\b(?:all\s+of\s+them|each\s+of\s+them|each\s+one|every\s+one)\s+download\w*\b/i;

/** Which time server the device syncs with, or what must be reachable for it ("which time server does the device use during setup", "NTP target at OOBE", "what needs to be reachable for the time sync"). */
const WHICH_TIME_SERVER =
    /\b(?:reachable|open|opened|allow\w*|whitelist\w*|endpoints?|urls?|hosts?|ports?|firewall)\b.{0,40}\b(?:time\s+sync\w*|ntp)\b|\b(?:time\s+sync\w*|ntp)\b.{0,40}\b(?:reachable|endpoints?|urls?|hosts?|ports?|firewall)\b|\b(?:which|what)\s+(?:time|ntp|clock)\s+(?:server|source|host|target)s?\b|\bntp\s+(?:target|server|host|source)s?\b.{0,40}\b(?:use|uses|used|autopilot|oobe|setup|devices?)\b|\b(?:time|ntp)\s+server\b.{0,20}\b(?:does|do)\b.{0,30}\buse\b/i;

/**
 * Where an ESP profile is made ("where do i make a custom esp in intune", "which portal menu do I create the ESP profile
 * under", "where do I create a custom Enrollment Status Page profile"): Step 5 and its admin-center path.
 */
const WHERE_TO_CREATE_ESP =
    /\bhow\s+(?:do\s+|can\s+|should\s+)?(?:i|we)\s+(?:create|make|build|set\s*up|add)\s+(?:a|an|our|my)\s+(?:own|custom|new|separate)\s+(?:esp|enrol+ment\s+status\s+page)\b|^(?=.*\b(?:where|which\s+(?:menu|page|blade|section|tab|portal)|what\s+(?:menu|page|blade|section))\b)(?=.*\b(?:create|make|add|build|configure|new)\b).*\b(?:esp|enrol+ment\s+status\s+page)(?:\s+profiles?)?\b|\bwhere(?:'?s|\s+is|\s+are|\s+do\s+(?:i|we)\s+find)\s+(?:the\s+)?(?:esp|enrol+ment\s+status\s+page)(?:\s+(?:profiles?|settings?))?\s+(?:in|on)\s+(?:intune|the\s+(?:admin\s+cent(?:er|re)|portal))\b/i;
/** Another ESP question beside it: its settings, a problem, who may. */
const ESP_OTHER_ASK = /\b(?:stuck|fail\w*|error|timeout|time\s*out|role|permission|rbac|priority|scope\s+tag|registry|log|hang\w*|why)\b/i;

/**
 * When a long-running setup gives up by itself ("device setup has been going for 50 min, when will it give up on its own",
 * "does it ever time out by itself"): no duration is documented; the ESP timeout (60 minutes by default) is the one stop.
 */
const WHEN_IT_GIVES_UP =
    /\b(?:give\s+up|time\s*out|stop(?:\s+trying)?|fail|quit|abort)\s+(?:on\s+its\s+own|by\s+itself|automatically|eventually)\b|\b(?:when\s+)?(?:will|does|would)\s+it\s+(?:ever\s+)?(?:give\s+up|time\s*out|stop\s+trying|quit)\b/i;

/** What a choice changes ("what does it buy us", "what's the difference"): the card on that difference answers. */
const ASKS_WHAT_IT_CHANGES = /\bwhat\s+(?:does|do|would|will)\s+(?:it|that|we|i)\s+(?:buy|gain|give|get|change|add)\b|\bdifference\b|\bwhat\s+changes\b/i;

/**
 * Whether assigning a user is required ("do we HAVE to assign users to each laptop", "is it mandatory to assign a user",
 * "user assignment optional?"): optional, Step 7 says; without one only device-targeted apps install at the bench.
 */
const USER_ASSIGNMENT_REQUIRED =
    /\b(?:have|has|need|needs|must|required|mandatory|necessary|compulsory|obligatory)\b(?:\s+to)?\s+(?:(?:we|i|you|they|still|really|always|first|also)\s+)*assign\w*\s+(?:a\s+|the\s+|each\s+|every\s+|an\s+)?(?:end\s+)?(?:users?|person|people)\b(?!\s+(?:group|licen[cs]e|role)s?\b)|\bassign\w*\s+(?:a\s+|the\s+)?(?:end\s+)?users?\s+(?:is\s+|are\s+)?(?:really\s+)?(?:required|mandatory|necessary|compulsory|optional|a\s+must)\b|\busers?\s+assignment\s+(?:is\s+)?(?:required|mandatory|necessary|optional)\b/i;

/**
 * A privacy screen seen ("a privacy settings page showed up for the test user at first sign in", "saw a Privacy screen,
 * we thought it was hidden", "when does the privacy page pop up"): the user flow's privacy screen, which the profile hides.
 */
const PRIVACY_SCREEN_SEEN =
    /^(?=.*\bprivacy\s+(?:settings?\s+)?(?:screen|page|settings|prompt|choices)\b)(?=.*\b(?:saw|seen|sees|see|showed|shows?|popped|pops?|appear\w*|came\s+up|comes\s+up|got|gets|showing|hidden|hide|hid|asked|asks|asking|prompted)\b)/i;

/**
 * The last thing done before the device leaves the bench ("what's the very last thing we do before the laptop goes back
 * in the cart", "final step before it ships"): Reseal.
 */
const LAST_THING_BEFORE_IT_GOES =
    /\b(?:very\s+)?(?:last|final)\s+(?:thing|step|button|click)\s+(?:(?:we|i|you|they|techs?)\s+)?(?:do|press|click|hit|need\s+to\s+do|have\s+to\s+do|should\s+do)?\s*before\s+(?:it|the\s+(?:laptop|device|pc|unit|machine|notebook|tablet)s?|they|we)\s+(?:goes|go|ships?|leaves?|gets?\s+(?:boxed|packed|shipped)|(?:is|are)\s+(?:boxed|packed|shipped))\b/i;

/** One group or profile for everything: "share one device group", "be in the same profile", "use a single group". */
const SHARES_ONE_SETUP =
    /\b(?:share|sharing|be\s+in|go\s+in(?:to)?|put\s+(?:them\s+|both\s+|all\s+)?in(?:to)?|use|using)\s+(?:one|a\s+single|the\s+same|a\s+common|a\s+shared|just\s+one)\s+(?:autopilot\s+)?(?:device\s+)?(?:group|profile)s?\b/i;
/** An Autopilot mode named, so the devices set side by side deploy differently. */
const A_MODE = /\b(?:user[\s-]*driven|self[\s-]*deploy\w*|kiosks?|pre-?provision\w*|white[\s-]*glove)\b/i;

/** The technician flow by any name ("the Windows key thing", "pre-prov", "the tech flow", "white glove"). */
const THE_FLOW = /\b(?:pre-?prov\w*|white[\s-]*glov\w*|wg|tech(?:nician)?\s+(?:flow|part|phase)|bench\s+(?:part|step|flow|phase|bit)|(?:windows|win)\s+key\s+(?:thing|trick)|technician\s+flow|(?:same|whole|getting[\s-]ready)\s+(?:preparation|prep|process)|(?:depot|bench|workshop|shop)\s+prep)\b/i;
/** Once more: "again", "a second time", "redo", "re-run". */
const ONCE_MORE = /\bagain\b|\b(?:second|2nd|another)\s+(?:time|run|go)\b|\bre-?do(?:ing)?\b|\bre-?run(?:ning)?\b/i;
/** Asks to run it: "can I redo", "can it go through", "should we run", "need to redo", "or is it one and done", "before re-running". */
const ASKS_TO_RUN =
    /\b(?:can|could|may|should|shall|do)\s+(?:i|we|it|you|they)\s+(?:just\s+|simply\s+|still\s+)?(?:re-?do|re-?run|run|go\s+through|do|use|press|start|try)\b|\b(?:need|have|want)\s+to\s+(?:re-?do|re-?run)\b|\bone\s+and\s+done\b|\bbefore\s+(?:re-?running|re-?doing)\b/i;
/**
 * Done before, or for someone else now: "did it last month", "already went through", "after a failed run", "already got
 * resealed", "after reseal", "a new user", "the first go had the wrong driver".
 */
const DONE_BEFORE = /\b(?:last|previous)\s+(?:month|week|year|time|season)\b|\bfirst\s+(?:go|run|attempt|try)\b|\b(?:we|they|i)\s+(?:staged|prepped|prepared|provisioned|resealed)\b|\balready\s+(?:went|been|done|did|pre-?prov\w*)\b|\b(?:re-?imaged|wiped|reset)\b.{0,40}\b(?:after|following)\b|\bafter\s+a\s+failed\b|\balready\s+(?:got\s+|been\s+)?re-?sealed\b|\bafter\s+(?:the\s+)?re-?seal\b|\bnew\s+(?:user|owner|caseworker|customer|starter|hire|employee|person)\b|\b(?:different|diff|another)\s+(?:user|customer|person|owner)\b/i;

/**
 * A device that went through the flow before, asked to go through it again ("did this laptop last month, now it's going
 * to a new user: can I redo the Windows key thing?", "re-imaged after a failed bench run, can it go through pre-prov a
 * second time"): its Intune record must be deleted first.
 */
function runAgain(text: string): boolean {
    if (namesACode(text)) return false;
    return (THE_FLOW.test(text) && ONCE_MORE.test(text) && DONE_BEFORE.test(text) && ASKS_TO_RUN.test(text)) || returnedToRedo(text);
}

/** A device back from its user or a repair ("came back from the cart with a cracked key", "back from site for a rebuild"). */
const CAME_BACK = /\b(?:came|come|comes|coming|sent|got)\s+back\b|\breturned\b|\bback\s+from\b|\bafter\s+(?:the\s+|a\s+)?repair\b|\bfor\s+a\s+rebuild\b/i;
/** Wants it done again, or asks where to clear it ("need to redo it", "want to redo the depot prep, where do I clear it"). */
const WANTS_IT_REDONE = /\b(?:need|have|want|going)\s+to\s+re-?do\b|\b(?:can|could|should)\s+(?:i|we)\s+(?:just\s+)?re-?do\b|\bwhere\s+(?:do|can|should)\s+(?:i|we)\s+(?:clear|remove|delete|reset)\b/i;

/** A device back from use or repair, to go through the flow again: delete its Intune record first. */
function returnedToRedo(text: string): boolean {
    return CAME_BACK.test(text) && WANTS_IT_REDONE.test(text);
}
/**
 * The flow itself failed ("pre-prov failed", "white glove has failed", "it failed twice"), not an app inside it, nor
 * whether it failed ("is it failed?").
 */
const FLOW_FAILED = /(?<!\b(?:is|has|did|was|if)\s+)\b(?:pre-?prov\w*|white[\s-]*glov\w*|wg|tech(?:nician)?\s+flow|it|provisioning)\s+(?:has\s+|just\s+)?fail(?:ed|s)\b/i;
/** The message without what it quotes: an error's own words ("please try again later") are not the question. */
const withoutQuotes = (text: string) => text.replace(/(["'“‘])[^"'”’]{3,}?["'”’]/g, ' ');

/** Which button now: "which button", "what do I press". */
const ASKS_WHICH_BUTTON = /\b(?:which|what)\s+button\b|\bwhat\s+(?:do|should|shall)\s+(?:i|we)\s+(?:press|click|hit|tap)\b/i;

/**
 * The flow just failed, asked whether to run it again ("pre-prov failed, can I run it again?") or which button to press
 * ("pre-prov failed because the cable was out, which button"): Retry or Reset, each for its kind of cause. Not a device done before (that is reuse), nor a code (its own card).
 */
function failedRunAgain(text: string): boolean {
    const asked = withoutQuotes(text);
    return FLOW_FAILED.test(asked) && (ONCE_MORE.test(asked) || ASKS_WHICH_BUTTON.test(asked)) && !DONE_BEFORE.test(asked) && !namesACode(asked);
}

/** The progress screen met again by the user ("she sees the progress screen again at home"). */
const ESP_AGAIN = /\b(?:esp|progress\s+(?:screen|page|bar|bit)|status\s+(?:screen|page)|setup\s+screen)\b(?:(?!\b(?:pass\w*|pasw\w*|credential\w*|sign\w*|log\w*)\b).){0,30}\bagain\b|\bagain\b.{0,30}\b(?:esp|progress\s+(?:screen|page|bar)|status\s+page)\b/i;
/** A wait at the user's first sign-in ("still waited 20 min at first login", "first sign-in took ages"). */
const FIRST_SIGN_IN_WAIT = /\bwait(?:ed|s|ing)?\b.{0,30}\bfirst\s+(?:log[\s-]?in|sign[\s-]?in|logon|boot)\b|\bfirst\s+(?:log[\s-]?in|sign[\s-]?in|logon)\b.{0,40}\b(?:took|takes|slow|long|ages|wait\w*)\b/i;

/**
 * The end user meeting the ESP after the bench ("caseworker rang: she sees the progress screen again at home", "done at
 * the bench but the nurse still waited 20 min at first login, why", or whether Device preparation runs again for them),
 * which phases run at their first sign-in, or Device setup running again after the bench: the user flow runs Device
 * setup again and Account setup, as expected.
 */
function userMeetsEsp(text: string): boolean {
    if (namesACode(text)) return false;
    if (END_USER.test(text) && (ESP_AGAIN.test(text) || FIRST_SIGN_IN_WAIT.test(text) || DEVICE_PREP_AGAIN.test(text))) return true;
    return (ASKS_WHICH_PHASES.test(text) && USERS_FIRST_SIGN_IN.test(text)) || DEVICE_SETUP_AGAIN.test(text);
}

/** Which phases, steps or parts of the progress screen run or show ("which ESP phases run", "which progress steps will she see"). */
const ASKS_WHICH_PHASES =
    /\b(?:which|what)\s+(?:esp\s+|progress\s+|setup\s+|status\s+page\s+)?(?:phases?|steps?|stages?|parts?|sections?)\b.{0,40}\b(?:run|runs|show|shows|see|sees|appear|appears|happen|happens|go\s+through|goes\s+through|meet|meets|get|gets)\b/i;
/** The user's first sign-in after the bench however it is said ("logs in first time after reseal", "at her end"). */
const USERS_FIRST_SIGN_IN =
    /\bfirs?t\s+(?:time\s+)?(?:sign|log)(?:s|ged|ging)?[\s-]*(?:in|on)\b|\b(?:sign|log)(?:s|ged|ging)?[\s-]*(?:in|on)\s+(?:for\s+)?(?:the\s+)?firs?t\s+time\b|\bafter\s+(?:the\s+)?re-?seal\w*|\bat\s+(?:her|his|their)\s+end\b|\bwhen\s+(?:she|he|they|the\s+(?:end\s+)?user)\s+(?:first\s+)?(?:signs?|logs?)\b/i;
/** Device setup running again after the bench ("why is device setup running again for the agent when we already did it at the bench"). */
const DEVICE_SETUP_AGAIN =
    /\bdevice\s+setup\s+(?:is\s+|was\s+)?(?:running|runs|ran|run|showing|shows|showed|happening|happens|starting|started|came\s+up|comes\s+up)\s+again\b.{0,60}\b(?:already|bench|tech(?:nician)?s?|before)\b/i;

/**
 * The ESP's first phase asked to run again for the user ("does the whole device preparation bit run again", "does the ESP
 * redo from scratch for the user, device prep and all"): it does not; Device setup does.
 */
const DEVICE_PREP_AGAIN =
    /\bdevice[\s-]+prep(?:aration)?\b.{0,40}\b(?:again|re-?run\w*|re-?do\w*|repeat\w*|from\s+scratch)\b|\b(?:again|re-?run\w*|re-?do\w*|repeat\w*|from\s+scratch)\b.{0,40}\bdevice[\s-]+prep(?:aration)?\b/i;

/** No user assigned to the device ("no user assigned to this one", "without an assigned user", "no user assignment"). */
const NO_USER_ASSIGNED = /\bno\s+(?:end\s+)?users?\s+(?:is\s+|was\s+|has\s+been\s+)?(?:assigned|pre-?assigned|assignment)\b|\bwithout\s+(?:an?\s+)?(?:assigned\s+|pre-?assigned\s+)?(?:end\s+)?user(?:\s+assign(?:ed|ment))?\b|\bnot\s+assigned\s+to\s+(?:a|any)\s+user\b/i;
/** Which apps it gets, or whether some go on: "which apps install", "will user apps go on", "what does it get". */
const ASKS_WHICH_APPS = /\b(?:which|what)\s+(?:apps?|software|stuff)\b|\bapps?\b.{0,40}\b(?:install\w*|go\s+on|get\s+(?:installed|put\s+on)|land|come\s+down|put\s+on)\b|\b(?:gets?|install\w*)\b.{0,30}\bapps?\b/i;

/**
 * No user assigned, asked which apps install ("no user assigned to this laptop, which apps does it get at the bench",
 * "will user-assigned apps go on during the tech flow without a user"): the device-targeted ones only.
 */
function appsWithoutUser(text: string): boolean {
    return NO_USER_ASSIGNED.test(text) && ASKS_WHICH_APPS.test(text);
}

/** The failure screen, by its colour or name. */
const FAILURE_SCREEN = /\b(?:red|fail\w*|error)\s+(?:screen|page)\b|\b(?:went|turned|goes|is)\s+red\b/i;
/** Choices on a screen: options, buttons, or the failure screen's own two. */
const CHOICES = /\b(?:options?|buttons?|choices?)\b|\bretry\b|\breset\b/i;

/**
 * The technician on the failure screen asking which of its choices to take ("red screen with two options, which one do I
 * pick"): Retry or Reset, not the options screen after the Windows key.
 */
export function atFailureChoices(text: string): boolean {
    return FAILURE_SCREEN.test(text) && CHOICES.test(text) && (ASKS_WHICH_OPTION.test(text) || ASKS_WHAT_THEY_DO.test(text)) && !OPTION_TAKEN.test(text);
}

/** "What do I do now", "how do I proceed", "next step?": the technician asks what to do, naming no choice. */
const ASKS_WHAT_NOW = /\bwhat\s+(?:do|should|shall|must|can)\s+(?:i|we)\s+do\s+(?:now|next|first)\b|\bhow\s+(?:do|should|shall)\s+(?:i|we)\s+(?:proceed|continue|go\s+on)\b|\bwhat\s+now\b|\bnext\s+steps?\b/i;

/** What each of the buttons does ("there are buttons at the bottom, what do they each do?"); not the screen's parts. */
const ASKS_WHAT_THEY_DO = /\bwhat\s+(?:do|does)\s+(?:they|these|those|the\s+(?:buttons?|options?))\s+each\s+do\b|\bwhat\s+(?:does\s+)?each\s+(?:one|button|option)\s+do(?:es)?\b/i;

/**
 * The technician on the failure screen asking what to do, no choice or error named ("preprov failed with a red screen,
 * what do I do now"): the failure screen's card, which says to save the logs before Retry or Reset.
 */
function atFailureScreenAsksWhatNow(text: string): boolean {
    return FAILURE_SCREEN.test(text) && ASKS_WHAT_NOW.test(text) && !CHOICES.test(text) && !namesACode(text);
}

/**
 * The success screen reached, asked what now ("tech got the success screen after device setup, what now"): Reseal. Not
 * once Reseal was pressed (what follows it), nor what the user does next.
 */
function atSuccessScreenAsksWhatNow(text: string): boolean {
    return /\b(?:success|green)\s+(?:screen|page)\b/i.test(text) && ASKS_WHAT_NOW.test(text) && !/\bre-?seal\w*/i.test(text) && !ASKS_ABOUT_USER.test(text);
}

/**
 * Asks what a screen shows beyond what was named: "what does the error page show besides the error code", "what other
 * details does it show", "what else is on it".
 */
const ASKS_WHAT_IT_SHOWS =
    /\bwhat\s+(?:else\s+|other\s+(?:[\w-]+\s+)?)?(?:does|do|will|would|can)\s+(?:it|they|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:show|display|list|contain)\b|\bbesides\s+the\s+(?:error\s+)?code\b|\bwhat\s+else\s+is\s+on\s+(?:it|there)\b/i;

/**
 * The failure screen asked what it shows ("what does the error page show besides the error code, the interns photograph
 * it"): the failure screen's card, which lists its parts (organisation, profile, user, elapsed time).
 */
function failureScreenShows(text: string): boolean {
    return FAILURE_SCREEN.test(text) && ASKS_WHAT_IT_SHOWS.test(text) && !namesACode(text);
}

/**
 * The technician flow's way in by what it looks like to a newcomer: "how do I get the hidden menu on the setup screen",
 * "bring up the secret options". The Windows key five times opens it.
 */
const REACHES_HIDDEN_MENU =
    /\b(?:get|open|reach|bring\s+up|pull\s+up|find|access|show|see)\b.{0,25}\b(?:hidden|secret)\s+(?:menu|screen|options?|mode|page)\b/i;

/** The pre-provisioning option by its name on either Windows. */
const PRE_PROVISIONING_OPTION = /\b(?:windows\s+)?autopilot\s+provisioning\b|\bpre-?provision\s+with\s+(?:windows\s+)?autopilot\b/i;
/** Asks about a button: which one (ASKS_WHICH_BUTTON), or "there's a button at the bottom right, is that continue". */
const ASKS_THE_BUTTON = new RegExp(
    String.raw`${ASKS_WHICH_BUTTON.source}|\bbutton\b.{0,60}\b(?:is\s+(?:that|it)|continue|next)\b|\bis\s+(?:that|it)\s+(?:the\s+)?(?:continue|next)\b`,
    'i'
);
/** The options screen's own button already pressed: what follows is the configuration screen. */
const OPTIONS_BUTTON_PRESSED = /\b(?:pressed|clicked|hit|selected|tapped|chose|after)\s+(?:on\s+)?(?:continue|next)\b/i;

/**
 * The pre-provisioning option taken, asking which button follows ("I clicked autopilot provisioning and there's a button
 * at the bottom right, is that continue"): still the options screen, whose card names Continue (10) and Next (11).
 */
function optionTakenAsksButton(text: string): boolean {
    return PRE_PROVISIONING_OPTION.test(text) && OPTION_TAKEN.test(text) && ASKS_THE_BUTTON.test(text) && !OPTIONS_BUTTON_PRESSED.test(text) && !PROBLEM.test(text);
}

/**
 * The technician on the options screen after the Windows key five times, asking which option to take: "pressed win 5x,
 * the options look different, which one", "on the menu now, what do I click". Not when the option was already taken
 * (what follows is the next screen), nor another screen's choices (Retry or Reset).
 */
export function atOptionsScreen(text: string): boolean {
    if (PROBLEM.test(text) || OPTION_TAKEN.test(text) || OTHER_SCREEN.test(text) || !ASKS_WHICH_OPTION.test(text)) return false;
    return OPTIONS_ON_SCREEN.test(text) || (AFTER_WINDOWS_KEY.test(text) && OPTIONS_WORD.test(text));
}

/**
 * After an error's answer, "we also see it on w10 22h2, same KB?": the same error on another Windows (its other OS
 * wording), not a question about Windows versions. Undefined unless the message is short, points back at the error,
 * names a Windows or a release and no code of its own.
 */
export function sameErrorOnOtherWindows(text: string, facets: Facets, topic: KnowledgeEntry | undefined): boolean {
    if (topic?.kind !== 'error' || topic.codes.length === 0 || facets.codes.length > 0) return false;
    if (text.trim().split(/\s+/).length > FOLLOW_UP_WORDS) return false;
    const namesWindows = facets.os.length > 0 || WINDOWS_RELEASE.test(text);
    return namesWindows && POINTS_BACK_AT_ERROR.test(text);
}

/**
 * What a question is for, not what it asks: "my colleague wants a screenshot for the ticket" beside "what info is on the
 * success page", "the customer wants a one-pager" beside what the end user does. The screenshot and the ticket it is for are left out of what is searched (the failure card's "ticket
 * template" must not pull it); what goes *in* a ticket is still a question of its own.
 */
const PURPOSE =
    /\b(?:(?:my|our|the)\s+(?:colleague|boss|manager|lead|team\s*lead|helpdesk|service\s+desk)\s+(?:wants|needs|asked\s+for|asks\s+for)\s+)?(?:(?:take|took|taking|grab|send|attach|snap|make)\s+)?(?:(?:a|the)\s+)?(?:screen\s*shots?|photos?|pictures?|pics?)(?:\s+of\s+(?:it|that|this))?(?:\s+for\s+(?:the|a|our|my)\s+(?:ticket|records?|report|documentation|docs))?\b|\b(?:need|want)s?\s+(?:it|that|this)\s+for\s+(?:the|a|our|my)\s+(?:ticket|records?|report|documentation)\b|\bfor\s+(?:the|a|our|my)\s+(?:ticket|records?)\b|\b(?:(?:the|my|our)\s+)?(?:customer|client|boss|manager|colleague|school|hospital)\s+(?:wants|needs|asked\s+for|asks\s+for)\s+(?:a\s+|an\s+)?(?:(?:one|1)[\s-]?pager|summary|handout|hand-?out|write[\s-]?up|leaflet|cheat[\s-]?sheet)\b|\b(?:for\s+)?(?:a\s+)?(?:one|1)[\s-]?pager\b/gi;

export function withoutPurpose(text: string): string {
    return text.replace(PURPOSE, ' ');
}

/** A question read whole by one pattern, answered by one entry; `holds`: what must also be true of the message. */
interface ReadWhole {
    pattern: RegExp;
    entry: string;
    holds?: (text: string) => boolean;
}

/**
 * Their own words on the ESP's error or timeout screen ("want the ESP error to say 'call the bench x4455'", "put our
 * helpdesk number on the setup failed screen"): the custom message setting.
 */
const ESP_OWN_MESSAGE =
    /\b(?:esp|enrol+ment\s+status\s+page|setup)\s+(?:error|failure|timeout)\s+(?:screen\s+|page\s+|message\s+)?to\s+(?:tell|say|ask)\b.{0,40}\b(?:ring|call|phone|contact|text|email)\b|\b(?:want|make|get|have|set|change|customi[sz]e|edit|put|add|show|display)\w*\b.{0,40}\b(?:esp|enrol+ment\s+status|setup\s+(?:failed|error)|error\s+(?:screen|page|message)|failure\s+(?:screen|page|message)|timeout\s+(?:screen|page|message))\b.{0,40}\b(?:to\s+say|says?\s+['"“]|to\s+show\s+['"“]|to\s+read|(?:phone|contact|extension|helpdesk|service\s+desk|support)\s+(?:number|no\.?|details|info))|\b(?:display|show|put|add|give)\w*\s+(?:our|the|a|my)\s+(?:own\s+)?(?:it\s+|service\s+desk\s+|helpdesk\s+|help\s+desk\s+|support\s+)?(?:telephone|phone|contact)?\s*(?:number|extension|details|contact)\b.{0,40}\b(?:screen|esp|setup)\b.{0,30}\b(?:fail\w*|errors?|times?\s+out|goes\s+wrong)\b|\b(?:put|add|show|display)\w*\s+(?:our|the|a|my)\s+(?:own\s+)?(?:phone|cell|mobile|desk|direct|helpdesk|service\s+desk|support|contact|bench)\s+(?:phone\s+)?(?:number|no\.?|details|info|extension)\s+(?:on|in)\s+(?:the\s+)?(?:esp|setup|error|failure|timeout)\b/i;

/**
 * Account setup over, asked what follows ("after account setup finishes what happens", "once the user ESP is done, then
 * what", "account setup is done, what comes next?"), or what the user sees once it is all done.
 */
const AFTER_ACCOUNT_SETUP =
    /\bwhat\s+(?:does|will|do|would)\s+(?:she|he|they|(?:the|my|our)\s+(?:end\s+)?(?:users?|employees?))\s+see\s+(?:when|once|after)\s+(?:it'?s|it\s+is|everything\s+is|everything'?s|setup\s+is|it\s+has)\s+(?:all\s+)?(?:finished|done|complete\w*|over)\b|(?:\b(?:after|once|when)\s+|^\s*)(?:the\s+)?(?:account\s+setup|user\s+(?:esp|phase)|user'?s\s+esp)\s+(?:finish\w*|(?:is\s+|was\s+|has\s+)?(?:done|over|finished|complete|completed|through)|complet\w*|ends?|ended)\b.{0,30}\b(?:what|then|next)\b/i;

/**
 * The network cable, the Wi-Fi or the power lost in the middle of it ("failed because the patch cable was loose", "someone
 * knocked the power lead out", "the wifi dropped during device setup"): plug it back in; the interrupted-run card says
 * whether to carry on, Retry or Reset.
 */
const CABLE_OR_POWER_LOST =
    /\b(?:wi-?fi|wireless|network|internet|connection)\s+(?:dropped|went\s+down|cut\s+out|died|dropped\s+out|was\s+lost|got\s+lost|disconnected)\b(?=.{0,60}\b(?:during|in|at|mid|while|midway|halfway)\b)|\b(?:cable|patch\s+lead|ethernet|lan|network\s+lead|power\s+(?:lead|cord|supply|brick)|charger|plug)\b.{0,25}\b(?:was\s+|got\s+|came\s+|had\s+)?(?:loose|came\s+out|fell\s+out|pulled\s+out|knocked\s+out|unplugged|disconnected|dropped\s+out|wasn'?t\s+(?:in|plugged|seated)|not\s+(?:in|plugged|seated))\b|\b(?:knocked|kicked|pulled|yanked|tripped\s+over)\s+(?:out\s+)?(?:the\s+)?(?:cable|lead|plug|power|ethernet|charger)\b|(?<!\b(?:cmos|bios|rtc|coin(?:[\s-]+cell)?)\s+)\bbattery\b.{0,20}\b(?:was\s+|went\s+|got\s+|ran\s+)?(?:empty|dead|died|flat|drained|out)\b/i;

/**
 * The very first thing to set up in the tenant ("new to autopilot, what's the very first thing to set in the tenant",
 * "where do I start in Intune"): automatic enrollment, Step 1.
 */
const FIRST_THING_IN_TENANT =
    /\b(?:very\s+)?first\s+(?:thing|step|setting|bit)s?\b.{0,40}\b(?:tenant|intune|entra|admin\s+cent(?:er|re)|portal)\b|\bwhere\s+(?:do\s+(?:i|we)|should\s+(?:i|we)|to)\s+(?:even\s+)?start\b.{0,40}\b(?:tenant|intune|entra|admin\s+cent(?:er|re)|portal)\b/i;

/**
 * The hardware hash wanted from a device sitting at OOBE ("need the hash from a laptop sitting at OOBE, no desktop"): the
 * ways to collect it without a desktop.
 */
const HASH_AT_OOBE =
    /^(?=.*\b(?:get|grab|pull|capture|collect|need|export|extract|take|copy|read|upload|send|push|submit)\w*\s+(?:the\s+|a\s+|its\s+|their\s+|that\s+)?(?:hardware\s+|hw\s+|device\s+)?hash(?:es)?\b)(?=.*\b(?:oobe|no\s+desktop|setup\s+screens?|first\s+screen|out[\s-]+of[\s-]+(?:the\s+)?box|language\s+screen|region\s+screen)\b)/i;

/**
 * Language, region or keyboard screens showing though the profile hides them ("why am I getting the language and
 * keyboard screens when the profile is set to hide them"): the profile was not there yet, for want of a network.
 */
const HIDDEN_SCREENS_SHOWN =
    /^(?=.*\b(?:language|region|keyboard|locale|country)\b)(?=.*\b(?:get|getting|got|see|seeing|saw|shows?|showing|shown|appears?|appearing|comes?\s+up|pops?\s+up|asks?|asking)\b)(?=.*\b(?:hide|hides|hidden|hiding|skip|skips|skipped|set\s+to\s+(?:hide|skip|automatic))\b)/i;

/**
 * How to give one device its user ("how can I pre-assign a user to one particular laptop", a job read as the user):
 * Step 7, assigning users.
 */
const ASSIGN_USER_TO_DEVICE =
    /\b(?:how|where|way)\b.{0,30}\b(?:tie|link|attach|connect|pair|match)\s+(?:a|an|the|one|each|every|my|our)\s+(?:[\w-]+\s+){0,2}?(?:users?|person|employees?|manager|staff(?:\s+member)?)\s+to\s+(?:a|an|the|one|each|every|this|that|their|his|her|its)\s+(?:own\s+|specific\s+|new\s+)?(?:device|laptop|pc|machine|workstation|tablet|computer|notebook)s?\b|\b(?:how|where|way)\b.{0,30}\b(?:pre-?)?assign\w*\s+(?:a|an|the|one|each|every|my|our)\s+(?:specific\s+|particular\s+|named\s+)?users?\s+to\s+(?:a|an|the|one|each|every|this|that|their|his|her|its)\s+(?:specific\s+|particular\s+|single\s+|new\s+)?(?:device|laptop|pc|machine|workstation|tablet|kiosk|wow|cow|computer|notebook)s?\b/i;

/** How many times the Windows key is pressed, either way round ("how many times is the windows key", "win key, how many presses"). */
const WIN_KEY_COUNT = new RegExp(
    String.raw`\b(?:how\s+many|how\s+often|number\s+of)\b.{0,40}\b${WIN_KEY}\b|\b${WIN_KEY}\b.{0,100}\b(?:how\s+many|how\s+often|number\s+of)\b`,
    'i'
);

/**
 * A line of the ESP showing "Identifying", asked what it is doing or whether that is normal ("the apps line on device
 * setup is sitting on 'Identifying', what's it doing"): whatever phase is named beside it, the word is the subject.
 */
const IDENTIFYING_ASKED =
    /^(?=.*\bidentifying\b)(?=.*(?:\bwhat(?:'?s|\s+is)\s+(?:it|that|this)\s+(?:actually\s+|really\s+)?doing\b|\bwhat\s+(?:does|is)\s+(?:it|that|this|identifying)\s+(?:mean|doing)\b|\bis\s+(?:that|this|it)\s+normal\b|\bwhat\s+is\s+it\s+identifying\b))/i;

/**
 * Why do the bench part at all, set against handing the device over as it is ("what's the point of the bench part vs
 * just giving staff the laptop in the box"): what it gains over user-driven.
 */
const WHY_PRE_PROVISION =
    /^(?=.*\b(?:vs\.?|versus|instead\s+of|rather\s+than|compared\s+(?:to|with)|just\s+(?:giv|hand|ship|send|let)\w*)\b)(?=.*\b(?:what'?s\s+the\s+(?:point|benefit|advantage|use)|why\s+bother|why\s+(?:even\s+)?(?:do|bother)\b|why\s+(?:do|would|should)\s+(?:we|i|you|anyone)\s+(?:even\s+)?(?:do|use|bother)|what\s+do\s+(?:we|i)\s+gain|(?:is\s+it|it'?s)\s+(?:even\s+)?worth\s+it|benefits?\s+of|advantages?\s+of)\b)(?=.*\b(?:bench(?:\s+part)?|tech(?:nician)?\s+(?:part|flow|phase)|pre-?prov\w*|white[\s-]*glove|wg)\b)/i;

/** Devices registered by a vendor or reseller, asked how to check they arrived ("the vendor says they registered our order, how do I check"). */
const PARTNER_REGISTERED_CHECK =
    /\b(?:vendor|reseller|oem|supplier|partner|distributor|dell|hp|lenovo|they)\b.{0,60}\b(?:registered|uploaded|added|imported)\b.{0,80}\b(?:check|confirm|verify|see|make\s+sure|show(?:ed)?\s+up|appear\w*|landed|arrived)\b/i;

/** How to confirm the profile is assigned ("how do I confirm the profile is actually assigned before a laptop goes to the bench"). */
const PROFILE_ASSIGNED_CHECK =
    /\b(?:confirm|check|verify|see|know|tell|make\s+sure)\b.{0,40}\b(?:autopilot\s+|deployment\s+)?profile\s+(?:is\s+|has\s+been\s+|was\s+|got\s+)?(?:actually\s+|really\s+|properly\s+)?assigned\b/i;

/**
 * How long until a profile shows Assigned: asked with the profile and its assignment named ("how long until the
 * profile shows assigned after I import", "how long from Assigning to Assigned"), or after a status that is not there
 * yet ("devices still Not assigned. how long does it take").
 */
const PROFILE_ASSIGNMENT_WAIT =
    /\bhow\s+long\b(?=.{0,80}\bprofiles?\b)(?=.{0,100}\bassign(?:ed|ing|ment)\b)|\b(?:not\s+(?:yet\s+)?assigned|assigning|unassigned)\b.{0,80}\bhow\s+long\b/i;

/**
 * A device given no profile that still shows Autopilot ("a laptop we never gave any profile to still went through the
 * Autopilot screens"), or asked what happens when one boots without a profile ("forgot to assign any profile, what will
 * happen at OOBE?"): the default profile, or plain OOBE.
 */
const NO_PROFILE_STILL_AUTOPILOT =
    /\b(?:no|without|forgot\s+to\s+assign|never\s+assigned|never\s+got|didn'?t\s+(?:assign|get)|did\s+not\s+(?:assign|get)|not\s+assigned)\s+(?:any\s+|a\s+|an\s+)?(?:autopilot\s+|deployment\s+)?profiles?\b.{0,60}\b(?:what\s+(?:will\s+|would\s+|does\s+)?happens?|anyway)\b|\b(?:isn'?t|is\s+not|not|wasn'?t|was\s+not)\s+in\s+(?:any|a)\s+(?:of\s+(?:our|the)\s+)?(?:device\s+)?groups?\b.{0,60}\b(?:still|anyway|even\s+so)\b|\b(?:never|didn'?t|did\s+not|haven'?t|have\s+not|no)\s+(?:give|gave|given|assign\w*|set|create\w*|target\w*)\s+(?:it\s+|them\s+)?(?:any\s+|a\s+|an\s+|the\s+)?(?:autopilot\s+|deployment\s+)?profiles?\b.{0,80}\b(?:still|anyway|even\s+so)\b/i;

/** Language, region and keyboard shown on one page ("now it shows language, region and keyboard all on one page"). */
const ALL_ON_ONE_PAGE =
    /\b(?:language|region|keyboard)\b.{0,60}\b(?:all\s+)?(?:on|in)\s+(?:one|a\s+single|the\s+same|1)\s+(?:page|screen)\b/i;

/**
 * The ESP failed for the user, asked what they can do themselves ("user part failed with an ESP error, can the staff
 * member do anything themselves or bring it back", "can the user get a reset button if install fails at home"): whether they
 * may reset or use the device is the ESP's setting.
 */
const USER_OPTIONS_ON_FAILURE =
    /^(?=.*(?:\b(?:esp|setup|install\w*|account\s+setup|user\s+(?:part|flow|phase|side))\b.{0,40}\b(?:fail\w*|error|timed?\s*out)\b|\b(?:fail\w*|error)\b.{0,40}\besp\b))(?=.*(?:\b(?:can|could)\s+(?:the\s+)?(?:end\s+)?(?:users?|staff|employees?|they|she|he)\s+(?:get|have|see)\s+(?:a\s+|the\s+)?(?:reset|retry)\s+(?:button|option)|\b(?:can|could)\s+(?:the\s+)?(?:end\s+)?(?:users?|staff(?:\s+members?)?|employees?|they|she|he|teachers?|students?|nurses?|drivers?|people|persons?)\s+(?:do\s+anything|fix\s+it|continue|reset|retry|get\s+past|skip|carry\s+on|use\s+(?:it|the\s+(?:device|laptop|pc|tablet)))\b|\b(?:user|staff(?:\s+member)?|they|she|he)\s+(?:can|could)\s+(?:do\s+anything|fix\s+it|continue|reset|retry|get\s+past|skip)\b))/i;

/** The diagnostics page not showing, or which setting turns it on ("win11 diagnostics page at oobe isn't showing, which esp setting"). */
const DIAGNOSTICS_PAGE_SETTING =
    /\bno\s+(?:view\s+)?diagnostics?\s+(?:option|button|page|link)\b|\b(?:view\s+)?diagnostics?\s+(?:option|button|link)\b.{0,40}\b(?:missing|not\s+there|isn'?t\s+there|gone|greyed|not\s+showing)\b|\bctrl[\s+-]*shift[\s+-]*d\b.{0,40}\b(?:nothing|not\s+work\w*|doesn'?t\s+work|didn'?t\s+(?:work|open|show|do\s+anything)|no\s+(?:page|window))\b|\bdiagnostics?\s+page\b.{0,50}\b(?:not\s+(?:showing|there|appearing|available|opening|coming\s+up)|isn'?t\s+(?:showing|there|appearing|available|opening)|doesn'?t\s+(?:show|appear|open|come\s+up)|won'?t\s+(?:show|open|appear)|missing|greyed|which\s+setting|what\s+setting|enable|turn\s+on|switch\s+on)\b|\b(?:enable|turn\s+on|switch\s+on|which\s+setting|what\s+setting)\b.{0,40}\bdiagnostics?\s+page\b/i;

/** How long the user's part takes against plain user-driven ("how long does the user flow take compared to normal autopilot"). */
const USER_FLOW_DURATION =
    /^(?=.*\b(?:how\s+(?:long|fast|quick)|time|faster|quicker|shorter|longer)\b)(?=.*\buser(?:'?s)?\s+(?:flow|part|phase|side|setup)\b)(?=.*\b(?:compared|vs\.?|versus|than|normal\s+autopilot|regular\s+autopilot|user[\s-]+driven|without\s+(?:pre-?prov\w*|white\s*glove))\b)/i;

/** The end user told the device was pre-provisioned, asking what that did ("my new laptop was pre-provisioned, what did they do to it"). */
const WHAT_WAS_DONE_TO_IT =
    /\b(?:my|our|the|this)\s+(?:new\s+)?(?:laptop|device|pc|computer|machine|notebook)\s+(?:was|has\s+been|got|is)\s+(?:pre-?provisioned|white[\s-]*glov\w*)\b.{0,60}\bwhat\s+(?:did|does|do|was|has|have|exactly)\b/i;

/** Which of several ESPs a device gets ("we have 3 ESP profiles, which one the device takes during the technician phase"). */
const WHICH_ESP_APPLIES =
    /^(?=.*\b(?:\d+|two|three|four|several|multiple|many|more\s+than\s+one)\s+(?:esps?|enrol+ment\s+status\s+pages?)(?:\s+profiles?)?\b|.*\b(?:esp|enrol+ment\s+status\s+page)\s+profiles\b|.*\besp\b.{1,40}\band\s+(?:an?\s+|the\s+|one\s+)?[\w-]+\s+esp\b)(?=.*\bwhich\s+(?:one|esp|profile|applies|is\s+used|takes?\s+(?:effect|precedence))\b|.*\bwins?\b)/i;

/** Which role someone needs for an Autopilot task ("which Intune role does our service desk need so he can import devices but nothing more"). */
const ROLE_FOR_TASK =
    /\b(?:which|what)\s+(?:intune\s+|entra\s+|rbac\s+|custom\s+|built-?in\s+)?(?:roles?|permissions?|rights)\b.{0,60}\b(?:need|needs|required|require|so\s+(?:he|she|they)\s+can|to\s+(?:import|upload|assign|register|delete|manage))\b/i;

/** The most devices in one CSV ("how many devices maximum in one CSV"). */
const CSV_MAXIMUM =
    /\b(?:how\s+many|max(?:imum)?|limit|most|up\s+to)\b.{0,40}\b(?:in|per)\s+(?:(?:one|a|each|a\s+single|the)\s+)?(?:csv|import|file)\b|\bcsv\b.{0,30}\b(?:max(?:imum)?|limit|how\s+many)\b/i;

/** A span of time, as technicians give it ("for 2 hours", "40 min", "an hour and a half"). */
const A_SPAN = String.raw`(?:\d+|an?|one|two|three|four|half\s+an)\s*(?:hours?|hrs?|h|minutes?|mins?|m)\b`;
/**
 * Long on the ESP, asked whether that is normal or whether to stop ("for 2 hours it is on the same screen 'Device setup'
 * with apps installing, is it normal or I should stop it", "been on device setup 40 min, is it stuck?").
 */
const LONG_ON_THE_ESP = new RegExp(
    String.raw`^(?=.*(?:\b(?:for|been)\s+${A_SPAN}.{0,60}\b(?:device\s+setup|esp|enrol+ment\s+status|apps?\s+install\w*|installing)\b|\b(?:device\s+setup|esp|installing)\b.{0,60}\b(?:for\s+)?${A_SPAN}))` +
        String.raw`(?=.*\b(?:is\s+(?:it|this|that)\s+(?:normal|ok|okay|stuck)|normal\??|should\s+i\s+(?:stop|wait|abort|reset|restart)|i\s+should\s+(?:stop|wait)|keep\s+waiting|how\s+much\s+longer|stop\s+it)\b)`,
    'i'
);

/** Reseal or the success screen named: with RESEAL_TOO_EARLY and apps beside it, Reseal came before the apps were in. */
const RESEAL_NAMED = /\b(?:re-?seal\w*|success\s+screen|green\s+screen)\b/i;

/** What the start button on the configuration screen is called ("what's the start button called on the win 11 pre-provision screen"). */
const START_BUTTON_NAME =
    /\b(?:start|go|begin|provision(?:ing)?)\s+button\b.{0,40}\b(?:called|named|label\w*|say|says)\b|\bwhat(?:'s|\s+is)\s+the\s+button\b.{0,50}\b(?:config\w*|pre-?provision\w*|white\s*glove)\s+(?:screen|page)\b/i;

/** Blocking only on a few apps ("only want to block on 3 apps", "block on just the VPN and the dispatch app", "only want 3 apps to hold the bench"). */
const BLOCK_ON_SOME_APPS =
    /\bonly\s+(?:want\s+|need\s+)?(?:\d+|a\s+few|some|two|three|four|five)\s+(?:\w+\s+)?apps?\s+to\s+(?:hold|block|wait|count)\b|\bblock\w*\s+(?:on\s+)?(?:only\s+|just\s+)?(?:\d+|a\s+few|some|certain|specific|selected|these|those|two|three|four|five)\s+(?:\w+\s+)?(?:apps?|applications)\b|\bonly\s+(?:want\s+to\s+|wanna\s+)?(?:block|wait)\w*\s+(?:on|for)\s+(?:\d+|a\s+few|some|certain|specific|two|three|four|five)\s+(?:\w+\s+)?apps?\b/i;

/** No cable possible, asked which screens come first ("surface go has no ethernet port, what screens will I get before it connects"). */
const SCREENS_WITHOUT_CABLE =
    /^(?=.*\b(?:no\s+(?:ethernet|lan|network|rj-?45)(?:\s+port)?|no\s+cable|wi-?fi\s+only|only\s+(?:have\s+)?wi-?fi|without\s+(?:a\s+)?cable)\b)(?=.*\b(?:what|which)\s+screens?\b)/i;

/** A user assigned beforehand, asked whether their name shows at sign-in ("if I assign the user ahead of time, does their name show up on the sign in page"). */
const ASSIGNED_NAME_ON_SIGN_IN =
    /^(?=.*\bassign\w*\b.{0,40}\busers?\b|.*\busers?\b.{0,20}\bassigned\b)(?=.*\b(?:name|username|user\s+name|upn|e-?mail)\b.{0,40}\b(?:show\w*|appear\w*|pre-?fill\w*|pre-?populat\w*|filled|there)\b)(?=.*\bsign[\s-]*in\s+(?:page|screen)\b)/i;

/** Where a Win32 app's logs are on the device ("where are the Win32 app logs on the laptop? Premiere keeps failing at the bench"). */
const APP_LOGS_ON_DEVICE =
    /\bwhere\b.{0,25}\b(?:win32\s+(?:app\s+)?|app\s+(?:install\w*\s+)?|ime\s+|intune\s+management\s+extension\s+)logs?\b/i;

/**
 * The user's part from home rather than the office ("can the user do her part on her home broadband or does it have to
 * come into the office", "does the journalist need to be in the office for the first sign-in"): any internet will do.
 */
const USER_PART_FROM_HOME = new RegExp(
    String.raw`^(?=.*\b(?:home|broadband|remote(?:ly)?|(?:the|an?)\s+office|on[\s-]?site|in\s+person|kitchen)\b)(?=.*(?:${END_USER_AT_SETUP}|\buser[\s-]+flow\b))` +
        String.raw`(?=.*\b(?:(?:need|needs|have|has)\s+to\s+(?:be|come|go)|come\s+(?:in(?:to)?|back)|(?:is|are)\s+(?:home\s+)?(?:broadband|wi-?fi|internet|network)\s+(?:fine|ok|okay|enough)|fine|ok|okay|work\s+(?:from|at)\s+home|(?:do|does)\s+(?:it|this|that|her\s+part|his\s+part|their\s+part)\s+(?:at|from)\s+home)\b)`,
    'i'
);

/**
 * The network the user will have for their part, and whether it changes anything ("the user will be at the field
 * station with wifi only, anything they need to do differently", "is any internet fine for the user"): any internet
 * does; without a cable the network screens show first.
 */
const USER_NETWORK_FOR_THEIR_PART =
    /^(?=.*\b(?:the|our|my|each|every|a)\s+(?:end\s+)?users?\b)(?=.*\b(?:wi-?fi|wireless|internet|hotspot|broadband|4g|5g|lte|mobile\s+data)\b)(?=.*\b(?:need\s+to\s+(?:be|do|have)|do\s+(?:anything|something)\s+different\w*|anything\s+(?:different|else)|any\s+internet|(?:is|be)\s+(?:any\s+internet|that|it|wi-?fi)\s+(?:fine|ok|okay|enough))\b)/i;

/**
 * "Something went wrong" in OOBE, with no code, on a network or a site ("generic 'Something went wrong' page during OOBE
 * on the bench VLAN", "right after joining the depot wifi", "at the KL site only"): the identity URLs blocked. A code
 * named beside it is that code's card (READ_WHOLE is skipped then).
 */
const SOMETHING_WENT_WRONG_AT_OOBE =
    /^(?=.*\bsomething\s+went\s+wrong\b)(?=.*\b(?:oobe|wi-?fi|network|vlan|site|bench|depot|joining|connect\w*|proxy|firewall|first\s+screens?)\b)/i;

/**
 * Conditional Access blocking the enrollment itself at the bench ("CA blocks everything that's not compliant and now
 * enrollment fails at the bench"): not the user flow's compliance reset.
 */
const CA_BLOCKS_ENROLLMENT =
    /^(?=.*\b(?:conditional\s+access|ca\s+polic(?:y|ies)|ca\s+rules?|ca)\b)(?=.*\benrol+\w*\b.{0,20}\b(?:fails?|failed|failing|blocked|breaks?|broke|errors?)\b|.*\b(?:fails?|failed|blocks?|blocked|breaks?)\b.{0,20}\benrol+\w*)(?=.*\b(?:bench|technician|tech\s+flow|oobe|pre-?prov\w*|white[\s-]*glove|device\s+preparation)\b)/i;

/**
 * Someone other than the assigned user at the sign-in ("laptop is assigned to one driver but another driver grabbed it,
 * can he sign in?", "another staff member (not the assigned user) tried to sign in, can they?").
 */
const OTHER_THAN_ASSIGNED_SIGNS_IN =
    /^(?=.*\b(?:assigned|pre-?assigned)\b)(?=.*\b(?:another|other|different|someone\s+else|somebody\s+else|not\s+the\s+(?:assigned|same|right))\b)(?=.*\b(?:sign|log)(?:s|ged|ging)?[\s-]*(?:in|on)\b|.*\blogin\b)(?=.*\b(?:can|could|will|would|may|is\s+(?:that|it)\s+(?:allowed|possible|ok))\b)/i;

/**
 * A network with a page to click through before the internet works ("guest Wi-Fi has one of those pages where you click
 * 'I agree' before the internet works", "the wifi makes you tick a box on a web page first"), asked about setup.
 */
const CAPTIVE_PORTAL =
    /^(?=.*\b(?:wi-?fi|wireless|guest\s+network|hotspot|network)\b)(?=.*(?:\b(?:click|tick|accept|agree|sign\s+in|log\s+in)\w*\b.{0,60}\b(?:pages?|portals?|box|button|terms)\b|\b(?:pages?|portals?|splash|terms)\b.{0,60}\b(?:click|tick|accept|agree)\w*\b))(?=.*\b(?:setup|set\s+up|oobe|bench|pre-?prov\w*|autopilot|work|manage|cope|ok|okay|fine)\b)/i;

/**
 * The configuration screen (or the sign-in) showing the organisation and the profile but no user, asked whether that is a
 * problem ("config screen doesnt show any user, just org name and profile, is that a problem?", "no user shown, the nurse
 * isn't known yet").
 */
const CONFIG_SCREEN_NO_USER =
    /^(?=.*\b(?:config\w*\s+(?:screen|page)|autopilot\s+configuration|org(?:ani[sz]ation)?\s+name)\b)(?=.*(?:\b(?:no|any|without)\s+(?:assigned\s+)?(?:users?|name)\b|\buser\s+(?:is\s+)?(?:missing|blank|empty|not\s+(?:shown|there|listed))\b))(?=.*\b(?:problem|issue|ok|okay|fine|wrong|matter|normal|expected|worry)\b)/i;

/**
 * What installs while the device is with IT, or whether what targets users lands there ("what actually gets installed
 * while the unit is at our station, device stuff only or the user apps also?", "user-assigned policies, do those hit
 * the device at the bench?", "required for the user group, not devices: if I pre-assign the user will it go on during the
 * technician flow?").
 */
const WHAT_INSTALLS_AT_BENCH = new RegExp(
    String.raw`^(?=.*\b(?:station|bench|here|technician|tech\s+(?:flow|part|phase)|pre-?prov\w*|white[\s-]*glove|our\s+(?:part|end|side)|while\s+(?:we|it|the\s+\w+)\s+(?:do|is|are|have))\b)` +
        String.raw`(?=.*(?:\bwhat\s+(?:actually\s+|exactly\s+|all\s+)?(?:gets?|is|will\s+be|are)\s+install\w*\b|\buser[\s-]*(?:assigned|targeted)\s+(?:polic(?:y|ies)|settings?|configs?|profiles?)\b.{0,40}\b(?:hit|apply|applied|land|install\w*|go\s+on|come\s+down)\b|\bpre-?assign\w*\s+(?:the\s+)?user\b.{0,40}\b(?:will|does|would)\s+(?:it|they)\s+(?:go\s+on|install|land|come\s+down)\b))`,
    'i'
);

/**
 * The success (green) screen set against the apps: some missing, or whether it proves every app is in ("got the green
 * screen but half the apps aren't there, how can it say success", "does the success screen confirm that every
 * application has finished installing").
 */
const SUCCESS_BUT_APPS =
    /^(?=.*\b(?:green|success)\s+(?:screen|page)\b)(?=.*\b(?:apps?|applications?|software|programs?)\b)(?=.*(?:\b(?:missing|half|not\s+there|aren'?t\s+there|isn'?t\s+there|not\s+(?:all\s+)?installed|finished\s+installing|every\s+(?:app|application)|all\s+(?:the\s+|our\s+)?(?:apps|applications)|really\s+(?:done|installed|finished))\b|\bhow\s+can\s+it\s+say\b))/i;

/**
 * The run timing out again and again, asked what to change ("tech flow keeps timing out, what do i change"): the ESP's
 * time limit.
 */
const KEEPS_TIMING_OUT =
    /^(?=.*(?:\b(?:keeps?|kept|always|constantly)\s+timing\s+out\b|\btim(?:es|ed)\s+out\s+(?:every|each)\s+time\b))(?=.*\b(?:what\s+(?:do|should|can|must)\s+(?:i|we)\s+(?:change|set|increase|raise|tweak|adjust)|how\s+(?:do|can)\s+(?:i|we)\s+(?:fix|stop|change|increase|raise)|which\s+setting)\b)/i;

/**
 * The Enrolled date read as wrong ("enrolled date in intune shows the day i uploaded the hash", "Enrolled date looks way
 * too early for the batch"): a known issue, it can show the registration date.
 */
const ENROLLED_DATE_OFF =
    /^(?=.*\benrol+(?:ed|ment)\s+date\b)(?=.*\b(?:upload\w*|import\w*|regist\w*|too\s+early|way\s+(?:too\s+)?(?:early|off|old)|wrong|earlier|before|weeks?\s+ago|months?\s+ago|days?\s+(?:i|we)\b|day\s+(?:i|we))\b)/i;

/**
 * Two profiles on one device or group, asking which one it gets ("2 ESP profiles assigned to same laptop, which
 * applies?", "2 AP profiles assigned to same group, which one the device gets").
 */
const TWO_PROFILES_WHICH_WINS =
    /^(?=.*\b(?:2|two|both|multiple|several|more\s+than\s+one)\s+(?:[\w-]+\s+){0,2}profiles\b)(?=.*(?:\b(?:which|what)\b.{0,30}\b(?:wins?|appl\w*|gets?|takes?|used|priority|precedence)\b|\bwho\s+wins\b))/i;
const ESP_NAMED = /\besp\b|\benrol+ment\s+status\b/i;

/**
 * Whether an ESP profile is needed at all, or the default one is enough, or why make one's own ("is an ESP profile a hard
 * requirement or nice to have?", "there's already a default esp in the tenant, isn't that enough?", "why would I make
 * a custom one?"): Step 5, a custom ESP.
 */
const ESP_NEEDED =
    /\besp\s+(?:profile\s+)?(?:a\s+)?(?:hard\s+)?(?:requirement|required|mandatory|needed|necessary|optional)\b|\b(?:is|are)\s+(?:an?\s+|the\s+)?esp(?:\s+profile)?\s+(?:\w+\s+){0,2}(?:requirement|required|mandatory|needed|necessary|optional|nice\s+to\s+have)\b|\bdefault\s+esp\b.{0,40}\b(?:enough|sufficient)\b|\bdefault\s+(?:esp|enrol+ment\s+status\s+page)\b.{0,50}\bwhy\b.{0,40}\b(?:custom|own|new|another)\b|\bwhy\b.{0,40}\b(?:custom|own|new)\s+(?:one|esp|enrol+ment\s+status\s+page)\b.{0,50}\bdefault\b/i;

/**
 * An app or policy assigned after the bench, asked whether the user still gets it ("we assigned a new app to the devices
 * after the bench was done, will the caseworker still get it?").
 */
const ASSIGNED_AFTER_BENCH =
    /^(?=.*\b(?:assign\w*|add\w*|deploy\w*|push\w*|target\w*)\b.{0,60}\bafter\s+(?:the\s+|our\s+)?(?:bench|re-?seal\w*|tech(?:nician)?\s+(?:flow|part|phase)|pre-?prov\w*|white[\s-]*glove|(?:we|i)\s+(?:finished|resealed|did))\b)(?=.*\b(?:apps?|polic(?:y|ies)|software|programs?)\b)(?=.*\b(?:will|would|does|do)\s+(?:it|they|the\s+\w+|she|he)\s+(?:still\s+)?(?:get|go\s+on|install|land|arrive|receive|come\s+down)\b)/i;
/**
 * Whether the user will be, or should be, an administrator on the device ("will the caseworker be an admin on the
 * laptop?", "should staff be administrators on their own laptops?").
 */
const USER_ADMIN_RIGHTS =
    /\b(?:will|would|should|can|are|is)\s+(?:the\s+)?(?:users?|staff|employees?|caseworkers?|she|he|they|[a-z]+s)\s+(?:be\s+)?(?:an?\s+)?(?:local\s+)?admin(?:istrator)?s?\b(?!\s+(?:center|centre|portal|role|account\s+in\s+intune))/i;
/**
 * Nothing assigned yet, asked whether pre-provisioning still works or a test run is fine ("no device or user apps
 * assigned yet, does pp still work", "passes in 3 min, we assigned nothing yet, is it ok to test like that?").
 */
const NOTHING_ASSIGNED_YET =
    /^(?=.*(?:\bno\s+(?:device\s+or\s+user\s+|device\s+|user\s+)?(?:apps?|polic(?:y|ies)|assignments?)\b(?:\s+\w+){0,2}\s+assigned\b|\b(?:assigned|deployed|targeted)\s+nothing\b|\bnothing\s+(?:is\s+)?(?:assigned|deployed|targeted)\b))(?=.*\b(?:work|works|ok|okay|fine|test\w*)\b)/i;

/** A restart straight after Provision or Next, asked whether it broke ("hit Provision and the unit restarted straight away, did I break it?"). */
const RESTART_AFTER_PROVISION =
    /^(?=.*\b(?:provision|next)\b.{0,40}\b(?:restart\w*|reboot\w*)\b.{0,30}\b(?:straight\s+away|right\s+away|immediately|at\s+once|instantly|by\s+itself|on\s+its\s+own)\b)(?=.*(?:\b(?:break|broke|broken|normal|expected|ok|okay|wrong|problem)\b|\?))/i;
/** Which comes first, the TPM part or the apps ("what happens first, the TPM bit or the apps?"). */
const WHICH_PHASE_FIRST =
    /^(?=.*\b(?:what|which)\s+(?:happens|comes|goes|runs|is\s+done|gets\s+done)\s+first\b)(?=.*\b(?:tpm|securing|join\w*|registering|apps?|polic(?:y|ies)|certificates?)\b)/i;
/** Whether the user sees the ESP at all ("does the user see the esp at all or straight to desktop?"). */
const USER_SEES_ESP_AT_ALL =
    /\b(?:users?|they|she|he|staff)\s+(?:even\s+)?(?:see|sees|get|gets|go\s+through)\s+(?:the\s+)?(?:esp|enrol+ment\s+status\s+page|progress\s+(?:screen|page))\s+at\s+all\b/i;

/**
 * Devices stored a long while, asked what to do before the bench ("this batch sat in a shipping container for months,
 * anything to do before preprov?"): a clock months out breaks attestation and app installs.
 */
const STORED_BEFORE_BENCH =
    /^(?=.*\b(?:sat|sitting|stored|storage|container|shelf|warehouse|cupboard)\b.{0,50}\b(?:months?|a\s+year|years|since\s+last\s+\w+)\b)(?=.*\bbefore\s+(?:we\s+|i\s+)?(?:pre-?prov\w*|white[\s-]*glov\w*|the\s+bench|bench\w*|start\w*|provision\w*|setup|setting\s+(?:them\s+|it\s+)?up)\b)(?=.*\b(?:anything|what|should|need)\b)/i;
/** What to verify in the Autopilot devices list before the bench ("what 3 things to verify in the Windows Autopilot devices list?"). */
const VERIFY_IN_DEVICES_LIST =
    /\b(?:verify|check|confirm|look\s+(?:at|for))\b.{0,30}\b(?:in|on)\s+(?:the\s+)?(?:windows\s+)?autopilot\s+devices?\s+(?:list|page|blade|view)\b/i;

/** What must be lined up before the bench starts ("what do i need lined up before i start the bench on ten laptops"). */
const LINED_UP_BEFORE_BENCH =
    /\bwhat\s+(?:do|does|should|must)\s+(?:i|we)\s+(?:need\s+)?(?:to\s+have\s+)?(?:lined\s+up|ready|in\s+place|sorted(?:\s+out)?|squared\s+away)\b.{0,30}\bbefore\s+(?:i|we)\s+(?:start|begin|run|kick\s+off)\b/i;

/** What "Securing your hardware" is doing ("stuck on securing your hardware, what is that step even doing"). */
const SECURING_HARDWARE_DOING =
    /^(?=.*\bsecuring\s+(?:your\s+|the\s+)?hardware\b)(?=.*\bwhat\s+(?:is|does|'s)\s+(?:that|this|it)\s+(?:step\s+|bit\s+|part\s+)?(?:even\s+|actually\s+|exactly\s+)?(?:doing|do|for|mean)\b|.*\bwhat\s+(?:is|does)\s+securing\s+(?:your\s+|the\s+)?hardware\s+(?:even\s+|actually\s+)?(?:do|mean)\b)/i;
/**
 * Whether the device needs internet when the user first turns it on ("does the laptop need internet when the staff member
 * first turns it on, or can she set it up before the internet is installed there?").
 */
const INTERNET_AT_FIRST_START =
    /\b(?:need|needs|require|requires)\s+(?:an?\s+)?(?:internet|network|wi-?fi|connection|connectivity)\b.{0,60}\b(?:first\s+turns?\s+it\s+on|turns?\s+it\s+on|switch\w*\s+it\s+on|when\s+(?:she|he|they|the\s+(?:end\s+)?user)\s+(?:first\s+)?(?:turns?|switch\w*|starts?|opens?|sets?)\b)/i;

/** Asks how two things differ: "difference between", "diff", "vs", "compared to". */
const ASKS_DIFFERENCE = /\b(?:diff(?:erence)?s?|differ\w*|vs\.?|versus|compared?\s+(?:to|with))\b/i;
const TECHNICIAN_FLOW_NAMED = /\b(?:technician|tech)\s+(?:flow|phase|part)\b/i;
const USER_FLOW_NAMED = /\buser\s+(?:flow|phase|part)\b/i;
const DEVICE_PREPARATION_NAMED = /\bdevice\s+prep(?:aration)?\b/i;
const DEVICE_SETUP_NAMED = /\bdevice\s+setup\b/i;
const DEVICE_ESP_NAMED = /\bdevice\s+(?:esp|phase\s+of\s+the\s+esp)\b|\bdevice\s+setup\b/i;

/**
 * Two things asked side by side, whatever surrounds them ("pls explain diff between technician flow and user flow in
 * simple words, for the new batch", "difference between device preparation and device setup on the blue progress screen
 * in normal words", "device ESP vs user ESP in one line"): the card that sets that pair side by side.
 */
function pairCompared(text: string): string | undefined {
    if (!ASKS_DIFFERENCE.test(text)) return undefined;
    if (TECHNICIAN_FLOW_NAMED.test(text) && USER_FLOW_NAMED.test(text)) return SITUATION_ENTRIES.twoFlowsCompared;
    if (DEVICE_PREPARATION_NAMED.test(text) && DEVICE_SETUP_NAMED.test(text) && !USER_ESP_PART.test(text)) return SITUATION_ENTRIES.devicePhasesCompared;
    if (DEVICE_ESP_NAMED.test(text) && USER_ESP_PART.test(text)) return SITUATION_ENTRIES.deviceAndUserEspCompared;
    return undefined;
}

/**
 * What the user does with the device, asked for a guide or by someone not technical ("what does she actually do when she
 * unboxes it", "the user flow steps so they can write the end-user guide", "got his laptop today, what does he have to
 * do?"): the user's part from power-on to the desktop.
 */
const USER_STEPS_FOR_A_GUIDE =
    /\bwhat\s+(?:does|do|will|should|must)\s+(?:she|he|they|the\s+(?:end[\s-]+)?users?|the\s+(?:new\s+)?(?:starter|hire|employee|recipient)s?)\s+(?:actually\s+|really\s+|then\s+)?(?:do|have\s+to\s+do|need\s+to\s+do)\b(?=.{0,60}\b(?:unbox\w*|gets?\s+it|got\s+it|receiv\w*|opens?\s+the\s+box)\b|.*\b(?:got|received|gets)\s+(?:his|her|their)\s+(?:new\s+)?(?:laptop|device|pc|computer)\b)|\buser\s+flow\s+steps\b.{0,60}\b(?:guide|instructions|one[\s-]?pager|handout|write)\b|\b(?:end[\s-]user|user)\s+(?:guide|instructions|handout|one[\s-]?pager)\b.{0,60}\b(?:steps|what\s+(?:she|he|they)\s+do\w*)\b/i;

/**
 * A device imported a short while ago ("only got imported this morning", "after importing the hash", "just uploaded the
 * CSV"): its profile may not have landed yet.
 */
const JUST_IMPORTED =
    /\b(?:imported|uploaded|registered|added)\b.{0,30}\b(?:this\s+morning|today|an?\s+hour\s+ago|\d+\s+(?:min\w*|hours?)\s+ago|just\s+now|earlier)\b|\bonly\s+(?:just\s+)?(?:got\s+)?(?:imported|uploaded|registered)\b|\bafter\s+(?:importing|uploading|registering)\b|\bjust\s+(?:imported|uploaded|registered)\b/i;
/** The Windows key pressed to no effect ("win key spam does nothing", "pressing the windows key, nothing happens"). */
const WINDOWS_KEY_NO_EFFECT =
    /\b(?:win(?:dows)?\s*key|win\s*\+?\s*key|winkey)\b.{0,40}\b(?:does\s+nothing|did\s+nothing|nothing\s+happen\w*|no\s+effect|doesn'?t\s+(?:do\s+anything|work)|not\s+working)\b/i;
/** Asks whether to wait or may start ("do i need to wait for anything before starting", "can i start the bench now"). */
const ASKS_WAIT_OR_START =
    /\b(?:need|have)\s+to\s+wait\b|\bwait\s+for\s+anything\b|\b(?:can|may|could)\s+(?:i|we)\s+(?:start|begin|go\s+ahead)\b|\bbefore\s+(?:i\s+|we\s+)?(?:start\w*|begin\w*)\b/i;

/**
 * The user's name already on the sign-in page at the bench, and the technician asking whether to type the user's
 * password ("shows the user's UPN already filled in at sign-in, do i type their pw or what"): never; the Windows key
 * five times.
 */
const TYPE_USERS_PASSWORD_AT_BENCH =
    /^(?=.*\b(?:upn|e-?mail|user\s*name|username|name|account)\b.{0,40}\b(?:pre-?filled|pre-?populated|already\s+(?:filled|there|showing|shown|in)|filled\s+in|showing|shows)\b|.*\b(?:pre-?filled|pre-?populated)\b)(?=.*\b(?:do|should|shall|must)\s+(?:i|we)\s+(?:just\s+)?(?:type|enter|put\s+in|use|sign\s+in\s+with)\s+(?:their|the\s+user'?s|her|his|the)\s+(?:pw|pwd|password|pass|creds|credentials)\b)/i;

/**
 * An app's installer restarting the device, and the ESP hanging after it ("win32 app with a reboot inside the installer
 * hangs the ESP", "the utility restarts the computer at the end of its install and the ESP seems to hang").
 */
const APP_RESTARTS_DURING_ESP =
    /^(?=.*\b(?:apps?|installers?|install|utility|software|package|msi|win32)\b)(?=.*\b(?:reboot\w*|restart\w*)\b)(?=.*\b(?:esp|device\s+setup|progress\s+(?:screen|page)|status\s+page)\b)(?=.*\b(?:hang\w*|hags|hung|stuck|freez\w*|sits?|waits?\s+forever|never\s+(?:finish|continu|complet)\w*)\b)/i;

/**
 * A script set to run as the user, asked about during the ESP or the bench ("a PowerShell script in user context does
 * not run during the ESP", "it's a user script, does that matter?").
 */
const USER_SCRIPT_DURING_ESP =
    /^(?=.*\bscripts?\b)(?=.*\b(?:user[\s-]+context|user\s+scripts?|as\s+the\s+(?:signed[\s-]in\s+|logged[\s-]on\s+)?user|logged[\s-]on\s+credentials)\b)(?=.*\b(?:esp|progress\s+(?:screen|page|bar)|device\s+setup|technician|bench|status\s+page|during\s+(?:setup|provisioning))\b)/i;

/**
 * The ESP or its apps running a long while, asked whether to worry ("esp has been on apps for like 55 min, should i be
 * worried", "device setup for over an hour now, normal?"): no set duration, the time limit is the stop.
 */
const ESP_LONG_WORRIED =
    /^(?=.*\b(?:esp|device\s+setup|account\s+setup|apps?|installing|progress|status\s+page)\b)(?=.*(?:\b(?:for|been|over|almost|nearly|about|like|past)\s+(?:like\s+|about\s+|almost\s+|nearly\s+|over\s+)?(?:\d{2,3}\s*(?:min|mins|minutes)|(?:an|one|1|two|2)\s+(?:hours?|hrs?))\b))(?=.*\b(?:worr\w*|normal|ok|okay|concern\w*|expected|fine|panic\w*)\b)/i;

/**
 * A failure that comes at the same hour each time ("red screen says elapsed around 1 hour every time, why always fail
 * near 60 min?"): the ESP's time limit.
 */
const FAILS_AT_THE_LIMIT =
    /^(?=.*\b(?:fail\w*|red\s+screen|error|times?\s+out)\b)(?=.*\b(?:every\s+time|always|each\s+time|all\s+of\s+them|consistently)\b)(?=.*\b(?:60|sixty)\s*(?:min|mins|minutes)\b|.*\b(?:around|about|near|after|at|exactly)\s+(?:an|one|1)\s+hours?\b)/i;

/**
 * The profile assigned to the group, and the devices not getting it ("profile is assigned to the group but the pcs still
 * say not assigned, what did i mess up", "assigned the profile to our group but nothing is getting it").
 */
const PROFILE_ASSIGNED_NOT_LANDED =
    /^(?=.*(?:\b(?:assigned|targeted)\s+(?:the\s+|our\s+|a\s+)?(?:deployment\s+|autopilot\s+)?profile\s+to\b|\bprofile\s+(?:is\s+|was\s+|got\s+)?(?:assigned|targeted)\s+to\s+(?:the\s+|our\s+|a\s+|my\s+)?(?:device\s+|dynamic\s+)?group\b))(?=.*(?:\bnot\s+assigned\b|\bunassigned\b|\bnothing\s+(?:is\s+)?(?:getting|got|gets|picking)\b|\bnot\s+(?:getting|picking\s+up)\s+it\b|\bnone\s+of\s+(?:them|the\s+\w+)\s+(?:get|got|have|has|show)\w*))/i;

/**
 * The network gear failed under a device in the technician flow and an error came ("core switch rebooted while the racks
 * were in device setup, units show error", "failed because the ethernet port is flaky, do I start over", "wif dropped
 * during device setup, error came"): the network-lost card (save the logs, then Retry).
 */
const NETWORK_GEAR_DROPPED =
    /^(?=.*\b(?:wi-?fi?|wireless|core\s+switch|network\s+switch|switch|router|access\s+point|(?:ethernet|network|lan|switch|wall)\s+port|port|uplink|network|internet)\b.{0,40}\b(?:rebooted|restarted|went\s+(?:down|out)|dropped|died|is\s+flaky|was\s+flaky|flaky|flapp\w*|cut\s+out|was\s+down|blipped|outage)\b)(?=.*\b(?:error\w*|fail\w*|red\s+screen|red)\b)/i;

/**
 * Account setup reported absent or idle at the bench ("account setup never ran on the bench, is that broken", "why
 * doesn't account setup show up when I do the reseal prep", "account setup just sits there on the bench laptop"):
 * expected, the user's part runs in the user flow.
 */
const ACCOUNT_SETUP_ABSENT_AT_BENCH =
    /^(?=.*\b(?:account\s+setup|user\s+esp)\b)(?=.*\b(?:bench|technician|tech\s+(?:flow|part|phase)|re-?seal\w*|pre-?prov\w*|white[\s-]*glove|when\s+(?:we|i)\s+(?:did|do|prepped|prepared|ran)|our\s+(?:part|side|prep))\b)(?=.*(?:\b(?:never|not|didn'?t|doesn'?t|don'?t|won'?t|skipped|missing)\b.{0,30}\b(?:show\w*|ran|run\w*|appear\w*|start\w*|happen\w*|doing\s+anything|mov\w*)\b|\bjust\s+sits?\b|\bsits?\s+there\b))/i;

/** What Reseal does ("what does reseal actually do, just reboot into windows?"); whether it restarts ("does reseal reboot it"). */
const WHAT_RESEAL_DOES = /\bwhat\s+(?:does|will|would|exactly\s+does)\s+(?:the\s+)?re-?seal(?:\s+button)?\s+(?:actually\s+|really\s+|exactly\s+)?do\b/i;
const RESEAL_RESTARTS = /\b(?:does|will)\s+(?:the\s+)?re-?seal(?:\s+button)?\s+(?:reboot|restart|shut|power|turn)\w*/i;

/**
 * A span of minutes said to be too short ("60 min isnt enough", "an hour is not enough for all our apps"): the ESP's
 * time limit, and where to raise it.
 */
const TIME_LIMIT_TOO_SHORT =
    /\b(?:\d{2,3}\s*(?:min|mins|minutes)|(?:an|one)\s+hour)\b.{0,30}\b(?:is\s*n[o']?t|isnt|not|never|won'?t\s+be|ain'?t)\s+(?:long\s+)?enough\b/i;

/** A command prompt wanted during setup ("how do i get a command prompt during setup to run stuff", "open cmd at OOBE"). */
const COMMAND_PROMPT_AT_SETUP =
    /\b(?:get|open|bring\s+up|launch|start|access|pull\s+up)\s+(?:a\s+|the\s+|an\s+)?(?:command\s+prompt|cmd|powershell|command\s+line|terminal|console)\b.{0,20}\b(?:during|at|in|on|from)\s+(?:the\s+)?(?:setup|oobe|out[\s-]of[\s-]box|first\s+screen|region\s+screen|sign[\s-]?in\s+(?:page|screen)|esp|enrol+ment\s+status\s+page)\b/i;

/**
 * LOB (MSI) and Win32 apps side by side for the same devices, asked whether that is a problem ("the printer driver comes
 * as an MSI and the rest are Win32, is that an issue?", "can we mix LOB and Win32 apps"): they clash, Windows installing one
 * at a time.
 */
const LOB_BESIDE_WIN32 =
    /^(?=.*\b(?:msi|lob|line[\s-]of[\s-]business)\b.{0,80}\bwin32\b|.*\bwin32\b.{0,80}\b(?:msi|lob|line[\s-]of[\s-]business)\b)(?=.*\b(?:problem|issue|ok|okay|fine|mix\w*|together|same\s+(?:devices?|laptops?|machines?|time)|clash\w*|conflict\w*|risk)\b)/i;

/**
 * The bench part over Wi-Fi, asked whether it works ("only wifi in the training room, can we still do pre-provisioning
 * over wifi?", "can we run the bench on the guest wifi with the click-through page"): yes, wired preferred, and a guest
 * network's sign-in page does not work at OOBE. The user's own part is another card's question.
 */
const BENCH_OVER_WIFI = new RegExp(
    String.raw`^(?!.*(?:${END_USER_AT_SETUP}|\bppkg\b|provisioning\s+package))(?=.*\b(?:(?:over|on|via|using|through)\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:wi-?fi|wireless|wlan|guest\s+network|hotspot)|wi-?fi\s+only|only\s+(?:have\s+)?(?:[\w-]+\s+)?wi-?fi)\b)` +
        String.raw`(?=.*\b(?:can\s+(?:we|i)|could\s+(?:we|i)|possible|work|works|ok|okay|fine|supported|allowed|still)\b)` +
        String.raw`(?=.*\b(?:pre-?prov\w*|white[\s-]*glov\w*|bench|tech(?:nician)?\s+(?:flow|part|phase)|autopilot)\b)`,
    'i'
);

/**
 * The options screen came but without the pre-provisioning option ("there is no Autopilot option in the list", "the
 * pre-provisioning option is missing"): the profile does not allow it, or is not assigned yet.
 */
export const PRE_PROVISIONING_OPTION_MISSING =
    /\b(?:no|not|missing|isn'?t|without|don'?t\s+see|can'?t\s+see|cannot\s+see|doesn'?t\s+(?:show|have|list|give))\b.{0,30}\b(?:autopilot|pre-?provision\w*|white[\s-]*glove|provisioning)\s+(?:option|choice|entry)\b|\b(?:autopilot|pre-?provision\w*|white[\s-]*glove|provisioning)\s+(?:option|choice|entry)\b.{0,30}\b(?:missing|not\s+there|isn'?t\s+there|not\s+(?:shown|showing|listed)|gone|absent)\b/i;

/** Windows 10 and Windows 11 set side by side for the bench ("whats different between win10 and win11 in the tech steps"). */
const WIN10_VS_WIN11_AT_BENCH =
    /^(?=.*\b(?:win(?:dows)?\s*10|w10|(?:win(?:dows)?\s*)?10\s+(?:and|&|or|vs\.?|versus)\s+11)\b)(?=.*\b(?:win(?:dows)?\s*11|w11|(?:and|&|or|vs\.?|versus)\s+11)\b)(?=.*\b(?:differen\w*|differ|vs\.?|versus|compared?|changes?|same|for\s+each|mix)\b)(?=.*\b(?:tech(?:nician)?s?\s+(?:steps?|stes|flow|side|part)|bench|screens?|buttons?|labels?|titles?|options?|menus?|pre-?prov\w*|white[\s-]*glove)\b)/i;

/** What the option is called on one Windows ("still running win10 22H2, whats the option called there"): the options screen. */
const OPTION_NAME_ON_ONE_WINDOWS =
    /^(?=.*\b(?:win(?:dows)?\s*1[01]|w1[01])\b)(?=.*\b(?:options?|menu|choice|entry)\b.{0,30}\b(?:called|named|labell?ed|say|says|read|reads)\b|.*\bwhat(?:'s|\s+is)\s+the\s+(?:option|menu\s+entry|choice)\s+called\b)/i;

/** MFA met in the user's setup ("will MFA prompt during the staff setup", "does she get an authenticator prompt at first sign-in"). */
const MFA_AT_SETUP =
    /\b(?:mfa|multi[\s-]?factor|authenticator|2fa|two[\s-]factor)\b.{0,40}\b(?:during|at|in|on)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+)?(?:setup|set[\s-]up|first\s+(?:sign[\s-]?in|log[\s-]?in|login|logon)|oobe|user\s+flow)\b/i;

/** Windows Home asked whether pre-provisioning works on it ("the cheap laptops came with Windows Home, will pre-prov work"). */
const HOME_EDITION_ASKED =
    /^(?=.*\b(?:windows|win)\s*(?:10\s+|11\s+)?home\b|.*\bhome\s+edition\b)(?=.*\b(?:work|works|supported|support|ok|okay|fine|possible|can|will|does)\b)/i;

/** Reset or Retry pressed, asked what follows ("if I hit Reset, does the whole thing start again from scratch?"). */
const FAILURE_BUTTON_PRESSED =
    /\b(?:hit|hitting|press\w*|click\w*|tap\w*|choose|chose|pick\w*)\s+(?:the\s+)?(?:reset|retry)\b(?!\s+(?:my|the|a|his|her)?\s*password).{0,60}\b(?:start\w*|begin\w*|again|over|scratch|wipe\w*|lose|keep|redo|re-?do|happens?|does\s+it)\b/i;

/**
 * The user, handed a new laptop by IT, asking what to do when they turn it on ("IT dropped off a new laptop in a box, do I
 * have to do anything special when I turn it on"): the user flow. A technician asking the same at the bench names no IT
 * handing it over.
 */
const USER_OWN_FIRST_START =
    /^(?=.*(?:\bit\s+(?:dropped|gave|sent|handed|delivered|left)\b|\bfrom\s+it\b|\bmy\s+new\s+(?:work\s+)?(?:laptop|device|pc|computer)\b))(?=.*(?:\b(?:have|need)\s+to\s+do\s+anything\b|\bwhat\s+(?:do|should|must)\s+i\s+do\b).{0,40}\bwhen\s+i\s+(?:first\s+)?(?:turn|switch|power|start|open|boot)\w*\s+(?:it|this|the\s+(?:new\s+)?(?:laptop|device|pc))\s*on\b)/i;

/**
 * When a device policy applies, at the bench or at the user's sign-in ("does BitLocker get switched on at the bench or
 * only when the user logs in?", "at what point does BitLocker get switched on"): device-targeted ones at the bench.
 */
const DEVICE_POLICY_WHEN =
    /^(?=.*\b(?:bitlocker|encryption|device[\s-]+(?:targeted\s+)?polic(?:y|ies)|(?:security\s+)?baselines?)\b)(?=.*(?:\bat\s+the\s+bench\s+or\b|\bor\s+(?:only\s+)?(?:when|once|after)\s+the\s+(?:end\s+)?user\b|\bat\s+what\s+point\b|\bwhich\s+phase\b|\bwhen\s+(?:does|do|will|is|are)\b.{0,40}\b(?:switched\s+on|turned\s+on|enabled|applied|appl(?:y|ies)|kicks?\s+in)\b))/i;

/** What is left for the user after the bench ("what's left for the architect to sit through when they open the box"). */
const LEFT_FOR_USER =
    /\bwhat(?:'?s|\s+is)\s+(?:left|remaining)\s+(?:for|to)\s+(?:the\s+)?(?:end\s+)?(?:users?|\w+)\b.{0,60}\b(?:open\w*|unbox\w*|sign\w*|log\w*|get\w*|receiv\w*|first|sit\s+through)\b/i;

/**
 * The configuration screen showing another profile than the one expected ("config screen shows profile "Default-AP" not
 * our site profile, do I need to reboot?"): fix the assignment in Intune, then Refresh.
 */
const CONFIG_SCREEN_WRONG_PROFILE =
    /^(?=.*\bprofiles?\b).*(?:\bconfig(?:uration)?\s+(?:screen|page)\b.{0,40}\b(?:shows?|showing|says|lists?|listing|displays?|has)\b.{0,60}\b(?:wrong|other|old|default|another|not\s+(?:our|the|my)|instead\s+of)\b|\bwrong\s+profile\b.{0,40}\bconfig(?:uration)?\s+(?:screen|page)\b)/i;

/**
 * No network yet and OOBE's region or keyboard screens passed, asked what comes next ("no network yet. picked country,
 * keyboard, skipped the second keyboard. what comes next"): the network page, before anything else.
 */
export const NEXT_WITHOUT_NETWORK =
    /^(?=.*\b(?:no\s+(?:network|cable|ethernet|internet|wi-?fi|lan)(?:\s+(?:yet|in|plugged|connected))?|not\s+(?:connected|plugged\s+in)|without\s+(?:a\s+)?(?:network|cable))\b)(?=.*\b(?:keyboard|country|region|language)\b)(?=.*\b(?:what(?:'s|\s+is)?\s+(?:comes\s+)?next|what\s+comes\s+(?:after|next)|then\s+what|next\s+screen)\b)/i;

/** The bench part done in one place, the devices then sent on ("do the bench bit at head office and fly the laptops up after"). */
const BENCH_THEN_SHIP =
    /\b(?:do|run|doing|running)\s+(?:the\s+)?(?:bench|tech(?:nician)?|pre-?prov\w*|white[\s-]*glove)(?:\s+(?:bit|part|side|step|flow))?\s+(?:at|in)\b.{0,60}\b(?:fly|ship|send|post|courier|drive|take|truck|freight)\w*\s+(?:the\s+|them|it)/i;

/** Where the logs saved from the failure or diagnostics screen end up ("did the Ctrl+Shift+D thing, where do the logs end up"). */
const WHERE_LOGS_GO =
    /\bwhere\s+(?:do|does|did|will|are)\s+(?:the\s+)?(?:logs?|cab|diagnostics?|files?)\s+(?:end\s+up|go|get\s+(?:saved|written|put)|saved|stored|land|written)\b/i;

/**
 * A CSV imported, the devices not in the Autopilot devices list yet ("imported the csv but the devices arent in the autopilot
 * devices list yet"); not yet in a group or in Intune's devices are other cards' questions.
 */
const IMPORTED_NOT_LISTED =
    /\bimport\w*\b.{0,40}\b(?:aren'?t|are\s+not|isn'?t|is\s+not|not|don'?t|doesn'?t|never)\s+(?:in|on|showing|shown|listed|there|appear\w*|show(?:ing)?\s+up)\b.{0,40}\b(?:autopilot\s+(?:devices?\s+)?list|autopilot\s+devices|devices\s+list\s+(?:in|under)\s+autopilot)\b/i;

/** A user assigned, asked how to check it took ("assigned the user, how do i check it stuck"). */
const USER_ASSIGNMENT_CHECK =
    /\bassign\w*\s+(?:the\s+|a\s+)?users?\b.{0,40}\b(?:check|verify|confirm|see|know|tell)\b.{0,30}\b(?:stuck|worked|took|applied|went\s+through|actually|is\s+there)\b|\b(?:check|verify|confirm)\b.{0,20}\buser\s+assignment\b.{0,30}\b(?:stuck|worked|took|applied|actually)\b/i;

/** How to tell the run finished rather than hung ("how do i know it's finished and not just hung on an app"). */
const HOW_TO_KNOW_DONE =
    /\bhow\s+(?:do|can|will|would)\s+(?:i|we|you|the\s+techs?)\s+(?:know|tell|see)\s+(?:when\s+|that\s+|if\s+)?(?:it'?s|it\s+is|it\s+has|they'?re|they\s+are|the\s+(?:esp|bench\s+part|flow|run)\s+is)\s+(?:really\s+|actually\s+)?(?:finished|done|complete\w*|over)\b/i;

/** What goes on the device at the bench ("which apps actually get installed during device setup at the bench", "what gets put on the laptop at the bench vs later"). */
const INSTALLED_AT_BENCH =
    /^(?=.*\b(?:what|which)\b.{0,30}\b(?:gets?|is|are|will\s+be)\s+(?:actually\s+)?(?:put|installed|pushed|deployed|applied)\b)(?=.*\b(?:at|on|during)\s+(?:the\s+)?(?:bench|technician\s+flow|tech\s+flow|device\s+setup)\b)/i;

/** What the technician does and what the user does ("in plain english what do i do at the bench and what does the user do"). */
const WHO_DOES_WHAT =
    /\bwhat\s+(?:do|should|must)\s+(?:i|we|the\s+techs?|technicians?)\s+do\s+at\s+the\s+bench\b.{0,40}\bwhat\s+(?:does|do|should)\s+(?:the\s+)?(?:end\s+)?users?\s+do\b/i;

/** Not in the Autopilot group yet, asked whether to start ("new laptop isnt in the autopilot group yet, can i still start the tech flow"). */
const NOT_IN_GROUP_YET =
    /\b(?:isn'?t|is\s+not|aren'?t|are\s+not|not)\s+in\s+(?:the\s+)?(?:autopilot\s+|device\s+|dynamic\s+)?group\s+yet\b.{0,60}\b(?:can|could|should)\s+(?:i|we)\s+(?:still\s+)?(?:start|run|begin|do|go)\b/i;

/** How the user gets the logs for IT ("if the user flow fails on Win 11, how does the user get logs for us?"). */
const USER_GETS_LOGS =
    /\bhow\s+(?:does|do|can|would|should)\s+(?:the\s+)?(?:end\s+)?(?:users?|she|he|they|staff)\s+(?:get|collect|save|export|send|grab|pull)\s+(?:the\s+)?(?:logs?|diagnostics|cab)\b/i;

/**
 * How the device proves what it is with nobody signed in ("what is the laptop using to prove what it is before it joins
 * Entra?"), or what it gets back from Entra: Device preparation's first part (the TPM, a device token).
 */
const DEVICE_PROVES_ITSELF =
    /\b(?:prove|proves|proving)\s+(?:what\s+it\s+is|itself|its\s+identity|who\s+it\s+is)\b|\bwhat\s+does\s+the\s+(?:device|laptop|pc|machine)\s+get\s+(?:back\s+)?from\s+(?:entra|azure\s+ad)\b/i;

/** An error within seconds of starting, before anything installed ("got an error within seconds of pressing Next on the pre-provision screen"). */
const FAILED_RIGHT_AWAY =
    /\b(?:error|fail\w*|red\s+screen)\b.{0,30}\b(?:within\s+(?:a\s+few\s+)?(?:seconds|a\s+minute)|straight\s+away|immediately|right\s+away|instantly)\b.{0,30}\b(?:of\s+|after\s+)?(?:press\w*|click\w*|hitting|start\w*)\s+(?:next|provision)\b/i;

/** The CSV's header line or columns asked for ("what is the exact header line for the autopilot CSV?"). */
const CSV_HEADER =
    /\b(?:header|headers|heading|headings|column\s+names?|columns)\b.{0,30}\b(?:csv|import\s+file|hash\s+file)\b|\bcsv\b.{0,30}\b(?:header|headers|heading|column\s+names?|columns)\b/i;

/** The default ESP showing nothing during setup ("the default ESP doesnt show anything during setup, do i need a new one"). */
const DEFAULT_ESP_SHOWS_NOTHING =
    /\bdefault\s+(?:esp|enrol+ment\s+status\s+page)\b.{0,40}\b(?:doesn'?t|does\s+not|won'?t|never|isn'?t)\s+(?:show|display|appear)\w*/i;

/** A discrete TPM set against a firmware one on reaching the maker ("do discrete TPMs need to reach out to the manufacturer as well"). */
const DISCRETE_OR_FIRMWARE_TPM =
    /^(?=.*\b(?:discrete|dedicated|physical|chip)\s+tpms?\b|.*\btpm\s+chips?\b)(?=.*\b(?:firmware|ftpm|ptt)\b)(?=.*\b(?:reach\w*|contact\w*|download\w*|manufacturer|vendor|maker|ek|certificate|internet|online)\b)/i;

/** A device-targeted profile, asked whether the ESP waits for it ("the studio Wi-Fi profile is assigned to devices - will the ESP wait for it"). */
const ESP_WAITS_FOR_PROFILE =
    /\b(?:wi-?fi|vpn|network|certificate|scep|pkcs)\s+(?:profiles?|config\w*)\b.{0,60}\b(?:will|does|would|do)\s+(?:the\s+)?(?:esp|enrol+ment\s+status\s+page)\s+(?:wait|track|block|hold)\w*/i;

/** An app added to the ESP's blocking list, asked whether that installs it ("if I add an app to the ESP blocking list does that make it install?"). */
const BLOCKING_LIST_INSTALLS =
    /\b(?:add|put|adding|putting)\w*\s+(?:an?\s+|the\s+|this\s+|that\s+)?app\b.{0,30}\bblocking\s+(?:list|apps?)\b.{0,50}\b(?:install\w*|deploy\w*|push\w*)\b/i;

/** The assigned user's name not filled in at sign-in ("agent UPN not pre-populated on sign in page even though user assigned"). */
const NAME_NOT_PREFILLED =
    /\b(?:upn|user\s*name|e-?mail|name)\b.{0,30}\b(?:not|isn'?t|wasn'?t|never|no\s+longer)\s+(?:being\s+)?(?:pre-?populated|pre-?filled|filled(?:\s+in)?|populated|shown|showing)\b/i;

/** Which button the user presses after typing the password ("what does she press after typing it?"). */
const USER_BUTTON_AFTER_PASSWORD =
    /\b(?:what|which\s+button)\s+(?:does|do|should|will|must)\s+(?:she|he|they|the\s+(?:end\s+)?users?)\s+(?:press|click|hit|tap|pick)\s+after\s+(?:typing|entering|putting\s+in|filling\s+in)\b/i;

/** What is listed under one of the ESP's phases ("what shows up under Device setup on the bench"): that phase's card. */
const LISTED_UNDER_PHASE =
    /\b(?:what|which)\b.{0,30}\b(?:shows?|shown|showing|listed|lists?|appears?|items?|lines?|rows?|entries|sub[\s-]?items?)\b.{0,20}\bunder\s+(?:the\s+)?(device\s+preparation|device\s+setup|account\s+setup)\b/i;

function listedUnderPhase(text: string): string | undefined {
    const phase = LISTED_UNDER_PHASE.exec(text)?.[1].replace(/\s+/g, ' ').toLowerCase();
    return phase ? PHASE_CARDS[phase] : undefined;
}

/** `holds` for a pattern that must not match: the message is another card's question. */
const not = (other: RegExp) => (text: string) => !other.test(text);

/** In order, the first that matches answers. */
const READ_WHOLE: readonly ReadWhole[] = [
    // Looked for in the profile's settings ("no white glove option when editing our profile"), it is the setting's new name.
    { pattern: PRE_PROVISIONING_OPTION_MISSING, entry: SITUATION_ENTRIES.optionMissing, holds: not(/\b(?:profiles?|settings?|portal|admin\s+cent(?:er|re)|intune|editing|edit)\b/i) },
    { pattern: ESP_TO_ONE_DEVICE, entry: SITUATION_ENTRIES.espToOneDevice },
    { pattern: LAST_THING_BEFORE_IT_GOES, entry: SITUATION_ENTRIES.lastThingAtBench },
    { pattern: PRIVACY_SCREEN_SEEN, entry: SITUATION_ENTRIES.privacyScreenSeen },
    { pattern: USER_ASSIGNMENT_REQUIRED, entry: SITUATION_ENTRIES.userAssignmentRequired, holds: not(ASKS_WHAT_IT_CHANGES) },
    { pattern: WHEN_IT_GIVES_UP, entry: SITUATION_ENTRIES.espRunningLong },
    { pattern: WHERE_TO_CREATE_ESP, entry: SITUATION_ENTRIES.whereToCreateEsp, holds: not(ESP_OTHER_ASK) },
    { pattern: WHICH_TIME_SERVER, entry: SITUATION_ENTRIES.whichTimeServer },
    { pattern: DELIVERY_OPTIMIZATION_ASKED, entry: SITUATION_ENTRIES.deliveryOptimization },
    { pattern: USERS_MAY_JOIN, entry: SITUATION_ENTRIES.usersMayJoin },
    { pattern: USER_PASSWORD_AT_BENCH, entry: SITUATION_ENTRIES.userPasswordAtBench },
    { pattern: GROUP_FROM_TAG, entry: SITUATION_ENTRIES.groupFromTag },
    // Registering devices through a partner is the partner-registration card's question.
    { pattern: PARTNER_RUNS_IT, entry: SITUATION_ENTRIES.partnerRunsIt, holds: not(/\bregist\w*|\bhash\w*|\bimport\w*/i) },
    { pattern: DEPLOYMENTS_REPORT, entry: SITUATION_ENTRIES.deploymentsReport },
    { pattern: INTERNET_CHECK, entry: SITUATION_ENTRIES.internetCheck },
    { pattern: CARD_SIGN_IN_AT_SETUP, entry: SITUATION_ENTRIES.cardSignInAtSetup },
    { pattern: READ_THE_CAB, entry: SITUATION_ENTRIES.readTheCab },
    { pattern: WHITE_GLOVE_SETTING, entry: SITUATION_ENTRIES.whiteGloveSetting },
    // With a virtual TPM named, the TPM requirement is what is asked (the physical-TPM card); a VM that failed is its
    // problem's question.
    { pattern: ON_A_VIRTUAL_MACHINE, entry: SITUATION_ENTRIES.onAVirtualMachine, holds: (text) => !/\bv-?tpm\b|\bvirtual\s+tpm\b/i.test(text) && !PROBLEM.test(text) },
    { pattern: ESP_OFF_TO_SPEED_UP, entry: SITUATION_ENTRIES.espOffToSpeedUp },
    // Named by its own words ("block device use until these required apps…"), the setting is asked about, not looked for.
    { pattern: BLOCK_DEVICE_USE_ASKED, entry: SITUATION_ENTRIES.blockDeviceUse, holds: not(/\bblock\s+device\s+use\b/i) },
    // With Account setup named, what installs there is asked: that phase's card.
    { pattern: KEEPS_TIMING_OUT, entry: SITUATION_ENTRIES.timeLimitTooShort },
    // What "Securing your hardware" is doing, even while it sits there: Device preparation's card (TPM attestation).
    { pattern: SECURING_HARDWARE_DOING, entry: SITUATION_ENTRIES.deviceProvesItself, holds: (text) => !/\b(?:fail\w*|error|red|0x)\b/i.test(text) },
    { pattern: INTERNET_AT_FIRST_START, entry: SITUATION_ENTRIES.userPartFromHome },
    { pattern: LINED_UP_BEFORE_BENCH, entry: SITUATION_ENTRIES.readyToStart, holds: not(PROBLEM) },
    { pattern: STORED_BEFORE_BENCH, entry: SITUATION_ENTRIES.storedBeforeBench },
    { pattern: VERIFY_IN_DEVICES_LIST, entry: SITUATION_ENTRIES.verifyInDevicesList },
    { pattern: RESTART_AFTER_PROVISION, entry: SITUATION_ENTRIES.restartAfterProvision },
    { pattern: WHICH_PHASE_FIRST, entry: SITUATION_ENTRIES.devicePhasesInOrder },
    { pattern: USER_SEES_ESP_AT_ALL, entry: SITUATION_ENTRIES.userMeetsEsp },
    { pattern: TWO_PROFILES_WHICH_WINS, entry: SITUATION_ENTRIES.espProfileWins, holds: (text) => ESP_NAMED.test(text) },
    { pattern: TWO_PROFILES_WHICH_WINS, entry: SITUATION_ENTRIES.deploymentProfileWins, holds: (text) => !ESP_NAMED.test(text) },
    { pattern: ESP_NEEDED, entry: SITUATION_ENTRIES.espNeeded },
    { pattern: ASSIGNED_AFTER_BENCH, entry: SITUATION_ENTRIES.assignedAfterBench },
    { pattern: USER_ADMIN_RIGHTS, entry: SITUATION_ENTRIES.userAdminRights, holds: not(PROBLEM) },
    { pattern: NOTHING_ASSIGNED_YET, entry: SITUATION_ENTRIES.nothingAssignedYet },
    { pattern: ENROLLED_DATE_OFF, entry: SITUATION_ENTRIES.enrolledDateOff },
    { pattern: SUCCESS_BUT_APPS, entry: SITUATION_ENTRIES.successButAppsMissing },
    { pattern: WHAT_INSTALLS_AT_BENCH, entry: SITUATION_ENTRIES.whatInstallsAtBench, holds: (text) => !appsWithoutUser(text) && !PROBLEM.test(text) },
    { pattern: USER_APPS_AT_BENCH, entry: SITUATION_ENTRIES.userAppsAtBench, holds: (text) => !appsWithoutUser(text) && !/\baccount\s+setup\b|\buser\s+esp\b/i.test(text) },
    { pattern: USER_CANNOT_BE_PICKED, entry: SITUATION_ENTRIES.userCannotBePicked },
    // "Should the user-driven laptops and the pre-provisioned ones share one device group?": keep the modes apart.
    { pattern: SHARES_ONE_SETUP, entry: SITUATION_ENTRIES.modesShareSetup, holds: (text) => A_MODE.test(text) && /\b(?:and|with|alongside|beside)\b/i.test(text) },
    { pattern: READY_TO_START, entry: SITUATION_ENTRIES.readyToStart, holds: (text) => IN_INTUNE.test(text) },
    { pattern: ESP_OWN_MESSAGE, entry: SITUATION_ENTRIES.espOwnMessage },
    { pattern: AFTER_ACCOUNT_SETUP, entry: SITUATION_ENTRIES.afterAccountSetup, holds: not(PROBLEM) },
    { pattern: CABLE_OR_POWER_LOST, entry: SITUATION_ENTRIES.cableOrPowerLost },
    { pattern: FIRST_THING_IN_TENANT, entry: SITUATION_ENTRIES.firstThingInTenant, holds: not(PROBLEM) },
    { pattern: HASH_AT_OOBE, entry: SITUATION_ENTRIES.hashAtOobe, holds: not(PROBLEM) },
    { pattern: HIDDEN_SCREENS_SHOWN, entry: SITUATION_ENTRIES.hiddenScreensShown },
    { pattern: ASSIGN_USER_TO_DEVICE, entry: SITUATION_ENTRIES.assignUserToDevice, holds: not(PROBLEM) },
    { pattern: WIN_KEY_COUNT, entry: SITUATION_ENTRIES.winKeyCount, holds: not(PROBLEM) },
    { pattern: WIN_KEY_COUNT, entry: SITUATION_ENTRIES.winKeyCountNothing, holds: (text) => PROBLEM.test(text) },
    { pattern: SCREENS_WITHOUT_CABLE, entry: SITUATION_ENTRIES.screensWithoutCable },
    { pattern: ASSIGNED_NAME_ON_SIGN_IN, entry: SITUATION_ENTRIES.assignedNameOnSignIn },
    { pattern: APP_LOGS_ON_DEVICE, entry: SITUATION_ENTRIES.appLogsOnDevice },
    { pattern: TIME_LIMIT_TOO_SHORT, entry: SITUATION_ENTRIES.timeLimitTooShort },
    // The connectivity check behind it (NCSI) is its own card.
    { pattern: CONFIG_SCREEN_NO_USER, entry: SITUATION_ENTRIES.configScreenNoUser },
    { pattern: CAPTIVE_PORTAL, entry: SITUATION_ENTRIES.captivePortal, holds: not(/\b(?:ncsi|msftconnecttest|connectivity)\b/i) },
    { pattern: OTHER_THAN_ASSIGNED_SIGNS_IN, entry: SITUATION_ENTRIES.otherThanAssignedSignsIn },
    { pattern: CA_BLOCKS_ENROLLMENT, entry: SITUATION_ENTRIES.caBlocksEnrollment },
    { pattern: SOMETHING_WENT_WRONG_AT_OOBE, entry: SITUATION_ENTRIES.somethingWentWrongAtOobe, holds: not(/\b(?:user\s+flow|account\s+setup|signs?\s+in|signed\s+in|after\s+(?:the\s+)?(?:user|sign))\b/i) },
    // Just imported: the Windows key doing nothing is the profile not landed yet; starting, wait for Assigned.
    { pattern: JUST_IMPORTED, entry: SITUATION_ENTRIES.winKeyCountNothing, holds: (text) => WINDOWS_KEY_NO_EFFECT.test(text) },
    { pattern: JUST_IMPORTED, entry: SITUATION_ENTRIES.justImported, holds: (text) => ASKS_WAIT_OR_START.test(text) && !PROBLEM.test(text) },
    { pattern: TYPE_USERS_PASSWORD_AT_BENCH, entry: SITUATION_ENTRIES.technicianAtSignIn },
    { pattern: APP_RESTARTS_DURING_ESP, entry: SITUATION_ENTRIES.appRestartsDuringEsp },
    { pattern: USER_SCRIPT_DURING_ESP, entry: SITUATION_ENTRIES.userScriptDuringEsp },
    { pattern: ESP_LONG_WORRIED, entry: SITUATION_ENTRIES.espRunningLong, holds: not(/\b(?:identifying|securing|joining|registering|fail\w*|error\w*|red\s+screen|could\s+not|couldn'?t)\b/i) },
    { pattern: FAILS_AT_THE_LIMIT, entry: SITUATION_ENTRIES.timeLimitTooShort },
    { pattern: PROFILE_ASSIGNED_NOT_LANDED, entry: SITUATION_ENTRIES.profileAssignedNotLanded },
    { pattern: NETWORK_GEAR_DROPPED, entry: SITUATION_ENTRIES.cableOrPowerLost },
    { pattern: ACCOUNT_SETUP_ABSENT_AT_BENCH, entry: SITUATION_ENTRIES.accountSetupAbsentAtBench },
    { pattern: WHAT_RESEAL_DOES, entry: SITUATION_ENTRIES.whatResealDoes },
    { pattern: RESEAL_RESTARTS, entry: SITUATION_ENTRIES.resealPowersOff },
    { pattern: USER_PART_FROM_HOME, entry: SITUATION_ENTRIES.userPartFromHome, holds: not(PROBLEM) },
    { pattern: USER_NETWORK_FOR_THEIR_PART, entry: SITUATION_ENTRIES.userPartFromHome, holds: not(PROBLEM) },
    { pattern: COMMAND_PROMPT_AT_SETUP, entry: SITUATION_ENTRIES.commandPromptAtSetup },
    { pattern: LOB_BESIDE_WIN32, entry: SITUATION_ENTRIES.lobBesideWin32, holds: not(PROBLEM) },
    { pattern: BENCH_OVER_WIFI, entry: SITUATION_ENTRIES.benchOverWifi, holds: not(PROBLEM) },
    { pattern: OPTION_NAME_ON_ONE_WINDOWS, entry: SITUATION_ENTRIES.technicianAtOptions, holds: (text) => !WIN10_VS_WIN11_AT_BENCH.test(text) && !PROBLEM.test(text) },
    { pattern: WIN10_VS_WIN11_AT_BENCH, entry: SITUATION_ENTRIES.win10VsWin11, holds: not(PROBLEM) },
    { pattern: MFA_AT_SETUP, entry: SITUATION_ENTRIES.mfaAtSetup, holds: not(PROBLEM) },
    { pattern: HOME_EDITION_ASKED, entry: SITUATION_ENTRIES.homeEdition, holds: not(PROBLEM) },
    { pattern: FAILURE_BUTTON_PRESSED, entry: SITUATION_ENTRIES.failureButtonPressed },
    { pattern: USER_OWN_FIRST_START, entry: SITUATION_ENTRIES.userOwnFirstStart },
    { pattern: DEVICE_POLICY_WHEN, entry: SITUATION_ENTRIES.devicePolicyWhen, holds: not(PROBLEM) },
    { pattern: LEFT_FOR_USER, entry: SITUATION_ENTRIES.leftForUser, holds: not(PROBLEM) },
    { pattern: CONFIG_SCREEN_WRONG_PROFILE, entry: SITUATION_ENTRIES.configScreenWrongProfile },
    { pattern: NEXT_WITHOUT_NETWORK, entry: SITUATION_ENTRIES.nextWithoutNetwork },
    { pattern: BENCH_THEN_SHIP, entry: SITUATION_ENTRIES.benchThenShip, holds: not(PROBLEM) },
    { pattern: WHERE_LOGS_GO, entry: SITUATION_ENTRIES.whereLogsGo },
    { pattern: IMPORTED_NOT_LISTED, entry: SITUATION_ENTRIES.importedNotListed },
    { pattern: USER_ASSIGNMENT_CHECK, entry: SITUATION_ENTRIES.userAssignmentCheck },
    { pattern: HOW_TO_KNOW_DONE, entry: SITUATION_ENTRIES.howToKnowDone },
    { pattern: INSTALLED_AT_BENCH, entry: SITUATION_ENTRIES.installedAtBench, holds: not(PROBLEM) },
    { pattern: WHO_DOES_WHAT, entry: SITUATION_ENTRIES.whoDoesWhat },
    { pattern: NOT_IN_GROUP_YET, entry: SITUATION_ENTRIES.notInGroupYet },
    { pattern: USER_GETS_LOGS, entry: SITUATION_ENTRIES.userGetsLogs },
    { pattern: DEVICE_PROVES_ITSELF, entry: SITUATION_ENTRIES.deviceProvesItself },
    { pattern: FAILED_RIGHT_AWAY, entry: SITUATION_ENTRIES.failedRightAway },
    { pattern: CSV_HEADER, entry: SITUATION_ENTRIES.csvHeader },
    { pattern: DEFAULT_ESP_SHOWS_NOTHING, entry: SITUATION_ENTRIES.defaultEspShowsNothing },
    { pattern: DISCRETE_OR_FIRMWARE_TPM, entry: SITUATION_ENTRIES.discreteOrFirmwareTpm },
    { pattern: ESP_WAITS_FOR_PROFILE, entry: SITUATION_ENTRIES.espWaitsForProfile },
    { pattern: BLOCKING_LIST_INSTALLS, entry: SITUATION_ENTRIES.blockingListInstalls },
    { pattern: NAME_NOT_PREFILLED, entry: SITUATION_ENTRIES.nameNotPrefilled, holds: (text) => /\bassign\w*/i.test(text) },
    { pattern: USER_BUTTON_AFTER_PASSWORD, entry: SITUATION_ENTRIES.userButtonAfterPassword },
    { pattern: IDENTIFYING_ASKED, entry: SITUATION_ENTRIES.identifyingAsked, holds: not(PROBLEM) },
    { pattern: WHY_PRE_PROVISION, entry: SITUATION_ENTRIES.whyPreProvision, holds: not(PROBLEM) },
    { pattern: PARTNER_REGISTERED_CHECK, entry: SITUATION_ENTRIES.partnerRegisteredCheck },
    // Devices with no profile are the unassigned devices alert's question.
    { pattern: PROFILE_ASSIGNMENT_WAIT, entry: SITUATION_ENTRIES.profileAssignmentWait },
    // "Will sit on a shelf until next semester, like 7 months. problem?": a long wait ahead, and whether it is fine.
    {
        pattern: LONG_WAIT_AHEAD,
        entry: SITUATION_ENTRIES.longestBeforeUsers,
        holds: (text) => ASKS_LONGEST_GAP.test(text) || ASKS_STILL_FINE.test(text) || ASKS_IF_GAP_FINE.test(text) || /\b(?:problems?|issues?|risks?)\s*\?/i.test(text)
    },
    { pattern: PROFILE_ASSIGNED_CHECK, entry: SITUATION_ENTRIES.profileAssignedCheck, holds: (text) => !PROBLEM.test(text) && !/\b(?:no|without|unassigned|missing)\b/i.test(text) },
    { pattern: NO_PROFILE_STILL_AUTOPILOT, entry: SITUATION_ENTRIES.noProfileStillAutopilot },
    { pattern: ALL_ON_ONE_PAGE, entry: SITUATION_ENTRIES.oobeRecoveryMode },
    { pattern: USER_OPTIONS_ON_FAILURE, entry: SITUATION_ENTRIES.userOptionsOnFailure },
    { pattern: DIAGNOSTICS_PAGE_SETTING, entry: SITUATION_ENTRIES.diagnosticsPageSetting },
    { pattern: USER_FLOW_DURATION, entry: SITUATION_ENTRIES.userFlowDuration, holds: not(PROBLEM) },
    { pattern: WHAT_WAS_DONE_TO_IT, entry: SITUATION_ENTRIES.whatWasDoneToIt, holds: not(PROBLEM) },
    { pattern: WHICH_ESP_APPLIES, entry: SITUATION_ENTRIES.whichEspApplies, holds: not(PROBLEM) },
    // What the technician needs at the bench is its own card (no account, no role).
    { pattern: ROLE_FOR_TASK, entry: SITUATION_ENTRIES.roleForTask, holds: (text) => !/\btechnician|\bbench\b/i.test(text) },
    { pattern: CSV_MAXIMUM, entry: SITUATION_ENTRIES.csvMaximum, holds: not(PROBLEM) },
    // An error or a code shown is that problem's question, not how long it may take.
    // "Reseal showed up super fast and half the apps were missing when the driver signed in".
    { pattern: RESEAL_NAMED, entry: SITUATION_ENTRIES.resealTooSoon, holds: (text) => RESEAL_TOO_EARLY.test(text) && /\bapps?\b/i.test(text) },
    { pattern: START_BUTTON_NAME, entry: SITUATION_ENTRIES.startButtonName },
    { pattern: BLOCK_ON_SOME_APPS, entry: SITUATION_ENTRIES.blockOnSomeApps },
    { pattern: LONG_ON_THE_ESP, entry: SITUATION_ENTRIES.longOnTheEsp, holds: (text) => !/\b(?:error|fail\w*|red|code|0x[0-9a-f]+)\b/i.test(text) },
    { pattern: USER_STEPS_FOR_A_GUIDE, entry: SITUATION_ENTRIES.userStepsForGuide, holds: not(PROBLEM) }
];

/** Most messages match none of them: their gates skip the patterns whose required words a message lacks (see literalGate). */
const readWholeGates = new PatternGates(READ_WHOLE, (read) => read.pattern);
