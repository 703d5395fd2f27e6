import type { TurnContext } from 'botbuilder';
import { suggestionsCard, suggestionsCardData } from '../cards/suggestionsCard';
import { getEntry } from '../knowledge';
import type { KnowledgeEntry } from '../knowledge/types';
import { maxNoteLength } from '../escalation/caseMachine';
import { reply } from './replies';

/** Topics offered when the bot cannot tell what was asked. */
const STARTER_TOPICS = ['step-8', 'flow-win-key', 'esp-show-details'];

/**
 * The "not sure" reply: the closest topics as buttons, or the starter topics when nothing came close; with the device
 * the technician works on, a button hands the question to the helpdesk.
 */
export async function showUnsure(context: TurnContext, suggestionIds: string[], deviceSerial?: string): Promise<void> {
    const ids = suggestionIds.length > 0 ? suggestionIds : STARTER_TOPICS;
    const candidates = ids.map((id) => getEntry(id)).filter((e): e is KnowledgeEntry => e !== undefined).slice(0, 3);
    const intro =
        suggestionIds.length > 0
            ? "I'm not sure I understood. Did you mean one of these?"
            : "Tell me a bit more: which screen, step or error code? Or pick one of these. For a device, send 'status <serial>'.";
    const escalation = deviceSerial ? { serial: deviceSerial, question: (context.activity.text ?? '').slice(0, maxNoteLength) } : undefined;
    await reply(context, intro, suggestionsCard(suggestionsCardData(intro, candidates, escalation)));
}
