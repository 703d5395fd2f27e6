import type { ExpiryKind } from './rules';

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
