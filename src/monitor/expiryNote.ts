import type { ExpiryKind } from './rules';

/**
 * A watch kept while Graph could not be read, for a serial Intune turns out not to have: said once, and the watch
 * ends (nothing could ever alert about it). `similar`: serials that contain it, when there are some.
 */
export function notFoundNote(serial: string, similar: string[]): string {
    const guess = similar.length > 0 ? ` Did you mean ${similar.join(' or ')}?` : ' Check the serial on the device (Settings > About, or its label).';
    return `Intune has no Autopilot device with serial ${serial}, so I stopped watching it.${guess} Say "watch <serial>" to watch the right one.`;
}

/** The short note a technician gets when a watch runs out. */
export function expiryNote(kind: ExpiryKind, serial: string, ttlHours: number, lastHeadline?: string): string {
    if (kind === 'notStarted') {
        return (
            `I stopped watching ${serial} after ${ttlHours} h: no deployment started in that time. ` +
            `If the device waits at the first OOBE screen, press the Windows key five times to start the technician flow. ` +
            `Say "watch ${serial}" to watch it again.`
        );
    }
    return `I stopped watching ${serial} after ${ttlHours} h${lastHeadline ? ` (last seen: ${lastHeadline})` : ''}. Say "watch ${serial}" to watch it again.`;
}
