import { alertCard, alertCardData } from '../../src/cards/alertCard';
import { watchListCard, watchListCardData } from '../../src/cards/watchListCard';
import { actionData, cardText } from './cardJson';
import { failedStatus, inProgressStatus, resealStatus } from './fixtures';
import { alertRef } from './monitorFixtures';

describe('alert card', () => {
    it('a stall offers status, escalation with the alert kind, snooze and stop watching', () => {
        const card = alertCard(alertCardData({ ref: alertRef, kind: 'stalled', status: inProgressStatus, minutes: 52, stallCause: 'running', watching: true })).content;
        expect(actionData(card)).toEqual([
            { verb: 'status', serial: inProgressStatus.serial },
            { verb: 'escalate', serial: inProgressStatus.serial, alertKind: 'stalled' },
            { verb: 'snooze', serial: inProgressStatus.serial, minutes: 30, card: 'alert', deployment: 'ev-1', alert: 'stalled#1' },
            { verb: 'unwatch', serial: inProgressStatus.serial, card: 'alert', deployment: 'ev-1', alert: 'stalled#1' }
        ]);
        expect(cardText(card)).toContain('Running for 52 min');
        expect(card.msteams).toEqual({ entities: [] });
    });

    it('redrawn after Snooze: says until when, offers no second Snooze; after Stop watching: says so, offers Watch again', () => {
        const snoozedUntil = new Date(Date.UTC(2025, 10, 29, 14, 5));
        const stall = { ref: alertRef, kind: 'stalled' as const, status: inProgressStatus, minutes: 52, stallCause: 'running' as const };
        const snoozed = alertCard(alertCardData({ ...stall, watching: true, snoozedUntil, timeZone: 'Europe/Paris' })).content;
        expect(cardText(snoozed)).toMatch(/Snoozed until 2025-11-29 15:05 (CET|GMT\+1): if it is still stuck then, I'll tell you again\./);
        expect(actionData(snoozed).map((data) => data.verb)).toEqual(['status', 'escalate', 'unwatch']);
        const stopped = alertCard(alertCardData({ ...stall, watching: false })).content;
        expect(cardText(stopped)).toContain('No longer watching this device: no more alerts about it here.');
        expect(cardText(stopped)).not.toContain('still watching');
        expect(actionData(stopped).map((data) => data.verb)).toEqual(['status', 'escalate', 'watch']);
        // A finished device is not offered a watch again: there is nothing more for it to reach.
        const ready = alertCard(alertCardData({ ref: alertRef, kind: 'ready', status: resealStatus, watching: false })).content;
        expect(actionData(ready).map((data) => data.verb)).toEqual(['status', 'escalate']);
        expect(cardText(ready)).not.toContain('No longer watching this device:');
    });

    it('a failure names the failing items and the explained fix; nothing to snooze once finished', () => {
        const card = alertCard(alertCardData({ ref: alertRef, kind: 'failed', status: failedStatus, minutes: 38, watching: true })).content;
        const text = cardText(card);
        expect(text).toContain(failedStatus.explanation);
        expect(text).toContain(failedStatus.nextStep);
        for (const failure of failedStatus.failures) expect(text).toContain(failure.name);
        expect(actionData(card).map((data) => data.verb)).toEqual(['status', 'escalate', 'unwatch']);
    });

    it('a failure is explained once: the line above names what failed, the reason sits under the item', () => {
        const one = { ...failedStatus, explanation: `Failed with 0x87D1041C on Contoso VPN: Installed, but Intune could not detect it.`, failures: [failedStatus.failures[0]] };
        const text = JSON.stringify(alertCard(alertCardData({ ref: alertRef, kind: 'failed', status: one, watching: true })).content.body);
        expect(text.split('Installed, but Intune could not detect it.')).toHaveLength(2);
        expect(text).toContain('Contoso VPN failed with 0x87D1041C.');
        const several = { ...failedStatus, explanation: `Two apps failed. ${failedStatus.failures[0].explanation}` };
        expect(JSON.stringify(alertCard(alertCardData({ ref: alertRef, kind: 'failed', status: several, watching: true })).content.body)).toContain('2 items failed: Contoso VPN, Wi-Fi HQ.');
        // An explanation that says something the items do not stays.
        expect(JSON.stringify(alertCard(alertCardData({ ref: alertRef, kind: 'failed', status: failedStatus, watching: true })).content.body)).toContain(failedStatus.explanation);
    });

    it('each heading fits what is under it: a failed install under "What failed", a pending one under "Still waiting on"', () => {
        const status = {
            ...inProgressStatus,
            failures: [
                { name: 'Contoso VPN', kind: 'app' as const, errorCode: '0x87D1041C', explanation: 'The install failed.' },
                { name: 'Company Portal', kind: 'app' as const, pending: true }
            ]
        };
        const body = JSON.stringify(alertCard(alertCardData({ ref: alertRef, kind: 'stalled', status, minutes: 70, stallCause: 'running', watching: true })).content.body);
        expect(body).not.toContain('Not done yet');
        expect(body.indexOf('What failed')).toBeLessThan(body.indexOf('Contoso VPN'));
        expect(body.indexOf('Contoso VPN')).toBeLessThan(body.indexOf('Still waiting on'));
        expect(body.indexOf('Still waiting on')).toBeLessThan(body.indexOf('Company Portal'));
        const pendingOnly = { ...status, failures: [status.failures[1]] };
        expect(JSON.stringify(alertCard(alertCardData({ ref: alertRef, kind: 'stalled', status: pendingOnly, watching: true })).content.body)).not.toContain('What failed');
    });

    it('colours and the notification line: stalled amber, failed red, ready green, from the one severity rule', () => {
        const look = (kind: 'stalled' | 'failed' | 'ready') => alertCardData({ ref: alertRef, kind, status: kind === 'ready' ? resealStatus : failedStatus, watching: kind !== 'ready' });
        expect([look('stalled'), look('failed'), look('ready')].map((d) => d.headerStyle)).toEqual(['warning', 'attention', 'good']);
        expect(alertCard(look('failed')).content.fallbackText).toBe(`${failedStatus.serial} failed provisioning`);
    });

    it('ready to Reseal reminds not to power the device on again', () => {
        const text = cardText(alertCard(alertCardData({ ref: alertRef, kind: 'ready', status: resealStatus, watching: false })).content);
        expect(text).toContain('Ready to Reseal');
        expect(text).toMatch(/do not power it on again/);
    });

    it('in a group chat or channel it mentions who asked', () => {
        const card = alertCard(alertCardData({ ref: alertRef, kind: 'ready', status: resealStatus, watching: false, mentions: [{ id: 'aad-1', name: 'Alex Wilber' }] })).content;
        expect(card.msteams).toEqual({ entities: [{ type: 'mention', text: '<at>Alex Wilber</at>', mentioned: { id: 'aad-1', name: 'Alex Wilber' } }] });
        expect(cardText(card)).toContain('<at>Alex Wilber</at>');
    });
});

describe('watch list card', () => {
    it('one Unwatch per device, and stop watching all', () => {
        const expiresAt = new Date('2025-11-29T14:05:00Z');
        const card = watchListCard(
            watchListCardData([
                { serial: 'PF3XYZ12', expiresAt, current: { headline: 'Ready to Reseal', severity: 'good' } },
                { serial: 'CZC2410A01', expiresAt }
            ])
        ).content;
        expect(actionData(card)).toEqual([
            { verb: 'unwatch', serial: 'PF3XYZ12', card: 'watchList' },
            { verb: 'unwatch', serial: 'CZC2410A01', card: 'watchList' },
            { verb: 'unwatchAll', card: 'watchList' }
        ]);
        expect(cardText(card)).toContain('Not checked yet');
    });

    it('long lists are cut for a phone and counted', () => {
        const expiresAt = new Date('2025-11-29T14:05:00Z');
        const data = watchListCardData(Array.from({ length: 25 }, (_, i) => ({ serial: `SN${i}`, expiresAt })));
        expect(data.rows).toHaveLength(20);
        expect(data.subtitle).toContain('5 more not shown');
    });
});
