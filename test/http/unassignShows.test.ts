import { inConversation, messageActivity, submitActivity } from '../support/activities';
import { startLoopbackBot, type LoopbackBot } from '../support/loopbackBot';

/**
 * Removing a device's user, over HTTP against the demo tenant: the status card shows no user afterwards, also for a
 * device whose Intune (managed device) record still names that person as its primary user.
 */
let running: LoopbackBot;
beforeAll(async () => (running = await startLoopbackBot()));
afterAll(async () => running.stop());

async function ask(activity: object): Promise<Record<string, any>> {
    const before = running.channel.received.length;
    expect((await running.post(activity)).status).toBe(200);
    const replies = await running.channel.waitForReplies(before + 1);
    return replies[before].body;
}

const userFact = (message: Record<string, any>) => JSON.stringify(message.attachments?.[0]?.content).match(/"title":"User","value":"([^"]*)"/)?.[1];

// CZC2410A02 finished the user part: Intune's managed device names its user too. PF3XYZ12 is still provisioning.
it.each([['CZC2410A02'], ['PF3XYZ12']])('after the user of %s is removed, its status shows none', async (serial) => {
    const here = inConversation(`unassign-${serial}`);
    const before = userFact(await ask(messageActivity(`status ${serial}`, here)));
    expect(before).toMatch(/@contoso\.com$/);

    const confirm = await ask(messageActivity(`remove the user from ${serial}`, here));
    const token = JSON.stringify(confirm.attachments[0].content).match(/"verb":"assignConfirm","token":"([^"]+)"/)?.[1];
    expect(token).toBeDefined();
    const done = await ask(submitActivity({ verb: 'assignConfirm', token }, here));
    expect(done.summary).toMatch(new RegExp(`${serial} has no assigned user any more`));
    expect(userFact(done)).toBe('None assigned');

    const after = await ask(messageActivity(`status ${serial}`, here));
    expect(userFact(after)).toBe('None assigned');
    expect(JSON.stringify(after)).not.toContain(before!);
});
