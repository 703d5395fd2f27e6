/** The real knowledge base through every card that shows it: the same checks as the fixtures. */
import { answerCard, answerCardData } from '../../src/cards/answerCard';
import { checklistCard, checklistCardData } from '../../src/cards/checklistCard';
import { errorCard, errorCardData } from '../../src/cards/errorCard';
import { espTipsCard, espTipsCardData } from '../../src/cards/espTipsCard';
import { flowCard, flowCardData } from '../../src/cards/flowCard';
import { stepCard, stepCardData } from '../../src/cards/stepCard';
import { allEntries, checklistItems, espDetailTips, getEntry, technicianFlow } from '../../src/knowledge';
import type { ErrorEntry, KnowledgeEntry, StepEntry } from '../../src/knowledge/types';
import { cardProblems } from './cardChecks';

function relatedOf(entry: KnowledgeEntry): KnowledgeEntry[] {
    return entry.related.map(getEntry).filter((related): related is KnowledgeEntry => related !== undefined);
}

function entryCards(entry: KnowledgeEntry) {
    const related = relatedOf(entry);
    const cards = [answerCard(answerCardData(entry, related)), answerCard(answerCardData(entry, related, 'win11'))];
    if (entry.kind === 'step') {
        cards.push(stepCard(stepCardData(entry as StepEntry)));
    }
    if (entry.kind === 'error') {
        cards.push(errorCard(errorCardData(entry as ErrorEntry, { serial: 'PF3X1234', related })));
    }
    return cards;
}

describe('real knowledge on cards', () => {
    it.each(allEntries.map((entry) => [entry.id, entry] as const))('%s', (_, entry) => {
        for (const card of entryCards(entry)) {
            expect(cardProblems(card.content)).toEqual([]);
        }
    });

    it('technician-flow screens, checklist and ESP tips', () => {
        const cards = [
            ...technicianFlow.map((_, index) => flowCard(flowCardData([...technicianFlow], index))),
            checklistCard(checklistCardData([...checklistItems], { serial: 'PF3X1234' })),
            espTipsCard(espTipsCardData(espDetailTips)),
            espTipsCard(espTipsCardData(espDetailTips, 'win10'))
        ];
        for (const card of cards) {
            expect(cardProblems(card.content)).toEqual([]);
        }
    });
});
