/** Where the logs are, how to collect them at the bench, and how to read them. */
import type { KnowledgeEntry } from './types';

const TROUBLESHOOT = 'memdocs autopilot/troubleshooting.md';
const ESP_SUPPORT = 'SupportArticles-docs understand-troubleshoot-esp.md';
const COLLECT_DIAGNOSTICS = 'memdocs memdocs/intune/remote-actions/collect-diagnostics.md';

export const logEntries: KnowledgeEntry[] = [
    {
        id: 'logs-collect',
        defines: ['logs', 'collect logs'],
        kind: 'logs',
        title: 'Collect Autopilot logs at the bench',
        short:
            'From the failure screen: View diagnostics (Windows 10) or Ctrl+Shift+D then Export Logs (Windows 11). ' +
            'Or press Shift+F10 and run: mdmdiagnosticstool.exe -area Autopilot;TPM -cab c:\\autopilot.cab',
        details: [
            'Use -area Autopilot;TPM for pre-provisioning; user-driven only needs -area Autopilot.',
            'If the ESP has log collection on, its "Collect logs" button saves them to a USB drive, to take them off ' +
                'the device.',
            'Shift+F10 does not work in S mode.',
            'Save the logs before you Retry or Reset.'
        ],
        os: {
            win10: 'Failure screen: View diagnostics.',
            win11: 'Failure screen: Ctrl+Shift+D, then Export Logs.'
        },
        related: ['logs-analyze-cab', 'flow-failure', 'tip-shift-f10'],
        source: TROUBLESHOOT,
        keywords: ['collect logs', 'gather logs', 'command', 'mdmdiagnosticstool', 'cab', 'export', 'save logs',
            'capture', 'log file', 'grab logs', 'usb', 'syntax', 'exact syntax', 'exact command',
            'mdmdiagnosticstool.exe', 'area autopilot tpm', 'usb stick', 'usb drive', 'flash drive', 'onto a usb',
            'usb key', 'copy the logs', 'thumb drive', 'memory stick', 'put the logs on a usb', 'logs on a usb']
    },
    {
        id: 'logs-analyze-cab',
        kind: 'logs',
        title: 'Read the CAB with Get-AutopilotDiagnostics',
        short:
            'Install the script with Install-Script -Name Get-AutopilotDiagnostics -Force, then run ' +
            'Get-AutopilotDiagnostics -CABFile <path> to analyse it.',
        details: ['Uncertain: community forks exist (e.g. a "Community" variant); which one is current is unclear.'],
        related: ['logs-collect', 'logs-ime'],
        source: ESP_SUPPORT,
        keywords: ['analyze', 'analyse', 'read logs', 'parse', 'get-autopilotdiagnostics', 'install-script',
            'open cab', 'interpret logs', 'script', 'timeline']
    },
    {
        id: 'logs-ime',
        kind: 'logs',
        title: 'App install logs (Intune Management Extension)',
        short:
            'Win32 app installs are logged in C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\, ' +
            'mainly IntuneManagementExtension.log.',
        details: [
            'Community reports say app-install detail moved to AppWorkload.log around August 2024.',
            'Look here when an app fails or hangs in Device setup.',
            'Admins can pull a failed Win32 app\'s log files from Intune: Collect logs in the app\'s Installation details ' +
                'pane (15-20 minutes, up to 25 files).'
        ],
        related: ['error-esp-timeout', 'error-another-installation'],
        source: ESP_SUPPORT,
        keywords: ['ime logs', 'ime log', 'where are the ime logs', 'ime logs on disk', 'ime log location', 'ime log', 'where are the ime logs', 'ime log location', 'ime log folder', 'path of the ime logs', 'intunemanagementextension.log', 'appworkload.log', 'app install log', 'win32 log',
            'programdata', 'app failed', 'which app failed', 'sidecar', 'collect diagnostics for the app', 'collect logs for the app', 'app install logs from intune', 'download diagnostics', 'failed win32 app logs', 'logs of the failed app', 'win32 app logs',
            'app line not moving', 'app count stuck', 'where to look when an app hangs']
    },
    {
        id: 'logs-event-viewer',
        kind: 'logs',
        title: 'Autopilot events in Event Viewer',
        short:
            'Event Viewer: Applications and Services Logs > Microsoft > Windows > ModernDeployment-Diagnostics-' +
            'Provider > Autopilot.',
        details: [
            'Event 153 is a profile state change; 171 and 172 point to TPM problems.',
            'Other event ids, such as 100, also show up there.'
        ],
        related: ['error-event-171', 'logs-registry'],
        source: ESP_SUPPORT,
        keywords: ['eventvwr', 'moderndeployment', 'windows logs', 'which event log', 'autopilot event log', 'event log for autopilot']
    },
    {
        id: 'logs-registry',
        kind: 'logs',
        title: 'ESP and profile state in the registry',
        short:
            'ESP tracking lives in HKLM\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking. ' +
            'The received Autopilot profile is in HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot.',
        details: [
            'Win32 app state: Device\\Setup\\Apps\\Tracking\\Sidecar\\Win32App_{AppID} > InstallationState ' +
                '(1 not installed, 2 in progress, 3 completed, 4 error: the ESP stops installing).',
            'ESP settings: HKLM\\SOFTWARE\\Microsoft\\Enrollments\\{EnrollmentGUID}\\FirstSync.',
            'CloudAssignedTenantDomain / CloudAssignedTenantId: the tenant the profile came from; check it is yours.',
            'IsAutopilotDisabled = 1: no profile came down (not registered, or the service was not reachable).',
            'TenantMatched = 1: the account signed in belongs to that tenant (0: the tenant-mismatch error).',
            'CloudAssignedOobeConfig is a bitmap of the profile\'s OOBE choices: SkipCortanaOptIn 1, OobeUserNotLocalAdmin 2, SkipExpressSettings 4, SkipOemRegistration 8, SkipEula 16.'
        ],
        related: ['logs-event-viewer', 'logs-ime'],
        source: ESP_SUPPORT,
        keywords: ['registry', 'regedit', 'hklm', 'enrollmentstatustracking', 'installationstate', 'firstsync',
            'tenant domain', 'profile downloaded', 'registry key', 'cloudassignedtenantdomain', 'cloudassignedtenantid',
            'tenantmatched', 'isautopilotdisabled', 'provisioning diagnostics autopilot', 'registry values',
            'where is the profile stored on the device', 'profile saved locally', 'cloudassignedoobeconfig',
            'oobe config bitmap', 'aadtenantid']
    },
    {
        id: 'logs-auto-upload',
        kind: 'logs',
        title: 'Diagnostics uploaded to Intune automatically',
        short:
            'When Autopilot fails, diagnostics are collected automatically (Intune "Collect diagnostics"). The ' +
            'upload needs lgmsapeweu.blob.core.windows.net to be reachable.',
        details: ['If the upload is blocked, collect the logs by hand at the device.',
            'Uploaded diagnostics stay available for 28 days, up to 10 collections per device.',
            'Admins download them in Devices > Monitor > Autopilot deployments: select the device, then Device ' +
                'Diagnostics > Download.',
            'On by default (Tenant administration > Device diagnostics), for corporate-owned devices on Windows 10 ' +
                '1909 or later and Windows 11.'],
        related: ['logs-collect', 'logs-admin-reports'],
        source: `${TROUBLESHOOT}; ${COLLECT_DIAGNOSTICS}`,
        keywords: ['auto upload', 'collect diagnostics', 'intune diagnostics', 'uploaded', 'remote logs',
            'from the portal', 'blob', '28 days', 'how long are logs kept', 'pull the logs remotely', 'collect diagnostics remotely', 'remote log collection', 'logs from intune without touching the device',
            'automatic diagnostics capture', 'tenant administration device diagnostics', 'collections per device']
    },
    {
        id: 'logs-admin-reports',
        kind: 'logs',
        title: 'Admin reports: Autopilot deployments and enrollment failures',
        short:
            'In Intune, admins see the Autopilot deployments report and the Enrollment failures report (Devices > ' +
            'Monitor in the Intune admin center). The ' +
            'deployments report keeps 30 days and only records new Intune enrollments.',
        details: [
            'Known issue: a run that failed and then succeeded on Retry still shows failure; the row is not updated.',
            'The user part of pre-provisioning does not create a new row.',
            'Runs longer than an hour may show an incomplete status.',
            'A reset creates a new row.',
            'The report returns 50 records at a time and its columns cannot be sorted (known issue).',
            'The Enrolled date in the device lists is the Autopilot registration date, not the enrollment date.'
        ],
        related: ['error-report-failure-after-retry', 'tip-service-health', 'logs-auto-upload'],
        source: 'memdocs autopilot/known-issues.md',
        keywords: ['no new row', 'no row in the report', 'user flow not in the report', 'user flow missing from the report', 'deployment report after the user flow', 'report', 'deployments report', 'enrollment failures', 'intune portal', 'dashboard',
            'deployment status', 'missing from report', '30 days', 'device not in report', 'enrolled date wrong',
            'only 50 rows', 'autopilot deployments report', 'sort the report', 'sort by column', 'for the admin', 'how did the deployment go',
            'where does the admin see', 'deployment result', 'did it succeed in intune',
            'check if the deployment worked']
    }
];
