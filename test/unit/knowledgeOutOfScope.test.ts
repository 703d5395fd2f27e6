import { allEntries, outOfScopeTopics } from '../../src/knowledge';
import { createScopeJudge } from '../../src/knowledge/scope';

const scope = createScopeJudge(outOfScopeTopics);

describe('out-of-scope topics (data for the scope judge)', () => {
    test('ids are unique and every topic has phrasings and a redirect', () => {
        expect(new Set(outOfScopeTopics.map((t) => t.id)).size).toBe(outOfScopeTopics.length);
        for (const topic of outOfScopeTopics) {
            expect(topic.phrasings.length).toBeGreaterThan(0);
            expect(topic.redirect.trim()).not.toBe('');
            expect(topic.url ?? 'https://learn.microsoft.com/').toMatch(/^https:\/\/learn\.microsoft\.com\//);
        }
    });

    test('the neighbours the issue names are all there', () => {
        const ids = outOfScopeTopics.map((t) => t.id);
        for (const id of ['device-preparation', 'hybrid-join', 'other-intune-features', 'windows-setup-outside-autopilot',
            'licensing-and-activation', 'general-it', 'chit-chat']) {
            expect(ids).toContain(id);
        }
    });

    test.each(outOfScopeTopics.flatMap((t) => t.phrasings.map((p) => [p, t.id] as const)))(
        '"%s" alone is declined as %s',
        (phrasing, id) => {
            expect(scope.judge(`question about ${phrasing}`)).toMatchObject({ kind: 'out', topic: { id } });
        }
    );

    // A phrasing must never capture what the knowledge base itself answers. The hybrid-only code's entry is the
    // exception: it exists to say "hybrid is not covered", and a question quoting its code is anchored anyway.
    const answered = allEntries.filter((e) => e.id !== 'error-0x80070774');
    test.each(answered.flatMap((e) => [e.title, ...e.keywords].map((text) => [text, e.id] as const)))(
        'knowledge wording "%s" (%s) is not declined',
        (text) => {
            expect(scope.judge(text).kind).not.toBe('out');
        }
    );
});
