import { readFacets, withoutFacetWords } from '../../src/knowledge/facets';

describe('readFacets: who, which phase, which Windows, and what is ruled out', () => {
    it.each([
        ['on w11 the chevron is where?', { os: ['win11'] }],
        ['Windows 10 only', { os: ['win10'] }],
        ['what happens during account setup', { phase: ['accountSetup'] }],
        ['stuck in device setup for ages', { phase: ['deviceSetup'] }],
        ['device prep is slow', { phase: ['devicePreparation'] }],
        ['what does the end user see', { audience: ['user'] }],
        ['when the user signs in for the first time', { audience: ['user'] }],
        ['what does the tech do at the bench', { audience: ['technician'] }],
        ['where is that in the admin center', { audience: ['admin'] }],
        // The end user by their role at a school or office, or as plural users who see or get something.
        ['does the tpm part happen again for the teacher', { audience: ['user'] }],
        ['what will the students see on first login', { audience: ['user'] }],
        ['do users get the green screen', { audience: ['user'] }]
    ])('"%s"', (text, expected) => {
        expect(readFacets(text)).toMatchObject(expected);
    });

    it('reads negations: "not X but Y", "Y, not X", "X rather than Y"', () => {
        const a = readFacets('0x800705b4 during account setup, not device setup');
        expect(a.phase).toEqual(['accountSetup']);
        expect(a.not.phase).toEqual(['deviceSetup']);
        expect(a.codes).toEqual(['0x800705B4']);

        const b = readFacets('for the end user, not me');
        expect(b.audience).toEqual(['user']);
        expect(b.not.audience).toEqual(['technician']);

        const c = readFacets('on w10 not w11');
        expect(c.os).toEqual(['win10']);
        expect(c.not.os).toEqual(['win11']);

        const d = readFacets('not during device setup but during account setup');
        expect(d.phase).toEqual(['accountSetup']);
        expect(d.not.phase).toEqual(['deviceSetup']);
    });

    it('a negated verb does not rule out the phase after it', () => {
        const facets = readFacets('apps not installing during device setup');
        expect(facets.phase).toEqual(['deviceSetup']);
        expect(facets.not.phase).toEqual([]);
    });

    it('ordinary mentions of a user are not the end-user audience', () => {
        expect(readFacets('config screen shows the wrong user').audience).toEqual([]);
        // "user-driven" names the deployment mode, not the person.
        expect(readFacets('is that setting only for user-driven').audience).toEqual([]);
        expect(readFacets('when user driven runs, not pre-provisioning').audience).toEqual([]);
        expect(readFacets('what does it do for the user').audience).toEqual(['user']);
        // The person by what they are at their school, hospital or office, or as she/he signing in.
        expect(readFacets('and what about for the teacher when she logs in later').audience).toEqual(['user']);
        expect(readFacets('what do the nurses see').audience).toEqual(['user']);
        expect(readFacets('when he signs in the first time').audience).toEqual(['user']);
        expect(readFacets('our it staff do the bench part').audience).toEqual(['technician']);
        expect(readFacets('assigned a user in intune while it sits on the config page').audience).toEqual([]);
        expect(readFacets('how many users can I assign to one device').audience).toEqual([]);
    });

    it('"before the tech ..." says when, not who', () => {
        expect(readFacets('how do I assign a user before the tech starts').audience).toEqual([]);
        expect(readFacets('the tech starts before lunch').audience).toEqual(['technician']);
    });

    it('an admin who already did something is told about, not asked for', () => {
        expect(readFacets('the admin assigned a user while it sat on the configuration screen').audience).toEqual([]);
        expect(readFacets('admin just changed the group, do i restart').audience).toEqual([]);
        expect(readFacets('where can the admin see the deployments').audience).toEqual(['admin']);
        expect(readFacets('what does the admin set in the profile').audience).toEqual(['admin']);
    });

    it('"so the technician can", "lets the tech" say what a setting is for, not who asks', () => {
        expect(readFacets('which profile setting must be on so the technician can pre-provision').audience).toEqual([]);
        expect(readFacets('a setting that lets the tech start pre-provisioning').audience).toEqual([]);
        expect(readFacets('what does the technician press next').audience).toEqual(['technician']);
    });

    it('"me" counts only when ruled out', () => {
        expect(readFacets('tell me about device setup').audience).toEqual([]);
    });

    it('reads the same message again (case aside) alike, each reading its own: changing one changes no later one', () => {
        const first = readFacets('Not device setup, on W11 at the bench 0x80180014');
        first.os.push('win10');
        first.not.phase.length = 0;
        const again = readFacets('not device setup, on w11 at the bench 0x80180014');
        expect(again).toEqual({ audience: ['technician'], phase: [], os: ['win11'], codes: ['0x80180014'], not: { audience: [], phase: ['deviceSetup'], os: [] } });
        expect(readFacets('during account setup').phase).toEqual(['accountSetup']);
    });

    it('removes facet wording, leaving what else was said', () => {
        expect(withoutFacetWords('and on Windows 11?').replace(/[^a-z]/g, '')).toBe('andon');
        expect(withoutFacetWords('what about the end user').trim()).toBe('what about the');
    });
});

describe('the end user named by her first login, her home or what she sees (und7)', () => {
    test.each(['why is the first login still slow', 'the user is at home on wifi', 'what will she see before sign-in', 'our home users', 'he works from home'])(
        '"%s" is about the user',
        (text) => {
            expect(readFacets(text).audience).toEqual(['user']);
        }
    );

    it('only the person leaves the subject: "at home" and "see" still say what is asked', () => {
        expect(withoutFacetWords('the user is at home, what will she see')).toMatch(/at home.*see/);
    });
});
