/** Practical technician-flow tips from the docs, with community advice marked as such. */
import type { KnowledgeEntry } from './types';

const INCLUDES = 'memdocs autopilot/tutorial/includes/';

export const tipEntries: KnowledgeEntry[] = [
    {
        id: 'tip-technician-no-account',
        kind: 'tip',
        title: 'The technician needs no account and no admin rights on the device',
        short:
            'Nobody signs in during the technician flow: the device proves itself with its TPM and enrolls on its ' +
            'own. The technician needs the device at OOBE, power, a network and the Windows key five times; no ' +
            'user account, licence or local admin. The end user\'s password is needed only later, in the user flow.',
        details: [
            'So the technician need not be IT: an OEM, a reseller or another partner can run the technician flow.',
            'Intune rights are needed only to change things on the spot, such as assigning a user or a group.',
            'Do not sign in on the sign-in page during the technician flow: press the Windows key five times there instead.'
        ],
        related: ['flow-win-key', 'step-8'],
        source: 'memdocs autopilot/pre-provision.md',
        keywords: ['password during the tech', 'password in the tech phase', 'end user password during', 'password at the bench', 'dont have the password', "don't have the password", 'need the password', 'technician account', 'tech account', 'technician credentials', 'admin account for the technician',
            'does the tech sign in', 'technician permissions', 'rights at the bench', 'tech needs a licence',
            'which account does the technician use', 'should i sign in first', 'log in with my admin account',
            'need the users password', 'end user password for the technician part']
    },
    {
        id: 'tip-assignments',
        kind: 'tip',
        step: 8,
        title: 'Assign at least one app and one policy to devices and to users',
        short:
            'Before you start, have at least one policy and one app assigned to the devices, and at least one of ' +
            'each assigned to the users. That gives both ESP phases real work.',
        details: ['A phase with nothing to do has caused problems.'],
        related: ['esp-overview', 'overview-what-installs'],
        source: INCLUDES + 'tips-assignments.md',
        keywords: ['nothing assigned yet', 'we assigned nothing', 'assigned nothing', 'assignments', 'assign apps', 'assign policies', 'nothing assigned', 'empty', 'minimum apps',
            'required apps', 'target apps', 'at least one', 'before the first test', 'assign before testing',
            'what to assign first', 'what should i assign', 'assign before the first']
    },
    {
        id: 'tip-qr-companion-app',
        defines: ['companion app', 'QR code'],
        kind: 'tip',
        step: 8,
        title: 'QR code and the Autopilot companion app',
        short:
            'The QR code on the configuration screen holds a unique identifier of the device. Scan it with a ' +
            'companion app to look the device up in Intune and, for example, assign a user or add it to a group. ' +
            'Then press Refresh on the device.',
        details: [
            'Microsoft published an open-source sample, WindowsAutopilotCompanion, that works through Graph.',
            'The sample is old (2019, ADAL sign-in, which is retired): treat it as a reference only.',
            'It can search by serial, assign or remove the user, set the group tag and device name, and sync.'
        ],
        related: ['flow-config-screen', 'step-7'],
        source: INCLUDES + 'tips-qr-codes.md',
        keywords: ['qr', 'scan', 'barcode', 'phone app', 'companion', 'mobile app', 'windowsautopilotcompanion',
            'ztdid', 'assign user on the spot', 'group tag', 'what do i do with the qr code', 'what is the qr code for',
            'qr code on the blue screen', 'do i scan it', 'need to scan', 'scan the qr',
            'qr code after picking the provisioning option', 'qr after selecting provisioning', 'qr in the corner', 'barcode on the screen',
            'unique identifier']
    },
    {
        id: 'tip-expected-duration',
        kind: 'tip',
        step: 8,
        title: 'How long the technician flow takes',
        short:
            'Microsoft gives no expected duration. The ESP error timeout (60 minutes by default) is the only hard ' +
            'stop, so a big app set needs a higher timeout.',
        details: [
            'Community reports show failures after about 35 minutes in Device setup.',
            'Windows quality updates add 20 to 40 minutes, but only in the user flow.',
            '"Only fail selected blocking apps" makes the technician flow longer.',
            '"Identifying" can sit for a long time before apps start.',
            'What a run took: its final screen shows the elapsed time (note it before Reseal).'
        ],
        related: ['esp-timeout', 'esp-identifying'],
        source: 'memdocs intune/enrollment/windows-enrollment-status.md; community reports',
        keywords: ['how long', 'duration', 'take', 'time', 'minutes', 'hours', 'slow', 'is it stuck',
            'expected time', 'normal', 'waiting forever', 'eta', 'forever', 'dots keep spinning', 'spinning dots',
            'still spinning', 'nothing moves', 'progress not moving', 'been sitting there for ages',
            'batch planning', 'devices per day']
    },
    {
        id: 'tip-elapsed-time',
        kind: 'tip',
        step: 8,
        title: 'Elapsed time: where to read the length of a run',
        short:
            'On the device: the final screen of the technician flow shows its elapsed time, whether it ended well ' +
            'or not. Note it before Reseal: afterwards it is gone.',
        details: [
            'Admins see each run\'s status and duration in the Autopilot deployments report in Intune (kept 30 days).',
            'Here: "status <serial>" shows how long a device\'s deployment has been running, or ran start to end.'
        ],
        related: ['flow-success-reseal', 'logs-admin-reports', 'tip-expected-duration'],
        source: 'memdocs autopilot/pre-provision.md; memdocs autopilot/known-issues.md',
        keywords: ['elapsed time', 'elapsed', 'where is the duration shown', 'duration shown', 'timer', 'stopwatch',
            'record the time', 'deployment duration', 'see the elapsed time', 'where is that shown']
    },
    {
        id: 'tip-check-tpm',
        kind: 'tip',
        step: 8,
        title: 'Check the TPM before you start',
        short:
            'Community advice for attestation failures: look at the TPM with tpm.msc or tpmtool ' +
            'getdeviceinformation, update TPM and BIOS firmware, and read the TPM event logs.',
        details: [
            'Admins rank TPM failures at "Securing your hardware" as the top pre-provisioning-specific pain.',
            'Community blogs describe a failure within seconds of starting on older hardware (0x81039024).'
        ],
        related: ['req-tpm-physical', 'error-0x800705b4', 'error-0x81039024'],
        source: 'community (call4cloud.nl, oofhours.com)',
        keywords: ['tpm.msc', 'tpmtool', 'getdeviceinformation', 'check tpm', 'tpm version', 'firmware',
            'bios update', 'tpm status', 'attestation', 'verify tpm']
    },
    {
        id: 'tip-service-health',
        kind: 'tip',
        step: 8,
        title: 'Is it our setup or a Microsoft outage?',
        short:
            'Microsoft service incidents have caused intermittent attestation failures at "Securing your ' +
            'hardware". The advice then was to retry. Ask the admins to check Microsoft 365 service health.',
        details: [
            'Example: incident IT431147 (September 2022), "Securing your hardware" failures.',
            'Admins track service incidents separately from configuration errors.'
        ],
        related: ['error-0x81039001', 'logs-admin-reports'],
        source: 'community (airdesk.com); Microsoft 365 service health',
        keywords: ['outage', 'incident', 'service health', 'microsoft down', 'service problem', 'status page',
            'many devices failing', 'everyone', 'intermittent', 'known autopilot outage', 'outage today']
    },
    {
        id: 'tip-shift-f10',
        kind: 'tip',
        step: 8,
        title: 'Command prompt at OOBE (Shift+F10)',
        short:
            'Shift+F10 opens a command prompt during OOBE. Handy commands: collect logs with mdmdiagnosticstool ' +
            '-area Autopilot;TPM -cab c:\\autopilot.cab, fix the clock with w32tm /resync /force, restart with shutdown /r /t 0, power off with shutdown /s /t 0.',
        details: [
            'Nothing opens? On many laptops the F keys need Fn: press Fn+Shift+F10 (community reports).',
            'Not available in S mode.',
            'Rebooting at OOBE makes the device download its Autopilot profile again.'
        ],
        related: ['logs-collect', 'error-clock-skew', 'error-profile-not-applied'],
        source: 'memdocs autopilot/troubleshoot-oobe.md; community (laptop function keys)',
        keywords: ['shift f10', 'shift+f10', 'cmd', 'command prompt', 'command line', 'terminal', 'console',
            'powershell at oobe', 's mode', 'what is shift f10 for', 'allowed to use shift f10', 'is shift f10 ok during provisioning',
            'power off from the command prompt', 'shut down from cmd', 'turn it off at oobe', 'power off at oobe',
            'fn shift f10', 'fn+shift+f10', 'fn key']
    }
];
