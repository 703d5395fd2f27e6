/** Where the evidence is: event logs, tools and commands a technician can use at the bench before escalating. */
import type { KnowledgeEntry } from '../types';
import {
    AP_KNOWN_ISSUES,
    AP_TROUBLESHOOTING_FAQ,
    INTUNE_AUTO_ENROLLMENT,
    INTUNE_POWERSHELL_SCRIPTS,
    INTUNE_WIN32_TROUBLESHOOT
} from './sources';

export const diagnosticsEntries: KnowledgeEntry[] = [
    {
        id: 'logs-autopilot-info-events',
        kind: 'logs',
        title: 'Autopilot event IDs that mean things went right',
        short:
            'In the Autopilot event log, 160 (beginning acquisition), 164 (internet available), 161 (settings ' +
            'retrieved) and 153 (ProfileState_Unknown to ProfileState_Available) mean the profile downloaded fine.',
        details: [
            '101, 103 and 109 show each profile setting being read; 111 means all OOBE settings were retrieved.',
            'Warnings and errors to look up: 100, 163, 171, 172, 807, 809, 815, 908.',
            'Before Windows 10 1903 the log was Provisioning-Diagnostics-Provider > Autopilot.'
        ],
        related: ['logs-event-viewer', 'error-event-100'],
        source: AP_TROUBLESHOOTING_FAQ,
        keywords: ['event ids', 'event 153', 'event 161', 'event 160', 'event 164', 'event 111', 'profilestate',
            'profile available', 'which event says the profile downloaded', 'what do the events mean', 'moderndeployment events']
    },
    {
        id: 'logs-mdm-event-log',
        kind: 'logs',
        title: 'MDM enrollment and join logs in Event Viewer',
        short:
            'Enrollment: Microsoft > Windows > DeviceManagement-Enterprise-Diagnostics-Provider > Admin (event 75 ' +
            'success, 76 failure). Entra join: Microsoft > Windows > User Device Registration > Admin.',
        details: [
            'Open Event Viewer from the OOBE command prompt: Shift+F10, then eventvwr.msc.',
            'Task Scheduler > Operational shows whether automatic enrollment was even triggered (events 107 and 102).'
        ],
        related: ['logs-event-viewer', 'error-event-76'],
        source: INTUNE_AUTO_ENROLLMENT + '; ' + AP_KNOWN_ISSUES,
        keywords: ['enrollment log', 'mdm log', 'user device registration', 'join log', 'eventvwr',
            'event viewer at oobe', 'admin log']
    },
    {
        id: 'logs-dsregcmd',
        kind: 'logs',
        title: 'Check the join state with dsregcmd /status',
        short:
            'Run dsregcmd /status in a command prompt. For an Entra joined device "AzureAdJoined : YES"; ' +
            '"AzureAdPrt : YES" means the user has a sign-in token.',
        details: ['At OOBE open the prompt with Shift+F10.', 'Hybrid devices also show DomainJoined : YES.'],
        related: ['tip-shift-f10', 'logs-mdm-event-log'],
        source: INTUNE_AUTO_ENROLLMENT,
        keywords: ['dsregcmd', 'join status', 'is it joined', 'azureadjoined', 'prt', 'check entra join']
    },
    {
        id: 'logs-etw-and-cmtrace',
        kind: 'logs',
        title: 'Reading logs: CMTrace, and ETW traces for deep dives',
        short:
            'Open the Intune Management Extension logs with CMTrace. For deeper Autopilot analysis ETW traces can ' +
            'be read with Windows Performance Analyzer; that is helpdesk work, not bench work.',
        details: ['IME logs: C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs.'],
        related: ['logs-ime', 'logs-collect'],
        source: INTUNE_WIN32_TROUBLESHOOT + '; ' + AP_TROUBLESHOOTING_FAQ,
        keywords: ['cmtrace', 'etw', 'trace', 'performance analyzer', 'open log file', 'log viewer']
    },
    {
        id: 'logs-mdm-diagnostic-report',
        kind: 'logs',
        title: 'Is it enrolled? The Advanced Diagnostic Report',
        short:
            'Settings > Accounts > Access work or school > the work account > Info > Create report. Open the ' +
            'MDMDiagReport in a browser: an MDMDeviceWithAAD entry means the device auto-enrolled in Intune.',
        details: ['Works once the desktop is reachable (after the user flow, or with the helpdesk).'],
        related: ['logs-dsregcmd', 'logs-mdm-event-log'],
        source: INTUNE_POWERSHELL_SCRIPTS,
        keywords: ['mdmdiagreport', 'advanced diagnostic report', 'access work or school', 'is it enrolled',
            'mdmdevicewithaad', 'check enrollment on device']
    }
];
