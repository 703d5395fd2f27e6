import { createScopeJudge, ScopeTopic } from '../../src/knowledge/scope';

const topics: ScopeTopic[] = [
    { id: 'device-preparation', topic: 'Autopilot device preparation', phrasings: ['autopilot device preparation', 'device preparation policy', 'apv2'], redirect: 'Learn: Autopilot device preparation' },
    { id: 'hybrid', topic: 'hybrid join', phrasings: ['hybrid join', 'hybrid azure ad join'], redirect: 'Learn: hybrid join' },
    { id: 'printers', topic: 'printers', phrasings: ['printer'], redirect: 'your helpdesk' }
];
const scope = createScopeJudge(topics);

describe('scope: decided by what a question talks about, before retrieval', () => {
    it.each([
        'how do I set up Autopilot device preparation',
        'is apv2 better',
        'my printer is offline'
    ])('a neighbouring topic without pre-provisioning words is out: "%s"', (text) => {
        expect(scope.judge(text)).toMatchObject({ kind: 'out', topic: { id: expect.any(String) } });
    });

    it('the product word mistyped still names pre-provisioning: the neighbour is only a detail', () => {
        for (const text of ['preprovisoning with hybrid join?', 'white glvoe and hybrid join', 'prepovisioning: hybrid join or not']) {
            expect(scope.judge(text)).toMatchObject({ kind: 'in', anchored: true });
        }
        expect(scope.judge('how do I prevent hybrid join')).toMatchObject({ kind: 'out' });
    });

    it('names the most specific topic', () => {
        expect(scope.judge('hybrid azure ad join domain controller')).toMatchObject({ kind: 'out', topic: { id: 'hybrid' } });
    });

    it.each(['does white glove work with hybrid join', 'hybrid join devices at the bench'])(
        'a neighbour named beside pre-provisioning stays ours, topic noted: "%s"',
        (text) => {
            expect(scope.judge(text)).toMatchObject({ kind: 'in', anchored: true, topic: expect.anything() });
        }
    );


    it.each(['what happens in device preparation', 'ESP stuck at device preparation', 'reseeling question', 'securing ur hardware'])(
        'pre-provisioning words (and their typos) anchor: "%s"',
        (text) => {
            expect(scope.judge(text)).toMatchObject({ kind: 'in' });
        }
    );

    it.each(['the dots keep spinning', 'someone unplugged the laptop', 'it restarted twice'])(
        'a bench event is ours without product words, with domain vocabulary: "%s"',
        (text) => {
            expect(scope.judge(text)).toEqual({ kind: 'in', anchored: false, domain: true });
        }
    );

    it.each(['it asked for a PIN', 'guest wifi only', 'keyboard keys stuck on my laptop', 'the screen is dim'])(
        'a situation in everyday words is ours only if the knowledge answers it clearly: "%s"',
        (text) => {
            expect(scope.judge(text)).toEqual({ kind: 'in', anchored: false, domain: false });
        }
    );

    it.each(['the intune policy did not apply', 'enrollment failed', 'which group gets the profile'])(
        'platform words are domain vocabulary: "%s"',
        (text) => {
            expect(scope.judge(text)).toEqual({ kind: 'in', anchored: false, domain: true });
        }
    );

    it.each(["what's the weather tomorrow", 'tell me a joke', 'how do I bake bread'])('no deployment vocabulary: "%s"', (text) => {
        expect(scope.judge(text)).toEqual({ kind: 'foreign' });
    });

    it('pre-provisioning words keep a neighbour in scope; Autopilot words only against a one-word neighbour; platform words never', () => {
        const judge = createScopeJudge([
            ...topics,
            { id: 'office', topic: 'Office apps', phrasings: ['excel'], redirect: 'helpdesk' },
            { id: 'phones', topic: 'phones', phrasings: ['android'], redirect: 'Intune admin' }
        ]);
        expect(judge.judge('hybrid join with white glove at the bench')).toMatchObject({ kind: 'in', topic: { id: 'hybrid' } });
        expect(judge.judge('opened the autopilot csv in excel and the import broke')).toMatchObject({ kind: 'in', topic: { id: 'office' } });
        expect(judge.judge('corporate identifiers for autopilot device preparation')).toMatchObject({ kind: 'out', topic: { id: 'device-preparation' } });
        expect(judge.judge('enroll android phones in intune')).toMatchObject({ kind: 'out', topic: { id: 'phones' } });
        // Placed in a phase of the deployment, a neighbour of several words is only the object of the question.
        expect(judge.judge('corporate identifiers for autopilot device preparation')).toMatchObject({ kind: 'out' });
        expect(createScopeJudge([{ id: 'ca', topic: 'Conditional Access', phrasings: ['compliance policy'], redirect: 'admin' }]).judge(
            'the compliance policy marks it non-compliant right after account setup'
        )).toMatchObject({ kind: 'in', topic: { id: 'ca' } });
        // "Right after Autopilot" places it in time like "right after setup"; building the policy stays the neighbour's.
        const ca = createScopeJudge([{ id: 'ca', topic: 'Conditional Access', phrasings: ['compliance policy'], redirect: 'admin' }]);
        expect(ca.judge('bitlocker compliance policy fails just after autopilot')).toMatchObject({ kind: 'in', topic: { id: 'ca' } });
        expect(ca.judge('which compliance policy should autopilot devices get')).toMatchObject({ kind: 'out', topic: { id: 'ca' } });
    });

    it('a topic pattern names its topic like a phrasing of several words', () => {
        const judge = createScopeJudge([
            { id: 'admin', topic: 'other admin work', phrasings: [], patterns: [/\b(?:create|set ?up)\b.{0,30}\bcompliance polic(?:y|ies)\b/i], redirect: 'your admin' }
        ]);
        expect(judge.judge('how do I create a BitLocker compliance policy')).toMatchObject({ kind: 'out', topic: { id: 'admin' } });
        expect(judge.judge('why is the device non-compliant after the ESP')).toMatchObject({ kind: 'in' });
    });

    it('a decisive wording makes the neighbour the subject even beside pre-provisioning words', () => {
        const judge = createScopeJudge([{ ...topics[0], decisive: [/^\s*device[\s-]*prep(?:aration)?\s*:/] }]);
        expect(judge.judge('device preparation: can the technician pre-provision it?')).toMatchObject({ kind: 'out', topic: { id: 'device-preparation' } });
        expect(judge.judge('white glove stuck at device preparation')).toMatchObject({ kind: 'in', anchored: true });
    });

    it('a neighbour with unlessAbout is a detail of a deployment question, and the subject of any other', () => {
        const judge = createScopeJudge([
            { id: 'antivirus', topic: 'antivirus', phrasings: ['antivirus'], unlessAbout: /\b(?:esp|install\w*)\b/, redirect: 'security team' }
        ]);
        expect(judge.judge('antivirus exclusions best practice')).toMatchObject({ kind: 'out', topic: { id: 'antivirus' } });
        // Deployment words beside it do not save it: the neighbour is still what is asked about.
        expect(judge.judge('antivirus policy for our autopilot laptops')).toMatchObject({ kind: 'out', topic: { id: 'antivirus' } });
        expect(judge.judge('antivirus blocks installs during the ESP')).toMatchObject({ kind: 'in', anchored: true });
        expect(judge.judge('antivirus blocks installs during the ESP')).not.toHaveProperty('topic.id');
    });

    it("a code of a neighbour's family names the neighbour, whatever else is said", () => {
        const judge = createScopeJudge([
            { id: 'activation', topic: 'activation', phrasings: ['slmgr'], codeFamilies: ['0xC004'], redirect: 'licensing' }
        ]);
        for (const text of ['0xC004F074', 'got c004c003 on the new laptop', 'white glove device shows 0xc004f050 at the desktop']) {
            expect(judge.judge(text)).toMatchObject({ kind: 'out', topic: { id: 'activation' } });
        }
        expect(judge.judge('0x800705b4').kind).toBe('foreign');
    });

    it("the technician flow's result screens by name are deployment words; apps readied before shipping are deployment timing", () => {
        expect(scope.judge("what is on the success screen, for the customer's asset sheet")).toMatchObject({ kind: 'in', anchored: true, domain: true });
        expect(scope.judge('failure page details for the ticket')).toMatchObject({ kind: 'in', anchored: true });
        expect(scope.judge('what info is on the green screen at the end')).toMatchObject({ kind: 'in', anchored: false, domain: true });
        expect(scope.judge('customer wants their ERP client preloaded before delivery')).toMatchObject({ kind: 'in', domain: true });
        // A screen that is no result screen, and a sheet with no deployment in it, stay everyday words.
        expect(scope.judge('my second screen flickers')).toMatchObject({ kind: 'in', domain: false });
        expect(scope.judge('how do i sort a spreadsheet')).toEqual({ kind: 'foreign' });
    });

    it('error codes are not scope words: known codes are answered before scope, unknown ones need a subject', () => {
        expect(scope.judge('0x800705b4').kind).toBe('foreign');
    });

    it('a complaint with nothing to go on is vague, not out of scope', () => {
        expect(scope.judge("it doesn't work")).toEqual({ kind: 'vague' });

    });
});
