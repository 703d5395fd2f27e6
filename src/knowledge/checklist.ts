/** The pre-flight checklist a technician ticks before Step 8, in the order it is shown. */
import type { ChecklistItem } from './types';

export const checklistItems: ChecklistItem[] = [
    {
        id: 'check-registered',
        label: 'Device is registered in Windows Autopilot',
        why: 'Without registration the device never gets an Autopilot profile at OOBE.',
        intuneCheck: 'registered'
    },
    {
        id: 'check-device-group',
        label: 'Device is in the targeted device group',
        why: 'The profile, ESP, apps and policies all reach the device through this group.'
    },
    {
        id: 'check-profile-assigned',
        label: 'Deployment profile assigned (Profile status = Assigned)',
        why: 'Without an assigned profile the device gets the default Autopilot profile, not yours.',
        intuneCheck: 'profileAssigned'
    },
    {
        id: 'check-preprovisioning-allowed',
        label: 'Profile has "Allow pre-provisioned deployment" = Yes',
        why: 'Without it, the Windows key five times offers no pre-provisioning option.',
        intuneCheck: 'preProvisioningAllowed'
    },
    {
        id: 'check-esp-assigned',
        label: 'ESP assigned to the device group, "Show app and profile configuration progress" = Yes',
        why: 'Pre-provisioning only uses device-targeted ESPs; with no ESP, Reseal can appear before apps finish.'
    },
    {
        id: 'check-apps-policies',
        label: 'At least one policy and one app assigned to the device and to the user',
        why: 'Both ESP phases then have work to do, which avoids issues seen with an empty phase.'
    },
    {
        id: 'check-tpm',
        label: 'Physical device with TPM 2.0 (no VM)',
        why: 'TPM attestation is required; virtual machines are not supported.'
    },
    {
        id: 'check-wired-network',
        label: 'Wired network connected',
        why: 'Wi-Fi adds region and keyboard screens before the network page, because the profile is not loaded yet.'
    },
    {
        id: 'check-clock',
        label: 'Correct date and time',
        why: 'A wrong clock breaks TPM attestation and causes ESP timeouts.'
    },
    {
        id: 'check-user-assigned',
        label: 'User assigned to the device (optional)',
        why: 'The user\'s device-context apps then install in the technician flow and the sign-in is pre-filled.',
        optional: true,
        intuneCheck: 'userAssigned'
    }
];
