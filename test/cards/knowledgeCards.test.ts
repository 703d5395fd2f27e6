import { answerCard, answerCardData } from '../../src/cards/answerCard';
import { errorCard, errorCardData } from '../../src/cards/errorCard';
import { deviceNotFoundNotice, noticeCard } from '../../src/cards/noticeCard';
import { suggestionsCard, suggestionsCardData } from '../../src/cards/suggestionsCard';
import { actionData, cardText, nodesOfType } from './cardJson';
import { espEntry, plainEntry, relatedEntries, symptomError, timeoutError } from './fixtures';

describe('answer card', () => {
    it('is the whole answer: title, the short answer, details as a list, and the source as a link', () => {
        const card = answerCard(answerCardData(espEntry, [])).content;
        const text = cardText(card);
        expect(text).toContain(`${espEntry.title}\n${espEntry.short}\n• ${espEntry.details[0]}`);
        expect(text).not.toMatch(/memdocs|\.md\b/);
        expect(nodesOfType(card, 'Action.OpenUrl')).toEqual([
            { type: 'Action.OpenUrl', title: 'Learn more', url: 'https://learn.microsoft.com/autopilot/tutorial/pre-provisioning/azure-ad-join-technician-flow' }
        ]);
    });

    it('puts Windows 10 and 11 side by side when the OS is unknown, only the known one otherwise', () => {
        const labels = (os?: 'win10' | 'win11') =>
            answerCardData(espEntry, [], os).osWording.map((wording) => wording.label);
        expect(labels()).toEqual(['Windows 10', 'Windows 11']);
        expect(labels('win11')).toEqual(['Windows 11']);
        expect(nodesOfType(answerCard(answerCardData(plainEntry, [], 'win10')).content, 'ColumnSet')).toHaveLength(0);
    });

    it('offers at most three related entries as tappable wrapping lines (showEntry)', () => {
        const card = answerCard(answerCardData(espEntry, relatedEntries)).content;
        expect(nodesOfType(card, 'Container').filter((node) => node.selectAction).map((node) => (node.selectAction as { data: unknown }).data)).toEqual([
            { verb: 'showEntry', id: 'step-5' },
            { verb: 'showEntry', id: 'error-esp-timeout' },
            { verb: 'showEntry', id: 'flow-esp' }
        ]);
        expect(cardText(answerCard(answerCardData(plainEntry, [])).content)).not.toContain('Related');
    });
});

describe('suggestions card', () => {
    it('says it is not sure and offers up to three topics', () => {
        const card = suggestionsCard(suggestionsCardData("I'm not sure I understood.", relatedEntries)).content;
        expect(cardText(card)).toMatch(/not sure/);
        const topics = actionData(card).filter((data) => data.verb === 'showEntry');
        expect(topics).toHaveLength(3);
    });

    it('with no topic, gives a hint and Help', () => {
        expect(actionData(suggestionsCard(suggestionsCardData('Try a step.', [])).content)).toEqual([{ verb: 'help' }]);
    });
});

describe('error card', () => {
    it('shows the code, meaning, where, numbered fix and when to escalate', () => {
        const text = cardText(errorCard(errorCardData(timeoutError)).content);
        expect(text).toContain('Error 0x800705B4');
        expect(text).toContain(`Shows: ${timeoutError.where}`);
        expect(text).toContain(`1. ${timeoutError.fix[0]}\n2. ${timeoutError.fix[1]}`);
        expect(text).toContain(`When to escalate\n${timeoutError.escalate}`);
    });

    it('offers Escalate only when the serial is known', () => {
        const context = { serial: 'PF3X1234', related: relatedEntries.slice(0, 1) };
        const withSerial = errorCard(errorCardData(timeoutError, context));
        expect(actionData(withSerial.content)).toEqual([
            { verb: 'escalate', serial: 'PF3X1234', source: 'error' },
            { verb: 'showEntry', id: 'step-5' }
        ]);
        expect(actionData(errorCard(errorCardData(timeoutError)).content)).toEqual([]);
    });

    it('drops a code prefix from the title, which the "Error 0x…" line already says', () => {
        const entry = { ...timeoutError, title: '0x800705B4: timeout at Securing your hardware' };
        expect(errorCardData(entry).title).toBe('Timeout at Securing your hardware');
    });

    it('handles a symptom without a code, and the code asked about', () => {
        expect(cardText(errorCard(errorCardData(symptomError)).content)).not.toContain('Error ');
        expect(errorCardData(timeoutError, { code: '0x81039001' }).code).toBe('0x81039001');
    });
});

describe('notice card', () => {
    it('offers similar serials as status buttons', () => {
        const card = noticeCard(deviceNotFoundNotice('PF3X123', ['PF3X1234', 'PF3X1235'])).content;
        expect(cardText(card)).toContain('Did you mean');
        expect(actionData(card)).toEqual([
            { verb: 'status', serial: 'PF3X1234' },
            { verb: 'status', serial: 'PF3X1235' }
        ]);
    });

    it('is a plain message without choices, and caps them at five', () => {
        const plain = noticeCard({ title: 'Sorry', text: 'Graph is slow.', serialChoices: [] });
        expect(actionData(plain.content)).toEqual([]);
        const many = Array.from({ length: 8 }, (_, i) => `SN${i}`);
        expect(actionData(noticeCard(deviceNotFoundNotice('SN', many)).content)).toHaveLength(5);
    });
});
