import { CardTemplate, UnresolvedBindingError } from '../../src/cards/template';

const json = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Hello ${name}', wrap: true }],
    actions: [{ type: 'Action.Submit', title: 'Save', data: { verb: 'checklistSave', serial: '${serial}' } }]
};

describe('CardTemplate', () => {
    const template = new CardTemplate<{ name: string; serial: string | null }>('test', json);

    it('expands data and wraps the card as an Adaptive Card attachment', () => {
        const attachment = template.attachment({ name: 'Ana', serial: 'PF3X1234' });
        expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
        expect(attachment.content.body[0].text).toBe('Hello Ana');
        expect(attachment.content.actions[0].data).toEqual({ verb: 'checklistSave', serial: 'PF3X1234' });
    });

    it('drops properties bound to null, so absent action data is absent', () => {
        expect(template.expand({ name: 'Ana', serial: null }).actions).toEqual([
            { type: 'Action.Submit', title: 'Save', data: { verb: 'checklistSave' } }
        ]);
    });

    it('fails loudly when a binding finds no data', () => {
        expect(() => template.expand({ name: 'Ana' } as never)).toThrow(UnresolvedBindingError);
        expect(() => template.expand({ name: 'Ana' } as never)).toThrow(/\$\{serial\}/);
    });

    it('accepts `${` that comes from the data itself, e.g. a user typing it', () => {
        expect(template.expand({ name: '${oops}', serial: null }).body).toEqual([
            { type: 'TextBlock', text: 'Hello ${oops}', wrap: true }
        ]);
    });
});

describe('CardTemplate keeps what it expanded', () => {
    it('returns the same card for the same data and a new one for other data', () => {
        const template = new CardTemplate<{ title: string }>('kept', {
            type: 'AdaptiveCard',
            version: '1.5',
            body: [{ type: 'TextBlock', text: '${title}' }]
        });
        const first = template.expand({ title: 'A' });
        expect(template.expand({ title: 'A' })).toBe(first);
        expect(template.expand({ title: 'B' })).not.toBe(first);
        expect(JSON.stringify(template.expand({ title: 'B' }))).toContain('"B"');
    });
});

describe('CardTemplate fragments', () => {
    it('puts a shared part where a template names it, bindings and all', () => {
        const template = new CardTemplate<{ phases: { name: string; icon: string; iconColor: string; stateText: string }[]; failures: [] }>('withFragment', {
            type: 'AdaptiveCard',
            version: '1.5',
            body: [{ $fragment: 'devicePhases' }, { $fragment: 'deviceFailures' }]
        });
        const card = JSON.stringify(template.expand({ phases: [{ name: 'Device setup', icon: '✗', iconColor: 'Attention', stateText: 'Failed · 61 min' }], failures: [] }));
        expect(card).toContain('ESP phases');
        expect(card).toContain('Failed · 61 min');
        expect(card).not.toContain('What failed');
    });

    it('refuses a fragment it does not have, naming the template', () => {
        expect(() => new CardTemplate('broken', { type: 'AdaptiveCard', body: [{ $fragment: 'nope' }] })).toThrow('Card template "broken" names an unknown fragment "nope"');
    });
});
