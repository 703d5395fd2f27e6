import { BotHarness, expectOneBubble, Reply, visibleText } from '../support/botHarness';
import { inConversation, messageActivity, submitActivity } from '../support/activities';
import type { Activity } from 'botbuilder';

type Expectation = RegExp | ((reply: Reply) => void);
interface Conversation {
    name: string;
    turns: [say: string | Partial<Activity>, expect: Expectation][];
}

const cardType = (reply: Reply) => JSON.stringify(reply.card ?? {});

/** Conversations as a technician has them: each turn's reply must match. State carries from turn to turn. */
const conversations: Conversation[] = [
    {
        name: 'gets into pre-provisioning on Windows 11',
        turns: [['how do I get into pre-provisioning on Windows 11?', /Windows key five times/i]]
    },
    {
        name: 'walks the steps with next and back',
        turns: [
            ["what's step 4", /^Step 4 of 9: Create a device group/],
            ['next', /^Step 5 of 9/],
            ['next', /^Step 6 of 9/],
            ['back', /^Step 5 of 9/],
            ['step 9', /^Step 9 of 9/],
            ['next', /last step/i]
        ]
    },
    {
        name: 'asks for the other Windows after an error worded per Windows: that Windows\' own fix, never "it\'s the same"',
        turns: [
            ['win11 laptop gives 0x81039023', /0x81039023/],
            ["and if it's on w10?", /^On Windows 10: Fixed by KB5013942/],
            ['0x81039023', /0x81039023/],
            ['what about windows 11', (reply) => expect(reply.text).not.toMatch(/same on/i)]
        ]
    },
    {
        name: 'keeps the topic when a follow-up changes only the audience',
        turns: [
            ['it went green, now what', /Reseal/],
            ['what about for the user afterwards', /sign-in page/i]
        ]
    },
    {
        name: 'next with no context starts at step 1',
        turns: [['next', /^Step 1 of 9/]]
    },
    {
        name: 'asks for the Windows 11 variant after a Windows 10 answer',
        turns: [
            ['on windows 10 what do I pick after pressing the windows key 5 times?', /Windows Autopilot provisioning/i],
            ['and on Windows 11?', /Pre-provision with Windows Autopilot/i]
        ]
    },
    {
        name: 'looks up an error code in any notation',
        turns: [
            ['0x80180014', /^0x80180014: /],
            ['800705b4', /^0x800705B4: /],
            ['-2147023436', /^0x800705B4: /]
        ]
    },
    {
        name: 'is honest about an unknown code and about off-topic questions',
        turns: [
            ['0x8BADF00D', /don't know 0x8BADF00D/i],
            [
                "what's the weather tomorrow",
                (reply) => {
                    expect(reply.summary).toMatch(/outside what I cover.*Autopilot pre-provisioning/i);
                    // A decline is final: no "did you mean" card that would contradict it.
                    expect(reply.card).toBeUndefined();
                }
            ],
            ['how do I bake bread', (reply) => expect(reply.summary).not.toMatch(/^Step|Reseal/)]
        ]
    },
    {
        name: 'offers topics as buttons when unsure',
        turns: [['the thing is broken', (reply) => expect(cardType(reply)).toMatch(/showEntry/)]]
    },
    {
        name: 'says there are only 9 steps',
        turns: [['step 12', /no step 12/i]]
    },
    {
        name: 'help and greeting show the help card',
        turns: [
            ['help', (reply) => expect(reply.card).toBeDefined()],
            ['hello', (reply) => expect(reply.card).toBeDefined()]
        ]
    },
    {
        name: 'start over keeps nothing but checklists',
        turns: [
            ['step 6', /^Step 6/],
            ['start over', /Starting over/],
            ['next', /^Step 1 of 9/]
        ]
    },
    {
        name: 'buttons: related topic, step navigation, bad data',
        turns: [
            [submitActivity({ verb: 'showEntry', id: 'flow-win-key' }), /Windows key five times/i],
            [submitActivity({ verb: 'showStep', step: 3 }), /^Step 3 of 9/],
            [submitActivity({ verb: 'showStep', step: 'x' }), /There are 9 steps/],
            [submitActivity({ verb: 'showEntry', id: 'no-such-entry' }), /couldn't find that topic/],
            [submitActivity({ verb: 'bogus' }), /couldn't tell what that button was for/],
            [submitActivity({}), /couldn't tell what that button was for/]
        ]
    },
    {
        name: 'an empty message is answered politely',
        turns: [[messageActivity('   '), /empty message/]]
    },
    {
        name: 'a photo of the screen or a log file with no words: told to type the code or the words on the screen',
        turns: [
            [
                messageActivity(undefined, {
                    attachments: [
                        { contentType: 'image/*', contentUrl: 'https://smba.trafficmanager.net/amer/v3/attachments/0-eus-d1/views/original' },
                        { contentType: 'text/html', content: '<p><img src="https://graph.microsoft.com/v1.0/chats/x/messages/y/hostedContents/z/$value"></p>' }
                    ]
                }),
                /can't read pictures or files.*error code \(0x…\)/
            ],
            [
                messageActivity('', {
                    attachments: [
                        {
                            contentType: 'application/vnd.microsoft.teams.file.download.info',
                            name: 'MDMDiagReport.cab',
                            content: { downloadUrl: 'https://contoso.sharepoint.com/x', fileType: 'cab' }
                        }
                    ]
                }),
                /can't read pictures or files/
            ],
            [messageActivity('', { attachments: [{ contentType: 'text/html', content: '<p></p>' }] }), /empty message/]
        ]
    }
];

describe('conversations', () => {
    let bot: BotHarness;
    beforeAll(async () => (bot = await BotHarness.start()));
    afterAll(async () => bot.stop());

    it.each(conversations)('$name', async ({ turns }) => {
        const here = inConversation(`conv-${Math.random().toString(36).slice(2)}`);
        for (const [say, expectation] of turns) {
            const activity = typeof say === 'string' ? messageActivity(say, here) : { ...say, ...here };
            const reply = await bot.ask(activity);
            if (expectation instanceof RegExp) expect(visibleText(reply)).toMatch(expectation);
            else expectation(reply);
            expectOneBubble(reply);
        }
    });

    it('welcomes on install in a personal chat and in a team, and remembers the conversation', async () => {
        const added = (conversationType: string) =>
            messageActivity(undefined, {
                type: 'conversationUpdate',
                membersAdded: [{ id: 'bot-1', name: 'bot' }],
                conversation: { id: `install-${conversationType}`, conversationType, tenantId: 'tenant-1', isGroup: conversationType !== 'personal', name: '' }
            });
        const personal = await bot.ask(added('personal'));
        const team = await bot.ask(added('channel'));
        expect(personal.card).toBeDefined();
        expect(JSON.stringify(team.card)).not.toEqual(JSON.stringify(personal.card));
        expect(bot.references.get('tenant-1/install-channel')).toBeDefined();
        await bot.send(messageActivity(undefined, { type: 'installationUpdate', action: 'remove', conversation: { id: 'install-channel', tenantId: 'tenant-1', isGroup: true, name: '', conversationType: 'channel' } }));
        expect(bot.references.get('tenant-1/install-channel')).toBeUndefined();
    });
});
