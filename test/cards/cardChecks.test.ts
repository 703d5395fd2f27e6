import { cardProblems } from './cardChecks';

/** The checks must catch what they claim to, or a green run means nothing. */
function card(body: object[], actions: object[] = [], version = '1.5'): Record<string, unknown> {
    return { type: 'AdaptiveCard', version, body, actions };
}

const text = { type: 'TextBlock', text: 'Hello', wrap: true };

describe('cardProblems', () => {
    it('passes a small valid card', () => {
        const help = { type: 'Action.Submit', title: 'Help', data: { verb: 'help' } };
        expect(cardProblems(card([text], [help]))).toEqual([]);
    });

    it('reports unknown element types through the SDK parser', () => {
        expect(cardProblems(card([{ type: 'Bogus' }])).join()).toMatch(/SDK: .*Bogus/);
    });

    it('reports what Teams does not support: Media and positive/destructive action styles', () => {
        const media = { type: 'Media', sources: [{ mimeType: 'video/mp4', url: 'https://example.com/a.mp4' }] };
        expect(cardProblems(card([media]))).toContain('Media is not supported in Teams');
        const styled = { type: 'Action.Submit', title: 'Go', style: 'positive', data: { verb: 'help' } };
        expect(cardProblems(card([text], [styled]))).toContain('action style positive is not supported in Teams');
    });

    it('reports duplicate ids', () => {
        const problems = cardProblems(card([{ ...text, id: 'x' }, { ...text, id: 'x' }]));
        expect(problems).toContain('duplicate id "x"');
    });

    it('reports inputs without a label', () => {
        const toggle = { type: 'Input.Toggle', id: 'a', label: 'A' };
        const text = { type: 'Input.Text', id: 'b', placeholder: 'B' };
        expect(cardProblems(card([toggle, text]))).toEqual(expect.arrayContaining(['Input.Toggle "a" has no label', 'Input.Text "b" has no label']));
    });

    it('reports ToggleVisibility targets that do not exist', () => {
        const toggle = {
            type: 'Action.ToggleVisibility',
            title: 'Show',
            targetElements: ['gone', { elementId: 'there' }]
        };
        const problems = cardProblems(card([{ type: 'Container', id: 'there', items: [text] }], [toggle]));
        expect(problems).toEqual(['ToggleVisibility "Show" targets missing id "gone"']);
    });

    it('reports actions whose data.verb is not a Verb, fallbacks included', () => {
        const execute = {
            type: 'Action.Execute',
            title: 'Next',
            verb: 'flowStep',
            data: { verb: 'flowStep', index: 1 },
            fallback: { type: 'Action.Submit', title: 'Next', data: { index: 1 } }
        };
        expect(cardProblems(card([text], [execute]))).toEqual(['Action.Submit "Next" has data.verb undefined']);
        const unknownVerb = { type: 'Action.Submit', title: 'X', data: { verb: 'nope' } };
        expect(cardProblems(card([text], [unknownVerb]))).toHaveLength(1);
    });

    it('reports a version above 1.5, leftover bindings and oversize cards', () => {
        expect(cardProblems(card([text], [], '1.6')).join()).toMatch(/version ≤ 1.5/);
        expect(cardProblems(card([{ ...text, text: '${name}' }]))).toContain('unresolved ${ in the output');
        expect(cardProblems(card([{ ...text, text: 'x'.repeat(30_000) }])).join()).toMatch(/serialized size/);
    });
});
