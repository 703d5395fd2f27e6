import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { espTipsCard, espTipsCardData } from '../cards/espTipsCard';
import { osLabels } from '../cards/osWording';
import { Verb } from '../cards/verbs';
import { espDetailTips, getEntry } from '../knowledge';
import type { OsVariant } from '../knowledge/types';
import { reply } from './replies';
import { recall, rememberOs, rememberTopic, type AppState } from '../memory/conversationMemory';

/** The knowledge entry these tips come from. */
const ESP_DETAILS_ENTRY = 'esp-show-details';

const isOs = (value: unknown): value is OsVariant => value === 'win10' || value === 'win11';

/** How to show and hide ESP details; the device's OS opens by default when known. */
export async function showEspTips(context: TurnContext, state: AppState, os?: OsVariant): Promise<void> {
    const known = os ?? recall(state).os;
    // The topic a follow-up ("and on Windows 11?") keeps.
    const entry = getEntry(ESP_DETAILS_ENTRY);
    if (entry) rememberTopic(state, entry, known);
    else if (known) rememberOs(state, known);
    const how = known
        ? `On ${osLabels[known]}: tap ${espDetailTips[known].show} next to a phase to see its items, ${espDetailTips[known].hide} to fold them again.`
        : 'Windows 10 has a "Show details" / "Hide details" link next to each phase; Windows 11 has a ∨ / ∧ chevron. Tap your version below.';
    await reply(context, how, espTipsCard(espTipsCardData(espDetailTips, known)));
}

export function registerEspTips(app: Application<AppState>): void {
    app.adaptiveCards.actionSubmit<{ os?: unknown }>(Verb.espTips, async (context, state, data) =>
        showEspTips(context, state, isOs(data.os) ? data.os : undefined)
    );
}
