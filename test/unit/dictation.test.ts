import { matchIntent } from '../../src/bot/intents';
import { asTyped } from '../../src/knowledge/dictation';
import { understanding } from '../support/knowledge';

describe('dictated words read as typed', () => {
    it.each([
        ['E S P at the bench shows three sections', 'ESP at the bench shows three sections'],
        ['T P M error at securing hardware', 'TPM error at securing hardware'],
        ['O O B E restarts', 'OOBE restarts'],
        ['the I M E log', 'the IME log'],
        ['error zero x eight one zero three nine zero zero one', 'error 0x81039001'],
        ['code zero x eight zero one eight zero zero one four on the red screen', 'code 0x80180014 on the red screen'],
        ['zero x eight zero zero seven zero five b four', '0x800705B4']
    ])('"%s" reads as "%s"', (said, typed) => {
        expect(asTyped(said)).toBe(typed);
    });

    it.each([
        'I A test',
        'a b c in lower case',
        'Plan A B or C',
        'press the windows key five times',
        'x64 installer fails',
        'zero x two'
    ])('"%s" is left as it is', (text) => {
        expect(asTyped(text)).toBe(text);
    });

    it('a code said digit by digit is looked up as the code', () => {
        expect(matchIntent('T P M error zero x eight one zero three nine zero zero one at securing hardware', understanding)).toMatchObject({
            kind: 'errorCode',
            code: '0x81039001'
        });
    });

    it('a spelt acronym finds the answer its written form finds', () => {
        const spelt = understanding.understand(understanding.asRead('E S P at the bench shows three sections, which ones run during pre provisioning'));
        const typed = understanding.understand('ESP at the bench shows three sections, which ones run during pre provisioning');
        expect(spelt).toEqual(typed);
        expect(spelt.kind).toBe('answer');
    });
});
