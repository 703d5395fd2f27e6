import { executeActivity, inConversation, messageActivity, submitActivity } from '../support/activities';
import { startLoopbackBot, type LoopbackBot } from '../support/loopbackBot';

/**
 * The assignment confirmation card, over HTTP: Confirm puts the device's status card (saying what was done) in place of
 * the confirmation, Cancel a short notice; no live Confirm button is left behind, nothing else is posted.
 */
let running: LoopbackBot;
beforeAll(async () => (running = await startLoopbackBot()));
afterAll(async () => running.stop());

const SERIAL = 'PW0B7K3M';


const tokenOf = (message: any) => JSON.stringify(message.attachments[0].content).match(/"verb":"assignConfirm","token":"([^"]+)"/)![1];

it('Confirm (Action.Execute) answers with the status card after the change, saying so; nothing else is posted', async () => {
    const here = inConversation('assign-in-place');
    const asked = await running.turn(messageActivity(`assign priya.nair@contoso.com to ${SERIAL}`, here));
    expect(asked.sent).toHaveLength(1);
    expect(JSON.stringify(asked.sent[0].body)).toMatch(/"type":"Action.Execute","title":"[^"]+","verb":"assignConfirm"/);

    const confirmed = await running.turn(executeActivity('assignConfirm', { verb: 'assignConfirm', token: tokenOf(asked.sent[0].body) }, here));
    expect(confirmed.sent).toHaveLength(0);
    expect(confirmed.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const card = JSON.stringify(confirmed.body.value);
    expect(card).toContain(`Done: ${SERIAL} is now assigned to Priya Nair`);
    expect(card).toContain('press **Refresh** on the configuration screen');
    expect(card).toMatch(/"title":"User","value":"priya.nair@contoso.com"/);
    expect(card).not.toContain('assignConfirm');
});

it('Cancel from an older client (Action.Submit) replaces the confirmation card with a notice', async () => {
    const here = inConversation('assign-cancel-in-place');
    const asked = await running.turn(messageActivity(`remove the user from ${SERIAL}`, here));
    const cancelled = await running.turn(submitActivity({ verb: 'assignCancel', token: tokenOf(asked.sent[0].body) }, { ...here, replyToId: 'confirm-card-3' }));
    expect(cancelled.sent).toHaveLength(1);
    expect(cancelled.sent[0].method).toBe('PUT');
    expect(cancelled.sent[0].path).toMatch(/\/activities\/confirm-card-3$/);
    expect(cancelled.sent[0].body.summary).toBe('Cancelled: nothing was changed.');
    expect(JSON.stringify(cancelled.sent[0].body.attachments[0].content)).not.toContain('assignConfirm');
    // And the user is still there.
    const status = await running.turn(messageActivity(`status ${SERIAL}`, here));
    expect(JSON.stringify(status.sent[0].body)).toMatch(/"title":"User","value":"priya.nair@contoso.com"/);
});
