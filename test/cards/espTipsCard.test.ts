import { espTipsCard, espTipsCardData } from '../../src/cards/espTipsCard';
import { cardText, nodesOfType } from './cardJson';
import { espTips } from './fixtures';

function sections(os?: 'win10' | 'win11') {
    const card = espTipsCard(espTipsCardData(espTips, os)).content;
    const containers = nodesOfType(card, 'Container').filter((container) => typeof container.id === 'string');
    return { card, visibility: Object.fromEntries(containers.map((container) => [container.id, container.isVisible])) };
}

describe('ESP tips card', () => {
    it('has a Windows 10 and a Windows 11 toggle, each targeting its own section', () => {
        const toggles = nodesOfType(sections().card, 'Action.ToggleVisibility');
        expect(toggles.map((toggle) => [toggle.title, toggle.targetElements])).toEqual([
            ['Windows 10', ['win10Tips']],
            ['Windows 11', ['win11Tips']]
        ]);
    });

    it('opens the known OS and collapses both when the OS is unknown', () => {
        expect(sections('win10').visibility).toEqual({ win10Tips: true, win11Tips: false });
        expect(sections('win11').visibility).toEqual({ win10Tips: false, win11Tips: true });
        expect(sections().visibility).toEqual({ win10Tips: false, win11Tips: false });
        expect(cardText(sections().card)).toContain("Tap the device's Windows version");
    });

    it('says how to show and hide per OS and which phases run in which flow', () => {
        const text = cardText(sections('win11').card);
        expect(text).toContain('Show: Chevron ∨ next to a phase');
        expect(text).toContain('Show: "Show details" next to a phase');
        expect(text).toContain('Device preparation: Technician flow');
        expect(text).toContain('Account setup: Waits for the user');
    });
});
