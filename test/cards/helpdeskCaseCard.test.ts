import { helpdeskCaseCard, helpdeskCaseCardData } from '../../src/cards/helpdeskCaseCard';
import { cardText } from './cardJson';
import { openFixture } from './escalationFixtures';
import { failedStatus } from './fixtures';

const at = new Date('2026-12-02T10:55:00Z');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('helpdesk case card', () => {
    it('what failed is said once: an explanation that repeats the failed item only names it above "What failed"', () => {
        const item = failedStatus.failures[0];
        const repeating = { ...failedStatus, explanation: `Failed with ${item.errorCode} on ${item.name}: ${item.explanation}`, failures: [item] };
        const text = cardText(helpdeskCaseCard(helpdeskCaseCardData(openFixture(repeating), at)).content);
        expect(occurrences(text, item.explanation!)).toBe(1);
        expect(text).toContain(`${item.name} failed with ${item.errorCode}.`);
    });

    it('an explanation that says something the items do not stays whole', () => {
        const text = cardText(helpdeskCaseCard(helpdeskCaseCardData(openFixture(failedStatus), at)).content);
        expect(text).toContain(failedStatus.explanation);
    });
});
