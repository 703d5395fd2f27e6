import { flowCard, flowCardData } from '../../src/cards/flowCard';
import { stepCard, stepCardData } from '../../src/cards/stepCard';
import { stepEntry, tutorialStepCount } from '../../src/knowledge';
import { actionData, actions, cardText } from './cardJson';
import { firstStep, flowScreens, lastStep, middleStep } from './fixtures';

describe('step card', () => {
    it('shows "Step N of 9", where, values, pitfalls and what is good to know', () => {
        const text = cardText(stepCard(stepCardData(middleStep)).content);
        expect(text).toContain('Step 5 of 9');
        expect(text).toContain(middleStep.where);
        expect(middleStep.details.length).toBeGreaterThan(0);
        expect(text).toContain('Good to know');
        for (const line of [...middleStep.values, ...middleStep.pitfalls, ...middleStep.details]) {
            expect(text).toContain(`• ${line}`);
        }
    });

    it('offers Previous, Next and Checklist in the middle', () => {
        // Buttons that act (Learn more only opens a page).
        expect(actionData(stepCard(stepCardData(middleStep)).content).filter(Boolean)).toEqual([
            { verb: 'stepPage', step: 4 },
            { verb: 'stepPage', step: 6 },
            { verb: 'checklist' }
        ]);
    });

    it('has no Previous on step 1 and no Next on step 9', () => {
        const first = stepCard(stepCardData(firstStep)).content;
        const last = stepCard(stepCardData(lastStep)).content;
        expect(actionData(first).filter(Boolean)).toEqual([{ verb: 'stepPage', step: 2 }, { verb: 'checklist' }]);
        expect(actionData(last).filter(Boolean)).toEqual([{ verb: 'stepPage', step: 8 }, { verb: 'checklist' }]);
    });

    it('drops a "Step N:" prefix from the title, which the "Step N of 9" line already says', () => {
        expect(stepCardData({ ...middleStep, title: 'Step 5: Configure the ESP' }).title).toBe('Configure the ESP');
    });

    it('leaves out an empty "Where"', () => {
        expect(cardText(stepCard(stepCardData(lastStep)).content)).not.toMatch(/^Where$/m);
    });
});

describe('flow card', () => {
    it('shows "Screen k of n" and the Windows 10 and 11 wording side by side', () => {
        const card = flowCard(flowCardData(flowScreens, 1)).content;
        expect(cardText(card)).toContain('Screen 2 of 4');
        const columns = card.body.find((element: { type: string }) => element.type === 'ColumnSet').columns;
        expect(columns.map((column: { items: { text: string }[] }) => column.items.map((item) => item.text))).toEqual([
            ['Windows 10', flowScreens[1].win10],
            ['Windows 11', flowScreens[1].win11]
        ]);
    });

    it('uses one column when Windows 10 and 11 say the same', () => {
        const sameOnBoth = [{ label: 'Windows 10 and 11', text: flowScreens[0].win10 }];
        expect(flowCardData(flowScreens, 0).osWording).toEqual(sameOnBoth);
    });

    it('moves with Action.Execute flowStep, each with an Action.Submit fallback carrying the same data', () => {
        const [previous, next, details] = actions(flowCard(flowCardData(flowScreens, 1)).content);
        for (const [action, index] of [
            [previous, 0],
            [next, 2]
        ] as const) {
            expect(action).toMatchObject({ type: 'Action.Execute', verb: 'flowStep' });
            expect(action.data).toEqual({ verb: 'flowStep', index });
            expect(action.fallback).toEqual({ type: 'Action.Submit', title: action.title, data: action.data });
        }
        expect(details.data).toEqual({ verb: 'showEntry', id: flowScreens[1].entryId });
    });

    it('has no Previous on the first screen; the last has no Next and points to Step 9', () => {
        expect(actionData(flowCard(flowCardData(flowScreens, 0)).content)).toEqual([
            { verb: 'flowStep', index: 1 },
            { verb: 'showEntry', id: flowScreens[0].entryId }
        ]);
        expect(actionData(flowCard(flowCardData(flowScreens, 3)).content)).toEqual([
            { verb: 'flowStep', index: 2 },
            { verb: 'showEntry', id: flowScreens[3].entryId },
            { verb: 'showStep', step: 9 }
        ]);
    });

    it('orders screens by `order` and clamps an out-of-range index', () => {
        const data = flowCardData([...flowScreens].reverse(), 99);
        expect(data).toMatchObject({ position: 4, count: 4, title: flowScreens[3].title });
        expect([data.previousIndex, data.nextIndex]).toEqual([2, null]);
        expect(flowCardData(flowScreens, -3).position).toBe(1);
        expect(() => flowCardData([], 0)).toThrow(RangeError);
    });
});

describe('step cards link their public source', () => {
    it.each(Array.from({ length: tutorialStepCount }, (_, i) => i + 1))('step %s has a Learn more link to learn.microsoft.com', (step) => {
        const card = JSON.stringify(stepCard(stepCardData(stepEntry(step)!)).content);
        expect(card).toMatch(/"type":"Action.OpenUrl","title":"Learn more","url":"https:\/\/learn.microsoft.com\/[^"]+"/);
        expect(card).not.toMatch(/memdocs|\.md"/);
    });
});
