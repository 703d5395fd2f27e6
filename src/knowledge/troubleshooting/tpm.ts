/** TPM and hardware situations at "Securing your hardware" beyond the attestation error codes. */
import type { ErrorEntry } from '../types';
import { AP_DEVICE_GUIDELINES, AP_FAQ, AP_KNOWN_ISSUES, AP_REQUIREMENTS, AP_SELF_DEPLOYING, INTUNE_ESP } from './sources';

const SECURING = 'ESP Device preparation > Securing your hardware';

export const tpmEntries: ErrorEntry[] = [
    {
        id: 'error-tpm-not-ready',
        kind: 'error',
        codes: [],
        title: 'TPM disabled, not ready, or in Reduced Functionality Mode',
        short:
            'Pre-provisioning needs a TPM 2.0 that is enabled and healthy. A TPM switched off in the firmware, not ' +
            'ready for use, or in Reduced Functionality Mode fails attestation.',
        where: SECURING + '; tpm.msc shows the TPM state',
        cause: 'TPM turned off in BIOS/UEFI, not initialised, or in a degraded state.',
        fix: [
            'Press Shift+F10, run tpm.msc (or tpmtool getdeviceinformation) and read the status and version.',
            'Enable the TPM (Security Device / PTT / fTPM) in the firmware setup if it is off.',
            'Update BIOS and TPM firmware from the device maker, then Retry.'
        ],
        escalate: 'TPM stays unhealthy after firmware updates: the hardware needs the vendor or a repair.',
        details: ['A TPM 1.2 or a virtual TPM is not enough.'],
        related: ['tip-check-tpm', 'req-tpm-physical'],
        source: AP_DEVICE_GUIDELINES + '; ' + AP_SELF_DEPLOYING,
        keywords: ['tpm disabled', 'tpm off in bios', 'reduced functionality mode', 'tpm not ready', 'ptt',
            'security chip', 'enable tpm', 'tpm.msc', 'tpm not found']
    },
    {
        id: 'error-securing-hardware-slow',
        kind: 'error',
        codes: [],
        title: '"Securing your hardware" takes a while on first boot',
        short:
            'It is doing TPM attestation: the TPM proves the device\'s identity and Entra ID sends back the token ' +
            'used to join. On the first boot the TPM also generates strong keys, which can take more than a minute. ' +
            '15 to 20 minutes or more is past normal: attestation is timing out (the 0x800705B4 path). Check the ' +
            'clock and that the TPM attestation URLs are reachable.',
        where: SECURING,
        cause: 'TPM key generation on first use; when much longer, attestation that cannot complete.',
        fix: [
            'Check the date and time (Shift+F10, w32tm /resync /force).',
            'Check the network reaches the TPM vendor URLs (no proxy login or TLS inspection).',
            'When it fails with 0x800705B4, save the logs and Retry; update TPM and BIOS firmware if it repeats.'
        ],
        escalate: 'Fails again after the clock, network and firmware checks: escalate with the logs.',
        details: [],
        related: ['error-0x800705b4', 'error-clock-skew'],
        source: AP_FAQ + '; ' + INTUNE_ESP,
        keywords: ['securing your hardware slow', 'securing hardware takes long', 'stuck on securing',
            'first boot slow', 'tpm taking ages', 'stuck securing hardware', 'securing hardware 20 minutes',
            'how long should securing your hardware take', 'still on securing your hardware']
    },
    {
        id: 'error-vm-preparing-mobile-management',
        kind: 'error',
        codes: [],
        title: 'Test VM fails at "Preparing your device for mobile management"',
        short:
            'A virtual machine needs at least 2 processors and 4 GB of memory for Autopilot. Remember that ' +
            'pre-provisioning itself is not supported on a VM (it needs a physical TPM); only user-driven tests work.',
        where: 'OOBE / ESP on a virtual machine',
        cause: 'VM with too few processors or too little memory.',
        fix: ['Give the VM 2 or more processors and 4 GB or more memory.',
            'Test pre-provisioning on physical hardware.'],
        escalate: 'Nothing to escalate for a lab VM.',
        details: [],
        related: ['error-virtual-machine', 'req-tpm-physical'],
        source: AP_KNOWN_ISSUES + '; ' + AP_DEVICE_GUIDELINES,
        keywords: ['preparing your device for mobile management', 'hyper-v test', 'vm memory',
            'virtual machine fails', 'test vm']
    },
    {
        id: 'error-tpm-attestation-checks',
        kind: 'error',
        codes: [],
        title: 'TPM attestation checks: the EK and AIK certificates and their events',
        short:
            'Attestation at "Securing your hardware" has two parts: the TPM gets its EK certificate (firmware TPMs ' +
            'download it from the chip vendor; a TPM chip of its own comes with it preinstalled), then uses it to get an AIK ' +
            'certificate from Microsoft. Find which part fails.',
        where: SECURING + '; Autopilot event log (ModernDeployment-Diagnostics-Provider)',
        cause: 'No EK certificate (vendor URL blocked, old firmware) or the AIK request refused (AIK service blocked, ' +
            'wrong clock, vulnerable firmware).',
        fix: [
            'Shift+F10: tpmtool getdeviceinformation must show Ready For Attestation: True.',
            'Event 208 = EK certificate present; missing: open the chip vendor\'s EK URL.',
            'Events 250, 251 (HRESULT 0x0) and 169 = attestation done; a 251 with another HRESULT is the code to look ' +
                'up (the AIK request needs *.microsoftaik.azure.net).',
            'Update TPM and BIOS firmware, then Retry.'
        ],
        escalate: 'Ready For Attestation stays False after firmware updates, or 251 keeps failing on an open network.',
        details: [
            'A firmware TPM left online 10-15 minutes before you start caches its EK certificate.',
            'Admins can test the AIK request with certreq -enrollaik -config "".'
        ],
        related: ['req-tpm-endpoints', 'error-event-171', 'tip-check-tpm'],
        source: AP_REQUIREMENTS + '; community (TPM attestation troubleshooting guide for pre-provisioning; oofhours.com)',
        keywords: ['aik certificate', 'event 208',
            'event 250', 'event 251', 'event 169', 'tpm identity confirmed', 'ready for attestation',
            'ready for attestation false', 'tpmtool getdeviceinformation', 'certreq', 'enrollaik',
            'how does tpm attestation work', 'what is ek and aik', 'ek cert present', 'aik acquisition',
            'leave it online before', 'sit online', 'cache the ek certificate']
    }
];
