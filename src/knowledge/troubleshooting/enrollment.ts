/**
 * Registration, Entra join and Intune enrollment failures (0x8018xxxx, 0x801Cxxxx and their symptoms). Most need
 * an admin: the technician's part is to recognise them, note the code and hand over the right facts.
 */
import type { ErrorEntry } from '../types';
import {
    AP_ADD_DEVICES,
    AP_KNOWN_ISSUES,
    AP_TROUBLESHOOTING_FAQ,
    INTUNE_AUTO_ENROLLMENT,
    INTUNE_ESP,
    INTUNE_WINDOWS_ENROLLMENT_ERRORS
} from './sources';

const ENROLL_SCREEN = 'OOBE "Something went wrong" page, or ESP Device preparation > Registering your device for ' +
    'mobile management';

export const enrollmentEntries: ErrorEntry[] = [
    {
        id: 'error-registering-mobile-management-stuck',
        kind: 'error',
        codes: [],
        title: 'Stuck or failing at "Registering your device for mobile management" (Intune enrollment)',
        short:
            'That line is the Intune (MDM) enrollment. When it sits there a long time or fails, the cause is usually ' +
            'an admin setting: Windows (MDM) blocked by an enrollment restriction, automatic enrollment\'s MDM user ' +
            'scope set to None, or a missing Intune licence. Note the code it ends with.',
        where: ENROLL_SCREEN,
        cause:
            'Windows (MDM) set to Block in a device platform restriction (0x80180014), MDM user scope None ' +
            '(0x8018002B), no Intune licence or too many devices (80180018); after enrollment the same line also ' +
            'installs the Intune Management Extension.',
        fix: [
            'Wait for the code it fails with and look it up; save the logs.',
            'Admin: Devices > Enrollment > Device platform restriction: Windows (MDM) = Allow in every Windows restriction.',
            'Admin: automatic enrollment MDM user scope = All or Some (Step 1); Intune licence assigned.',
            'Retry once the admin confirms.'
        ],
        escalate: 'Restrictions, scope and licences are admin settings: escalate with the serial number and the code.',
        details: ['A lab VM that fails at "Preparing your device for mobile management" needs 2 processors and 4 GB of memory.'],
        related: ['error-0x80180014', 'error-0x8018002b', 'step-1'],
        source: `${INTUNE_ESP}; ${AP_TROUBLESHOOTING_FAQ}; ${INTUNE_WINDOWS_ENROLLMENT_ERRORS}`,
        keywords: ['registering your device for mobile management', 'registering for mobile management',
            'stuck registering', 'mdm registration', 'registering never finishes', 'windows mdm blocked',
            'mdm step hangs']
    },
    {
        id: 'error-0x80180003',
        kind: 'error',
        codes: ['0x80180003'],
        title: '80180003 "This user is not authorized to enroll"',
        short:
            'Intune refused the enrollment: the user reached the device limit, Windows is blocked by enrollment ' +
            'restrictions, or the device runs Windows Home.',
        where: ENROLL_SCREEN,
        cause: 'Device enrollment limit reached, Windows (MDM) blocked in device type restrictions, or Home edition.',
        fix: [
            'Check the edition: Home cannot join Entra or enroll; it must be Pro, Enterprise or Education.',
            'Admin removes stale devices of the user or raises the device limit.',
            'Admin sets Windows (MDM) to Allow in the device platform restriction, then waits about 15 minutes.',
            'Retry.'
        ],
        escalate: 'Limits and restrictions are admin settings: escalate with the user name and the code.',
        details: ['Tip from the docs: if Windows (MDM) already shows Allow, switching it to Block and back resets it.'],
        related: ['req-windows-edition', 'error-0x80180018'],
        source: INTUNE_WINDOWS_ENROLLMENT_ERRORS,
        keywords: ['not authorized to enroll', 'too many devices', 'device limit reached', 'windows home',
            'home edition', 'enrollment restriction', 'platform restriction']
    },
    {
        id: 'error-0x8018000a',
        kind: 'error',
        codes: ['0x8018000A'],
        title: '8018000A "The device is already enrolled"',
        short:
            'Another account already enrolled or joined this device, or it is enrolled in another MDM. The old ' +
            'work or school connection must go first.',
        where: ENROLL_SCREEN + '; Task Scheduler log event 7016 with code 2149056522',
        cause: 'Existing work or school account / other MDM enrollment on the device.',
        fix: [
            'A used device: reset or re-image it so no old enrollment is left.',
            'Otherwise remove the other work or school account (Settings > Accounts > Access work or school).',
            'Enrolled in another MDM: unenroll it there first.',
            'Retry the technician flow.'
        ],
        escalate: 'You cannot tell which account enrolled it: escalate with the serial number.',
        details: [],
        related: ['error-0x80180014', 'error-entra-registered-not-joined'],
        source: INTUNE_WINDOWS_ENROLLMENT_ERRORS + '; ' + INTUNE_AUTO_ENROLLMENT,
        keywords: ['already enrolled', 'another user enrolled', 'other mdm', 'work or school account exists',
            'second-hand device', 'used laptop', '2149056522']
    },
    {
        id: 'error-0x80180022',
        kind: 'error',
        codes: ['0x80180022'],
        title: '0x80180022: enrollment refused because the device runs Windows Home',
        short:
            'Autopilot enrollment failed because the device runs Windows Home, which cannot join Entra or enroll. ' +
            'It needs Pro, Enterprise or Education (or Pro Education, Pro for Workstations).',
        where: ENROLL_SCREEN + '; "Autopilot device enrollment failed with error HRESULT = 0x80180022"',
        cause: 'Windows Home edition on the device (often a consumer SKU shipped by mistake).',
        fix: [
            'Check the edition: Shift+F10, then winver (or look at the box / order).',
            'Upgrade the device to Pro or higher (a Pro key or a reimage with a Pro/Enterprise image), then start ' +
                'the technician flow again.',
            'Tell whoever ordered the devices: the rest of the batch is probably Home too.'
        ],
        escalate: 'A whole batch delivered with Home: the buyer or reseller must swap or upgrade them.',
        details: ['The same cause can also show as 80180003 "This user is not authorized to enroll".'],
        related: ['req-windows-edition', 'error-0x80180003'],
        source: INTUNE_WINDOWS_ENROLLMENT_ERRORS,
        keywords: ['home sku', 'consumer edition', 'shipped with home',
            'device runs home', 'autopilot device enrollment failed hresult']
    },
    {
        id: 'error-0x8007064c',
        kind: 'error',
        codes: ['0x8007064C'],
        title: '0x8007064C "The machine is already enrolled"',
        short:
            'Enrollment found traces of an earlier enrollment: the device was enrolled before, runs a cloned image ' +
            'of an enrolled device, or still holds the old Intune certificate.',
        where: 'Enrollment error page; the enrollment log shows hr 0x8007064C',
        cause: 'Earlier enrollment left behind (old Intune device certificate or OnlineManagement registry key), or a ' +
            'cloned image taken from an enrolled device.',
        fix: [
            'At the bench the clean way is a full reset or a fresh image (never capture an image from an enrolled ' +
                'device), then start again.',
            'By hand (admin): in the computer certificate store (certlm.msc) delete the Intune certificate issued by ' +
                'Sc_Online_Issuing and the registry key HKLM\\SOFTWARE\\Microsoft\\OnlineManagement, then retry.',
            'For a device pre-provisioned before, also delete its old Intune record first (see 0x80180014).'
        ],
        escalate: 'Registry and certificate cleanup is admin work: escalate with the serial and the code.',
        details: [],
        related: ['error-0x80180014', 'error-0x8018000a'],
        source: INTUNE_WINDOWS_ENROLLMENT_ERRORS,
        keywords: ['machine is already enrolled', 'already enrolled', 'cloned image', 'sc_online_issuing',
            'onlinemanagement', 'previous enrollment', 'old certificate']
    },
    {
        id: 'error-0x80180026',
        kind: 'error',
        codes: ['0x80180026'],
        title: '80180026 "Confirm you are using the correct sign-in information"',
        short:
            'Automatic MDM enrollment clashes with the old Intune PC agent installed on the device. Remove the ' +
            'agent (or re-image) and retry.',
        where: ENROLL_SCREEN,
        cause: 'MDM automatic enrollment enabled while the legacy Intune PC client is installed.',
        fix: ['Re-image or uninstall the Intune PC client agent.', 'Retry.'],
        escalate: 'The image carries the old agent: escalate so the image is fixed.',
        details: [],
        related: ['step-1', 'error-0x8018000a'],
        source: INTUNE_WINDOWS_ENROLLMENT_ERRORS,
        keywords: ['correct sign-in information', 'intune pc agent', 'legacy agent', 'old intune client']
    },
    {
        id: 'error-0x8018002b',
        kind: 'error',
        codes: ['0x8018002B'],
        title: '0x8018002B "Auto MDM Enroll: Failed"',
        short:
            'Automatic enrollment fails because the user name uses a domain that is not verified or routable ' +
            '(such as .local), or MDM user scope is None.',
        where: 'Event 76 in DeviceManagement-Enterprise-Diagnostics-Provider > Admin; enrollment step',
        cause: 'Unverified or non-routable UPN suffix, or MDM user scope = None.',
        fix: [
            'Check the user signs in with the company\'s real domain, not name@company.local.',
            'Admin sets MDM user scope to All or Some (Step 1) and MAM user scope to None.',
            'Retry.'
        ],
        escalate: 'UPN or scope changes are admin tasks: escalate with the user name.',
        details: [],
        related: ['step-1', 'error-event-76'],
        source: INTUNE_WINDOWS_ENROLLMENT_ERRORS,
        keywords: ['auto mdm enroll', '.local', 'upn suffix', 'mdm user scope none', 'unverified domain']
    },
    {
        id: 'error-0x801c03ed',
        kind: 'error',
        codes: ['0x801C03ED'],
        title: '0x801C03ED: Entra device registration refused the request',
        short:
            'Entra device registration rejected the join (the docs list: objects it could not read, or an invalid ' +
            'request). Community reports: in Autopilot usually the device\'s Entra object was deleted.',
        where: 'Device preparation > Joining your organization\'s network (Entra join)',
        cause: 'The Entra device object Autopilot registration created is missing, or the join request was refused.',
        fix: [
            'Admin checks the device object in Entra: if it was deleted, delete the Autopilot registration and ' +
                're-import the hash.',
            'Wait for Profile status = Assigned, then Reset and run the technician flow again.'
        ],
        escalate: 'Still failing with the object in place: escalate with the logs.',
        details: [],
        related: ['error-0x801c03f3', 'esp-joining-network'],
        source: `${AP_TROUBLESHOOTING_FAQ}; community reports`,
        keywords: ['801c03ed', 'entra object deleted', 'join refused', 'failed to read one or more objects']
    },
    {
        id: 'error-hash-import-fails',
        kind: 'error',
        codes: [],
        title: 'Autopilot CSV import does nothing or fails',
        short:
            'Selecting Import after picking the CSV does nothing (a 400 "Cannot convert the literal to Edm.Binary" ' +
            'behind it), or the import reports an invalid file. The hash or the CSV is malformed.',
        where: 'Intune > Windows Autopilot devices > Import (Step 3)',
        cause: 'CSV edited in Excel or another editor that adds characters, or a hash that needs Base64 padding.',
        fix: [
            'Listed under Windows Autopilot devices? Then the import worked: it reaches All devices only once it enrolls.',
            'Use the CSV exactly as collected; open or edit it only in Notepad, never save it from Excel: the header ' +
                'must stay exactly "Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User" ' +
                '(case-sensitive), with no extra columns, no quotation marks, and ANSI text, not Unicode.',
            'If the hash still fails: pad it (add "=" at the end, at most two, or replace "==" by "A") until ' +
                'PowerShell decodes it, then import again.',
            'Or collect the hash again on the device.'
        ],
        escalate: 'Still failing with a fresh CSV: escalate with the file.',
        details: ['Test a hash with [System.Convert]::FromBase64String("<hash>"): it must not say "Invalid length".'],
        related: ['step-3', 'error-event-807'],
        source: AP_TROUBLESHOOTING_FAQ + '; ' + AP_KNOWN_ISSUES + '; ' + AP_ADD_DEVICES,
        keywords: ['import does nothing', 'clicking import does nothing', 'import button does nothing', 'nothing happens after import', 'csv import', 'edm.binary', 'hash import failed', 'excel csv',
            'invalid csv', 'base64 padding', 'hash upload fails', 'invalid length for a base-64 char array or string']
    },
    {
        id: 'error-entra-registered-not-joined',
        kind: 'error',
        codes: [],
        title: 'Device shows "Microsoft Entra registered" instead of "joined"',
        short:
            'The device was Entra registered (for example a workplace join) before it was joined, and the old ' +
            'record kept its trust type.',
        where: 'Entra ID / Intune device list after the deployment',
        cause: 'Old Entra registered object not deleted before the Autopilot join.',
        fix: [
            'Admin deletes the device from Intune, Entra ID and Windows Autopilot.',
            'Register it as an Autopilot device again.',
            'Run the technician flow again.'
        ],
        escalate: 'Cleaning objects is an admin task: escalate with the serial number.',
        details: [],
        related: ['error-0x801c03f3', 'req-reuse-device'],
        source: AP_TROUBLESHOOTING_FAQ,
        keywords: ['entra registered', 'azure ad registered', 'workplace joined', 'wrong join type',
            'not joined', 'trust type']
    },
    {
        id: 'error-profile-name-template',
        kind: 'error',
        codes: [],
        title: '"An error occurred while creating Autopilot profile"',
        short:
            'Saving the profile fails when its naming pattern cannot give a valid computer name: 15 characters at ' +
            'most, letters, digits and hyphens, not all digits, no spaces, macros in capitals (%SERIAL%, %RAND:n%).',
        where: 'Intune admin center, saving the Autopilot profile (Step 6)',
        cause: 'Invalid naming template, for example %serial% in lower case.',
        fix: [
            'Write macros in capitals: %SERIAL% or %RAND:6%.',
            'Keep the resulting name within 15 characters, without spaces.',
            'Save the profile again.'
        ],
        escalate: 'Profiles are admin settings: pass this to the Intune admin.',
        details: ['Example: MYPC-%RAND:6% gives names like MYPC-123456.'],
        related: ['step-6'],
        source: INTUNE_WINDOWS_ENROLLMENT_ERRORS,
        keywords: ['profile will not save', 'error creating profile', '%serial% lower case', 'name too long',
            'profile creation error']
    }
];
