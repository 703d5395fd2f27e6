import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { answerCard, answerCardData } from '../cards/answerCard';
import { errorCard, errorCardData } from '../cards/errorCard';
import { stepCard, stepCardData } from '../cards/stepCard';
import { suggestionsCard, suggestionsCardData } from '../cards/suggestionsCard';
import { Verb } from '../cards/verbs';
import { osLabels } from '../cards/osWording';
import { errorEntryForCode, getEntry, isTutorialStep, stepEntry, tutorialStepCount } from '../knowledge';
import type { ErrorEntry, KnowledgeEntry, OsVariant, StepEntry } from '../knowledge/types';
import { reply } from './replies';
import type { AppState } from './state';

/** Topics offered when the bot cannot tell what was asked. */
const STARTER_TOPICS = ['step-8', 'flow-win-key', 'esp-show-details'];

function relatedOf(entry: KnowledgeEntry): KnowledgeEntry[] {
    return entry.related.map((id) => getEntry(id)).filter((e): e is KnowledgeEntry => e !== undefined);
}

function remember(state: AppState, entry: KnowledgeEntry, os?: OsVariant): void {
    state.conversation.lastEntryId = entry.id;
    state.conversation.lastView = entry.kind === 'step' ? 'step' : 'entry';
    if (entry.step !== undefined) state.conversation.lastStep = entry.step;
    if (os) state.conversation.os = os;
}

export async function showStep(context: TurnContext, state: AppState, step: number, os?: OsVariant): Promise<void> {
    const entry = stepEntry(step) as StepEntry;
    remember(state, entry, os);
    const data = stepCardData(entry);
    await reply(context, `Step ${step} of ${data.total}: ${data.title}.`, stepCard(data));
}

async function showError(context: TurnContext, state: AppState, entry: ErrorEntry, code?: string): Promise<void> {
    remember(state, entry);
    const label = code ?? entry.codes[0];
    const serial = state.conversation.lastSerial;
    const data = errorCardData(entry, { code: label, serial, related: relatedOf(entry) });
    await reply(context, `${label ? `${label}: ` : ''}${data.title}. ${entry.fix[0] ?? ''}`.trim(), errorCard(data));
}

/** Any knowledge entry, in the card that suits its kind. */
export async function showEntry(context: TurnContext, state: AppState, entry: KnowledgeEntry, os?: OsVariant): Promise<void> {
    if (entry.kind === 'step' && entry.step) return showStep(context, state, entry.step, os);
    if (entry.kind === 'error') return showError(context, state, entry as ErrorEntry);
    remember(state, entry, os);
    const wording = os && entry.os?.[os] ? ` On ${osLabels[os]}: ${entry.os[os]}` : '';
    const cardOs = os ?? state.conversation.os;
    await reply(context, `${entry.short}${wording}`, answerCard(answerCardData(entry, relatedOf(entry), cardOs)));
}

export async function showErrorCode(context: TurnContext, state: AppState, code: string): Promise<void> {
    const entry = errorEntryForCode(code);
    if (entry) return showError(context, state, entry, code);
    const logs = getEntry('logs-collect');
    await reply(
        context,
        `I don't know ${code} yet. Collect the logs from the failure screen (Windows 10: View diagnostics; Windows 11: Ctrl+Shift+D, then Export Logs) and send them to the helpdesk with the code.`,
        logs ? suggestionsCard(suggestionsCardData([logs])) : undefined
    );
}

export async function showUnsure(context: TurnContext, suggestionIds: string[]): Promise<void> {
    const ids = suggestionIds.length > 0 ? suggestionIds : STARTER_TOPICS;
    const candidates = ids.map((id) => getEntry(id)).filter((e): e is KnowledgeEntry => e !== undefined).slice(0, 3);
    await reply(
        context,
        suggestionIds.length > 0
            ? "I'm not sure I understood. Did you mean one of these?"
            : "Sorry, I can only help with Windows Autopilot pre-provisioning. Try a step ('step 4'), an error code, or 'status <serial>'.",
        suggestionsCard(suggestionsCardData(candidates))
    );
}

/** "next" and "back" move through whatever was shown last: the walkthrough or the tutorial steps. */
export async function moveStep(context: TurnContext, state: AppState, delta: 1 | -1): Promise<void> {
    const current = state.conversation.lastStep;
    if (current === undefined) return showStep(context, state, 1);
    const target = current + delta;
    if (target < 1 || target > tutorialStepCount) {
        await reply(context, target < 1 ? 'You are at Step 1, the first step.' : `Step ${tutorialStepCount} (user flow) is the last step. Say "checklist" for the pre-flight checks, or "step 8" for the technician flow.`);
        return;
    }
    return showStep(context, state, target);
}

/** "and on Windows 11?": the last answer again, for that OS. */
export async function showForOs(context: TurnContext, state: AppState, os: OsVariant): Promise<void> {
    state.conversation.os = os;
    const last = state.conversation.lastEntryId ? getEntry(state.conversation.lastEntryId) : undefined;
    if (!last) {
        await reply(context, `Noted: ${osLabels[os]}. Ask me about any step or screen and I'll answer for ${osLabels[os]}.`);
        return;
    }
    if (!last.os?.[os] && last.kind !== 'step') {
        await reply(context, `It's the same on ${osLabels[os]}: ${last.short}`, answerCard(answerCardData(last, relatedOf(last), os)));
        remember(state, last, os);
        return;
    }
    return showEntry(context, state, last, os);
}

export function registerGuide(app: Application<AppState>): void {
    app.adaptiveCards.actionSubmit<{ id?: unknown }>(Verb.showEntry, async (context, state, data) => {
        const entry = typeof data.id === 'string' ? getEntry(data.id) : undefined;
        if (entry) return showEntry(context, state, entry, state.conversation.os);
        await reply(context, "Sorry, I couldn't find that topic. Ask me in your own words.");
    });
    app.adaptiveCards.actionSubmit<{ step?: unknown }>(Verb.showStep, async (context, state, data) => {
        const step = Number(data.step);
        if (isTutorialStep(step)) return showStep(context, state, step);
        await reply(context, `There are ${tutorialStepCount} steps: say "step 1" to "step ${tutorialStepCount}".`);
    });
}

