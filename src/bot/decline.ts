import type { TurnContext } from 'botbuilder';
import { tutorialStepCount } from '../knowledge';
import type { ScopeTopic } from '../knowledge/scope';
import { reply } from './replies';

/** How every decline opens, so a technician (and the eval) can tell a decline from an answer at a glance. */
export const DECLINE_OPENING = "That's outside what I cover";

const COVERS = `I help with Windows Autopilot pre-provisioning (Entra join): the ${tutorialStepCount} setup steps, the technician flow, errors and device status.`;

/** Where a question goes that names no neighbour the bot knows: the place every IT question can go. */
const ELSEWHERE = 'For anything else, your IT service desk is the right place to ask.';

/** One reply, kind and final: what the bot covers and where to go instead. Never followed by a "Did you mean". */
export async function declineOutOfScope(context: TurnContext, topic?: ScopeTopic, note?: string): Promise<void> {
    const where = topic ? ` For ${topic.topic}: ${topic.redirect}${topic.url ? ` (${topic.url})` : ''}` : ` ${ELSEWHERE}`;
    // `note`: what the question named is, in one line (a hybrid join code), in the same reply.
    await reply(context, `${DECLINE_OPENING}${note ? `: ${note}` : '.'} ${COVERS}${where}`);
}
