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

    test.each([
        'device preparation: do I need one device group per policy',
        'APDP - which apps can the policy install',
        'with device prep can we still white glove at the bench',
        'autopilot device preparation or pre-provisioning for new laptops',
        'where is the join type in the device preparation policy',
        'does autopilot v2 have a technician flow'
    ])('the device preparation product is declined whatever it shares with pre-provisioning: "%s"', (text) => {
        expect(scope.judge(text)).toMatchObject({ kind: 'out', topic: { id: 'device-preparation' } });
    });

    test.each([
        'what happens in device preparation',
        'ESP stuck at device preparation for 30 minutes',
        'device preparation phase takes ages on white glove',
        'is it stuck in device setup or device preparation'
    ])('the ESP phase called device preparation stays ours: "%s"', (text) => {
        expect(scope.judge(text).kind).toBe('in');
    });

    test.each(['defender antivirus exclusions in general', 'best practice for our antivirus settings',
        'microsoft defender tamper protection on laptops', 'which smartscreen settings do you recommend'])(
        'Defender and antivirus products are declined: "%s"',
        (text) => {
            expect(scope.judge(text)).toMatchObject({ kind: 'out', topic: { id: 'defender-antivirus' } });
        }
    );

    test.each(['antivirus blocks Win32 installs during the ESP', 'defender quarantines the installer during device setup',
        'does the IME cache need an antivirus exclusion'])('antivirus breaking a deployment stays ours: "%s"', (text) => {
        expect(scope.judge(text).kind).toBe('in');
    });

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
