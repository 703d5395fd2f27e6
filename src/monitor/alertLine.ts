import type { AlertKind } from './rules';

/**
 * The one line an alert is known by where the card is not shown: the Teams toast, the activity feed, the card's
 * fallback text for screen readers and text-only clients. Short, serial first, so a list of them reads at a glance.
 */
export function alertLine(kind: AlertKind, serial: string): string {
    switch (kind) {
        case 'stalled':
            return `${serial} stalled: provisioning has stopped moving`;
        case 'failed':
            return `${serial} failed provisioning`;
        case 'ready':
            return `${serial} is ready to Reseal`;
        case 'timedOut':
            return `${serial} finished, but the ESP timed out`;
        case 'completed':
            return `${serial} has finished its deployment`;
    }
}
