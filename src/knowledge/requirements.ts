/** What a device, a network and a tenant need before pre-provisioning can work. */
import { AP_LICENSING, AP_NETWORKING } from './troubleshooting/sources';
import type { KnowledgeEntry } from './types';

const PRE_PROVISION = 'memdocs autopilot/pre-provision.md';
const REQUIREMENTS = 'memdocs autopilot/requirements.md';

export const requirementEntries: KnowledgeEntry[] = [
    {
        id: 'req-overview',
        defines: ['requirements', 'prerequisites', 'prereqs', 'hardware requirements', 'what do i need'],
        kind: 'requirement',
        title: 'What pre-provisioning needs (hardware, Windows edition, licences, network, tenant set-up)',
        short:
            'Hardware: a physical device (not a VM) with TPM 2.0 that can attest. Windows 10 or 11: Pro, ' +
            'Enterprise or Education. Licences: Intune plus Entra ID P1 (or a bundle with both). Network: wired ' +
            'where you can. In the tenant: user-driven Entra join already works, the device is registered (hash ' +
            'imported) and in a device group, which has a user-driven Entra join profile with "Allow ' +
            'pre-provisioned deployment" = Yes and an ESP assigned.',
        details: [
            'The device needs internet to Autopilot, Entra and its TPM vendor; users must be allowed to join devices to Entra.',
            'Test plain user-driven Entra join first: if it fails, pre-provisioning fails too.',
            'Autopilot adds no hardware requirement beyond what Windows itself needs; pre-provisioning adds the TPM 2.0 that can attest.'
        ],
        related: ['req-tpm-physical', 'req-windows-edition'],
        source: `${PRE_PROVISION}; ${REQUIREMENTS}`,
        keywords: ['requirements', 'prerequisites', 'prereqs', 'what do i need', 'what does the device need',
            'hardware-wise', 'hardware requirements', 'what hardware', 'minimum requirements', 'min specs',
            'supported hardware', 'need to have', 'licence-wise', 'licences and hardware', 'hardware and licences',
            'before i start', 'checklist of requirements', 'extra hardware requirements',
            'additional hardware requirements', 'hardware beyond windows', 'special hardware',
            'what must already work', 'has to be in place', 'must be in place', 'already in place', 'already working']
    },
    {
        id: 'req-windows-edition',
        kind: 'requirement',
        title: 'Windows edition and version needed',
        short:
            'A currently supported Windows 10 or Windows 11 release (any version still in Microsoft support, e.g. ' +
            'Windows 11 22H2 or later), in Pro, Enterprise or Education edition. Home is not supported.',
        details: [
            'Also supported: Pro Education and Pro for Workstations; on Windows 10 also Enterprise LTSC.',
            'Historically, white glove arrived with Windows 10 1903.',
            'No custom image is needed: the Windows it shipped with is used.'
        ],
        related: ['req-tpm-physical', 'req-intune-licence'],
        source: PRE_PROVISION,
        keywords: ['edition', 'sku', 'pro', 'enterprise', 'education', 'home', 'supported os', 'windows build',
            'release', 'version', '1903', 'minimum version', 'minimum build', 'which version', 'supported versions',
            '21h2', '22h2', '23h2', '24h2', 'windows 11 home', 'windows 10 home', '1809', '1909', '2004', '20h2', '21h1',
            'too old', 'old build', 'older release', 'still supported', 'version we run', 'oem image', 'own image']
    },
    {
        id: 'req-tpm-physical',
        defines: ['TPM', 'TPM 2.0'],
        kind: 'requirement',
        title: 'Physical device with TPM 2.0 (no virtual machines)',
        short:
            'Use real hardware with a TPM 2.0 that supports device attestation. Virtual machines are not supported ' +
            'for pre-provisioning, not even with a virtual TPM (Hyper-V vTPM).',
        details: [
            'Pre-provisioning reuses the self-deploying machinery, which relies on TPM attestation.',
            'A TPM that can do 2.0 but still runs 1.2 firmware fails attestation: update its firmware.'
        ],
        related: ['req-tpm-endpoints', 'error-virtual-machine', 'tip-check-tpm'],
        source: PRE_PROVISION,
        keywords: ['tpm 1.2', '1.2 firmware', 'runs 1.2', 'can do 2.0', 'tpm firmware 2.0', 'upgrade tpm to 2.0', 'tpm', 'trusted platform module', 'hardware requirement', 'is tpm 2.0 required', 'tpm required',
            'older laptops', 'old hardware', 'vm', 'virtual machine', 'hyper-v',
            'vmware', 'physical', 'attestation', 'chip', 'supported hardware', 'test on vm', 'virtual tpm', 'vtpm',
            'test pre-provisioning in a vm', 'which models', 'device model', 'laptop model', 'model ok',
            'tpm 1.2', 'only tpm 1.2', 'older tpm', 'tpm version']
    },
    {
        id: 'req-tpm-endpoints',
        kind: 'requirement',
        title: 'TPM attestation URLs that must be reachable',
        short:
            'TPM attestation needs HTTPS to the chip vendor. Firmware TPMs download their EK certificate on first ' +
            'use; discrete TPMs usually come with it already installed.',
        details: [
            'Intel: https://ekop.intel.com/ekcertservice',
            'Qualcomm: https://ekcert.spserv.microsoft.com/EKCertificate/GetEKCertificate/v1',
            'AMD: https://ftpm.amd.com/pki/aia',
            'Attestation itself also needs the wildcard *.microsoftaik.azure.net.',
            'Set proxy settings for Autopilot on the proxy itself, not through an Intune policy.'
        ],
        related: ['req-tpm-physical', 'error-0x800705b4', 'error-oobeidps'],
        source: REQUIREMENTS,
        keywords: ['tpm urls', 'attestation urls', 'attestation endpoints', 'ek certificate', 'intel', 'amd',
            'snapdragon', 'arm', 'arm64', 'firmware tpm', 'discrete tpm', 'ekcert', 'ptt',
            'qualcomm', 'ftpm', 'microsoftaik', 'tpm vendor url', 'blocked', 'urls must be open', 'tpm part',
            'firewall for the tpm', 'tpm urls firewall', 'wildcard', 'aik service', 'whitelist for attestation']
    },
    {
        id: 'req-network',
        kind: 'requirement',
        title: 'Network: wired connection preferred',
        short:
            'Yes, Wi-Fi works for the technician flow; a wired (Ethernet) connection is preferred. With Wi-Fi you ' +
            'first get region, language and keyboard screens, then the network page.',
        details: [
            'Those screens show even when the profile hides them, because the profile cannot be downloaded yet.',
            'The device needs internet access to the Autopilot, Entra and TPM vendor endpoints.',
            'Guest Wi-Fi with a sign-in or terms page (captive portal) does not work at OOBE: use an open network or a cable.'
        ],
        related: ['flow-extra-screens', 'req-tpm-endpoints', 'error-oobeidps'],
        source: REQUIREMENTS,
        keywords: ['ethernet', 'wired', 'wifi', 'wi-fi', 'wireless', 'cable', 'lan', 'internet', 'connectivity',
            'dongle', 'usb adapter', 'network connection', 'hotspot', 'phone hotspot', 'tether', 'tethering', 'mobile hotspot',
            'is wifi ok', 'wifi only site', 'no ethernet port', 'guest wifi', 'over wifi', 'fine for the technician flow',
            'must it be wired', 'need a cable', 'supported over the air']
    },
    {
        id: 'req-intune-licence',
        kind: 'requirement',
        title: 'Licences: Intune plus Entra ID P1/P2, or a bundle that has both',
        short:
            'The tenant needs Intune and Entra ID P1 or P2 (automatic enrollment, company branding), or a bundle ' +
            'with both: Microsoft 365 Business Premium, E3/E5, F1/F3, A1/A3/A5, EMS E3/E5 or Intune for ' +
            'Education. Users who sign in or are assigned to devices need an Intune licence assigned.',
        details: [
            'Even with a Microsoft 365 bundle, Intune licences must still be assigned to the users.',
            'A missing or wrong licence shows as 80180018 or as an MDM terms of use error.',
            '"This account is not allowed on this phone" at sign-in or enrollment also means no Intune licence.',
            'In the user flow, a user without a licence can leave the ESP stuck on "Identifying".',
            'Pre-provisioning is built on Intune: another MDM will not do it, and Configuration Manager is not needed.'
        ],
        related: ['error-0x80180018', 'error-mdm-terms-of-use', 'error-identifying-stuck'],
        source: `${PRE_PROVISION}; ${AP_LICENSING}`,
        keywords: ['licence', 'license', 'subscription', 'ems', 'm365', 'e3', 'e5', 'licensing', 'entitlement',
            'entra id p1', 'entra id p2', 'azure ad premium', 'aad p1', 'business premium', 'which licences',
            'licence needed', 'f3', 'a3', 'intune for education', 'premium p1', 'does autopilot require intune',
            'this account is not allowed on this phone', 'not allowed on this phone', 'is intune required']
    },
    {
        id: 'req-device-limits',
        kind: 'requirement',
        title: 'Device limits per user: Intune\'s does not apply, Entra\'s does',
        short:
            'Intune\'s device limit restriction does not apply to Autopilot enrollments (shared-device scenarios). ' +
            'Entra\'s "Maximum number of devices per user" does (default 50): a user at the limit blocks the join ' +
            'with 801C0003.',
        details: [
            'Entra: Devices > Device settings > Maximum number of devices per user.',
            'In userless runs (pre-provisioning, self-deploying) only the default Intune restrictions (All users) apply.',
            'Reused devices and rolled-back VM snapshots each count again against the user.'
        ],
        related: ['error-0x801c0003', 'step-2'],
        source: 'memdocs memdocs/intune/enrollment/enrollment-restrictions-set.md; memdocs autopilot/troubleshoot-aad-join.md',
        keywords: ['device limit', 'devices per user', 'maximum number of devices', 'too many devices',
            'enrollment limit', 'device limit restriction', 'limit of devices', 'default limit', 'how many devices can a user',
            'user has many devices', '50 devices', 'enrollment restrictions', 'lab account', 'test account', 'account cannot join more']
    },
    {
        id: 'req-no-smart-card-at-oobe',
        kind: 'requirement',
        title: 'Smart cards and certificate-based authentication are not supported during OOBE',
        short:
            'During OOBE neither the network nor the sign-in can rely on a smart card or a certificate: use a ' +
            'network open to the Autopilot endpoints and a sign-in method the Entra sign-in page offers.',
        details: [
            'The technician flow signs nobody in; the user flow is where a user\'s sign-in method matters.',
            'Networks that need 802.1X certificates at the bench need a separate, open port or VLAN.'
        ],
        related: ['req-network-guest-wifi', 'error-policy-interactive-logon-gpos'],
        source: AP_NETWORKING,
        keywords: ['smart card', 'smartcard', 'yubikey', 'certificate based authentication', 'cba',
            'certificate sign in', 'piv card', 'sign in with a card', 'badge tap', 'tap a badge', 'badge sign-in']
    },
    {
        id: 'req-reuse-device',
        kind: 'requirement',
        title: 'Pre-provisioning the same device again',
        short:
            'A device that already went through pre-provisioning cannot redo Autopilot by itself. Delete its ' +
            'Intune device record first (Devices > All devices > select > Delete).',
        details: [
            'Without that, the retry is blocked with 0x80180014.',
            'Newer docs also offer "Unblock device" on the device in Windows Autopilot devices; no success message ' +
                'may show, but the device can run again.',
            'A wiped device that is still registered gets the Autopilot experience again at the next OOBE.',
            'The FAQ lists Dell, Dynabook, HP, Lenovo and Microsoft Surface as enabled for automatic re-enrollment ' +
                'of pre-provisioned devices and user name pre-population.',
            'Do not delete the Entra device object that Autopilot registration created: that breaks the join.'
        ],
        related: ['error-0x80180014', 'error-0x801c03f3'],
        source: PRE_PROVISION,
        keywords: ['reuse', 'automatic re-enrollment', 'auto re-enrolment', 'redo', 'second time', 'again', 'twice', 'repurpose', 'redeploy', 'reprovision',
            're-run', 'start over', 'delete intune record', 'refurbish', 'another user', 'automatic re-enrollment',
            'which manufacturers', 'oems enabled', 're-enrollment of pre-provisioned devices',
            // A device passed from a leaver to the next person.
            'leaver', 'left the company', 'someone left', 'reissue', 'hand it over to someone else', 'hand on',
            'pass on', 'next person', 'different person', 'replacement', 'new owner', 'previous owner', 'previous user',
            // A device that came back (a return, a spare) and goes out again.
            'returned', 'returned device', 'came back', 'sent back', 'back from', 'spare']
    }
];
