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
    it('has one Input.Toggle per item, named by the item, its reason beneath; id = item id, string values from the ticks', () => {
        const toggles = nodesOfType(deviceChecklist, 'Input.Toggle');
        expect(toggles.map((toggle) => toggle.id)).toEqual(checklistItems.map((item) => item.id));
        expect(toggles[0]).toMatchObject({ title: 'Registered in Autopilot', valueOn: 'true', valueOff: 'false' });
        expect(cardText(deviceChecklist)).toContain(`Registered in Autopilot\n${checklistItems[0].why}`);
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
        expect(text.match(/Verified in Intune|Intune says/g)).toHaveLength(2);
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

    it('saves in place with Action.Execute (the toggles come along); Reset asks first, then clears without them', () => {
        const [save, reset, clear] = actions(deviceChecklist);
        expect(save).toMatchObject({ type: 'Action.Execute', verb: 'checklistSave', title: 'Save', fallback: { type: 'Action.Submit' } });
        expect(save.data).toEqual({ verb: 'checklistSave', serial: 'PF3X1234' });
        expect(save.associatedInputs).toBeUndefined();
        expect(reset).toMatchObject({ type: 'Action.ShowCard', title: 'Reset' });
        expect(cardText(reset.card as Record<string, unknown>)).toMatch(/Clear every saved tick for PF3X1234\?/);
        expect(clear).toMatchObject({ type: 'Action.Execute', verb: 'checklistReset', associatedInputs: 'none' });
        expect(clear.data).toEqual({ verb: 'checklistReset', serial: 'PF3X1234' });
    });

    it('without a serial is generic and its actions carry no serial', () => {
        const generic = checklistCard(checklistCardData(checklistItems)).content;
        expect(actionData(generic)).toEqual([{ verb: 'checklistSave' }, undefined, { verb: 'checklistReset' }]);
        expect(cardText(generic)).toContain('0 of 7 done');
    });
});
