import { matchIntent } from '../../src/bot/intents';
import { withoutPleasantries } from '../../src/knowledge/pleasantries';
import { understanding } from '../support/knowledge';

describe('pleasantries: the question without the greeting, opener and thanks around it', () => {
    it.each([
        ['hi, what does reseal do', 'what does reseal do'],
        ['Hello team! quick q: is a wired network needed', 'is a wired network needed'],
        ['sorry to bother you, the screen went red', 'the screen went red'],
        ['urgent - device stuck on identifying', 'device stuck on identifying'],
        ['ok so what happens after provisioning', 'what happens after provisioning'],
        ['what does the ESP timeout do, thx in advance', 'what does the ESP timeout do'],
        ['why is it red any ideas? cheers', 'why is it red?'],
        ['how long does the technician phase take ty :(', 'how long does the technician phase take'],
        ['what is max length of the name, kindly revert', 'what is max length of the name'],
        ['can we still do WG? kindly confirm ma\'am', 'can we still do WG?'],
        ['she is not in the list. please do the needful', 'she is not in the list'],
        ['kindly advise how to import the csv', 'how to import the csv'],
        ['dear sir, what is reseal', 'what is reseal'],
        ['securing your hardware failed and red screen came. PFA photo', 'securing your hardware failed and red screen came'],
        ['new joinee here sir. what is technician flow vs user flow', 'what is technician flow vs user flow'],
        ["I'm new to autopilot, what is reseal", 'what is reseal']
    ])('"%s" asks "%s"', (text, question) => {
        expect(withoutPleasantries(text)).toBe(question);
    });

    it.each(['hi there', 'ok great, cheers', 'thanks a lot team', 'question about the ESP', 'so many apps fail', 'device stuck, need help', 'the apps count looks pretty', 'stuck on the meta', 'can i revert', 'how do I check', 'new hire, when will she get the laptop'])(
        'left as it is when nothing, or nothing else, would remain: "%s"',
        (text) => {
            expect(withoutPleasantries(text)).toBe(text);
        }
    );

    it.each([
        ['hey bot, what does reseal do exactly', 'what does reseal do exactly'],
        ['quick q: account setup never shows during WG, is that a problem', 'account setup never shows during WG, is that a problem'],
        ['what does reseal actually do ty', 'what does reseal actually do'],
        ['sorry to bother, which event id says the profile was downloaded', 'which event id says the profile was downloaded']
    ])('the bot answers "%s" as "%s"', (text, question) => {
        expect(matchIntent(text, understanding)).toEqual(matchIntent(question, understanding));
    });

    it('greetings and thanks alone keep their own replies', () => {
        expect(matchIntent('hi there', understanding)).toEqual({ kind: 'greeting' });
        expect(matchIntent('ok great, cheers', understanding)).toEqual({ kind: 'thanks' });
    });
});
