import { statusCard, statusCardData } from '../../src/cards/statusCard';
import { actionData, actionTitles, cardText, nodesOfType } from './cardJson';
import { failedStatus, inProgressStatus, resealStatus, unassignedStatus } from './fixtures';

describe('status card', () => {
    it('colours the verdict by severity', () => {
        const looks = [resealStatus, failedStatus, unassignedStatus, inProgressStatus].map((status) => {
            const { headerStyle } = statusCardData(status);
            return [status.severity, headerStyle];
        });
        expect(looks).toEqual([
            ['good', 'good'],
            [failedStatus.severity, failedStatus.severity],
            [unassignedStatus.severity, unassignedStatus.severity],
            ['info', 'emphasis']
        ]);
    });

    it('shows the device facts', () => {
        const text = cardText(statusCard(statusCardData(resealStatus)).content);
        for (const fact of [
            'Model: Lenovo ThinkPad T14 Gen 4',
            'User: ana.silva@contoso.com',
            'Group tag: FIN-PP',
            'OS: Windows 11 24H2',
            'Last sync: 2025-11-28 13:58 UTC',
            'Profile: Contoso pre-provisioning · Assigned',
            'Pre-provisioning: Allowed',
            'ESP profile: Contoso ESP'
        ]) {
            expect(text).toContain(fact);
        }
        expect(text).toContain('Checked 2025-11-28 14:05 UTC');
        expect(text).toContain('Total, start to end: 44 min');
    });

    it("shows times in the technician's time zone, UTC when unknown or invalid", () => {
        expect(cardText(statusCard(statusCardData(resealStatus, { timeZone: 'Europe/Berlin' })).content)).toContain('Last sync: 2025-11-28 14:58 GMT+1');
        expect(cardText(statusCard(statusCardData(resealStatus, { timeZone: 'Not/AZone' })).content)).toContain('Checked 2025-11-28 14:05 UTC');
    });

    it('names the model once and leaves out what Intune does not know', () => {
        const hp = { ...resealStatus, device: { manufacturer: 'HP', model: 'HP EliteBook 840 G10' }, profile: { assignment: 'Assigned' } };
        const text = cardText(statusCard(statusCardData(hp)).content);
        expect(text).toContain('Model: HP EliteBook 840 G10');
        expect(text).not.toMatch(/ESP profile|Group tag|—/);
    });

    it('before its first deployment, the ESP profile is said to be decided when the device enrolls, not left blank', () => {
        const waiting = { ...resealStatus, verdict: 'readyToProvision' as const, profile: { assignment: 'Assigned' }, phases: (['Device preparation', 'Device setup', 'Account setup'] as const).map((name) => ({ name, state: 'notStarted' as const })) };
        expect(cardText(statusCard(statusCardData(waiting)).content)).toContain('ESP profile: Decided when it enrolls');
    });

    it('accounts for the whole deployment time: the phases, the wait before the ESP, the total', () => {
        const running = {
            ...inProgressStatus,
            elapsedMinutes: 99,
            ended: false,
            phases: [
                { name: 'Device preparation' as const, state: 'success' as const, minutes: 10 },
                { name: 'Device setup' as const, state: 'inProgress' as const, minutes: 15 },
                { name: 'Account setup' as const, state: 'notStarted' as const }
            ]
        };
        expect(statusCardData(running).timing).toEqual([
            { title: 'Waiting before the ESP', value: '1 h 14 min' },
            { title: 'Total so far', value: '1 h 39 min' }
        ]);
        const unknownPart = { ...running, phases: [running.phases[0], { ...running.phases[1], duration: undefined, minutes: undefined }, running.phases[2]] };
        expect(statusCardData(unknownPart).timing).toEqual([{ title: 'Total so far', value: '1 h 39 min' }]);
    });

    it('puts what failed and what is still pending under headings that fit them', () => {
        const mixed = {
            ...failedStatus,
            failures: [
                { name: 'Contoso VPN', kind: 'app' as const, errorCode: '0x87D1041C', explanation: 'Detection failed.' },
                { name: 'Company Portal', kind: 'app' as const, pending: true }
            ]
        };
        const text = cardText(statusCard(statusCardData(mixed)).content);
        expect(text).toMatch(/What failed\nContoso VPN · app · 0x87D1041C\nDetection failed\./);
        expect(text).toMatch(/Still waiting on\nCompany Portal · app/);
        const stalledOnly = { ...mixed, failures: [mixed.failures[1]] };
        expect(cardText(statusCard(statusCardData(stalledOnly)).content)).not.toContain('What failed');
    });

    it('shows phases with state and duration, and failures with code and explanation', () => {
        const data = statusCardData(failedStatus);
        expect(data.phases.map((phase) => `${phase.icon} ${phase.name} ${phase.stateText}`)).toEqual([
            '✓ Device preparation Success · 5 min',
            '✗ Device setup Failed · 1 h 1 min',
            '○ Account setup Not started'
        ]);
        const text = cardText(statusCard(data).content);
        expect(text).toContain('Contoso VPN · app · 0x87D1041C');
        expect(text).toContain('Installed, but Intune could not detect it.');
        expect(text).toContain('Wi-Fi HQ · policy');
        expect(text).toContain(`Next step\n${failedStatus.nextStep}`);
    });

    it('emits Refresh, Checklist, ESP tips for the OS, Watch, Escalate and Assign user, all with the serial', () => {
        const card = statusCard(statusCardData(resealStatus)).content;
        expect(actionTitles(card)).toEqual(['Checklist', 'ESP tips (Windows 11)', 'Assign user', 'Refresh', 'Watch', 'Escalate']);
        expect(actionData(card)).toEqual([
            { verb: 'checklist', serial: 'PF3X1234' },
            { verb: 'espTips', os: 'win11', serial: 'PF3X1234' },
            { verb: 'assignUser', serial: 'PF3X1234' },
            { verb: 'status', serial: 'PF3X1234' },
            { verb: 'watch', serial: 'PF3X1234', card: 'status' },
            { verb: 'escalate', serial: 'PF3X1234' }
        ]);
        // Refresh answers in place (Universal Actions), with a Submit fallback for older clients.
        expect(JSON.stringify(card)).toMatch(/"type":"Action.Execute","title":"Refresh","verb":"status"/);
    });

    it('copes with a device Intune knows little about', () => {
        const card = statusCard(statusCardData(unassignedStatus)).content;
        expect(actionData(card)[1]).toEqual({ verb: 'espTips', serial: 'VM-0001' });
        expect(cardText(card)).toContain('Profile: Not assigned');
        expect(cardText(card)).toContain('User: None assigned');
        expect(nodesOfType(card, 'ColumnSet')).toHaveLength(0);
    });
});

describe('where the time went: the lines add up to the total and each says what it measured', () => {
    const checkedAt = '2026-11-30T12:00:00.000Z';
    const timingOf = (status: Parameters<typeof statusCardData>[0]) => statusCardData(status).timing.map((fact) => `${fact.title}: ${fact.value}`);
    const running = {
        ...resealStatus,
        ended: false,
        checkedAt,
        phases: [
            { name: 'Device preparation' as const, state: 'success' as const, minutes: 5 },
            { name: 'Device setup' as const, state: 'inProgress' as const, minutes: 20 },
            { name: 'Account setup' as const, state: 'notAttempted' as const }
        ]
    };

    it('a device silent for 70 min: the time since its last check-in, not a wait before the ESP', () => {
        const silent = { ...running, elapsedMinutes: 95, device: { ...running.device, lastSync: '2026-11-30T10:50:00.000Z' } };
        expect(timingOf(silent)).toEqual(['Since the last check-in: 1 h 10 min', 'Total so far: 1 h 35 min']);
    });

    it('a device that checked in lately: the rest is the wait before the ESP', () => {
        const waiting = { ...running, elapsedMinutes: 31, device: { ...running.device, lastSync: checkedAt } };
        expect(timingOf(waiting)).toEqual(['Waiting before the ESP: 6 min', 'Total so far: 31 min']);
    });

    it('after the user flow: the gap is the time between Reseal and the user flow', () => {
        const done = {
            ...resealStatus,
            ended: true,
            elapsedMinutes: 252,
            phases: [
                { name: 'Device preparation' as const, state: 'success' as const, minutes: 5 },
                { name: 'Device setup' as const, state: 'success' as const, minutes: 38 },
                { name: 'Account setup' as const, state: 'success' as const, minutes: 12 }
            ]
        };
        expect(timingOf(done)).toEqual(['Between Reseal and the user flow: 3 h 17 min', 'Total, start to end: 4 h 12 min']);
    });

    it('a deployment with no time at all reads "under 1 min", never an empty value', () => {
        expect(timingOf({ ...resealStatus, elapsedMinutes: 0, phases: [] })).toEqual(['Total, start to end: under 1 min']);
    });
});
