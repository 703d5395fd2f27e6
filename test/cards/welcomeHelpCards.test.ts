import { conversationWording } from '../../src/cards/conversation';
import { helpCard, helpCardData } from '../../src/cards/helpCard';
import { welcomeCard } from '../../src/cards/welcomeCard';
import { actionData, cardText } from './cardJson';

describe('welcome card', () => {
    it('needs no @mention in a personal chat', () => {
        const text = cardText(welcomeCard(conversationWording('personal')).content);
        expect(text).toContain('Just type your question');
        expect(text).not.toContain('@mention');
    });

    it('asks for an @mention in a team or group chat', () => {
        const inTeam = welcomeCard(conversationWording('channel')).content;
        const inGroupChat = welcomeCard(conversationWording('groupChat')).content;
        expect(cardText(inTeam)).toContain('In this team, **@mention me**');
        expect(cardText(inGroupChat)).toContain('In this chat, **@mention me**');
    });

    it('starts the tutorial, the checklist or help', () => {
        expect(actionData(welcomeCard(conversationWording('personal')).content)).toEqual([
            { verb: 'showStep', step: 1 },
            { verb: 'checklist' },
            { verb: 'help' }
        ]);
    });
});

describe('help card', () => {
    it('lists what the bot does, example phrases and the @mention hint outside personal chats', () => {
        const text = cardText(helpCard(helpCardData(conversationWording('personal'))).content);
        expect(text).toContain('“status PF3X1234”');
        for (const ability of [/QR code/, /companion app/, /Assign a user/, /watch it/, /Escalate/]) expect(text).toMatch(ability);
        expect(cardText(helpCard(helpCardData(conversationWording('personal'))).content)).not.toContain('@mention');
        const inTeam = helpCard(helpCardData(conversationWording('channel'))).content;
        expect(cardText(inTeam)).toContain('In a team, **@mention me** first.');
    });

    it('offers step 1, the technician-flow walkthrough and the checklist', () => {
        expect(actionData(helpCard(helpCardData(conversationWording('personal'))).content)).toEqual([
            { verb: 'showStep', step: 1 },
            { verb: 'flowStart' },
            { verb: 'checklist' }
        ]);
    });
});
