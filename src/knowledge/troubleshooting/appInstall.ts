/**
 * App installs that fail during the ESP: Intune app error codes as the Intune Management Extension (IME) reports
 * them, and the app symptoms the docs describe. The technician cannot repackage an app; the fix is to name the
 * app, keep the logs and tell the app owner what the code means.
 */
import type { ErrorEntry } from '../types';
import {
    AP_KNOWN_ISSUES,
    AP_TROUBLESHOOTING_FAQ,
    INTUNE_APP_ERROR_CODES,
    INTUNE_ESP,
    INTUNE_POWERSHELL_SCRIPTS,
    INTUNE_WIN32_ADD,
    INTUNE_WIN32_TROUBLESHOOT
} from './sources';

const ESP_APPS = 'ESP Device setup > Apps (technician flow) or Account setup > Apps (user flow); IME log';
const NOTE_APP = 'Expand the ESP details and note which app failed.';
const COLLECT_IME = 'Collect logs and read IntuneManagementExtension.log for that app.';

export const appInstallEntries: ErrorEntry[] = [
    {
        id: 'error-0x87d1041c',
        kind: 'error',
        codes: ['0x87D1041C'],
        title: '0x87D1041C: app installed but not detected',
        short:
            'The installer finished, but Intune\'s detection rule does not find the app afterwards, so Intune counts ' +
            'it as failed. During the ESP a blocking app with this code fails the run.',
        where: ESP_APPS + ' ("Application was not detected after installation completed successfully")',
        cause:
            'The detection rule does not match what the installer leaves (path, version, MSI product code, a ' +
            'script with no output), the app updated itself, or it was uninstalled.',
        fix: [
            NOTE_APP,
            COLLECT_IME,
            'Tell the app owner: installed, not detected; they check the detection rule against the installed app.',
            'After they fix it: Retry, or Reset and run again.'
        ],
        escalate: 'Always an app packaging fix: escalate with the app name, the code and the IME log.',
        details: [
            'A detection script must exit 0 and write to STDOUT; exit 0 with no output means "not found".',
            'Decimal form: -2016345060.'
        ],
        related: ['logs-ime', 'error-esp-timeout'],
        source: INTUNE_APP_ERROR_CODES + '; ' + INTUNE_WIN32_ADD,
        keywords: ['not detected after installation', 'detection rule', 'installed but failed', 'app shows failed',
            'detection failed', 'app uninstalled', 'apps error', 'win32 app failed', '-2016345060']
    },
    {
        id: 'error-0x87d103e8',
        kind: 'error',
        codes: ['0x87D103E8'],
        title: '0x87D103E8: unknown app installation error',
        short:
            'Intune\'s catch-all when no more specific app error was reported. The code itself tells nothing: the ' +
            'app\'s own logs do.',
        where: ESP_APPS,
        cause: 'Unspecified app installation failure.',
        fix: [NOTE_APP, COLLECT_IME, 'Retry once.'],
        escalate: 'Fails again: escalate with the app name and logs.',
        details: ['Decimal form: -2016345112.'],
        related: ['logs-ime', 'error-0x87d1041c'],
        source: INTUNE_APP_ERROR_CODES,
        keywords: ['unknown error', 'generic app error', 'app install failed', '-2016345112']
    },
    {
        id: 'error-0x8000ffff',
        kind: 'error',
        codes: ['0x8000FFFF'],
        title: '0x8000FFFF: unexpected error during app installation',
        short: 'An unexpected failure inside the installer. The installation logs of that app say what went wrong.',
        where: ESP_APPS,
        cause: 'Installer failed unexpectedly.',
        fix: [NOTE_APP, COLLECT_IME, 'Retry once; if it repeats, stop and escalate.'],
        escalate: 'Repeats on retry: escalate with the app name and logs.',
        details: ['Decimal form: -2147418113.'],
        related: ['logs-ime', 'error-0x87d103e8'],
        source: INTUNE_APP_ERROR_CODES,
        keywords: ['unexpected error', 'catastrophic failure', 'installer crashed', '-2147418113']
    },
    {
        id: 'error-0x80073cff',
        kind: 'error',
        codes: ['0x80073CFF', '0x80CF201C'],
        title: '0x80073CFF / 0x80CF201C: app package needs sideloading',
        short:
            'An MSIX or APPX line-of-business app cannot install because the device does not trust its signature ' +
            'for sideloading.',
        where: ESP_APPS,
        cause: 'Package not signed with a trusted certificate, or sideloading (AllowAllTrustedApps) not enabled.',
        fix: [NOTE_APP, 'Tell the app owner: the package signature is not trusted on the device.', 'Retry after the fix.'],
        escalate: 'Signing and sideloading policy are admin tasks: escalate with the app name.',
        details: [],
        related: ['logs-ime', 'error-0x80073cf0'],
        source: INTUNE_APP_ERROR_CODES,
        keywords: ['sideloading', 'msix', 'appx', 'untrusted package', 'allowalltrustedapps', 'signature']
    },
    {
        id: 'error-0x80073cf0',
        kind: 'error',
        codes: ['0x80073CF0'],
        title: '0x80073CF0: app package could not be opened',
        short:
            'The MSIX/APPX package is unsigned, or its publisher name does not match the signing certificate.',
        where: ESP_APPS + '; AppxPackagingOM event log',
        cause: 'Unsigned package or publisher/certificate mismatch.',
        fix: [NOTE_APP, 'Tell the app owner: the package cannot be opened (signature or publisher).'],
        escalate: 'Packaging fix: escalate with the app name.',
        details: [],
        related: ['error-0x80073cff', 'error-0x80073cf3'],
        source: INTUNE_APP_ERROR_CODES,
        keywords: ['package could not be opened', 'unsigned package', 'publisher mismatch', 'appxpackagingom']
    },
    {
        id: 'error-0x80073cf3',
        kind: 'error',
        codes: ['0x80073CF3'],
        title: '0x80073CF3: app package failed validation',
        short:
            'The MSIX/APPX package conflicts with an installed package, misses a dependency, or targets the wrong ' +
            'processor architecture.',
        where: ESP_APPS + '; AppXDeployment-Server event log',
        cause: 'Update, dependency or architecture validation failed.',
        fix: [NOTE_APP, 'Check the device architecture (x64 or ARM64) against the package.', 'Tell the app owner.'],
        escalate: 'Packaging fix: escalate with the app name and device model.',
        details: [],
        related: ['error-0x80073cf0', 'error-0x80073cfb'],
        source: INTUNE_APP_ERROR_CODES,
        keywords: ['dependency not found', 'wrong architecture', 'arm64', 'package conflict', 'appxdeployment']
    },
    {
        id: 'error-0x80073cfb',
        kind: 'error',
        codes: ['0x80073CFB'],
        title: '0x80073CFB: package already installed, reinstall blocked',
        short:
            'A different build of the same package (same version, not bit-for-bit identical, for example re-signed) ' +
            'is already on the device.',
        where: ESP_APPS,
        cause: 'Same version number with different content.',
        fix: ['Tell the app owner to raise the version number and re-sign, or remove the old package first.'],
        escalate: 'Packaging fix: escalate with the app name.',
        details: [],
        related: ['error-0x80073cf3'],
        source: INTUNE_APP_ERROR_CODES,
        keywords: ['already installed', 'reinstall blocked', 'same version', 're-signed package']
    },
    {
        id: 'error-teams-machine-wide-installer',
        kind: 'error',
        codes: [],
        title: 'Office Click-to-Run clashes with other MSI installs during the ESP',
        short:
            'The Teams Machine-Wide Installer inside Microsoft 365 Click-to-Run is an MSI the ESP does not track. It ' +
            'can collide with another MSI-based Win32 install, so Teams or the other app fails, at random.',
        where: ESP_APPS,
        cause: 'Two MSI installs at once; Windows Installer (TrustedInstaller) allows only one.',
        fix: [
            'Retry: the clash is timing-dependent.',
            'Tell the app admin; the documented options: deploy Teams or Office after Autopilot, or make a script ' +
                'wait for the running MSI, or let the ESP continue on error.'
        ],
        escalate: 'Happens on several devices: escalate to the app admin.',
        details: [],
        related: ['error-another-installation', 'error-m365-apps-hang'],
        source: AP_TROUBLESHOOTING_FAQ,
        keywords: ['machine-wide installer', 'click-to-run', 'c2r', 'msi clash', 'random app failure',
            'office failed during esp']
    },
    {
        id: 'error-script-fails-during-esp',
        kind: 'error',
        codes: [],
        title: 'Script or installer works for a user but fails or never runs during the ESP',
        short:
            'In the technician flow nobody is signed in: platform (PowerShell) scripts and Win32 installers run in the ' +
            'system context (as SYSTEM), and scripts set to run as the signed-in user wait for the user flow. What works for a user can ' +
            'fail as SYSTEM: no user profile, HKCU, mapped drives or user proxy.',
        where: 'ESP Device setup (technician flow); IME log',
        cause: 'The script or installer relies on a signed-in user, or is set to run with the logged-on credentials.',
        fix: [
            'Note the script or app name and collect the logs.',
            'Tell its owner: test it as SYSTEM and write machine-wide paths (HKLM, Program Files), or target it to ' +
                'run in the user flow.'
        ],
        escalate: 'Script and packaging changes belong to their owner: escalate with the name and IME log lines.',
        details: ['Intune scripts run once, before Win32 apps, with a 30-minute timeout and three retries.'],
        related: ['error-powershell-script-fails', 'error-win32-user-context-admin'],
        source: `${INTUNE_POWERSHELL_SCRIPTS}; ${INTUNE_ESP}`,
        keywords: ['runs as system', 'system context', 'user context script', 'logged on credentials', 'run as user',
            'works manually', 'works when i run it', 'hkcu', 'mapped drive', 'platform script', 'powershell script',
            'scripts', 'install script', 'only fails during esp', 'local system', 'never runs']
    },
    {
        id: 'error-win32-user-context-admin',
        kind: 'error',
        codes: [],
        title: 'Win32 app set to user context fails (needs admin rights)',
        short:
            'A Win32 app that installs in user context runs with the user\'s rights. If it needs admin rights and ' +
            'the user is a standard user, it fails. In the technician flow there is no user yet.',
        where: 'Account setup > Apps (user flow); IME log',
        cause: 'Install behavior = User for an installer that needs elevation.',
        fix: ['Note the app.', 'Tell the app admin to set Install behavior = System (device context).'],
        escalate: 'Packaging setting: escalate to the app admin.',
        details: ['Only device-context apps install during the technician flow.'],
        related: ['overview-what-installs', 'logs-ime'],
        source: INTUNE_WIN32_TROUBLESHOOT + '; ' + INTUNE_WIN32_ADD,
        keywords: ['user context', 'install behavior user', 'needs admin rights', 'standard user', 'elevation',
            'win32 app targeted to users fails']
    },
    {
        id: 'error-antivirus-ime-cache',
        kind: 'error',
        codes: [],
        title: 'Antivirus scanning blocks Win32 app installs',
        short:
            'Antimalware that scans the Intune Management Extension content folders can break Win32 installs. The ' +
            'docs ask to exclude them from scanning.',
        where: ESP_APPS,
        cause: 'Real-time scanning of C:\\Program Files (x86)\\Microsoft Intune Management Extension\\Content and ' +
            'C:\\Windows\\IMECache.',
        fix: ['Tell the security admin to exclude both folders.', 'Retry.'],
        escalate: 'Antivirus policy is a security-team change: escalate.',
        details: ['On 32-bit Windows the first folder is under C:\\Program Files.'],
        related: ['logs-ime'],
        source: INTUNE_WIN32_TROUBLESHOOT,
        keywords: ['antivirus blocks installs', 'antimalware scanning the ime folders', 'defender exclusion for the ime',
            'imecache', 'scanning', 'third-party av']
    },
    {
        id: 'error-s-mode-win32-blocked',
        kind: 'error',
        codes: [],
        title: 'Windows in S mode: MSI and Win32 apps are blocked',
        short:
            'S mode only runs apps Microsoft has verified (Store apps), so Win32 and MSI apps, and the scripts the ' +
            'Intune Management Extension runs, fail or never start during the ESP.',
        where: 'ESP Device setup > Apps (Win32/MSI apps fail or stay pending)',
        cause: 'The device ships with Windows in S mode.',
        fix: [
            'Check Settings > System > About (or Activation): "in S mode".',
            'Admin: switch the devices out of S mode (Intune can do it by policy), or allow the needed apps with an ' +
                'App Control supplemental policy for S mode.',
            'Then Reset and run the technician flow again.'
        ],
        escalate: 'Switching out of S mode is an admin decision: escalate with the model and serial.',
        details: ['Shift+F10 does not open a command prompt in S mode either.'],
        related: ['error-win32-apps-never-start', 'req-windows-edition'],
        source: `${INTUNE_WIN32_TROUBLESHOOT}; Windows security documentation (LOB Win32 apps on S mode devices)`,
        keywords: ['s mode', 'windows s mode', 'in s mode', 'win32 apps blocked s mode', 'msi blocked', 'store apps only',
            'switch out of s mode', 'leave s mode', 'msi apps wont install s mode']
    },
    {
        id: 'error-win32-apps-never-start',
        kind: 'error',
        codes: [],
        title: 'Win32 apps never start installing',
        short:
            'The Intune Management Extension is only installed when a Win32 app or PowerShell script is assigned. ' +
            'No IME folder, no Win32 installs.',
        where: 'ESP Apps; C:\\ProgramData\\Microsoft\\IntuneManagementExtension missing',
        cause: 'No Win32 app or script targeted to the device, Windows in S mode (no MSI), or an unsupported version.',
        fix: [
            'Check C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs exists.',
            'Check the device is not in S mode.',
            'Ask the admin to check the app targets the device group.'
        ],
        escalate: 'Targeting is right and IME never appears: escalate with logs.',
        details: ['Windows in S mode cannot install MSI-based apps at all.'],
        related: ['logs-ime', 'tip-assignments'],
        source: INTUNE_WIN32_TROUBLESHOOT,
        keywords: ['apps not installing', 'no ime folder', 'ime missing', 's mode', 'nothing installs',
            'apps stay pending', 's mode msi', 'msi on s mode']
    },
    {
        id: 'error-win32-dependency',
        kind: 'error',
        codes: [],
        title: '"One or more dependent apps failed" (Win32 dependencies)',
        short:
            'A Win32 app waits for its dependencies. If one fails, its requirements are not met, or it waits for a ' +
            'reboot, the main app is not installed and shows failed.',
        where: ESP_APPS + '; Windows notifications',
        cause: 'A dependency failed, is not applicable, or is pending a reboot.',
        fix: [NOTE_APP, 'Find the failing dependency in the IME log.', 'Retry.'],
        escalate: 'Escalate with both app names.',
        details: ['Each dependency follows the Win32 retry rule: three tries, five minutes apart.'],
        related: ['logs-ime', 'error-0x87d1041c'],
        source: INTUNE_WIN32_ADD,
        keywords: ['dependent apps failed', 'dependency', 'requirements not met', 'pending a device reboot']
    },
    {
        id: 'error-win32-return-codes',
        kind: 'error',
        codes: [],
        title: 'What Win32 return codes do: failed, retry, soft and hard reboot',
        short:
            'Intune maps each installer exit code to Success, Failed, Retry (3 tries, 5 minutes apart), Soft reboot ' +
            '(next app may install) or Hard reboot (no further Win32 app until a restart).',
        where: 'App properties in Intune; IME log during the ESP',
        cause: 'An installer exit code that is not in the app\'s return-code list counts as a failure.',
        fix: [
            'Note the exit code from the IME log.',
            'Tell the app owner if a "success" exit code is missing from the list, or a reboot code is wrong.'
        ],
        escalate: 'Return-code changes are app admin work: escalate with the exit code.',
        details: ['Restarts should be driven by Intune through these codes, not by the installer itself.', 'The app\'s Device restart behavior setting decides the rest: Determine behavior based on return codes, No specific action, App install may force a device restart, or Intune will force a mandatory device restart.'],
        related: ['error-app-reboot', 'logs-ime'],
        source: INTUNE_WIN32_ADD + '; ' + INTUNE_ESP,
        keywords: ['return code', 'exit code', 'soft reboot', 'hard reboot', 'retry code', 'waiting for restart', 'device restart behavior', 'mandatory device restart', 'determine behavior based on return codes', 'app install may force a device restart',
            // The MSI result an installer reports most often when it fails: not in the default list, so a failure.
            '1603']
    },
    {
        id: 'error-apps-missing-after-reset',
        kind: 'error',
        codes: [],
        title: 'Required apps not shown on the ESP after an Autopilot Reset',
        short:
            'Known issue: after an Autopilot Reset the ESP does not track required apps. They still install once ' +
            'the user reaches the desktop.',
        where: 'ESP after Autopilot Reset',
        cause: 'Known issue in Autopilot Reset.',
        fix: ['Let the user sign in; the apps arrive in the background.', 'Check later in the Company Portal.'],
        escalate: 'Apps still missing hours after sign-in: escalate.',
        details: [],
        related: ['flow-retry-reset'],
        source: AP_KNOWN_ISSUES,
        keywords: ['after autopilot reset', 'apps not on esp', 'apps missing', 'reset then no apps']
    },
    {
        id: 'error-powershell-script-fails',
        kind: 'error',
        codes: [],
        title: 'Intune PowerShell scripts: run once, 30-minute timeout, three retries',
        short:
            'Intune scripts run once, before Win32 apps, and time out after 30 minutes. A failed script is retried ' +
            'at the next three check-ins, then left alone until the script changes.',
        where: 'During the ESP and after; IME log (C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs)',
        cause: 'Script error or timeout, user-context script with no user yet, a clock off by months or years, or ' +
            'Windows in S mode.',
        fix: [
            'Check the date and time are right (w32tm /resync /force from Shift+F10).',
            'Collect logs; the script result is in the IME log.',
            'Tell the script owner if it needs the user (it will not run in the technician flow) or ran too long.'
        ],
        escalate: 'Script logic is the owner\'s fix: escalate with the script name and log lines.',
        details: [
            'Scripts do not run at every sign-in: only when assigned or changed.',
            'If the Intune Management Extension service is set to Manual it may not restart after a reboot.'
        ],
        related: ['error-script-fails-during-esp', 'error-clock-skew'],
        source: INTUNE_POWERSHELL_SCRIPTS,
        keywords: ['script retried', 'script timed out', 'script ran only once', 'platform script result',
            'script result in ime log', 'script never reruns']
    },
    {
        id: 'error-win32-not-applicable',
        kind: 'error',
        codes: [],
        title: 'Win32 app shows "Not applicable" and never installs',
        short:
            'The device does not meet the app\'s requirement rules (architecture, minimum Windows version, free ' +
            'disk space, memory, processors, CPU speed, or a custom file, registry or script rule), so Intune skips it.',
        where: 'Intune app status for the device; IME log',
        cause: 'Requirement rules in the Win32 app that this model or image does not meet.',
        fix: [
            'Note the device model, architecture (x64/ARM64), Windows version, RAM and free disk space.',
            'Tell the app owner which requirement the device misses.'
        ],
        escalate: 'Requirement rules are app admin settings: escalate with the device details.',
        details: ['"Not applicable" is not a failure: the ESP does not wait for an app that does not apply.'],
        related: ['error-win32-dependency', 'logs-ime'],
        source: INTUNE_WIN32_ADD,
        keywords: ['not applicable', 'requirement not met', 'app skipped', 'app never installs', 'disk space',
            'architecture requirement', 'minimum os']
    }
];
