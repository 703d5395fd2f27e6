/** Alerts of every kind, watch answers and watch lists, for the card tests and previews. */
import type { Attachment } from 'botbuilder';
import { toldNotice } from '../../src/bot/watchWording';
import { alertCard, alertCardData } from '../../src/cards/alertCard';
import { statusCard, statusCardData } from '../../src/cards/statusCard';
import { watchListCard, watchListCardData } from '../../src/cards/watchListCard';
import type { DeviceStatus } from '../../src/status/types';

const until = new Date(Date.UTC(2025, 10, 29, 14, 5));

/** Which alert a sample is, as its buttons carry it. */
export const alertRef = { deploymentId: 'ev-1', ledgerKind: 'stalled#1' };

export function monitorSamples(statuses: { ready: DeviceStatus; failed: DeviceStatus; running: DeviceStatus }): [id: string, title: string, attachment: Attachment][] {
    const { ready, failed, running } = statuses;
    const asker = { id: '00000000-0000-0000-0000-0000000000a1', name: 'Alex Wilber' };
    return [
        ['alert', 'Provisioning looks stalled', alertCard(alertCardData({ ref: alertRef, kind: 'stalled', status: running, minutes: 52, stallCause: 'running', watching: true }))],
        // The stall alert redrawn after Snooze (Stop watching and the status stay), and after Stop watching.
        ['alert-snoozed', 'Snoozed until', alertCard(alertCardData({ ref: alertRef, kind: 'stalled', status: running, minutes: 52, stallCause: 'running', watching: true, snoozedUntil: until, timeZone: 'Europe/Paris' }))],
        ['alert-stopped', 'No longer watching this device', alertCard(alertCardData({ ref: alertRef, kind: 'stalled', status: running, minutes: 52, stallCause: 'running', watching: false }))],
        ['alert-quiet', 'No sign of progress for 34 min', alertCard(alertCardData({ ref: alertRef, kind: 'stalled', status: running, minutes: 34, stallCause: 'quiet', watching: true, mentions: [asker] }))],
        ['alert-failed', 'Provisioning failed', alertCard(alertCardData({ ref: { deploymentId: 'ev-2', ledgerKind: 'failed' }, kind: 'failed', status: failed, minutes: 38, watching: true }))],
        ['alert-ready', 'Ready to Reseal', alertCard(alertCardData({ ref: alertRef, kind: 'ready', status: ready, minutes: 41, watching: false, mentions: [asker, { id: '00000000-0000-0000-0000-0000000000b2', name: 'Megan Bowen' }], timeZone: 'Europe/Paris' }))],
        ['alert-timedOut', 'Finished, but the ESP timed out', alertCard(alertCardData({ ref: alertRef, kind: 'timedOut', status: ready, minutes: 75, watching: false }))],
        ['alert-completed', 'Deployment complete', alertCard(alertCardData({ ref: alertRef, kind: 'completed', status: ready, watching: false }))],
        [
            'watchList',
            'Watching 3 devices',
            watchListCard(
                watchListCardData([
                    { serial: running.serial, askedBy: 'Alex Wilber, Megan Bowen', expiresAt: until, snoozedUntil: until, current: { headline: 'Provisioning looks stalled', severity: 'warning' } },
                    { serial: failed.serial, askedBy: 'Megan Bowen', expiresAt: until, current: { headline: failed.headline, severity: failed.severity } },
                    { serial: 'CZC2410A01', expiresAt: until }
                ])
            )
        ],
        // A watch asked when the device was already there: its status card says so (the alert is not sent again).
        ['status-watchToldStalled', 'It already looks stalled', statusCard(statusCardData(running, { watching: true, notice: toldNotice({ kind: 'stalled', minutes: 52, stallCause: 'running' }, true) }))],
        ['status-watchToldReady', 'It is already ready to Reseal', statusCard(statusCardData(ready, { watching: false, notice: toldNotice({ kind: 'ready', minutes: 41 }, false) }))],
        ['watchList-empty', 'Not watching any device', watchListCard(watchListCardData([]))]
    ];
}
