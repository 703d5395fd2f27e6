import { cardProblems } from './cardChecks';
import { cardSamples } from './fixtures';

describe('every card sample', () => {
    const samples = cardSamples.map((sample) => [sample.id, sample] as const);

    it.each(samples)('%s passes the SDK and house checks', (_, sample) => {
        expect(sample.attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
        expect(cardProblems(sample.attachment.content)).toEqual([]);
    });

    it('covers every card template', () => {
        const templates = require('fs')
            .readdirSync(`${__dirname}/../../cards`)
            .filter((file: string) => file.endsWith('.json'))
            .map((file: string) => file.replace(/\.json$/, ''));
        expect(new Set(cardSamples.map((sample) => sample.card))).toEqual(new Set(templates));
    });
});
