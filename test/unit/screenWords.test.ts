import { matchIntent } from '../../src/bot/intents';
import { withScreenWords } from '../../src/knowledge/screenWords';
import { understanding } from '../support/knowledge';

describe('screen words: a screen named as a window or a display is read as a screen', () => {
    it.each([
        ['the success window came up, now what', 'the success screen came up, now what'],
        ['a window asks for a PIN', 'a screen asks for a PIN'],
        ['the progress display sits on apps', 'the progress screen sits on apps'],
        ['where do I make the enrollment status window profile', 'where do I make the enrollment status page profile'],
        ['enrolment status display in intune', 'enrolment status page in intune']
    ])('"%s" reads "%s"', (text, read) => {
        expect(withScreenWords(text)).toBe(read);
    });

    it.each([
        'we have a 90-minute window before go-live',
        'the maintenance window is tonight',
        'a window of two days',
        'open a command prompt window with shift+f10',
        'is it window 11 only',
        'change the display language',
        'the display name of the group'
    ])('left as it is: "%s"', (text) => {
        expect(withScreenWords(text)).toBe(text);
    });

    it.each([
        ['green window came up!! now what', 'green screen came up!! now what'],
        ['which window do i start from? it is on the language picker', 'which screen do i start from? it is on the language picker'],
        ['does the success display say how long it took', 'does the success screen say how long it took']
    ])('the bot answers "%s" as "%s"', (text, read) => {
        expect(matchIntent(text, understanding)).toEqual(matchIntent(read, understanding));
    });
});
