import { statusCard, statusCardData } from '../../src/cards/statusCard';
import { actionData, actionTitles, cardText, nodesOfType } from './cardJson';
import { failedStatus, inProgressStatus, resealStatus, unassignedStatus } from './fixtures';

describe('status card', () => {
    it('colours the verdict by severity', () => {
        const looks = [resealStatus, failedStatus, unassignedStatus, inProgressStatus].map((status) => {
            const { headerStyle, headlineColor } = statusCardData(status);
            return [status.severity, headerStyle, headlineColor];
        });
        expect(looks).toEqual([
            ['good', 'good', 'Good'],
            ['attention', 'attention', 'Attention'],
            ['warning', 'warning', 'Warning'],
            ['info', 'emphasis', 'Accent']
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
        expect(text).toContain('Checked 2025-11-28 14:05 UTC · 44 min since start');
    });

    it('shows phases with state and duration, and failures with code and explanation', () => {
        const data = statusCardData(failedStatus);
        expect(data.phases.map((phase) => `${phase.icon} ${phase.name} ${phase.stateText}`)).toEqual([
            '✓ Device preparation Success · 5 min',
            '✗ Device setup Failed · 61 min',
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
        expect(actionTitles(card)).toEqual(['Checklist', 'ESP tips (Windows 11)', 'Refresh', 'Watch', 'Escalate', 'Assign user']);
        expect(actionData(card)).toEqual([
            { verb: 'checklist', serial: 'PF3X1234' },
            { verb: 'espTips', os: 'win11', serial: 'PF3X1234' },
            { verb: 'status', serial: 'PF3X1234' },
            { verb: 'watch', serial: 'PF3X1234' },
            { verb: 'escalate', serial: 'PF3X1234' },
            { verb: 'assignUser', serial: 'PF3X1234' }
        ]);
    });

    it('copes with a device Intune knows little about', () => {
        const card = statusCard(statusCardData(unassignedStatus)).content;
        expect(actionData(card)[1]).toEqual({ verb: 'espTips', serial: 'VM-0001' });
        expect(cardText(card)).toContain('Profile: Not assigned');
        expect(cardText(card)).toContain('User: None assigned');
        expect(nodesOfType(card, 'ColumnSet')).toHaveLength(0);
    });
});
