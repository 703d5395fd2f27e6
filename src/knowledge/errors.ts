/** Error codes and symptoms seen in pre-provisioning, with the technician's fix and when to escalate. */
import type { ErrorEntry } from './types';

const KNOWN = 'memdocs autopilot/known-issues.md';
const TS_ENROLL = 'memdocs autopilot/troubleshoot-device-enrollment.md';
const TS_AAD = 'memdocs autopilot/troubleshoot-aad-join.md';
const TS_OOBE = 'memdocs autopilot/troubleshoot-oobe.md';
const ESP_DOC = 'memdocs intune/enrollment/windows-enrollment-status.md';
const COLLECT_TPM_LOGS = 'Collect logs with mdmdiagnosticstool -area Autopilot;TPM and note the code.';

export const errorEntries: ErrorEntry[] = [
    {
        id: 'error-0x800705b4',
        kind: 'error',
        codes: ['0x800705B4'],
        title: '0x800705B4: timeout at Securing your hardware',
        short:
            'A timeout at "Securing your hardware". In pre-provisioning it usually means the TPM could not attest: ' +
            'a VM, no TPM 2.0, blocked vendor URLs, a wrong clock or old firmware.',
        where: 'ESP Device preparation > Securing your hardware ("Failed: 0x800705b4")',
        cause: 'Generic timeout; here usually a device without a usable TPM 2.0 (e.g. a VM) or an attestation timeout.',
        fix: [
            'Check it is a physical device with TPM 2.0, not a VM.',
            'Check the date and time: if wrong, Shift+F10 and w32tm /resync /force.',
            'Check the TPM vendor EK certificate URLs are reachable.',
            'Update TPM and BIOS firmware.',
            'Retry.'
        ],
        escalate: 'Still failing after a firmware update and a retry: collect logs and hand it to the helpdesk.',
        details: [],
        related: ['req-tpm-physical', 'req-tpm-endpoints', 'error-clock-skew'],
        source: TS_ENROLL,
        keywords: ['securing your hardware', 'tpm timeout', 'attestation timeout', 'attestation timed out', 'tpm',
            'red at securing your hardware', 'failed at the first step', 'previous step failed',
            'securing hardware failed']
    },
    {
        id: 'error-0x800705b4-account-setup',
        kind: 'error',
        codes: ['0x800705B4'],
        title: '0x800705B4 in Account setup: a timeout on the user\'s side, not the TPM',
        short:
            '0x800705B4 is a generic timeout. In Account setup (the user flow) it is not the TPM: a user-targeted ' +
            'app, policy or certificate did not finish within the ESP time limit.',
        where: 'ESP Account setup (user flow), after the user signed in',
        cause: 'Something targeted to the user took longer than the ESP timeout, or waited on the network.',
        fix: [
            'Expand Account setup to see which item had not finished, and collect the logs.',
            'Admin checks that app in the IME log, or raises the ESP timeout for a large app set.'
        ],
        escalate: 'The same item times out twice: escalate with its name and the logs.',
        details: [],
        related: ['esp-timeout', 'logs-ime'],
        source: ESP_DOC,
        keywords: ['0x800705b4 in account setup', '0x800705b4 for the user', 'user side']
    },
    {
        id: 'error-0x801c03ea',
        kind: 'error',
        codes: ['0x801C03EA'],
        title: '0x801C03EA: TPM attestation failed, cannot join Entra',
        short:
            'TPM attestation failed, so the device cannot join Entra with its device token. Older docs: a TPM that ' +
            'can do 2.0 but still runs 1.2 firmware.',
        where: 'Registering your device for mobile management ("Failed: 3, 0x801C03EA") / Device preparation',
        cause: 'TPM attestation failure; older docs name a 2.0-capable TPM still on 1.2 firmware.',
        fix: [
            'Update the TPM firmware to 2.0.',
            'Firmware TPM: check the chip vendor\'s EK certificate URL is reachable (see the TPM URLs entry).',
            'Check the device is not in two groups with different Autopilot profiles.',
            'Retry.'
        ],
        escalate: 'Firmware is current and it still fails: collect TPM logs and escalate.',
        details: [],
        related: ['req-tpm-physical', 'tip-check-tpm', 'req-tpm-endpoints'],
        source: TS_ENROLL,
        keywords: ['registering your device', 'tpm 1.2', 'tpm firmware', 'attestation failed', 'two profiles',
            'registering your device for mobile management failed', 'failed: 3']
    },
    {
        id: 'error-0x81039001',
        kind: 'error',
        codes: ['0x81039001'],
        title: '0x81039001: TPM attestation retries exceeded',
        short:
            'E_AUTOPILOT_CLIENT_TPM_MAX_ATTESTATION_RETRY_EXCEEDED: an intermittent attestation failure. A retry ' +
            'often works.',
        where: 'ESP Device preparation > Securing your hardware',
        cause: 'Intermittent TPM attestation failure.',
        fix: ['Press Retry.', 'If it keeps failing, check the clock (Shift+F10, w32tm /resync /force) and the TPM vendor URLs.'],
        escalate: 'Fails on several retries: collect TPM logs and escalate; ask admins to check service health.',
        details: [],
        related: ['tip-service-health', 'error-0x800705b4', 'error-clock-skew'],
        source: KNOWN,
        keywords: ['max attestation retry exceeded', 'intermittent', 'retry exceeded', 'securing your hardware',
            'worked on the second try', 'random tpm failure']
    },
    {
        id: 'error-0x81039023',
        kind: 'error',
        codes: ['0x81039023'],
        title: '0x81039023: TPM attestation bug at Securing your hardware',
        short:
            'A TPM attestation bug at "Securing your hardware", documented on Windows 11. Fixed by the May 2022 ' +
            'cumulative updates: KB5013943 on Windows 11, KB5013942 on Windows 10, or later.',
        where: 'ESP Device preparation > Securing your hardware (Windows 11)',
        cause: 'Attestation bug in Windows builds before the May 2022 cumulative updates.',
        fix: ['Use an image with KB5013943 (Windows 11) or KB5013942 (Windows 10), May 2022, or later.', 'Retry.'],
        escalate: 'The image cannot be updated at the bench: hand it to the helpdesk for a newer image.',
        details: [],
        os: {
            win11: 'Fixed by KB5013943 (May 2022) or later.',
            win10: 'Fixed by KB5013942 (May 2022) or later.'
        },
        related: ['overview-win10-vs-win11', 'error-0x81039024'],
        source: KNOWN,
        keywords: ['windows 11 tpm', 'kb5013943', 'kb5013942', '21h2', 'cumulative update', 'attestation bug',
            'which update fixes']
    },
    {
        id: 'error-0x81039024',
        kind: 'error',
        codes: ['0x81039024'],
        title: '0x81039024: TPM with known vulnerabilities',
        short:
            'The TPM has known vulnerabilities, so attestation is refused. Update the TPM firmware from the OEM. ' +
            'Community reports say it is common on older devices, failing seconds after you start.',
        where: 'ESP Device preparation > Securing your hardware (Windows 11)',
        cause: 'Attestation refused for a TPM with known vulnerabilities.',
        fix: ['Update the TPM firmware from the device maker.', 'Retry.'],
        escalate: 'No firmware update available: the device cannot be pre-provisioned; escalate.',
        details: [],
        os: { win11: 'Seen on Windows 11.' },
        related: ['tip-check-tpm', 'error-0x81039023'],
        source: KNOWN + '; community (call4cloud.nl)',
        keywords: ['vulnerable tpm', 'old tpm', 'tpm firmware', 'older hardware', 'fails immediately',
            'red within seconds']
    },
    {
        id: 'error-0x80070490',
        kind: 'error',
        codes: ['0x80070490'],
        title: '0x80070490: AMD firmware TPM attestation failure',
        short: 'Attestation fails on AMD platforms with the ASP firmware TPM. Update the AMD firmware from the OEM.',
        where: 'ESP Device preparation > Securing your hardware',
        cause: 'AMD ASP firmware TPM issue.',
        fix: ['Update the AMD firmware as the OEM release notes say.', 'Retry.'],
        escalate: 'No firmware available from the OEM: escalate.',
        details: [],
        related: ['tip-check-tpm', 'req-tpm-endpoints'],
        source: KNOWN,
        keywords: ['amd', 'ftpm', 'asp', 'ryzen', 'amd firmware']
    },
    {
        id: 'error-infineon-tpm-timeout',
        kind: 'error',
        codes: [],
        title: '"Something happened, and TPM attestation timed out" (Infineon TPM)',
        short:
            'Seen with the Infineon SLB9672 discrete TPM on firmware 15.22 with an EK certificate. An OEM firmware ' +
            'update fixes it.',
        where: 'ESP Device preparation > Securing your hardware',
        cause: 'Infineon SLB9672 TPM firmware 15.22.',
        fix: ['Apply the OEM TPM firmware update.', 'Retry.'],
        escalate: 'No update from the OEM: escalate.',
        details: [],
        related: ['tip-check-tpm', 'error-0x800705b4'],
        source: KNOWN,
        keywords: ['infineon', 'slb9672', 'tpm attestation timed out', 'something happened', '15.22',
            'discrete tpm']
    },
    {
        id: 'error-tiger-lake-ftpm',
        kind: 'error',
        codes: [],
        title: 'Attestation fails on Intel Tiger Lake (Windows 10 21H2)',
        short: 'TPM attestation fails on the Intel Tiger Lake firmware TPM. Install KB5007253 (Nov 2021) or later.',
        where: 'ESP Device preparation > Securing your hardware',
        cause: 'Needs an operating system fix on Windows 10 21H2.',
        fix: ['Use a build with KB5007253 (November 2021) or later.', 'Retry.'],
        escalate: 'Image cannot be updated at the bench: escalate for a newer image.',
        details: [],
        os: { win10: 'Windows 10 21H2.' },
        related: ['tip-check-tpm'],
        source: KNOWN,
        keywords: ['tiger lake', 'intel', 'kb5007253', 'ftpm', '11th gen']
    },
    {
        id: 'error-0x80180014',
        kind: 'error',
        codes: ['0x80180014'],
        title: '0x80180014: enrollment blocked (device already provisioned)',
        short:
            'Either the device already went through pre-provisioning or self-deploying once and re-enrollment is ' +
            'blocked, or Windows MDM enrollment is blocked by enrollment restrictions (a new device too).',
        where: 'ESP / pre-provisioning screen; "Your organization does not support this version of Windows"',
        cause:
            'Second run on the same device ("Enrollment blocked for AP device by SDM One Time Limit Check"), or ' +
            'Windows (MDM) enrollment disabled in the enrollment restrictions, which blocks a new device that never enrolled too.',
        fix: [
            'Device reused: ask an admin to delete its Intune device record (Devices > All devices, select it, Delete), or select it in Windows Autopilot ' +
                'devices and use "Unblock device", then redeploy.',
            'Otherwise (a new device that never enrolled, for example): admin allows Windows (MDM) in Devices > Enrollment restrictions (platform settings).',
            'Retry.'
        ],
        escalate: 'You cannot delete the Intune record yourself: escalate with the serial number.',
        details: ['Uncertain: Graph beta has allowNextEnrollment and userlessEnrollmentStatus, which look related.'],
        related: ['req-reuse-device'],
        source: TS_ENROLL,
        keywords: ['enrollment blocked', 'already enrolled', 'one time limit', 'reused', 'second time',
            'enrollment restrictions', 'never enrolled', 'brand new device', 'platform restriction',
            'ran it again', 'pre-provisioned it twice', 'device used before',
            'does not support this version of windows', 'your organization does not support this version of windows',
            'unblock device', 'unblock the device']
    },
    {
        id: 'error-0x801c03f3',
        kind: 'error',
        codes: ['0x801C03F3'],
        title: '0x801C03F3: Entra device object not found',
        short:
            'Entra cannot find the device object, usually because someone deleted it by hand. To recover, delete the ' +
            'Autopilot registration and re-register the device (re-import its hardware hash): that recreates the object.',
        where: 'Pre-provisioning error screen; User Device Registration > Admin event log',
        cause: 'The Entra device object created at registration was deleted.',
        fix: [
            'Admin removes the device from Entra and Intune, and deletes its Autopilot registration (Windows Autopilot devices).',
            'Re-register it: re-import its hardware hash (CSV), wait for Profile status = Assigned. This recreates the object.',
            'Reset the device and run the technician flow again.',
            COLLECT_TPM_LOGS
        ],
        escalate: 'Always needs an admin: escalate with the serial number and logs.',
        details: [],
        related: ['step-3', 'req-reuse-device'],
        source: TS_AAD,
        keywords: ['device object deleted', 'entra object missing', 'device not found', 'user device registration']
    },
    {
        id: 'error-0xc1036501',
        kind: 'error',
        codes: ['0xC1036501', '0x81036501'],
        title: '0xC1036501 / 0x81036501: more than one MDM configuration',
        short: 'Entra has several MDM configurations, so automatic MDM enrollment does not happen.',
        where: 'Enrollment',
        cause: 'Multiple MDM configurations in Entra Mobility (MDM and MAM).',
        fix: ['Admin keeps one MDM app with the right user scope (Step 1).', 'Retry.'],
        escalate: 'Tenant setting: escalate to the Intune admin.',
        details: [],
        related: ['step-1'],
        source: `${TS_ENROLL}; community reports (0x81036501, MDM information not found, same cause)`,
        keywords: ['multiple mdm', 'mdm configuration', 'mobility', 'auto enrollment broken', 'mdm info not found',
            'enrollment blocked by policy']
    },
    {
        id: 'error-0x80180018',
        kind: 'error',
        codes: ['0x80180018'],
        title: '80180018 "Something went wrong": MDM enrollment failed',
        short: 'MDM enrollment failed, typically a missing or wrong licence, or the user has too many devices.',
        where: 'Enrollment',
        cause: 'Licence missing or incorrect, or device limit for the user reached.',
        fix: ['Admin assigns an Intune licence to the user.', 'Admin checks the device limits.', 'Retry.'],
        escalate: 'Licences and limits are admin tasks: escalate with the user name.',
        details: [],
        related: ['req-intune-licence', 'error-0x801c0003'],
        source: TS_ENROLL,
        keywords: ['something went wrong', 'licence missing', 'too many devices', 'device limit',
            'mdm enrollment failed',
            'user has too many devices']
    },
    {
        id: 'error-0x801c0003',
        kind: 'error',
        codes: ['0x801C0003'],
        title: '801C0003 "Something went wrong": Entra join failed',
        short:
            'The Entra join failed: the user may not join devices, the device limit is reached, or the anchor ' +
            'device object was deleted.',
        where: 'Entra join',
        cause: 'User not allowed to join, device limit exceeded, or deleted anchor object.',
        fix: [
            'Admin checks Step 2 ("Users may join devices").',
            'Admin raises the device limit.',
            'Deleted object: delete and re-import the hardware hash.'
        ],
        escalate: 'Tenant settings: escalate to the Intune admin.',
        details: ['The FAQ notes it shows up often when devices are reused or VM snapshots are rolled back, because ' +
            'each run counts against the user\'s device limit.'],
        related: ['step-2', 'step-3', 'error-0x80180018'],
        source: TS_AAD,
        keywords: ['entra join failed', 'join failed', 'not allowed to join', 'device limit', 'something went wrong',
            'vm snapshot', 'rolled back snapshot']
    },
    {
        id: 'error-mdm-terms-of-use',
        kind: 'error',
        codes: [],
        title: '"Can\'t connect to the URL of your organization\'s MDM terms of use"',
        short: 'Usually a licensing problem: the user needs an Intune, EMS or Microsoft 365 licence.',
        where: 'OOBE',
        cause: 'Usually licensing; sometimes an empty or wrong MDM terms of use URL in Entra.',
        fix: [
            'Admin gives the user an Intune, EMS or Microsoft 365 licence.',
            'If licences are fine: admin selects "Restore default MDM URLs" in Entra > Mobility (MDM and MAM) > ' +
                'Microsoft Intune.',
            'Retry.'
        ],
        escalate: 'Escalate to the licence admin with the user name.',
        details: ['A related message, "Looks like the MDM Terms of Use endpoint is not correctly configured", has ' +
            'the same two causes.'],
        related: ['req-intune-licence', 'step-1'],
        source: TS_OOBE + '; memdocs memdocs/intune/enrollment/troubleshoot-windows-enrollment-errors.md',
        keywords: ['terms of use', 'mdm terms', 'cannot connect url', 'licensing', 'terms of use endpoint',
            'not correctly configured', 'restore default mdm urls']
    },
    {
        id: 'error-oobeidps',
        kind: 'error',
        codes: [],
        title: '"Something went wrong" with OOBEIDPS',
        short: 'Required Entra, Microsoft account or identity provider URLs are blocked by a proxy or firewall.',
        where: 'OOBE',
        cause: 'Blocked Entra/MSA/IdP URLs.',
        fix: ['Note the exact message and the network used.', 'Network team opens the Autopilot network ' +
            'requirements on the proxy or firewall.', 'Retry.'],
        escalate: 'Firewall or proxy change needed: escalate to the network team.',
        details: [],
        related: ['req-network', 'req-tpm-endpoints'],
        source: TS_OOBE,
        keywords: ['oobeidps', 'something went wrong', 'something went wrong page in oobe', 'proxy', 'firewall', 'blocked urls', 'network requirements']
    },
    {
        id: 'error-esp-timeout',
        kind: 'error',
        codes: [],
        title: 'ESP timed out ("Setup could not be completed"): too many required apps for the time limit',
        short:
            'The ESP ran past its time limit (60 minutes by default) in Device setup: too many required apps for it, ' +
            'or an app hung. Admin: raise "Show an error when installation takes longer than specified number of minutes".',
        where: 'ESP Device setup',
        cause: 'Timeout too short for the app set, or an app hang.',
        fix: [
            'Expand the ESP details to see which item is stuck.',
            'Collect logs and read the IME log for that app.',
            'Admin raises the ESP timeout or reduces blocking apps.',
            'Consider "Only fail selected blocking apps".'
        ],
        escalate: 'The same app times out twice: escalate with the app name and logs.',
        details: ['The message is "Setup could not be completed. Please try again or contact your support person for ' +
            'help." unless the ESP has a custom text.'],
        related: ['esp-timeout', 'logs-ime'],
        source: ESP_DOC,
        keywords: ['esp timed out', 'took too long', 'time limit reached', 'ran out of time', 'failed after one hour',
            'errored after exactly an hour', 'stopped at 60 minutes', 'esp failed at the hour mark',
            'red after an hour', 'failed after 60 minutes', 'setup could not be completed', 'timed out on apps',
            'keeps timing out', 'many required apps']
    },
    {
        id: 'error-another-installation',
        kind: 'error',
        codes: [],
        title: '"Another installation is in progress, please try again later"',
        short:
            'Win32 and LOB (MSI) apps are targeted to the same device. Windows installs one at a time, so they ' +
            'clash.',
        where: 'ESP Device setup > Apps',
        cause: 'Win32 and LOB MSI apps mixed on one device (TrustedInstaller allows one install at a time).',
        fix: ['Admin: do not mix Win32 and LOB apps on the same device (do not target both); convert the LOB apps to Win32.',
            'Both kinds truly needed on one device: Microsoft points to Autopilot device preparation (another product).',
            'Retry or Reset.'],
        escalate: 'App packaging change: escalate to the app admin.',
        details: [],
        related: ['overview-what-installs', 'logs-ime'],
        source: ESP_DOC,
        keywords: ['another installation in progress', 'win32 and lob', 'msi conflict', 'trustedinstaller',
            'mixing apps',
            'msi and win32 mixed', 'another install in progress', '1618', 'exit code 1618', 'mix msi and win32',
            'mix lob and win32', 'msi lob apps and win32 apps', 'lob apps and win32 apps', 'win32 and msi together']
    },
    {
        id: 'error-app-reboot',
        kind: 'error',
        codes: [],
        title: 'App error or ESP hang after an app that needs a reboot',
        short:
            'An installer rebooted by itself, or waits for a reboot. Community example: a Lenovo BIOS updater left ' +
            '"Install Pending - device must be rebooted".',
        where: 'ESP Device setup > Apps',
        cause: 'Reboot triggered inside the installer.',
        fix: ['Admin sets the Win32 app\'s Device restart behavior and return codes (3010 soft reboot, 1641 hard reboot) ' +
            'in Intune, so the ESP expects the restart.', 'Do not reboot from the package.'],
        escalate: 'Escalate with the app name; packaging must change.',
        details: ['Community reports show "Apps (error)" after about 35 minutes in this case.'],
        related: ['esp-known-issues', 'logs-ime'],
        source: ESP_DOC + '; community (philjorgensen/Intune issue #6)',
        keywords: ['reboot', 'restart', 'bios update', 'firmware updater', 'install pending', 'lenovo',
            'app hang', 'apps error', 'app restarts the device', 'restarts the device in the middle of device setup',
            'vendor updater', 'device restart behavior', 'return codes 3010 1641']
    },
    {
        id: 'error-m365-apps-hang',
        kind: 'error',
        codes: [],
        title: 'ESP hangs on Microsoft 365 Apps',
        short:
            'The "Microsoft 365 Apps (Windows 10 and later)" app type can hang the ESP when it starts during another ' +
            'Win32 install. Package Microsoft 365 Apps as Win32.',
        where: 'ESP Device setup > Apps',
        cause: 'Microsoft 365 Apps app type overlapping a tracked Win32 install.',
        fix: ['Admin repackages Microsoft 365 Apps as a Win32 app.', 'Reset and run again.'],
        escalate: 'Escalate to the app admin.',
        details: [],
        related: ['error-another-installation', 'logs-ime'],
        source: ESP_DOC,
        keywords: ['office', 'm365', 'microsoft 365 apps', 'office install hang',
            'office stuck installing', 'office 365 hang']
    },
    {
        id: 'error-identifying-stuck',
        kind: 'error',
        codes: [],
        title: 'ESP stuck on "Identifying"',
        short:
            'A few minutes of "Identifying" is normal: the device is working out (calculating) which apps and policies ' +
            'to track. When it never moves on, Intune cannot work out the ESP policies. Usual cause: the user has no ' +
            'Intune licence. Community: also network or proxy problems.',
        where: 'ESP Account setup (user flow)',
        cause: 'User without an Intune licence; community reports also blame network or proxy.',
        fix: ['Admin assigns an Intune licence to the user.', 'Check the network and proxy.'],
        escalate: 'Licence is fine and it still sits there: escalate with logs.',
        details: [],
        related: ['esp-identifying', 'req-intune-licence'],
        source: ESP_DOC,
        keywords: ['identifying forever', 'never finishes', 'stuck identifying', 'spinning', 'no progress',
            'identifying for ages', 'dots next to identifying', 'security policies identifying',
            'identifying for an hour', 'identifying has not moved', 'identifying not moving', 'identifying stuck']
    },
    {
        id: 'error-clock-skew',
        kind: 'error',
        codes: [],
        title: 'Wrong clock: attestation or ESP timeouts',
        short:
            'A real-time clock off by minutes or more breaks TPM attestation and causes ESP timeouts. Fix the time ' +
            'and retry.',
        where: 'Any phase',
        cause: 'Clock skew.',
        fix: ['Press Shift+F10.', 'Run w32tm /resync /force.',
            'If it cannot sync, the network must reach a time source: time.windows.com on UDP 123.', 'Retry.'],
        escalate: 'The clock goes wrong again after a resync: escalate.',
        details: [],
        related: ['tip-shift-f10', 'error-0x800705b4', 'error-0x81039001'],
        source: TS_ENROLL,
        keywords: ['clock', 'time', 'date', 'clock skew', 'w32tm', 'wrong time', 'time sync', 'ntp',
            'bios time',
            'cmos battery', 'wrong year', 'bios clock wrong', 'clock behind', 'hours behind', 'clock ahead',
            'clock off', 'time off', 'wrong date', 'date wrong', 'time wrong', 'clock wrong', 'resync', 'time source', 'ntp blocked',
            'date and time wrong', 'bios clock', 'clock shows', 'date shows', 'old date', 'ntp server', 'time server', 'firewall blocks ntp',
            'udp 123']
    },
    {
        id: 'error-virtual-machine',
        kind: 'error',
        codes: [],
        title: 'Virtual machine: pre-provisioning not supported (fails)',
        short:
            'Pre-provisioning is not supported on virtual machines, even with a virtual TPM (Hyper-V vTPM): TPM ' +
            'attestation fails and you get the failure screen. Use physical hardware.',
        where: 'Technician flow',
        cause: 'No supported TPM attestation on a VM.',
        fix: ['Use a physical device with TPM 2.0.'],
        escalate: 'Nothing to escalate: VMs are not supported.',
        details: [],
        related: ['req-tpm-physical', 'error-0x800705b4'],
        source: 'memdocs autopilot/pre-provision.md',
        keywords: ['hyper-v', 'vmware', 'virtualbox', 'lab', 'vm test', 'testing on a vm',
            'can i use a vm', 'azure vm', 'test on a vm', 'virtual tpm', 'vtpm']
    },
    {
        id: 'error-attestation-after-reset',
        kind: 'error',
        codes: [],
        title: 'TPM attestation fails after Reset (known issue)',
        short:
            'Known issue: Reset wipes the device and starts over, but after an ESP failure in the technician flow ' +
            'TPM attestation can then fail at "Securing your hardware". It is not a new fault of the device.',
        where: 'Next attempt after Reset, at Securing your hardware',
        cause: 'Known issue of Reset after an ESP failure in pre-provisioning; the known-issues page gives no fix.',
        fix: ['Save the logs.', 'Retry again: later attempts often attest.', 'If it still fails, re-image the device and start over.'],
        escalate: 'Fails after a re-image too: escalate with logs.',
        details: [],
        related: ['flow-retry-reset', 'logs-collect'],
        source: KNOWN,
        keywords: ['after reset', 'reset then failed', 'second attempt', 'reimage', 're-image', 'pressed reset',
            'cannot attest after reset']
    },
    {
        id: 'error-event-171',
        kind: 'error',
        codes: [],
        title: 'Event 171 "AutopilotManager failed to set TPM identity confirmed"',
        short:
            'Event 171 (often with 172) in the Autopilot event log means a TPM attestation problem. Treat it like ' +
            'the Securing your hardware errors.',
        where: 'Event Viewer > ModernDeployment-Diagnostics-Provider > Autopilot',
        cause: 'TPM attestation problem.',
        fix: ['Check the clock, the TPM vendor URLs and the TPM firmware.', 'Retry.'],
        escalate: 'Same as the TPM errors: escalate with logs if it persists.',
        details: [],
        related: ['logs-event-viewer', 'error-0x800705b4'],
        source: 'SupportArticles-docs understand-troubleshoot-esp.md',
        keywords: ['event 171', 'event 172', 'tpm identity', 'autopilotmanager', 'hresult']
    },
    {
        id: 'error-profile-not-applied',
        kind: 'error',
        codes: [],
        title: 'No Autopilot or wrong OOBE screens (profile not applied)',
        short:
            'The device shows the normal OOBE, or screens the profile should hide. The profile is not assigned yet, ' +
            'a blank profile is cached, or the hardware changed.',
        where: 'OOBE',
        cause: 'Profile not assigned yet, cached blank profile, or hardware change (Fix pending / Attention required).',
        fix: [
            'Check Profile status = Assigned in the Autopilot devices list.',
            'Reboot at OOBE (Shift+F10, shutdown /r /t 0) to download the profile again.',
            'Not in the Autopilot devices list any more, or after a motherboard change: re-register it (import a ' +
                'new hash).'
        ],
        escalate: 'Status is Attention required: escalate for reset and re-registration.',
        details: [],
        related: ['step-6', 'tip-shift-f10'],
        source: TS_OOBE,
        keywords: ['no autopilot', 'normal oobe', 'profile not downloaded', 'fix pending', 'attention required',
            'motherboard replaced', 'not assigned', 'after reimage', 'reimaged', 'reinstalled windows',
            'profile no longer applies', 'profile wont apply',
            'normal windows setup', 'personal or work setup', 'consumer setup screens', 'no company sign-in page',
            'set up for personal use', 'set up for work or school', 'set things up for your work or school']
    },
    {
        id: 'error-non-compliant-user-flow',
        kind: 'error',
        codes: [],
        title: 'Non-compliant or blocked (CA) right after the user signs in',
        short:
            'Expected: Entra resets compliance in the user flow, so a device compliant after the technician flow ' +
            'shows non-compliant (and Conditional Access may block apps) until Intune evaluates it again. Give it time.',
        where: 'User flow, first sign-in and the hour after',
        cause: 'Compliance is reset by design when the user flow starts (community also points to incident IT396955 in 2022). ' +
            'BitLocker and Secure Boot states are only reported after a restart, so those checks fail at first.',
        fix: ['Wait for compliance to be evaluated again; a sync (Settings > Accounts > Access work or school > Info > ' +
                'Sync) speeds it up.',
            'Admins give Autopilot devices a grace period in the compliance policy (it can be as short as 0.25 days).'],
        escalate: 'Still non-compliant hours after the user flow: escalate with the failing compliance setting.',
        details: [],
        related: ['userflow-compliance-reset', 'error-conditional-access-enrollment'],
        source: 'memdocs autopilot/tutorial/includes/tips-pre-provision-compliance-user-flow.md; ' + KNOWN + '; community',
        keywords: ['non-compliant', 'noncompliant', 'not compliant', 'blocked by conditional access',
            'access denied', 'was compliant after the technician flow', 'compliant before', 'now non-compliant',
            'non-compliant after the user signs in', 'blocked on first sign in', 'first login blocked',
            'grace period', 'can not open apps after sign in', 'ca blocks']
    },
    {
        id: 'error-0x800706d9',
        kind: 'error',
        codes: ['0x800706D9'],
        title: '0x800706D9 (community reports): no endpoints from the endpoint mapper, firewall service off',
        short:
            'A Windows service could not be reached over RPC. The usual cause is the Windows Defender Firewall ' +
            'service (MpsSvc) disabled in the image or by a policy; components that set up firewall rules then fail.',
        where: 'ESP Device setup (apps, policies) or enrollment; event logs',
        cause: 'Windows Defender Firewall service disabled or stopped.',
        fix: [
            'Shift+F10: sc query mpssvc; if it is disabled, tell the image or policy owner.',
            'Admin: leave the firewall service on (turn firewall profiles off by policy if needed, never the service).',
            'Retry, or Reset if the image itself disables it.'
        ],
        escalate: 'Service running and the code stays: escalate with the logs.',
        details: [],
        related: ['error-policy-interactive-logon-gpos', 'tip-shift-f10'],
        source: 'community reports (0x800706D9 = EPT_S_NOT_REGISTERED; Microsoft support articles tie it to the disabled Windows Firewall service)',
        keywords: ['endpoint mapper', 'no more endpoints', 'firewall service disabled', 'mpssvc', 'ept_s_not_registered',
            'rpc error']
    },
    {
        id: 'error-0x81036502',
        kind: 'error',
        codes: ['0x81036502'],
        title: '0x81036502 (community code, meaning unclear)',
        short:
            'Uncertain: Microsoft docs do not define it. One community index calls it an app install failure during ' +
            'the ESP, another "profile not found". Go by the logs, not the label.',
        where: 'ESP (community reports)',
        cause: 'Unknown: community sources disagree.',
        fix: ['Note the code and the phase.', 'Collect logs and read the IME log.', 'Check the ESP details.'],
        escalate: 'Escalate with the logs; do not guess the cause.',
        details: [],
        related: ['logs-collect', 'logs-ime'],
        source: 'community error indexes',
        keywords: ['app install failure', 'profile not found', 'unknown code']
    },
    {
        id: 'error-0x80072ee2',
        kind: 'error',
        codes: ['0x80072EE2'],
        title: '80072ee2: network timeout to enterpriseregistration.microsoft.com',
        short:
            'Community reports: a network timeout reaching enterpriseregistration.microsoft.com, seen during ' +
            'service incidents and in user flows.',
        where: 'Entra registration (community reports)',
        cause: 'Network or DNS timeout; reported during Microsoft service incidents.',
        fix: ['Check the network and DNS.', 'Retry later.', 'Ask admins to check Microsoft 365 service health.'],
        escalate: 'Keeps failing on a good network: escalate.',
        details: [],
        related: ['tip-service-health', 'req-network'],
        source: 'community (admin blog)',
        keywords: ['enterpriseregistration', 'dns', 'network timeout', 'cannot reach']
    },
    {
        id: 'error-0x80070774',
        kind: 'error',
        codes: ['0x80070774'],
        title: '0x80070774: domain controller not reachable (hybrid only)',
        short:
            'A hybrid join error (domain controller not reachable during offline domain join). This bot covers ' +
            'Entra join only.',
        where: 'Hybrid join (community table)',
        cause: 'Domain controller not reachable during hybrid offline domain join.',
        fix: ['This bot covers Entra join only: hand it to the owners of hybrid join.'],
        escalate: 'Hybrid deployment: escalate to the team that owns hybrid join.',
        details: [],
        related: ['step-6', 'overview-user-driven-first'],
        source: 'community table',
        keywords: ['hybrid', 'domain controller', 'odj', 'offline domain join', 'on-premises'],
        declinedAs: 'hybrid-join'
    },
    {
        id: 'error-win-key-does-nothing',
        kind: 'error',
        codes: [],
        title: 'Windows key five times does nothing: pre-provisioning option missing',
        short:
            'No pre-provisioning option? Check the profile has "Allow pre-provisioned deployment" = Yes and its ' +
            'status is Assigned. Press it on the first OOBE screen or the sign-in page, without clicking Next or ' +
            'signing in first.',
        where: 'OOBE sign-in page',
        cause: 'Profile without "Allow pre-provisioned deployment", profile not assigned yet, or OOBE skipped screens.',
        fix: [
            'Check the profile: "Allow pre-provisioned deployment" = Yes, Profile status = Assigned.',
            'Check the basics: a physical device with TPM 2.0, on a network, still at OOBE.',
            'Reboot at OOBE so the profile downloads again.',
            'Press the key five times before you sign in or click Next.'
        ],
        escalate: 'Profile is right and assigned but no option: escalate.',
        details: [
            'OOBE skips past it? Microsoft suggests Language (Region) = User specified; an old docs issue (#1648) ' +
                'blamed "Automatically configure keyboard", fixed in later Windows.'
        ],
        related: ['flow-win-key', 'step-6'],
        source: 'memdocs autopilot/pre-provision.md; memdocs issue #1648',
        keywords: ['nothing happens', 'no menu', 'option missing', 'cannot get into', 'does not work',
            'not working', 'no pre-provisioning option', 'white glove option missing', 'pre-provisioning option missing',
            'option not showing', 'option not there', 'choice not there', 'pressed it but no option', 'no options screen',
            'nothing pops up']
    },
    {
        id: 'error-entra-sign-in-missing',
        kind: 'error',
        codes: [],
        title: 'User flow: no Entra sign-in, only a local account',
        short:
            'If the Microsoft Account Sign-In Assistant service (wlidsvc) was disabled during the technician flow, ' +
            'the user may get the licence terms and a local account instead of the work sign-in.',
        where: 'User flow OOBE',
        cause: 'wlidsvc disabled during the technician flow.',
        fix: [
            'Note it: wlidsvc must not be disabled during the technician flow.',
            'Escalate so the admin fixes the policy or script.'
        ],
        escalate: 'Escalate to the admin who owns that policy or script.',
        details: [],
        related: ['userflow-sign-in', 'step-9'],
        source: 'memdocs autopilot/pre-provision.md',
        keywords: ['local account', 'no work account', 'wlidsvc', 'sign-in assistant', 'eula', 'offline account',
            'local account screen instead of the work sign in', 'create a local account', 'asked for a microsoft account',
            'create an account for this pc', 'who is going to use this device', 'microsoft account after reseal',
            'local account after reseal', 'personal microsoft account instead of work']
    },
    {
        id: 'error-ime-detection-notcomputed',
        kind: 'error',
        codes: [],
        title: 'Win32 detection "NotComputed" after a long wait',
        short:
            'The user flow ran more than 6 months after the technician flow, so the Intune Management Extension ' +
            'certificates may be invalid and app detection fails.',
        where: 'User flow; IME log',
        cause: 'User flow started more than 6 months after the technician flow.',
        fix: [
            'Collect the IME logs.',
            'Escalate: the helpdesk decides how to recover the device.',
            'Next time, run the user flow within 6 months.'
        ],
        escalate: 'Escalate if it happens on a device provisioned recently.',
        details: [
            'Log line: "[Win32App][DetectionActionHandler] Detection for policy with id: <id> resulted in action ' +
                'status: Failed and detection state: NotComputed".'
        ],
        related: ['userflow-six-months', 'logs-ime'],
        source: 'memdocs autopilot/pre-provision.md',
        keywords: ['notcomputed', 'detection failed', 'detectionactionhandler', 'ime certificates', 'expired']
    }
];
