/**
 * The Intune admin's side around the technician flow, beyond the tutorial steps: the Autopilot devices list and its
 * profile status, registration versus enrollment, dynamic device groups, and the profile's OOBE settings as the
 * technician meets them. Written from Microsoft's Autopilot pages; each entry names its page.
 */
import {
    AP_ADD_DEVICES, AP_DEREGISTER, AP_DEVICE_GROUPS, AP_KNOWN_ISSUES, AP_MOTHERBOARD, AP_PRE_PROVISION, AP_PROFILES, AP_REGISTRATION, AP_TUTORIAL_REGISTER,
    SUPPORT_IMPORT_806_808
} from './troubleshooting/sources';
import type { ErrorEntry, TopicEntry } from './types';

const DEVICES_LIST = 'Devices > Windows > Windows enrollment > Windows Autopilot > Devices';

/** Dynamic device group rules on the Autopilot attributes Intune writes to the Entra device object. */
export const GROUP_RULES = {
    allAutopilotDevices: '(device.devicePhysicalIDs -any (_ -startsWith "[ZTDid]"))',
    groupTag: '(device.devicePhysicalIds -any (_ -eq "[OrderID]:YourTag"))',
    purchaseOrder: '(device.devicePhysicalIds -any (_ -eq "[PurchaseOrderId]:12345"))'
} as const;

export const adminEntries: TopicEntry[] = [
    {
        id: 'admin-profile-status',
        kind: 'admin',
        title: 'Check before you start or power on: the deployment profile landed (Profile status = Assigned)',
        short:
            `In the Autopilot devices list (${DEVICES_LIST}), find the serial: Profile status must read Assigned. ` +
            'Open the device: Date assigned must have a date and Assigned profile must be the pre-provisioning one.',
        details: [
            'Also check the ESP profile is assigned to the same device group, and the deployment profile has Allow pre-provisioned deployment = Yes.',
            'Assigned but no Date assigned yet: wait until it fills in before you start.',
            'The time from joining the group to Assigned varies, minutes to hours: there is no fixed wait.',
            'Any other status: the device is not ready yet (see the entry on stuck profile status).',
            'The device group must be under Included groups of the profile; a group under Excluded never gets it.',
            'A registered device with no profile of its own gets the tenant default profile, if there is one.',
            'With a profile assigned to All Devices, excluding groups is not supported: it can break assignments (and may mean importing hashes again).'
        ],
        related: ['error-profile-assignment-stuck', 'step-6', 'admin-registered-vs-enrolled'],
        source: AP_PROFILES,
        keywords: ['assigned to all devices and exclude', 'all devices with an exclusion', 'exclude the test group', 'exclude a group from all devices', 'profile status', 'date assigned', 'assigned profile', 'profile landed', 'profile applied',
            'is the profile assigned', 'check profile assignment', 'verify profile', 'devices list',
            'autopilot devices', 'before powering on', 'before boot', 'ready to deploy', 'got its profile',
            'which profile a device got', 'profile on the serial', 'deployment profile status',
            'check the deployment profile', 'check in intune', 'serial', 'before going on site', 'before i go on site', 'before a batch',
            'confirm in intune', 'before i drive out', 'before heading out', 'check in the portal',
            'included groups', 'excluded groups', 'excluded by mistake', 'profile assignments']
    },
    {
        id: 'admin-profile-priority',
        kind: 'admin',
        title: 'Several Autopilot profiles target one device: the oldest created wins',
        short:
            'When the device\'s groups get more than one Autopilot deployment profile, it receives the one created ' +
            'first (oldest Created date).',
        details: [
            'The Created date shows on the profile\'s page under Essentials.',
            'ESP profiles do not follow this rule: they have their own priority order.',
            'Pre-provisioning profiles for Intune devices are created and assigned in Intune only.',
            'A tenant can hold up to 350 Autopilot deployment profiles.'
        ],
        related: ['admin-profile-status', 'step-6', 'error-0x801c03ea'],
        source: AP_PROFILES,
        keywords: ['two autopilot profiles', 'which profile wins', 'oldest profile', 'profile precedence',
            'exclude groups all devices', 'how many profiles', '350 profiles', 'which one does it get',
            'which autopilot profile applies', 'multiple deployment profiles', 'deployment profile wins']
    },
    {
        id: 'admin-registered-vs-enrolled',
        kind: 'admin',
        title: 'Registered is not enrolled: in Autopilot devices but not in All devices until it enrolls',
        short:
            'Importing the hardware hash (or the OEM doing it) registers the device with Autopilot and ties it to ' +
            'your tenant. It enrolls in Intune only when it goes through Autopilot at OOBE: for ' +
            'pre-provisioning, in the technician flow. So once the technician flow is green, the device is already Entra joined, enrolled ' +
            'and listed in Intune (All devices), before the user ever signs in; after Reseal it just sits off.',
        details: [
            `Registered devices are listed under ${DEVICES_LIST}, not under Windows devices or All devices.`,
            'Registration also creates a Microsoft Entra device object; do not delete it, Autopilot needs it.',
            'The device shows as enrolled in Intune only after its Autopilot run.'
        ],
        related: ['step-3', 'admin-profile-status'],
        source: AP_REGISTRATION,
        keywords: ['registered vs enrolled', 'is it enrolled', 'enrolled yet', 'enrolled already', 'imported but not enrolled',
            'in intune as soon as', 'in intune after the import', 'in intune once imported',
            'not in all devices', 'not under windows devices', 'csv uploaded', 'does import enroll',
            'shows in intune', 'enrolled in intune now', 'uploaded but not enrolled', 'registered but not enrolled',
            'imported hash enrolled', 'in autopilot devices but not in all devices', 'listed under autopilot devices',
            'missing from all devices', 'import worked but not in intune devices', 'not under devices yet',
            'only in the autopilot list', 'not showing in intune devices', 'in the autopilot list but not in all devices',
            'did the import go wrong', 'did registration fail', 'registration failed',
            'missing from windows devices', 'registration broken',
            'show up in all devices', 'in intune after the technician flow', 'in intune before the user']
    },
    {
        id: 'admin-register-devices-yourself',
        kind: 'admin',
        title: 'OEM or reseller skipped the Autopilot registration: do it yourself',
        short:
            'Import each device\'s hardware hash (Step 3 by hand). On the device (desktop, or OOBE: Shift+F10, ' +
            'powershell): Install-Script -Name Get-WindowsAutopilotInfo, then Get-WindowsAutopilotInfo -OutputFile ' +
            'C:\\HWID\\AutopilotHWID.csv. In Intune: Windows Autopilot > Devices > Import.',
        details: [
            'Where you can choose, Microsoft recommends OEM or reseller (partner) registration: most secure and least work.',
            '-Online instead uploads it directly: it asks you to sign in, and an account with the Intune Administrator role is enough. Edit the CSV only in Notepad.',
            'Then wait for Profile status = Assigned before the technician flow.',
            'Script "not found" after Install-Script: C:\\Program Files\\WindowsPowerShell\\Scripts is missing from PATH. ' +
                'Install-Script fails: run Register-PSRepository -Default. Answer Yes to the NuGet prompt.',
            'Save with -OutputFile; piping the output into a file breaks the CSV.'
        ],
        related: ['step-3', 'error-hash-import-fails'],
        source: `${AP_REGISTRATION}; memdocs autopilot/tutorial/pre-provisioning/azure-ad-join-register-device.md; ${AP_MOTHERBOARD}`,
        keywords: ['vendor did not register', 'oem did not register', 'reseller did not register', 'supplier did not register',
            'not registered by the vendor', 'register it myself', 'register them myself', 'register devices ourselves',
            'add devices manually', 'manual registration', 'upload the hash myself', 'get the hash off',
            'autopilothwid.csv', 'install-script', 'get-windowsautopilotinfo not found', 'install-script fails', 'register-psrepository', 'nuget', 'pipe the output',
            'add a laptop to autopilot', 'get a device into autopilot', 'not in autopilot yet',
            'vendor will not register', 'register them ourselves', 'bought from a shop', 'bought retail',
            'not from a partner', 'from a store', 'reseller or csv', 'better to upload csvs ourselves']
    },
    {
        id: 'admin-import-hash-csv',
        kind: 'admin',
        title: 'Importing the hash CSV: Import, then Sync, then Refresh (minutes, not seconds)',
        short:
            `In the Intune admin center: ${DEVICES_LIST} > Import, pick the CSV, select Import (it can take several ` +
            'minutes). When it is done, select Sync, then Refresh: new devices show within a few minutes. Not there ' +
            'yet? Wait a few minutes and Refresh again.',
        details: [
            'Sync runs at most once every 10 minutes: a second Sync sooner shows an error. Wait 10 minutes, then sync again.',
            'Devices is the one under Windows Autopilot, not under Windows Autopilot device preparation.',
            'Listed now? Next wait for Profile status = Assigned before the technician flow.',
            'Import refused or doing nothing at all is the CSV itself: see the import failure entry.',
            '806 ZtdDeviceAlreadyAssigned: already registered in this tenant, or an old Microsoft Store for Business ' +
                'record exists (remove it there, then import again). 808: registered in another tenant.'
        ],
        related: ['admin-profile-status', 'error-hash-import-fails', 'step-3'],
        source: `${AP_TUTORIAL_REGISTER}; ${AP_ADD_DEVICES}; ${SUPPORT_IMPORT_806_808}`,
        keywords: ['where do i import', 'where to import', 'import the csv', 'import the hash', 'upload the csv',
            'upload the hash file', 'where does the csv go', 'where do i upload', 'after the import',
            'after importing', 'imported the csv', 'uploaded the csv', 'sync', 'sync button', 'pressed sync',
            'sync twice', 'sync again', 'sync error', 'sync throttled', 'nothing in the list',
            'not in the list yet', 'serial not there yet', 'how long after import', 'add windows autopilot devices',
            'uploaded the hash', 'sync says try again later', 'not showing in the autopilot devices list',
            'ztddevicealreadyassigned', 'already registered to the same tenant']
    },
    {
        id: 'admin-reseller-registration',
        kind: 'admin',
        title: 'A reseller or CSP partner registers the devices for you',
        short:
            'A reseller, distributor or partner in the Cloud Solution Provider (CSP) program can register your devices ' +
            'in Partner Center. First they send your organization a reseller relationship request, and your Global ' +
            'Administrator accepts it (the consent they need); then they add the devices, which show in your Autopilot devices list.',
        details: [
            'Autopilot needs no delegated admin permissions: when approving, the Global Administrator can untick ' +
                '"Include delegated administration permissions".',
            'Nobody has to boot each laptop for its hash: the partner registers by the product key ID (PKID) from the ' +
                'barcode on the box, or by data from the OEM or distributor.',
            'Partner Center does not see profiles made in Intune (it has no access to them): your device group and Intune profile still decide ' +
                'what the devices get; wait for Profile status = Assigned before the technician flow.',
            'Surface devices: Microsoft Support can register them.'
        ],
        related: ['step-3', 'admin-register-devices-yourself', 'admin-import-hash-csv'],
        source: 'memdocs autopilot/partner-registration.md; memdocs autopilot/registration-auth.md',
        keywords: ['reseller registers', 'reseller register', 'csp', 'cloud solution provider',
            'csp partner', 'reseller relationship', 'relationship request', 'approve the reseller', 'approve something',
            'delegated admin', 'delegated administration permissions', 'gdap', 'pkid', 'barcode',
            'distributor registers', 'reseller adds devices', 'dap', 'delegated admin', 'consent from a new customer', 'register them for us', 'register our laptops',
            'reseller boots', 'boot every laptop', 'grab the hash']
    },
    {
        id: 'admin-hash-existing-device',
        kind: 'admin',
        title: 'Hardware hash from a device already in use',
        short:
            'On the running device, in an elevated PowerShell, install and run the Get-WindowsAutopilotInfo script: ' +
            'it writes a CSV with the hash. Or Settings > Accounts > Access work or school ' +
            '> Export your management log files: the CSV lands in C:\\Users\\Public\\Documents\\MDMDiagnostics.',
        details: [
            'Configuration Manager collects the hashes of the Windows devices it manages and exports them as a CSV.',
            'At OOBE without a CSV: Shift+F10, then Get-WindowsAutopilotInfo -Online (no file to import).',
            'Windows 11 at OOBE: Ctrl+Shift+D opens the diagnostics page, whose log export to a USB drive holds the CSV.',
            'Collecting the hash changes nothing on the device: it runs Autopilot only after a reset or reinstall.',
            'Then import the CSV under Windows Autopilot > Devices > Import.'
        ],
        related: ['admin-import-hash-csv', 'admin-register-devices-yourself', 'admin-convert-targeted-devices'],
        source: AP_ADD_DEVICES,
        keywords: ['hash at the bench', 'hash during oobe', 'hash at oobe', 'without powershell', 'w/o powershell', 'take the hash', 'used device', 'device in use', 'already in use', 'been in use', 'existing device',
            'already deployed', 'running laptop', 'grab the hash', 'pull the hash', 'export the hash', 'hash off',
            'somebody is using', 'sccm hashes', 'hashes from sccm']
    },
    {
        id: 'admin-convert-targeted-devices',
        settings: ['Convert all targeted devices to Autopilot'],
        kind: 'admin',
        title: 'Profile setting "Convert all targeted devices to Autopilot"',
        short:
            'On the profile\'s Basics page. Yes: existing corporate-owned PCs in the assigned groups, already in ' +
            'Intune but not in Autopilot, get registered automatically (allow 48 hours) and run Autopilot at their ' +
            'next reset. No: only OEM- or hash-registered devices get the profile.',
        details: [
            'Switching it off later does not deregister them: delete them from the Autopilot devices list.',
            'Microsoft\'s tutorial recommends Yes; for hash- or OEM-registered devices it changes nothing.'
        ],
        related: ['step-6', 'admin-register-devices-yourself'],
        source: AP_PROFILES,
        keywords: ['convert all targeted devices to autopilot', 'convert all targeted devices', 'convert targeted devices',
            'convert to autopilot', 'convert existing devices', 'existing intune devices into autopilot', 'basics page',
            '48 hours']
    },
    {
        id: 'admin-join-type-setting',
        // The setting by its name, or by the choice between its two values ("joined or hybrid joined?").
        settings: ['Join to Microsoft Entra ID as', 'joined or hybrid joined', 'hybrid joined or joined'],
        kind: 'admin',
        title: 'Profile setting "Join to Microsoft Entra ID as": Microsoft Entra joined',
        short:
            'For this pre-provisioning set "Join to Microsoft Entra ID as" = Microsoft Entra joined (cloud-native, ' +
            'what Microsoft recommends). "Microsoft Entra hybrid joined" is the hybrid scenario with its own tutorial ' +
            '(Intune Connector, domain join profile), not covered here.',
        details: ['It is on the profile\'s Out-of-box experience (OOBE) page, with Deployment mode = User-Driven.'],
        related: ['step-6', 'overview-hybrid-boundary'],
        source: AP_PROFILES,
        keywords: ['join to microsoft entra id as', 'join to entra id as', 'join to azure ad as', 'join type setting',
            'entra joined or hybrid joined', 'which join type in the profile']
    },
    {
        id: 'admin-dynamic-group-rules',
        kind: 'admin',
        title: 'Group membership rules: all Autopilot devices, one group tag, one purchase order',
        short:
            'Dynamic Device group rules on devicePhysicalIds: one catches every Autopilot device ([ZTDid]), one a ' +
            'group tag ([OrderID]), one a purchase order ([PurchaseOrderId]).',
        details: [
            `All Autopilot devices: ${GROUP_RULES.allAutopilotDevices}`,
            `One group tag: ${GROUP_RULES.groupTag}`,
            `One purchase order: ${GROUP_RULES.purchaseOrder}`,
            'The group tag set in Intune is stored as OrderID on the Entra device, hence [OrderID].',
            'New devices join a dynamic group only after membership is evaluated, which can take a while.',
            'Create it under Groups > New group: Security, membership type Dynamic Device.'
        ],
        related: ['step-4', 'admin-profile-status'],
        source: AP_DEVICE_GROUPS,
        keywords: ['membership rule syntax', 'rule syntax', 'group tag rule', 'grouptag', 'group tag', 'orderid',
            'ztdid', 'purchase order', 'purchaseorderid', 'order id', 'devicephysicalids', 'group per tag',
            'target by group tag']
    },
    {
        id: 'admin-allow-pre-provisioned',
        kind: 'admin',
        title: 'The profile switch that enables it: "Allow pre-provisioned deployment"',
        short:
            'No setting is called "white glove": "Allow pre-provisioned deployment" = Yes in the Autopilot ' +
            'deployment profile (user-driven), on its Out-of-box experience (OOBE) page, enables it: it allows the ' +
            'technician flow (Windows key five times at OOBE) on the devices that profile targets.',
        details: [
            'Path: Devices > Windows > Windows enrollment > Deployment profiles > the profile > Properties > OOBE.',
            'No profile yet: Create profile > Windows PC, Deployment mode = User-driven, Join to Microsoft Entra ID as = ' +
                'Microsoft Entra joined, then this switch = Yes (step 6).',
            'The profile must be assigned to the device group: wait for Profile status = Assigned before you start.',
            'Set to No, the Windows key still opens the options, but the run fails with 0x80180005.',
            'In Graph the same switch is enableWhiteGlove.'
        ],
        related: ['step-6', 'error-0x80180005', 'flow-win-key'],
        source: `${AP_PROFILES}; ${AP_PRE_PROVISION}`,
        keywords: ['white glove switch', 'white glove toggle', 'which setting turns on',
            'setting for the windows key', 'windows key five times setting', 'cant find white glove in the profile',
            'nothing called white glove', 'profile switch', 'allow white glove']
    },
    {
        id: 'admin-user-account-type',
        settings: ['User account type'],
        kind: 'admin',
        title: 'Standard user or local admin rights: the profile\'s "User account type"',
        short:
            'Your choice, in the deployment profile: User account type = Administrator adds the user who joins the device ' +
            'to the local Administrators group; Standard does not. It is on the profile\'s Out-of-box experience ' +
            '(OOBE) page, beside "Allow pre-provisioned deployment".',
        details: [
            'Path: Devices > Windows > Windows enrollment > Deployment profiles > the profile > Properties.',
            'The technician never signs in, so the setting applies to the end user in the user flow.',
            'Profile changes reach an already enrolled device only after a reset.'
        ],
        related: ['step-6', 'error-user-is-local-admin'],
        source: AP_PROFILES,
        keywords: ['user account type', 'local admin', 'standard user', 'admin rights', 'for the end user',
            'will the user be local admin', 'make users standard', 'remove local admin', 'will users be admins',
            'will the user be standard', 'local administrator by default',
            'default rights', 'users be local admins']
    },
    {
        id: 'admin-device-name-template',
        settings: ['Apply device name template'],
        kind: 'admin',
        title: 'Device names: the profile\'s "Apply device name template"',
        short:
            'The deployment profile names the device: Apply device name template = Yes, then a pattern such as ' +
            'CONTOSO-%SERIAL% (the hardware serial number) or CONTOSO-%RAND:6% (six random digits). Only those two ' +
            'macros exist: an asset tag or a name from a list cannot go in the template.',
        details: [
            'Names: 15 characters at most, letters, digits and hyphens, not only digits, no spaces; macros in capitals.',
            'A long serial is cut to fit the 15 characters.',
            'The device takes the name at Provision and restarts once; without a template it keeps the OEM\'s DESKTOP-… name.',
            'Entra join only: for hybrid join the template is greyed out (the domain join profile names the device).',
            'Another name per device (an asset tag) is a rename after deployment, by the Intune admin.'
        ],
        related: ['step-6', 'error-profile-name-template'],
        source: AP_PROFILES,
        keywords: ['device name', 'computer name', 'naming', 'naming convention', 'naming template', 'name template',
            'hostname', 'host name', 'pc name', 'asset tag', 'asset number', 'inventory number', '%serial%',
            '%rand%', 'serial number in the name', 'name the devices', 'desktop- name', 'enter a name']
    },
    {
        id: 'admin-profile-oobe-settings',
        kind: 'admin',
        title: 'Deployment profile OOBE settings and the technician flow (language, keyboard)',
        short:
            'The Windows key five times works on the first OOBE screen, whatever it is: language, region, keyboard ' +
            'or the sign-in page. Microsoft suggests Language (Region) = User specified so that first screen ' +
            'shows early; a fixed language with automatic keyboard skips those screens, but only on a cable.',
        details: [
            'Language and keyboard from the profile need Ethernet: on Wi-Fi you pick them to connect anyway.',
            'License terms, privacy settings, change account options: Hide is the usual choice, so the user is not asked; the technician flow is the same either way. The last one needs Entra company branding.',
            'The policy "Disallow changing of language/region/keyboard" is different: it breaks autologon.',
            'Profile changes reach a device that is already enrolled only after it is reset.'
        ],
        related: ['flow-win-key', 'error-policy-language-region'],
        source: `${AP_PROFILES}; ${AP_PRE_PROVISION}`,
        keywords: ['user specified', 'language (region) setting', 'language option in the profile',
            'branding prerequisite', 'profile edit on enrolled devices', 'profile change for already enrolled laptops',
            'automatically configure keyboard', 'operating system default', 'profile oobe settings',
            'first oobe screen', 'user specified language', 'easier to get into pre-provisioning',
            'profile setting for the windows key', 'changed the autopilot profile', 'profile change deployed devices',
            'do profile changes apply', 'profile changes take effect']
    },
    {
        id: 'admin-entra-device-objects',
        kind: 'admin',
        title: 'Entra device objects from Autopilot registration: do not delete them',
        short:
            'No, leave them. Registering a device (hash import, OEM or reseller) creates an Entra device object with ' +
            'no owner that looks orphaned until the device is used. It anchors the Autopilot registration: groups ' +
            'and the profile target it, and deleting it breaks the deployment (join errors such as 0x801C03F3).',
        details: [
            'The documented way out of Autopilot is deregistration (the Intune record first, then the Autopilot ' +
                'record); Entra then drops its object itself.',
            'Deleting the object by hand in Entra is not needed and can cause unexpected problems.',
            'Exclude devices whose serial is still in the Autopilot devices list from Entra stale-device clean-ups.',
            'Already deleted one? Deregister the device from Autopilot and re-register it (import its hash again).'
        ],
        related: ['error-0x801c03f3', 'step-3', 'admin-registered-vs-enrolled'],
        source: `${AP_DEREGISTER}; ${AP_REGISTRATION}`,
        keywords: ['orphaned devices', 'orphaned device objects', 'no owner', 'without owner', 'ownerless',
            'delete device objects', 'entra device object', 'device objects created by the import',
            'created by autopilot', 'created by the hash import', 'autopilot device objects',
            'safe to delete', 'safe to remove', 'should i delete', 'can i delete']
    },
    {
        id: 'admin-deregister-device',
        kind: 'admin',
        title: 'Deregister a device from Autopilot: Intune record first, then the Autopilot record',
        short:
            'For a device leaving for good (repair elsewhere, end of life, sold). First delete it in Intune: ' +
            'Devices > Windows, open it, note the serial, Delete. Then in Windows Autopilot devices find that serial, ' +
            'Unassign user if the menu (…) offers it, and Delete. Sync, then Refresh every few minutes until it is gone.',
        details: [
            'Entra join: do not delete the Entra device object by hand; it goes by itself.',
            'Deleting it in Partner Center (a reseller) only removes the Autopilot registration, not the Intune record.',
            'Since Intune 2307 the Autopilot record can also be deleted alone: the device stays managed in Intune.',
            'To use it with Autopilot again, register its hash again.'
        ],
        related: ['admin-entra-device-objects', 'req-hardware-change-new-hash', 'req-reuse-device'],
        source: `${AP_DEREGISTER}; ${AP_REGISTRATION}`,
        keywords: ['laptop sold', 'device sold', 'sold to', 'giving it away', 'donated laptop', 'order to remove', 'remove completely from our tenant', 'remove from the tenant', 'remove from our tenant', 'remove it completely', 'deregister', 'deregistration', 'unregister', 'remove a device from autopilot',
            'delete a device from autopilot', 'retire from autopilot', 'take it out of autopilot',
            'delete from intune first', 'unassign user greyed out', 'still in the autopilot devices list after delete',
            'leaving the company', 'decommission', 'without deleting the intune device',
            'remove the autopilot registration only']
    },
    {
        id: 'admin-hash-sensitive',
        kind: 'admin',
        title: '4K hash security: sensitive data, so Microsoft keeps hand-made CSVs for testing',
        short:
            'Yes, sensitive: a 4K hash holds information that only the device\'s owner should keep, and a tenant ' +
            'account that can add one is easy to come by. So Microsoft keeps hand-made CSVs for testing and small cases; real ' +
            'batches go through Partner Center, registered by the OEM or a CSP partner.',
        details: ['Treat exported hash CSVs like credentials: keep them off shared drives and delete them after the import.'],
        related: ['admin-reseller-registration', 'step-3', 'admin-autopilot-roles'],
        source: AP_ADD_DEVICES,
        keywords: ['4k hash', 'hash sensitive', 'is the hash sensitive', 'sensitive information',
            'testing only', 'only for testing', 'for testing only', 'security of the hash', 'hash security']
    },
    {
        id: 'admin-graph-autopilot',
        kind: 'admin',
        title: 'Autopilot in Microsoft Graph: registered devices, deployments, the pre-provisioning switch',
        short:
            'Registered devices: GET /deviceManagement/windowsAutopilotDeviceIdentities (serial, profile ' +
            'status). Deployments, as the Autopilot deployments report shows them: /deviceManagement/autopilotEvents ' +
            '(beta), where enrollmentType = azureADJoinedWithWhiteGlove marks an Entra join pre-provisioned deployment.',
        details: [
            '"Allow pre-provisioned deployment" is enableWhiteGlove = true on the deployment profile ' +
                '(windowsAutopilotDeploymentProfiles, beta).',
            'App-only read access: DeviceManagementServiceConfig.Read.All for the registered devices and profiles, ' +
                'DeviceManagementManagedDevices.Read.All for the deployments and enrolled devices.',
            'Graph keeps the old names: azureAD for Entra, WhiteGlove for pre-provisioning.'
        ],
        related: ['admin-devices-list-filter', 'admin-registered-vs-enrolled'],
        source: `${AP_KNOWN_ISSUES}; Microsoft Graph reference (windowsAutopilotDeviceIdentity, deviceManagementAutopilotEvent)`,
        keywords: ['graph', 'graph api', 'graph endpoint', 'api', 'rest api', 'query devices with graph', 'list devices with graph',
            'enrollmenttype', 'enrollment type value', 'enablewhiteglove', 'autopilotevents', 'windowsautopilotdeviceidentities',
            'powershell graph', 'script the devices list', 'export with graph']
    },
    {
        id: 'admin-devices-list-filter',
        kind: 'admin',
        title: 'Filtering the Autopilot devices list gives odd results (known issue): query Microsoft Graph',
        short:
            `Known issue: filtering the Autopilot devices list (${DEVICES_LIST}) may not return what you expect. ` +
            'Until it is fixed, query the devices with Microsoft Graph (windowsAutopilotDeviceIdentities) and filter there.',
        details: ['Microsoft lists it among the Autopilot known issues while a fix is worked on; the devices themselves are fine.'],
        related: ['admin-profile-status', 'logs-admin-reports'],
        source: AP_KNOWN_ISSUES,
        keywords: ['filter the autopilot devices', 'filtering autopilot devices', 'filter not working', 'filter gives wrong results',
            'filter shows wrong devices', 'odd results', 'weird results', 'wrong results', 'list filter', 'filter by group tag',
            'search the autopilot devices list']
    },
    {
        id: 'admin-edit-device-attributes',
        kind: 'admin',
        title: 'Change a registered device\'s group tag or device name',
        short:
            `In the Autopilot devices list (${DEVICES_LIST}), select the device: the pane on the right lets you edit its ` +
            'Group tag and Device name. Select Save. No new hash import is needed.',
        details: [
            'A new group tag moves the device into the dynamic groups that read it (OrderID) once Entra re-evaluates ' +
                'them; check Profile status is Assigned again before you start it.',
            'The device name set here is used for Entra join; hybrid join takes the name from its domain join profile.'
        ],
        related: ['admin-dynamic-group-rules', 'admin-profile-status', 'step-7'],
        source: AP_ADD_DEVICES,
        keywords: ['change group tag', 'edit group tag', 'change the group tag', 'wrong group tag', 'fix the group tag',
            'group tag of a registered device', 'edit device attributes',
            'edit the autopilot device', 'update group tag']
    },
    {
        id: 'admin-autopilot-roles',
        kind: 'admin',
        title: 'Who may register Autopilot devices: roles, a custom role, scope tags',
        short:
            'Registering (importing) Autopilot devices needs the Intune Administrator or the Policy and Profile Manager ' +
            'role, or a custom Intune role: turn on every permission under Enrollment programs except the four ' +
            'enrollment-token ones. Global Administrator is not needed.',
        details: [
            'Create the custom role in Intune (Tenant administration > Roles > Create), then assign it to a group of ' +
                'the technicians or branch IT with the devices they may manage as its scope.',
            'Uploading a hash with Get-WindowsAutopilotInfo -Online also needs consent to the Microsoft Intune ' +
                'PowerShell enterprise application, whichever role signs in.',
            'Scope tags on a deployment profile or an ESP are optional; they control who can see and edit it: only ' +
                'admins whose role assignment carries the tag. Which devices get it is still decided by its group assignment.'
        ],
        related: ['step-3', 'admin-hash-existing-device', 'step-6'],
        source: AP_ADD_DEVICES,
        keywords: ['rbac', 'custom role', 'custom rbac role', 'intune role', 'built-in role', 'built in role',
            'intune administrator', 'policy and profile manager', 'enrollment programs', 'permission to import',
            'permissions to import hashes', 'who can import', 'who can register', 'register autopilot devices',
            'least privilege', 'without global admin', 'scope tags', 'scope tag on the profile', 'delegate hash import',
            'other teams see our profiles', 'hide our profiles from', 'only see their own devices', 'see each other']
    },
    {
        id: 'admin-one-profile-per-mode',
        kind: 'admin',
        title: 'Kiosks beside pre-provisioning: keep each Autopilot mode apart',
        short:
            'Keep the modes apart: give the kiosks and the rest separate device groups and deployment profiles ' +
            '(self-deploying for kiosks, user-driven with "Allow pre-provisioned deployment" = Yes for the rest). ' +
            'A group tag per mode (KIOSK, WG) and a dynamic group per tag do it.',
        details: [
            'Mixed in one group, a device can land in the wrong mode: the oldest-created profile wins, with no error.',
            'Before the technician starts, check Assigned profile on the device record is the pre-provisioning one.'
        ],
        related: ['admin-profile-priority', 'admin-dynamic-group-rules', 'step-6'],
        source: `${AP_PROFILES}; ${AP_DEVICE_GROUPS}`,
        keywords: ['kiosks beside pre-provisioning', 'self-deploying kiosks and white glove laptops in one group', 'both modes',
            'one profile for both modes', 'tag per mode', 'mixed modes']
    },
    {
        id: 'admin-assign-user-later',
        kind: 'admin',
        title: 'Too late for a user once it is resealed? No: what changes',
        short:
            'Yes, you can still assign a user after Reseal, or another one: the user is optional. What changes: that ' +
            'user\'s apps and policies were not installed at the bench, so they all install when the user signs ' +
            'in, and the user flow takes longer.',
        details: [
            'Nothing to redo at the bench: no new technician flow is needed for a user assignment.',
            'Assigned before the technician flow, the user\'s device-context apps would have installed at the bench.',
            'The user signs in with their own work account either way.'
        ],
        related: ['step-7', 'overview-no-assigned-user', 'overview-what-installs'],
        source: `${AP_PRE_PROVISION}; ${AP_DEVICE_GROUPS}`,
        keywords: ['later', 'afterwards', 'after reseal', 'already resealed', 'too late', 'once resealed',
            'after white glove is done', 'after the technician flow is done', 'forgot to assign', 'assign later']
    }
];

export const adminErrors: ErrorEntry[] = [
    {
        id: 'error-0x80180005',
        kind: 'error',
        codes: ['0x80180005'],
        title: '0x80180005: pre-provisioning started while the profile does not allow it',
        short:
            'The Windows key five times still opens pre-provisioning when the profile has "Allow pre-provisioned ' +
            'deployment" = No, but Intune enforces the setting and the run fails with 0x80180005.',
        where: 'Technician flow, right after Provision; red failure screen',
        cause: 'The Autopilot profile assigned to the device has "Allow pre-provisioned deployment" = No, or the ' +
            'device got another profile (default profile, or a second group).',
        fix: [
            'Check on the configuration screen which profile the device got.',
            'Admin: set "Allow pre-provisioned deployment" = Yes in that profile (Deployment profiles > profile > ' +
                'Properties > OOBE settings), or move the device to the group of the pre-provisioning profile.',
            'Wait for Profile status = Assigned again, then Reset and start over.'
        ],
        escalate: 'The right profile shows Yes and it still fails: escalate with the logs.',
        details: [],
        related: ['step-6', 'admin-profile-status'],
        source: AP_PROFILES,
        keywords: ['allow pre-provisioned deployment no', 'pre-provisioning not allowed', 'not enabled in profile',
            'profile does not allow pre-provisioning', 'whiteglove disabled in profile']
    },
    {
        id: 'error-device-not-in-group-yet',
        kind: 'error',
        codes: [],
        title: 'Imported device not in the dynamic group yet',
        short:
            'Expected for a while: dynamic membership is evaluated some time after the import, and profile ' +
            'assignment waits for it. How long varies (minutes to hours). Wait, then check again; do ' +
            'not start the technician flow before the profile shows Assigned.',
        where: 'Entra group members; Autopilot devices list',
        cause: 'Dynamic group evaluation takes time; or the rule does not match the device (group tag typed ' +
            'differently, rule on a non-Autopilot attribute).',
        fix: [
            'Wait and refresh the group members.',
            'Still missing after hours: compare the rule with the device\'s group tag, letter for letter.',
            'Check the profile\'s Assignments: the group under Included groups, not Excluded.',
            'Then wait for Profile status = Assigned before the technician flow.',
            'Device already on the configuration screen? Once Assigned, press Refresh there, or restart it ' +
                '(Shift+F10, shutdown /r /t 0) to download the profile again.'
        ],
        escalate: 'Not a member after a day although the rule matches: escalate to the Entra or Intune admin.',
        details: [],
        related: ['admin-dynamic-group-rules', 'admin-profile-status'],
        source: `${AP_DEVICE_GROUPS}; ${AP_PROFILES}`,
        keywords: ['not in the group yet', 'not in the dynamic group', 'not a member yet', 'isnt a member',
            'werent added to the group', 'group membership delay',
            'membership not updated', 'group empty after import', 'dynamic group slow', 'how long dynamic group']
    },
    {
        id: 'error-profile-assignment-stuck',
        kind: 'error',
        codes: [],
        title: 'Profile status stays Assigning, or shows Fix pending or Attention required',
        short:
            'Assigning: Intune is still working on it. How long varies (minutes to hours), so wait until Assigned shows and Date ' +
            'assigned is populated before powering on. Fix pending: a hardware change is being re-registered. Attention required: ' +
            'that failed; deregister the device and register its new hash again.',
        where: `Autopilot devices list (${DEVICES_LIST}), Profile status column`,
        cause:
            'Assignment waits on group membership, the hash and the Autopilot service. Fix pending and Attention ' +
            'required follow a motherboard or other hardware change on a registered device.',
        fix: [
            'Assigning: check the device is in the group the profile targets (Included, not Excluded), then wait.',
            'Fix pending: wait; it goes back to Assigned when the new hardware registers.',
            'Attention required: deregister it, collect a new hash, import it, reset the device, wait for Assigned.',
            'Only then run the technician flow; a device that starts too early gets no profile or the default one.'
        ],
        escalate: 'Still Assigning after a day, or Attention required again after re-registration: escalate to the Intune admin.',
        details: [],
        related: ['admin-profile-status', 'req-hardware-change-new-hash'],
        // Profile status values only this card explains: quoted, they are its subject ("one laptop says 'attention
        // required', its board was swapped").
        settings: ['Attention required', 'Fix pending'],
        source: `${AP_PROFILES}; ${AP_MOTHERBOARD}`,
        keywords: ['assigning for ages', 'stuck on assigning', 'still assigning', 'shown as assigning', 'shows assigning',
            'assigning in the autopilot devices list', 'status assigning',
            'fix pending', 'attention required',
            'not assigned', 'unassigned', 'profile status stuck', 'profile never assigned', 'assignment slow',
            'we\'ve detected a hardware change on this device', 'detected a hardware change',
            'trying to automatically register the new hardware', 'attention required after a repair',
            'fix pending after a board swap', 'attention required after the motherboard swap', 'status column after repair']
    },
    {
        id: 'error-assign-user-not-listed',
        kind: 'error',
        codes: [],
        title: 'The person is missing from the Select user picker',
        short:
            'Assign user only lists Entra users licensed for Intune. A user without an Intune licence (or not yet ' +
            'synced to Entra) cannot be picked: licence them first, then search again by name or UPN.',
        where: 'Intune admin center, Windows Autopilot devices: Assign user > Select user window',
        cause: 'The user has no Intune licence (directly or through a group licence), or is not in Entra ID yet.',
        fix: [
            'Admin: give the user an Intune licence (Microsoft 365 admin center or Entra > Users > Licenses).',
            'Search the picker again by display name or UPN.',
            'Then set the User friendly name and Save; the greeting needs Entra company branding.'
        ],
        escalate: 'Licensed and still not listed: escalate to the Intune admin.',
        details: ['Assigning a user does not work with ADFS federation.'],
        related: ['step-7', 'req-intune-licence'],
        source: `${AP_DEVICE_GROUPS}; memdocs autopilot/tutorial/includes/assign-autopilot-device-to-user.md`,
        keywords: ['cannot assign the user', 'what does the user need', 'user needs something', 'he doesnt show', 'she doesnt show',
            'user not in the picker', 'user not showing', 'user not found', 'cant find the user', 'cant find the user to assign',
            'try to assign',
            'user missing from the picker', 'picker', 'select user', 'search for the user', 'no results',
            'user does not appear', 'doesnt show up when i assign', 'user doesnt show up', 'not in the list when assigning',
            'user isnt listed', 'cant pick the user', 'assign a user', 'she isnt in the list', 'he isnt in the list',
            'user not in the list', 'assign a user to the autopilot device',
            'not offered', 'greyed out', 'cannot select the user', 'assign user empty',
            'assign user does not find', 'cannot assign this user', 'what does the user need to be assigned',
            'user cannot be assigned', 'cannot assign this user account', 'user account cannot be assigned']
    },
    {
        id: 'error-report-failure-after-retry',
        kind: 'error',
        codes: [],
        title: 'Deployments report keeps the first failure after a Retry worked (known issue)',
        short:
            'Known issue: the Autopilot deployments report keeps the first failure. After Retry (Try again) or ' +
            'Continue to desktop succeeds, that row is not updated. The device is fine: trust its success screen.',
        where: 'Intune admin center: Autopilot deployments report (Devices > Monitor)',
        cause: 'The report records the first attempt\'s state and does not update it for later attempts.',
        fix: [
            'Check the device itself: success screen, or Intune device record enrolled and compliant.',
            'A Reset starts a new row; the earlier failed row stays.',
            'Nothing to fix on the device for the stale row.'
        ],
        escalate: 'Only if the device itself shows a failure: then escalate as usual.',
        details: [],
        related: ['logs-admin-reports', 'flow-retry-reset'],
        source: AP_KNOWN_ISSUES,
        keywords: ['report still says failed', 'report shows failure', 'still failed in the report', 'stale row',
            'report not updated', 'report does not update', 'report after retry', 'retry succeeded', 'retry worked',
            'try again worked', 'succeeded on the second attempt', 'report keeps the earlier failure',
            'report wrong', 'report says failed but it worked', 'red in the report', 'report after continue to desktop']
    },
    {
        id: 'error-report-long-deployment',
        kind: 'error',
        codes: [],
        title: 'Deployments report incomplete for a deployment longer than an hour (known issue)',
        short:
            'Known issue: when a device enrolled but took more than one hour to finish provisioning, the Autopilot ' +
            'deployments report may show its deployment as incomplete or not at all. The device itself tells the truth.',
        where: 'Intune admin center: Autopilot deployments report (Devices > Monitor)',
        cause: 'The report stops updating a deployment that runs past one hour.',
        fix: [
            'Check the device itself: its success screen (Reseal), or its Intune device record.',
            'Nothing to fix on the device because of the report.'
        ],
        escalate: 'Only if the device itself shows a failure: then escalate as usual.',
        details: ['A long run itself (over an hour) is worth a look: the ESP time limit or a slow app.'],
        related: ['error-report-failure-after-retry', 'logs-admin-reports', 'esp-timeout'],
        source: AP_KNOWN_ISSUES,
        keywords: ['report does not show the device', 'device missing from the report', 'not in the deployments report',
            'report incomplete', 'report shows in progress', 'report stuck in progress', 'over an hour',
            'two hours', 'long deployment', 'report missing device']
    }
];
