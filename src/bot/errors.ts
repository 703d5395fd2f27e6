import type { TurnContext } from 'botbuilder';
import { errorCard, errorCardData } from '../cards/errorCard';
import { suggestionsCard, suggestionsCardData } from '../cards/suggestionsCard';
import { errorEntryForCode, getEntry, relatedEntries } from '../knowledge';
import type { ErrorEntry } from '../knowledge/types';
import { recall, rememberTopic, type AppState } from '../memory/conversationMemory';
import { reply } from './replies';

/** An error or symptom: cause, fix and when to escalate, for the device asked about last. */
export async function showError(context: TurnContext, state: AppState, entry: ErrorEntry, code?: string): Promise<void> {
    rememberTopic(state, entry);
    const label = code ?? entry.codes[0];
    const data = errorCardData(entry, { code: label, serial: recall(state).lastSerial, related: relatedEntries(entry) });
    await reply(context, `${label ? `${label}: ` : ''}${data.title}. ${entry.fix[0] ?? ''}`.trim(), errorCard(data));
}

/** An error code the technician typed; an unknown one gets how to collect the logs for the helpdesk. */
export async function showErrorCode(context: TurnContext, state: AppState, code: string): Promise<void> {
    const entry = errorEntryForCode(code);
    if (entry) return showError(context, state, entry, code);
    const logs = getEntry('logs-collect');
    const advice = `I don't know ${code} yet. Collect the logs from the failure screen (Windows 10: View diagnostics; Windows 11: Ctrl+Shift+D, then Export Logs) and send them to the helpdesk with the code.`;
    await reply(context, advice, logs ? suggestionsCard(suggestionsCardData(advice, [logs])) : undefined);
}
