import { conversationKey } from '../../src/store/conversationReferences';
import { MIN_PARTIAL_SERIAL } from '../../src/status/statusService';
import { inConversation, messageActivity } from '../support/activities';
import { startLoopbackBot, type LoopbackBot } from '../support/loopbackBot';

/**
 * Watch, escalate and assign with too little of a serial (under MIN_PARTIAL_SERIAL characters), over HTTP: the bot asks
 * for the whole serial and never acts on the device the conversation was about before.
 */
const LAST_DEVICE = '038511294557';
const TENANT = 'tenant-1';

let running: LoopbackBot;
beforeAll(async () => {
    running = await startLoopbackBot();
    // A helpdesk channel, so an escalation would go through if the bot guessed the device.
    const channel = '19:fragments-hd@thread.tacv2';
    await running.post(
        messageActivity('use this channel for escalations', {
            conversation: { id: `${channel};messageid=1`, conversationType: 'channel', tenantId: TENANT, isGroup: true, name: '' },
            channelData: { channel: { id: channel }, tenant: { id: TENANT } }
        })
    );
    await running.channel.waitForReplies(1);
});
afterAll(async () => running.stop());

/** Sends one message in `conversation` and returns the one reply it got. */
async function ask(conversation: string, text: string): Promise<Record<string, any>> {
    const before = running.channel.received.length;
    const response = await running.post(messageActivity(text, inConversation(conversation, TENANT)));
    expect(response.status).toBe(200);
    await running.channel.waitForReplies(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 100)); // a second reply, if any, would have arrived by now
    const replies = running.channel.received.slice(before);
    expect(replies).toHaveLength(1);
    return replies[0].body;
}

describe.each([
    ['watch', ['watch 5CD3', 'watch 5CD33', 'can you watch 5CD3 for me']],
    ['escalate', ['escalate 5CD3', 'escalate 5CD red screen after the apps step', 'escalate 5CD33 stuck on apps']],
    ['assign', ['assign ana.silva@contoso.com to 5CD3', 'give 5CD3 to Ana Silva', 'assign 5CD33 to Ana Silva', 'remove the user from 5CD3']]
])('%s with a short serial fragment', (_verb, sayings) => {
    it.each(sayings)('"%s" asks for the whole serial, not the last device', async (saying) => {
        const conversation = `fragment-${saying}`;
        const status = await ask(conversation, `status ${LAST_DEVICE}`);
        expect(status.summary).toMatch(new RegExp(`^${LAST_DEVICE}: `));

        const answer = await ask(conversation, saying);
        const said = `${answer.summary ?? ''} ${answer.text ?? ''}`;
        expect(said).toMatch(new RegExp(`at least ${MIN_PARTIAL_SERIAL} characters`));
        expect(JSON.stringify(answer)).not.toContain(LAST_DEVICE);
        // Nothing was done to the last device either.
        const place = { tenantId: TENANT, conversationKey: conversationKey({ conversation: inConversation(conversation, TENANT).conversation }) };
        expect(running.bot.deps.watches.list(place)).toEqual([]);
        expect(running.bot.deps.escalation.openCaseForDevice(TENANT, LAST_DEVICE)).toBeUndefined();
    });
});
