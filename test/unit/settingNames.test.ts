import { allEntries } from '../../src/knowledge';
import { createSettingNames, settingNamePattern } from '../../src/knowledge/settingNames';
import { understanding } from '../support/knowledge';

describe('settings by their on-screen names', () => {
    it('a name is met whatever Entra was called and whatever quotes or punctuation stand in it', () => {
        const pattern = settingNamePattern('Join to Microsoft Entra ID as');
        for (const text of ['"Join to Microsoft Entra ID as"', 'join to azure ad as: joined?', 'join to entra as - which', 'JOIN TO AAD AS']) {
            expect(pattern.test(text)).toBe(true);
        }
        expect(pattern.test('how do I join to entra')).toBe(false);
    });

    it('every setting name belongs to one entry and is quoted back to it', () => {
        const names = createSettingNames(allEntries);
        expect(names.count).toBeGreaterThan(5);
        for (const entry of allEntries) {
            for (const name of entry.settings ?? []) {
                expect(names.quoted(`what about "${name}"?`)).toBe(entry.id);
                expect(names.quotesAny(`what about "${name}"?`)).toBe(true);
            }
        }
        expect(names.quotesAny('how do I join to entra')).toBe(false);
    });

    it('"may" in a name is met as people say it: can, can\'t, cannot, are (not) allowed to', () => {
        const pattern = settingNamePattern('Users may join devices');
        for (const text of ['users can join devices?', "users can't join devices here", 'Users cannot join devices', 'users are not allowed to join devices', 'users may not join devices']) {
            expect(pattern.test(text)).toBe(true);
        }
        expect(pattern.test('users join devices')).toBe(false);
    });

    it('two settings of different entries quoted together decide nothing', () => {
        expect(createSettingNames(allEntries).quoted('user account type and join to entra id as: which first')).toBeUndefined();
    });
});

describe('the named setting wins; the alternative it is weighed against is a qualifier', () => {
    it.each([
        ["join to entra id as in the profile: entra joined or hybrid joined? we're cloud only", 'admin-join-type-setting'],
        ['users may join devices to microsoft entra id: all or selected, needed for hybrid?', 'step-2'],
        ['do I have to change users may join devices for pre-provisioning or is that only for user-driven', 'step-2'],
        ['user account type standard or administrator - any different for self-deploying', 'admin-user-account-type'],
        ['block device use until all apps and profiles are installed: needed for pre-provisioning or just user-driven?', 'esp-block-device-use'],
        // The choice between the setting's two values names it too; an on-premises AD beside it is context.
        ['Joined or hybrid joined? we still have an old AD at the office', 'admin-join-type-setting']
    ])('"%s" answers the setting', (text, entryId) => {
        expect(understanding.understand(text)).toEqual({ kind: 'answer', entryId });
    });

    it.each([
        ['does hybrid join work with pre-provisioning', { kind: 'answer', entryId: 'overview-hybrid-boundary' }],
        ['we use hybrid, where do I set the domain join profile', { kind: 'decline', topic: expect.objectContaining({ id: 'hybrid-join' }) }],
        ['self-deploying mode for our kiosks, how do I set it up', { kind: 'decline', topic: expect.objectContaining({ id: 'other-autopilot-modes' }) }]
    ])('without a setting named, the alternative is still the subject: "%s"', (text, expected) => {
        expect(understanding.understand(text)).toEqual(expected);
    });
});
