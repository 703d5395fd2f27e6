import englishWordsShipped from '../../src/knowledge/spellingEnglishWords.json';
import { matchIntent } from '../../src/bot/intents';
import { SpellingCorrector, wordsIn } from '../../src/knowledge/spelling';
import { currentSpellingWords } from '../../scripts/spelling-words';
import { understanding } from '../support/knowledge';

describe('spelling: one slipped key, read as the word meant', () => {
    const corrector = new SpellingCorrector(
        wordsIn(['Press Reset on the device in Microsoft Intune, then set IsAutopilotDisabled.', 'stuck preparation write access group tags pre provision needs data']),
        new Set(['bread', 'stock'])
    );

    it.each([
        ['dropped', 'stuk', 'stuck'],
        ['added', 'preparration', 'preparation'],
        ['changed', 'acxess', 'access'],
        ['swapped', 'wrtie', 'write'],
        ['dropped, four letters', 'wrte', 'write']
    ])('a letter %s: "%s" is "%s"', (_, typed, meant) => {
        expect(corrector.correct(typed)).toBe(meant);
    });

    it.each([
        ['an English word', 'stock'],
        ['a changed letter in four letters', 'dana'],
        ['an extra letter in four letters', 'seet'],
        ['a contraction without its apostrophe', 'dont'],
        ['an everyday word the English list lacks', 'joinee'],
        ['two of our words as one', 'grouptags'],
        ['our word with a prefix of ours', 'preprovision'],
        ['a name in capitals', 'STUK'],
        ['a name mid-sentence', 'the Leeds office'],
        ['letters glued to digits', 'stuk2'],
        ['a word too short to judge', 'acs'],
        ['a paste too long to be a word', 'stuk'.repeat(15)]
    ])('left as typed: %s ("%s")', (_, typed) => {
        expect(corrector.correct(typed)).toBe(typed);
    });

    it('names and identifiers are set right in the form our knowledge writes them', () => {
        expect(corrector.correct('in Mictosoft Intune set IsAutopiloyDisabled')).toBe('in Microsoft Intune set IsAutopilotDisabled');
        expect(corrector.correct('Rset it. Stuk? then Stuk')).toBe('Reset it. Stuck? then Stuk');
    });

    it('of two words one slip away, takes the one our knowledge writes beside a neighbour', () => {
        const tied = new SpellingCorrector(wordsIn(['the success screen', 'conditional access', 'access access success']), new Set());
        expect(tied.correct('got the sccess screen')).toBe('got the success screen');
        expect(tied.correct('conditional sccess blocks it')).toBe('conditional access blocks it');
    });

    it('takes a likely slip (a dropped letter, a key beside the right one) over a far key typed instead', () => {
        const near = new SpellingCorrector(wordsIn(['reset reset reset reseal', 'does reset']), new Set());
        // "resel": "reseal" with a letter dropped, or "reset" with l typed for t, far apart on the keyboard.
        expect(near.correct('what does resel do')).toBe('what does reseal do');
        // "resrt": "reset" with e dropped; "resrt" is no likely slip of "reseal".
        expect(near.correct('how to resrt it')).toBe('how to reset it');
    });

    it('keeps everything around a corrected word as typed', () => {
        expect(corrector.correct('  "stuk", on (preparration)!')).toBe('  "stuck", on (preparation)!');
    });
});

describe('spelling in the bot: a slip changes neither the answer nor the decline', () => {
    it.each([
        ['device is stcuk on identifying', 'device is stuck on identifying'],
        ['what does resael do at the end', 'what does reseal do at the end'],
        ['the screen went red after provisoning', 'the screen went red after provisioning'],
        ['tpm atestation fails at the bench', 'tpm attestation fails at the bench'],
        ['Rset or retry after the red screen?', 'Reset or retry after the red screen?'],
        ['how do i set up autopilot device preapration for new laptops', 'how do i set up autopilot device preparation for new laptops'],
        ['create a conditional acess policy for admins', 'create a conditional access policy for admins'],
        ['wrte me a poem about autopilot', 'write me a poem about autopilot'],
        ['set up a shared mailobx for the bench team', 'set up a shared mailbox for the bench team'],
        ['got the sccess screen, now what', 'got the success screen, now what']
    ])('"%s" is read as "%s"', (typed, meant) => {
        expect(matchIntent(typed, understanding)).toEqual(matchIntent(meant, understanding));
    });

    it('commands keep what was typed: an escalation note reaches the helpdesk as written', () => {
        const intent = matchIntent('escalate PF3XYZ12 stcuk at identifying', understanding);
        expect(intent).toMatchObject({ kind: 'escalation' });
        expect(JSON.stringify(intent)).toContain('stcuk');
    });

    it('the English words it ships are those one slip from ours (run `npm run spelling:words` after changing the knowledge)', () => {
        expect(englishWordsShipped).toEqual(currentSpellingWords());
    });
});
