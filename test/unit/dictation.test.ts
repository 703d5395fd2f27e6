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
        ['zero x eight zero zero seven zero five b four', '0x800705B4'],
        // Copied from a photo of the screen: a letter for the digit it looks like.
        ['photo of screen says 0x8O1CO3EA at registering', 'photo of screen says 0x801C03EA at registering'],
        ['failed 0x81O39001, tried once', 'failed 0x81039001, tried once'],
        ['Ox8018OO14 on a reused laptop', '0x80180014 on a reused laptop'],
        ['0x87D1O41C in the ESP', '0x87D1041C in the ESP'],
        // Our acronyms spelt in lower case, codes in groups, versions said as words.
        ['the e s p hangs on apps', 'the ESP hangs on apps'],
        ['does it need t p m two point oh', 'does it need TPM 2.0'],
        ['error 0 x 8018 0014 on the old one', 'error 0x80180014 on the old one'],
        ['windows ten or eleven for the new ones', 'windows 10 or windows 11 for the new ones'],
        ['it runs windows eleven', 'it runs windows 11']
    ])('"%s" reads as "%s"', (said, typed) => {
        expect(asTyped(said)).toBe(typed);
    });

    it.each([
        'I A test',
        'a b c in lower case',
        'Plan A B or C',
        'press the windows key five times',
        'x64 installer fails',
        'zero x two',
        '0x87D1041C in the ESP',
        'serial 5CD1234OIL',
        'a box12345678 label',
        'plan a b or c',
        '0 x 4 2',
        'ten or eleven laptops'
    ])('"%s" is left as it is', (text) => {
        expect(asTyped(text)).toBe(text);
    });

    it('a code said digit by digit is looked up as the code', () => {
        expect(matchIntent('T P M error zero x eight one zero three nine zero zero one at securing hardware', understanding)).toMatchObject({
            kind: 'errorCode',
            code: '0x81039001'
        });
    });

    it('a code copied from a photo, even read off the ESP details, is looked up as the code', () => {
        expect(matchIntent('win32 app shows 0x87D1O41C in the ESP at the bench', understanding)).toMatchObject({ kind: 'errorCode', code: '0x87D1041C' });
        expect(matchIntent('Win32 app shows error -2016345060 in the ESP details. Meaning?', understanding)).toMatchObject({ kind: 'errorCode', code: '0x87D1041C' });
        expect(matchIntent('0x8018OO14 on a laptop we reused from the old ward', understanding)).toMatchObject({ kind: 'errorCode', code: '0x80180014' });
    });

    it('a spelt acronym finds the answer its written form finds', () => {
        const spelt = understanding.understand(understanding.asRead('E S P at the bench shows three sections, which ones run during pre provisioning'));
        const typed = understanding.understand('ESP at the bench shows three sections, which ones run during pre provisioning');
        expect(spelt).toEqual(typed);
        expect(spelt.kind).toBe('answer');
    });
});
