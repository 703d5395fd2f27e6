/**
 * Policies Microsoft documents as breaking Autopilot or pre-provisioning. The technician sees a symptom (no
 * autologon, extra prompts, a reboot, a failed run); the cure is always an admin removing or retargeting the
 * policy, so each entry names the policy precisely enough to hand over.
 */
import type { ErrorEntry, TopicEntry } from '../types';
import { AP_KNOWN_ISSUES, AP_POLICY_CONFLICTS, AP_REQUIREMENTS, AP_TROUBLESHOOTING_FAQ, INTUNE_ESP } from './sources';

/** The whole list at once, for "which policies break pre-provisioning"; each item has its own entry below. */
export const policyConflictList: TopicEntry = {
    id: 'admin-policy-conflicts-list',
    kind: 'admin',
    title: 'Policies known to break pre-provisioning or Autopilot',
    short:
        'Microsoft lists these; the cure is removing or retargeting the policy. Pre-provisioning fails with any of ' +
        'four GPO security options: the interactive logon message title or text, "Require Windows Hello for Business ' +
        'or smart card", or the UAC prompt "Prompt for credentials on the secure desktop".',
    details: [
        'AppLocker CSP / App Control: forces a reboot in the middle of the ESP.',
        'DeviceLock password rules (length, complexity) or GPOs that disable autologon: autologon fails after an ESP reboot.',
        'Security baseline UAC elevation prompt, admin approval mode and virtualization-based security: extra prompts; target them to users.',
        '"Disallow changing of language/region/keyboard": not supported during OOBE (hide those pages in the profile).',
        'Microsoft Account sign-in assistant = Disabled: Autopilot cannot download its profile.',
        'AutoAdminLogon = 0 in the registry: breaks Autopilot.'
    ],
    related: ['error-policy-interactive-logon-gpos', 'error-policy-applocker-reboot', 'error-policy-devicelock'],
    source: AP_POLICY_CONFLICTS,
    keywords: ['which policies', 'what policies', 'policies that break', 'policies known to break', 'conflicting policies',
        'policy conflicts', 'conflict with pre-provisioning', 'incompatible policies', 'list of policies',
        'policies to avoid', 'known bad policies', 'gpos that break', 'settings that break white glove',
        'what breaks pre-provisioning', 'policies to exclude', 'unsupported policies', 'blocklist of settings']
};

const REMOVE_POLICY = 'Escalate to the Intune admin with the policy name: it must be removed or retargeted, then the ' +
    'device reset and run again.';

export const policyConflictEntries: ErrorEntry[] = [
    {
        id: 'error-policy-interactive-logon-gpos',
        kind: 'error',
        codes: [],
        title: 'Logon banner, smart-card or UAC-prompt GPOs stop pre-provisioning',
        short:
            'Pre-provisioning does not work when any of four security options are enabled: Interactive logon message ' +
            'title, message text, "Require Windows Hello for Business or smart card", or the UAC admin prompt set to ' +
            '"Prompt for credentials on the secure desktop".',
        where: 'Technician flow (the run fails or never completes)',
        cause: 'Computer Configuration > Windows Settings > Security Settings > Local Policies > Security Options, ' +
            'applied by GPO or the equivalent MDM policy.',
        fix: ['Note which of the four settings the device gets (a logon banner on screen is a clue).', REMOVE_POLICY],
        escalate: 'Always: only the policy owner can change it.',
        details: ['A legal notice ("message text/title") shown at sign-in is the visible sign of the first two.'],
        related: ['error-policy-uac-vbs-prompts', 'esp-device-setup'],
        source: AP_POLICY_CONFLICTS,
        keywords: ['logon banner', 'legal notice', 'message title', 'message text', 'smart card required',
            'require windows hello', 'secure desktop', 'gpo breaks white glove', 'interactive logon']
    },
    {
        id: 'error-policy-language-region',
        kind: 'error',
        codes: [],
        title: '"Disallow changing of language/region/keyboard" breaks autologon',
        short:
            'This policy is not supported during OOBE: it breaks the automatic sign-in. Hide the language, region ' +
            'and keyboard pages in the Autopilot profile instead.',
        where: 'OOBE / ESP reboots (autologon fails)',
        cause: 'Language/region/keyboard lock policy applied during OOBE.',
        fix: ['Tell the admin: remove the policy for OOBE and hide those pages in the profile.', 'Reset and run again.'],
        escalate: REMOVE_POLICY,
        details: [],
        related: ['step-6', 'error-policy-autologon'],
        source: AP_POLICY_CONFLICTS,
        keywords: ['language policy', 'region locked', 'keyboard locked', 'cannot change language',
            'autologon fails']
    },
    {
        id: 'error-policy-applocker-reboot',
        kind: 'error',
        codes: [],
        title: 'AppLocker / App Control policy reboots the device during the ESP',
        short:
            'The AppLocker CSP (used by Microsoft Defender Application Control) needs a reboot when applied, so the ' +
            'device restarts in the middle of the ESP. It cannot be postponed.',
        where: 'ESP Device setup (unexpected restart)',
        cause: 'AppLocker CSP / Application Control policy targeted to the device.',
        fix: ['Note when it rebooted and which policy was applying.', 'Tell the admin: target it after Autopilot.'],
        escalate: REMOVE_POLICY,
        details: [],
        related: ['esp-known-issues', 'error-app-reboot'],
        source: AP_POLICY_CONFLICTS + '; ' + INTUNE_ESP,
        keywords: ['applocker', 'wdac', 'application control', 'rebooted during esp', 'restarted by itself',
            'unexpected reboot', 'went black and restarted']
    },
    {
        id: 'error-policy-devicelock',
        kind: 'error',
        codes: [],
        title: 'DeviceLock policy breaks autologon during the ESP',
        short:
            'Minimum length or complexity rules (DeviceLock) applied to the device can break OOBE or desktop ' +
            'autologon when the device reboots during Device setup: the user is asked to sign in, or it gets stuck.',
        where: 'ESP Device setup reboot; user flow sign-in',
        cause: 'DeviceLock policies (or GPOs that disable autologon) applied during the device ESP.',
        fix: [
            'If asked to sign in, use the user\'s work account.',
            'If autologon failed after a reboot in Device setup, the documented way out is resetting the device.',
            'Tell the admin which DeviceLock policy targets the device.'
        ],
        escalate: REMOVE_POLICY,
        details: ['Kiosk devices with generated passwords are hit hardest.'],
        related: ['esp-known-issues', 'userflow-credentials-after-reboot', 'error-web-sign-in-missing'],
        source: AP_POLICY_CONFLICTS + '; ' + INTUNE_ESP,
        keywords: ['password policy', 'devicelock', 'complexity rules', 'asked to sign in after reboot',
            'autologon failed', 'login screen instead of desktop']
    },
    {
        id: 'error-policy-uac-vbs-prompts',
        kind: 'error',
        codes: [],
        title: 'Extra UAC prompts during OOBE (security baseline)',
        short:
            'Security baseline settings for the admin elevation prompt, admin approval mode and virtualization-based ' +
            'security need a reboot, so more UAC prompts can appear during the device ESP.',
        where: 'OOBE / ESP Device setup',
        cause: 'Windows Security Baseline UAC or VBS settings targeted to devices.',
        fix: ['Answer the prompts if you may; note them.', 'Tell the admin: target these settings to users instead.'],
        escalate: 'If prompts block the run: escalate to the admin.',
        details: [],
        related: ['error-policy-interactive-logon-gpos'],
        source: AP_POLICY_CONFLICTS,
        keywords: ['uac prompt', 'user account control', 'elevation prompt', 'security baseline', 'vbs',
            'virtualization based security', 'keeps asking for admin']
    },
    {
        id: 'error-policy-sign-in-assistant',
        kind: 'error',
        codes: [],
        title: 'Microsoft Account Sign-In Assistant disabled by policy',
        short:
            'A device restriction that disables the Microsoft Account sign-in assistant stops the wlidsvc service, ' +
            'which Autopilot needs to download its profile. In the user flow the work sign-in can disappear.',
        where: 'OOBE (profile not downloaded) or user flow (local account offered)',
        cause: 'Device restrictions > Cloud and Storage > Microsoft Account sign-in assistant = Disabled.',
        fix: ['Tell the admin: leave that setting Not configured for Autopilot devices.', 'Reset and run again.'],
        escalate: REMOVE_POLICY,
        details: [],
        related: ['error-entra-sign-in-missing', 'error-profile-not-applied'],
        source: AP_POLICY_CONFLICTS,
        keywords: ['wlidsvc', 'sign-in assistant', 'microsoft account service disabled', 'local account offered',
            'no work sign in']
    },
    {
        id: 'error-policy-autologon',
        kind: 'error',
        codes: [],
        title: 'AutoAdminLogon = 0 or PreferredAadTenantDomainName breaks Autopilot',
        short:
            'Autopilot relies on automatic logon across ESP reboots. AutoAdminLogon set to 0 breaks it, and ' +
            'PreferredAadTenantDomainName adds a domain to defaultuser0 so autologon fails.',
        where: 'ESP reboot (the device lands on a sign-in screen)',
        cause: 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon AutoAdminLogon = 0, or the ' +
            'PreferredAadTenantDomainName policy.',
        fix: ['Note the screen you landed on.', 'Tell the admin which of the two applies.', 'Reset and run again.'],
        escalate: REMOVE_POLICY,
        details: [],
        related: ['error-policy-devicelock', 'error-policy-language-region'],
        source: AP_POLICY_CONFLICTS + '; ' + AP_TROUBLESHOOTING_FAQ,
        keywords: ['autoadminlogon', 'preferredaadtenantdomainname', 'defaultuser0', 'autologon',
            'lands on login screen', 'sign-in screen after reboot', 'sign in prompt at the bench',
            'login prompt after a restart in the technician flow', 'asks for a password after rebooting at the bench',
            'password prompt after it restarted by itself']
    },
    {
        id: 'error-policy-mdm-wins-over-gp',
        kind: 'error',
        codes: [],
        title: '"MDM wins over Group Policy" (ControlPolicyConflict) on Microsoft\'s list of conflicting policies',
        short:
            'Microsoft lists the "MDM wins over Group Policy" setting among policies that can upset Autopilot: it ' +
            'decides which one applies when an Intune setting and its Group Policy twin are both set on the device.',
        where: 'Any phase where both an Intune (MDM) setting and the same Group Policy reach the device',
        cause: 'The same setting arrives from MDM and from Group Policy, and the winner changes how Windows behaves ' +
            'during OOBE and the ESP.',
        fix: [
            'Note the screen and what behaved oddly.',
            'Ask the admin to check which settings reach the device from both Intune and Group Policy, and to set ' +
                'them so they do not conflict with Autopilot (or remove the policy).'
        ],
        escalate: REMOVE_POLICY,
        details: ['A cloud-only Entra joined device gets no domain GPOs; this matters where GPOs or ADMX settings ' +
            'are applied as well.'],
        related: ['error-policy-devicelock', 'error-policy-autologon'],
        source: AP_POLICY_CONFLICTS + '; ' + AP_TROUBLESHOOTING_FAQ,
        keywords: ['mdm wins over gp', 'mdm wins over group policy', 'controlpolicyconflict', 'mdmwinsovergp',
            'group policy and mdm both set', 'gpo vs intune policy conflict']
    },
    {
        id: 'error-web-sign-in-missing',
        kind: 'error',
        codes: [],
        title: 'Web sign-in option missing after pre-provisioning',
        short:
            'Only the password option is left at sign-in: the Device Lock (password) settings of the Security ' +
            'Baseline for Windows targeted to devices cause it. Admin: set those settings to Not configured, or ' +
            'assign the baseline to a user group.',
        where: 'Windows sign-in screen after the technician flow',
        cause: 'Security baseline device lock settings targeted to devices.',
        fix: ['Tell the admin: in the Security Baseline, Device Lock settings = Not configured, or assign ' +
            'the baseline to a user group.'],
        escalate: REMOVE_POLICY,
        details: [],
        related: ['error-policy-devicelock'],
        source: AP_TROUBLESHOOTING_FAQ,
        keywords: ['web sign-in missing', 'no web sign in', 'sign-in options missing', 'baseline device lock',
            'web sign in option', 'security baseline device lock']
    },
    {
        id: 'error-conditional-access-enrollment',
        kind: 'error',
        codes: [],
        title: 'Conditional Access blocks enrollment (Terms of Use, compliant device required)',
        short:
            'Restrictive Conditional Access can stop Autopilot: Microsoft Intune Enrollment must be excluded from ' +
            'Terms of Use policies, and Intune Enrollment and Intune from "block all apps except" policies.',
        where: 'Enrollment / sign-in (access blocked) or right after the user flow',
        cause: 'A Conditional Access policy applies to the enrollment apps, or requires compliance before the ' +
            'device could report it (BitLocker and Secure Boot are only known after a reboot).',
        fix: [
            'Note the exact message and time.',
            'Tell the identity admin: exclude Microsoft Intune Enrollment (and Microsoft Intune) as documented.',
            'For compliance checks such as BitLocker: a grace period (it can be as short as 0.25 days).'
        ],
        escalate: 'Conditional Access is an identity-admin change: escalate.',
        details: ['A policy requiring a compliant device for all cloud apps excludes Intune Enrollment by default.'],
        related: ['error-non-compliant-user-flow', 'userflow-compliance-reset'],
        source: AP_KNOWN_ISSUES,
        keywords: ['conditional access', 'terms of use', 'blocked by policy', 'access blocked', 'compliant device required',
            'grace period', 'intune enrollment app', 'ca policy', 'block all cloud apps', 'block all apps except',
            'exclusion list', 'which apps to exclude', 'exclude intune enrollment from conditional access', 'cloud apps excluded',
            'microsoft intune enrollment', 'microsoft intune', 'circular dependency', 'exceptions']
    },
    {
        id: 'error-provisioning-package',
        kind: 'error',
        codes: [],
        title: 'Provisioning package (PPKG) used together with Autopilot',
        short:
            'Not recommended: Microsoft advises against a provisioning package together with Autopilot, above all ' +
            'one that joins, enrolls or names the device; it can derail the deployment.',
        where: 'OOBE / image preparation',
        cause: 'PPKG with join, enrollment or device-name settings applied alongside Autopilot.',
        fix: ['Use a clean image without the package.', 'Tell whoever builds the image.'],
        escalate: 'Image contents are not a bench fix: escalate to the image owner.',
        details: [],
        related: ['error-0x8018000a', 'error-profile-not-applied'],
        source: AP_KNOWN_ISSUES,
        keywords: ['ppkg', 'provisioning package', 'windows configuration designer', 'custom image', 'bulk token']
    },
    {
        id: 'error-proxy-by-policy',
        kind: 'error',
        codes: [],
        title: 'Proxy pushed by Intune policy causes odd Autopilot failures',
        short:
            'Proxy settings for Autopilot belong on the proxy server itself. Setting them through Intune policy is ' +
            'not fully supported and can cause unexpected behaviour.',
        where: 'Any phase after policies apply (downloads, attestation, sign-in)',
        cause: 'Proxy configuration delivered by Intune during the deployment.',
        fix: ['Test on an open wired network.', 'If it works there: tell the network team and the Intune admin.'],
        escalate: 'Network design change: escalate to the network team.',
        details: [],
        related: ['req-network-endpoints', 'error-oobeidps'],
        source: AP_REQUIREMENTS,
        keywords: ['proxy', 'pac file', 'proxy policy', 'web proxy', 'corporate proxy', 'proxy settings']
    }
];
