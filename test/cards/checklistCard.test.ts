import { checklistCard, checklistCardData } from '../../src/cards/checklistCard';
import { actionData, actions, cardText, nodesOfType } from './cardJson';
import { checklistItems } from './fixtures';

const deviceChecklist = checklistCard(
    checklistCardData(checklistItems, {
        serial: 'PF3X1234',
        ticks: { tpm: true, preProvisioningAllowed: true },
        intune: { registered: true, preProvisioningAllowed: false }
    })
).content;

describe('checklist card', () => {
    it('has one labelled Input.Toggle per item, id = item id, string values from the ticks', () => {
        const toggles = nodesOfType(deviceChecklist, 'Input.Toggle');
        expect(toggles.map((toggle) => toggle.id)).toEqual(checklistItems.map((item) => item.id));
        expect(toggles[0]).toMatchObject({
            label: 'Registered in Autopilot',
            title: checklistItems[0].why,
            valueOn: 'true',
            valueOff: 'false'
        });
        expect(Object.fromEntries(toggles.map((toggle) => [toggle.id, toggle.value]))).toEqual({
            registered: 'true',
            profileAssigned: 'false',
            preProvisioningAllowed: 'false',
            espAssigned: 'false',
            userAssigned: 'false',
            tpm: 'true',
            wired: 'false'
        });
    });

    it('marks what Intune verified, and what Intune says is not so (Intune wins over a saved tick)', () => {
        const text = cardText(deviceChecklist);
        expect(text).toContain('✓ Verified in Intune');
        expect(text).toContain('✗ Intune says: not allowed');
        expect(text.match(/Intune/g)).toHaveLength(2);
    });

    it('shows the serial, progress and optional items', () => {
        const text = cardText(deviceChecklist);
        expect(text).toContain('Device PF3X1234');
        expect(text).toContain('2 of 7 done');
        expect(text).toContain('User assigned (optional)');
    });

    it('does not say "optional" twice', () => {
        const item = { id: 'user', label: 'User assigned (optional)', why: 'Faster sign-in.', optional: true };
        expect(checklistCardData([item]).items[0].label).toBe('User assigned (optional)');
    });

    it('saves with Action.Submit (the toggles come along) and resets without them', () => {
        const [save, reset] = actions(deviceChecklist);
        expect(save).toMatchObject({ type: 'Action.Submit', title: 'Save' });
        expect(save.data).toEqual({ verb: 'checklistSave', serial: 'PF3X1234' });
        expect(save.associatedInputs).toBeUndefined();
        expect(reset).toMatchObject({ type: 'Action.Submit', title: 'Reset', associatedInputs: 'none' });
        expect(reset.data).toEqual({ verb: 'checklistReset', serial: 'PF3X1234' });
    });

    it('without a serial is generic and its actions carry no serial', () => {
        const generic = checklistCard(checklistCardData(checklistItems)).content;
        expect(actionData(generic)).toEqual([{ verb: 'checklistSave' }, { verb: 'checklistReset' }]);
        expect(cardText(generic)).toContain('0 of 7 done');
    });
});
