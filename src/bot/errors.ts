import type { TurnContext } from 'botbuilder';
import { errorCard, errorCardData } from '../cards/errorCard';
import { suggestionsCard, suggestionsCardData } from '../cards/suggestionsCard';
import { errorEntryForCode, getEntry, relatedEntries } from '../knowledge';
import { osLabels } from '../cards/osWording';
import type { ErrorEntry, OsVariant } from '../knowledge/types';
import { recall, rememberTopic, type AppState } from '../memory/conversationMemory';
import { reply } from './replies';

/**
 * An error or symptom: cause, fix and when to escalate, for the device asked about last. `os`: asked for one Windows
 * ("and if it's on w10?"), so the reply opens with what the entry says for it.
 */
export async function showError(context: TurnContext, state: AppState, entry: ErrorEntry, code?: string, os?: OsVariant): Promise<void> {
    rememberTopic(state, entry, os);
    const label = code ?? entry.codes[0];
    const data = errorCardData(entry, { code: label, serial: recall(state).lastSerial, related: relatedEntries(entry) });
    const forOs = os && entry.os?.[os] ? `On ${osLabels[os]}: ${entry.os[os]} ` : '';
    await reply(context, `${forOs}${label ? `${label}: ` : ''}${data.title}. ${entry.fix[0] ?? ''}`.trim(), errorCard(data));
}

/** An error code the technician typed; an unknown one gets how to collect the logs for the helpdesk. */
export async function showErrorCode(context: TurnContext, state: AppState, code: string): Promise<void> {
    const entry = errorEntryForCode(code);
    if (entry) return showError(context, state, entry, code);
    const logs = getEntry('logs-collect');
    const advice = `I don't know ${code} yet. Collect the logs from the failure screen (Windows 10: View diagnostics; Windows 11: Ctrl+Shift+D, then Export Logs) and send them to the helpdesk with the code.`;
    await reply(context, advice, logs ? suggestionsCard(suggestionsCardData(advice, [logs])) : undefined);
}
