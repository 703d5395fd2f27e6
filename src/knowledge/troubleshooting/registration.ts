/**
 * Registration and hardware-identity edge cases: what counts as a new device, CSV limits, clouds Autopilot does
 * not run in, what the sign-in page should look like, and a registration that came too late (OOBE had begun), went
 * to the wrong tenant, or lost its Entra object to a clean-up.
 */
import type { ErrorEntry, KnowledgeEntry } from '../types';
import { AP_ADD_DEVICES, AP_FAQ, AP_MOTHERBOARD, AP_KNOWN_ISSUES, AP_REGISTRATION, AP_TROUBLESHOOTING_FAQ, INTUNE_CLEANUP_RULES, SUPPORT_IMPORT_806_808 } from './sources';

export const registrationRequirements: KnowledgeEntry[] = [
    {
        id: 'req-hardware-change-new-hash',
        kind: 'requirement',
        title: 'After a repair or part swap: new hardware hash',
        short:
            'Replacing the motherboard (system board) or TPM makes it a new device for Autopilot: deregister it, then ' +
            'register it again with the new hardware hash. That is why a repaired device is not recognised, or no longer gets its ' +
            'profile after a reimage. After other part swaps (disk, network card) it may still match; when in doubt, ' +
            'collect a new hash.',
        details: [
            'The hash is built from identifiers such as the SMBIOS UUID, MAC address, disk serial and TPM.',
            'Order for a motherboard swap: unregister, replace, collect the new hash, register again.',
            'On recent Windows, back in the same tenant without a reset, Autopilot tries to register the new board ' +
                'itself: Profile status shows Fix pending, then Assigned, or Attention required when that fails.',
            'Reimaged or reset after the repair: it must be registered again with the new hash in any case.',
            'A fresh hash differs every run (it records when it was made); the service still matches the device.'
        ],
        related: ['error-profile-assignment-stuck', 'error-event-908', 'step-3'],
        source: AP_FAQ + '; ' + AP_MOTHERBOARD,
        keywords: ['motherboard replaced', 'new mainboard', 'repaired device', 'tpm replaced', 'disk replaced',
            'part swap', 'rma', 'after repair', 'new hash needed', 'motherboard swap', 'swapped the motherboard',
            'motherboard replacement', 'system board', 'board swap', 'board replaced', 'board replacement',
            'mainboard', 'new motherboard', 'replaced the tpm', 'tpm swap',
            'not recognised after repair', 'not recognized after repair', 'new hard drive', 'hard drive replaced',
            'ssd swapped', 'hash different every time']
    },
    {
        id: 'req-csv-limits',
        kind: 'requirement',
        title: 'Hardware hash CSV rules: columns and limits',
        short:
            'One header row, then one row per device: Device Serial Number, Windows Product ID, Hardware Hash, and ' +
            'optionally Group Tag and Assigned User (the user principal name, UPN). Up to 500 devices (rows) per CSV; ' +
            'split bigger batches. Check it in Notepad, not Excel.',
        details: [
            'Header exactly: Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User (case-sensitive).',
            'No extra columns or commas, no quotation marks, no hidden characters; ANSI text, not Unicode.',
            'Assigned User must be a valid UPN: a wrong one can leave the device unusable until the assignment is ' +
                'removed, and the import checks only the domain name.',
            'Group Tag is the tag dynamic device groups can read (OrderID).',
            'Bad or missing hash entries are the other common cause of registration failures.'
        ],
        related: ['step-3', 'error-hash-import-fails', 'admin-import-hash-csv'],
        source: `${AP_FAQ}; ${AP_ADD_DEVICES}`,
        keywords: ['quotes in the csv', 'quotation marks', 'utf-16', 'utf-8', 'unicode', 'encoding', 'ansi', 'csv limit', '500 devices', 'how many devices per csv', 'max rows in the csv', 'csv format', 'hidden characters',
            'bulk import', 'csv columns', 'csv header', 'header row', 'which columns', 'what columns', 'columns does the csv',
            'assigned user column', 'user in the csv', 'upn in the csv', 'group tag column', 'group tag in the csv', 'csv layout']
    },
    {
        id: 'req-global-azure-only',
        kind: 'requirement',
        title: 'Autopilot runs in global Azure only (no sovereign clouds)',
        short:
            'Autopilot supports tenants in global Azure. Azure Government, Azure China (21Vianet) and Azure Germany ' +
            'tenants cannot use it. Where users sit does not matter.',
        details: ['Users in China on a global tenant can use it but may see slow, high-latency deployments.', 'Autopilot\'s own data is kept by Microsoft outside sovereign clouds, whatever portal registers the devices.'],
        related: ['req-network-endpoints'],
        source: AP_FAQ,
        keywords: ['gcc high', 'government cloud', 'sovereign cloud', '21vianet', 'china', 'other country',
            'region support', 'is autopilot available in', 'where is autopilot data stored', 'data residency',
            'eu data', 'stored in the us']
    }
];

export const registrationErrors: ErrorEntry[] = [
    {
        id: 'error-registered-after-oobe-started',
        kind: 'error',
        codes: [],
        title: 'Registered when the device was already at an OOBE screen: restart it to get Autopilot',
        short:
            'The device fetches its Autopilot profile as soon as it has network at OOBE, and again at every restart. ' +
            'Registered or assigned after that, it carries on without Autopilot. Once Profile status = Assigned, ' +
            'restart it at OOBE so it fetches the profile again.',
        where: 'OOBE, when the registration or the profile came after the device was switched on',
        cause: 'The profile download happened before the registration or the profile assignment existed.',
        fix: [
            'Check the serial shows Profile status = Assigned in the Autopilot devices list.',
            'At OOBE press Shift+F10 and run shutdown /r /t 0 to restart (shutdown /s /t 0 shuts it down).',
            'Already past OOBE on the desktop: reset the device so OOBE runs again.',
            'Already on the configuration screen? Press Refresh there to pick up a new group or user: no restart.'
        ],
        escalate: 'Still no Autopilot after a restart with Profile status = Assigned: escalate with the serial.',
        details: [
            'Restarting OOBE too often can put it in a recovery mode with language, region and keyboard on one page.'
        ],
        related: ['error-profile-not-applied', 'admin-profile-status', 'tip-shift-f10'],
        source: `${AP_TROUBLESHOOTING_FAQ}; ${AP_ADD_DEVICES}`,
        keywords: ['online before', 'before we assigned the profile', 'without reinstall', 'profile without reinstall', 'registered after', 'imported after', 'assigned after', 'already at oobe', 'already started oobe',
            'already in oobe', 'registered too late', 'imported too late', 'before the profile was assigned',
            'pick up the profile', 'kick in', 'restart oobe', 'imported the hash when', 'registered it when',
            'was at the wifi screen', 'sitting at the region screen', 'added it to autopilot after',
            'reboot to get the profile', 'fetch the profile again', 'get autopilot to start',
            'fixed the profile assignment', 'profile assignment fixed while at oobe', 'without reimaging',
            'no reimage needed', 'download the new profile', 'shutdown /r /t 0']
    },
    {
        id: 'error-oobe-recovery-mode',
        kind: 'error',
        codes: [],
        title: 'OOBE in recovery mode (restarted too often): language, region and keyboard all on one page',
        short:
            'OOBE normally asks language, region and keyboard on separate pages. All of them on one page means it was ' +
            'restarted too many times and went into a recovery mode, where it does not run the Autopilot configuration.',
        where: 'OOBE, after several restarts (retries, restarts to fetch the profile)',
        cause: 'Windows counts OOBE restarts in HKCU\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\UserOOBE; past a limit it recovers.',
        fix: [
            'Press Shift+F10, run regedit and change the UserOOBE value under HKCU\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion to 1.',
            'Restart OOBE (shutdown /r /t 0) and check the pages come one by one again before you start.',
            'If it comes back, reset or reimage the device rather than restarting OOBE again.'
        ],
        escalate: 'Still in recovery mode after the value is reset: reimage, and escalate with the serial if it repeats.',
        details: ['Avoid restarting OOBE over and over to pick up a profile: check Profile status = Assigned first.'],
        related: ['error-registered-after-oobe-started', 'tip-shift-f10'],
        source: AP_ADD_DEVICES,
        keywords: ['recovery mode', 'all on one page', 'language region and keyboard on one page',
            'language and keyboard on the same page', 'useroobe', 'restarted too many times', 'restarted too often']
    },
    {
        id: 'error-registered-other-tenant',
        kind: 'error',
        codes: [],
        title: 'Another organization\'s name on the configuration or sign-in screen: registered in the other tenant',
        short:
            'The organization name and branding on the sign-in and configuration screens come from the tenant the ' +
            'device is registered in. Another customer\'s name means it is registered in their tenant: an admin of that tenant ' +
            'deregisters it, then you register its hash in the right tenant and restart OOBE once it shows Assigned.',
        where: 'OOBE sign-in page, Windows Autopilot Configuration screen; registry CloudAssignedTenantDomain',
        cause: 'The hash was imported (or the reseller registered it) in the wrong tenant.',
        fix: [
            'Confirm it: Shift+F10, regedit, HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot, ' +
                'CloudAssignedTenantDomain.',
            'In the wrong tenant: delete it from Windows Autopilot devices (its Intune record first, if enrolled).',
            'Import the hash in the right tenant, wait for Profile status = Assigned, restart OOBE.'
        ],
        escalate: 'The other tenant will not release it: escalate with the serial and proof of purchase.',
        details: ['Importing it while still registered elsewhere fails with 808 ZtdDeviceAssignedToOtherTenant.',
            'No one to release it: Microsoft Support removes the record given the CSV, proof of ownership (the ' +
                'original invoice naming your company and the serial) and an mdmdiagnosticstool -area Autopilot cab.'],
        related: ['error-tenant-mismatch', 'admin-import-hash-csv', 'flow-config-screen'],
        source: `${AP_TROUBLESHOOTING_FAQ}; ${SUPPORT_IMPORT_806_808}`,
        keywords: ['another organization', 'other organization', 'different organization', 'another company',
            'other company', 'wrong company', 'wrong customer', 'another customer', 'other customer', 'other tenant',
            'another tenant', 'registered in the wrong tenant', 'msp', 'several tenants', 'multiple tenants',
            'previous owner', 'wrong branding', 'someone elses branding', 'branding of another',
            'other branding', 'wrong logo', 'wrong organization', 'wrong org name', 'different client',
            'name of a different', 'another client', 'other client', 'cloudassignedtenantdomain', '808',
            'different company name', 'wrong company name', 'another company name', 'different org name',
            'ztddeviceassignedtoothertenant', 'proof of ownership']
    },
    {
        id: 'error-entra-objects-cleaned-up',
        kind: 'error',
        codes: [],
        title: 'Join fails after a stale-device clean-up: re-import (re-register) the devices',
        short:
            'Registration creates an Entra device object that Autopilot needs for groups and the profile. If a ' +
            'clean-up deleted it, the Entra join fails (often 0x801C03F3). Fix: delete the device from Windows ' +
            'Autopilot devices and re-import its hash (register it again); that recreates the object.',
        where: 'Entra ID devices; Windows Autopilot devices list; join error during Device preparation',
        cause: 'A stale or inactive device clean-up (script or admin) deleted the Entra object of registered devices.',
        fix: [
            'Admin: delete the device from Intune (if enrolled) and from Windows Autopilot devices.',
            'Import its hash again, wait for group membership and Profile status = Assigned.',
            'Then run the technician flow again.'
        ],
        escalate: 'Needs an Intune admin: escalate with the serial numbers affected.',
        details: [
            'Intune\'s own device clean-up rules hide Intune records only; they do not delete the Entra object.',
            'Keep serials still in the Autopilot devices list out of Entra clean-ups.'
        ],
        related: ['admin-entra-device-objects', 'error-0x801c03f3', 'admin-import-hash-csv'],
        source: `${AP_TROUBLESHOOTING_FAQ}; ${AP_REGISTRATION}; ${INTUNE_CLEANUP_RULES}`,
        keywords: ['stale device cleanup broke autopilot', 'autopilot devices deleted as inactive', 'old devices deleted',
            'deleted old devices', 'cleanup rule', 'cleanup script', 'cleanup job', 'purged', 'now the join fails',
            'join fails after', 'autopilot does not start', 'autopilot broke', 'deleted by accident',
            'removed the objects', 'fix the autopilot devices']
    },
    {
        id: 'error-no-company-branding',
        kind: 'error',
        codes: [],
        title: 'No company logo or name on the sign-in page',
        short:
            'The customised sign-in page comes from Entra company branding. Without it you get a plain page; with ' +
            'no Autopilot profile at all you get the normal Windows setup.',
        where: 'OOBE sign-in page',
        cause: 'Company branding not configured, or the device has no Autopilot profile (not registered or not ' +
            'assigned).',
        fix: [
            'If the rest of Autopilot looks right (pre-provisioning option works), it is only branding: tell the admin.',
            'If you get the normal Windows setup: check registration and profile assignment.'
        ],
        escalate: 'Branding is a tenant setting: pass it to the admin; not a reason to stop.',
        details: ['A device that received an Autopilot profile skips straight to the sign-in page.'],
        related: ['error-event-807', 'error-profile-not-applied'],
        source: AP_FAQ,
        keywords: ['no logo', 'no company name', 'plain sign in page', 'branding missing', 'generic login screen',
            'how do i know it got autopilot']
    },
    {
        id: 'error-user-is-local-admin',
        kind: 'error',
        codes: [],
        title: 'User is a local administrator although the profile says standard user',
        short:
            'Entra Global Administrators are always local administrators on joined devices, whatever the profile\'s ' +
            '"User account type" (Standard or Administrator) says. Otherwise the user signed in to the wrong tenant ' +
            'or created a local account.',
        where: 'After the user flow',
        cause: 'Global Administrator role, wrong tenant, or a local account.',
        fix: ['Check the user\'s roles and the account they signed in with.', 'Tell the admin if neither explains it.'],
        escalate: 'Escalate with the user name if roles and account are fine.',
        details: [],
        related: ['step-6', 'error-tenant-mismatch'],
        source: AP_FAQ,
        keywords: ['user is admin anyway', 'ended up local admin', 'standard user setting ignored', 'still admin',
            'global admin', 'admin although standard', 'licensingdiag', 'licensingdiag.exe']
    },
    {
        id: 'error-profile-not-applied-kb5015020',
        kind: 'error',
        codes: [],
        title: 'Profile not applied on Windows 10 21H2 builds from April/May 2022',
        short:
            'Known issue: on Windows 10 21H2 with the April 2022 or some May 2022 updates, the Autopilot profile may ' +
            'not apply and the hardware hash may not be harvested. KB5015020 or later fixes it.',
        where: 'OOBE (profile settings such as the device name not applied)',
        cause: 'Bug in those Windows 10 21H2 updates.',
        fix: [
            'Use an image with KB5015020 or a later cumulative update: Autopilot needs a currently supported Windows version.',
            'Reset and run again.',
            'Still no profile: check the device is still in the Autopilot devices list. Gone, or hardware changed ' +
                '(motherboard): re-register it with a new hash. A reimage alone keeps the registration.'
        ],
        escalate: 'The image cannot be updated at the bench: escalate for a newer image.',
        details: [],
        os: { win10: 'Windows 10 21H2 only.' },
        related: ['error-profile-not-applied', 'error-0x81039023'],
        source: `${AP_KNOWN_ISSUES}; ${AP_FAQ}`,
        keywords: ['kb5015020', 'profile not applied', 'device not renamed', 'settings from profile missing',
            'old windows 10 image', 'hash not harvested']
    },
    {
        id: 'error-adfs-other-user-signs-in',
        kind: 'error',
        codes: [],
        title: 'Someone other than the assigned user could sign in (ADFS)',
        short:
            'Known issue: with a cloud-only account the pre-assigned user name is enforced at sign-in; with ADFS ' +
            'federation that does not work, so a different user can sign in during the user flow.',
        where: 'User flow sign-in page',
        cause: 'Federated (ADFS) sign-in does not enforce the assigned user.',
        fix: ['Make sure the device goes to the assigned user.', 'If the wrong user signed in: the admin decides ' +
            'whether to reset and redeploy.'],
        escalate: 'Wrong primary user on a delivered device: escalate with the serial number and both user names.',
        details: [],
        related: ['step-7', 'userflow-sign-in'],
        source: AP_KNOWN_ISSUES,
        keywords: ['adfs', 'federated', 'wrong user signed in', 'different user', 'assigned user not enforced',
            'someone else logged in']
    }
];
