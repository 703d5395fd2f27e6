import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AiFallback } from '../ai/fallback';
import { getEntry } from '../knowledge';
import { forgetConversation, recall, type AppState } from '../memory/conversationMemory';
import { showEntry, showFollowUp, showForOs } from './answers';
import { runAssignCommand, showDeviceCode } from './assign';
import { showChecklist } from './checklist';
import type { BotDeps } from './deps';
import { showErrorCode } from './errors';
import { runEscalationCommand } from './escalation';
import { showEspTips } from './espTips';
import { moveFlow, showFlowScreen } from './flow';
import { declineOutOfScope } from './decline';
import { Intent, matchIntent, MAX_TEXT_READ } from './intents';
import { PICTURE_ANSWER, sentPictureOrFile } from './pictures';
import { noteForReply, reply, showWorking } from './replies';
import { notASerialAnswer, replySerialTooShort, showStatus, replyDeviceNextStep, severalDevicesNote } from './status';
import { moveStep, sayNoSuchStep, showStep } from './steps';
import { showUnsure } from './unsure';
import { showWatchList, startWatching, stopWatching, stopWatchingAll } from './watch';
import { sendHelp } from './welcome';

/** Marks every AI answer, so technicians know it is not a reviewed step card. */
export const AI_ANSWER_NOTE = '(AI-generated from the knowledge base — check the step cards)';

/**
 * Only for `unsure`, so the deterministic routes always win. Skipped when search found nothing at all: the model
 * would have no excerpt to ground an answer in.
 */
async function askAi(
    context: TurnContext,
    state: AppState,
    ai: AiFallback | undefined,
    suggestions: string[]
): Promise<string | undefined> {
    if (!ai || suggestions.length === 0) return undefined;
    await showWorking(context);
    return ai.answer(context, state, (context.activity.text ?? '').slice(0, MAX_TEXT_READ));
}

/** Each intent by its kind. */
type IntentOfKind = { [I in Intent as I['kind']]: I };

/** One handler per intent kind, each receiving its own intent type. */
type IntentHandlers = { [K in keyof IntentOfKind]: (context: TurnContext, state: AppState, intent: IntentOfKind[K]) => Promise<void> };

/** One handler per intent: the whole conversational surface in one table. */
function intentHandlers(deps: BotDeps): IntentHandlers {
    return {
        empty: (context) =>
            reply(
                context,
                sentPictureOrFile(context.activity)
                    ? PICTURE_ANSWER
                    : 'I got an empty message. Ask me about a step, the technician flow, an error code, or "status <serial>".'
            ),
        help: (context) => sendHelp(context, deps),
        greeting: (context) => sendHelp(context, deps),
        thanks: (context) => reply(context, "You're welcome! Ask me any time: a step, a screen, an error code or 'status <serial>'."),
        notHelpful: (context) =>
            reply(
                context,
                "Sorry that didn't help. Tell me what the screen shows, in its own words or the error code (0x…), and I'll look again. " +
                    "For a device that's stuck, 'status <serial>' reads it from Intune, and 'escalate <serial> <what happened>' sends it to the helpdesk."
            ),
        startOver: async (context, state) => {
            forgetConversation(state);
            await reply(context, "Starting over. Your saved checklists are kept. Say 'step 1' to begin, or ask anything.");
        },
        next: (context, state) => (recall(state).lastView === 'flow' ? moveFlow(context, state, 1) : moveStep(context, state, 1)),
        back: (context, state) => (recall(state).lastView === 'flow' ? moveFlow(context, state, -1) : moveStep(context, state, -1)),
        step: (context, state, intent) => showStep(context, state, intent.step, intent.os),
        stepOutOfRange: (context, _state, intent) => sayNoSuchStep(context, intent.step),
        flowWalkthrough: (context, state) => showFlowScreen(context, state, 0),
        checklist: (context, state, intent) => showChecklist(context, state, deps, intent.serial),
        espTips: (context, state, intent) => showEspTips(context, state, intent.os),
        status: (context, state, intent) => {
            if (intent.notSerial) return reply(context, notASerialAnswer(intent.notSerial, 'status PF3XYZ12'));
            if (intent.also && intent.serial) noteForReply(context, severalDevicesNote([intent.serial, ...intent.also]));
            return showStatus(context, state, deps, intent.serial);
        },
        deviceNextStep: (context, _state, intent) => replyDeviceNextStep(context, intent.device),
        watch: (context, state, intent) =>
            intent.notSerial ? reply(context, notASerialAnswer(intent.notSerial, 'watch PF3XYZ12')) : startWatching(context, state, deps, intent.serial, intent.also),
        unwatch: (context, state, intent) =>
            intent.notSerial
                ? reply(context, notASerialAnswer(intent.notSerial, 'stop watching PF3XYZ12'))
                : stopWatching(context, state, deps, intent.serial, intent.also),
        unwatchAll: (context) => stopWatchingAll(context, deps),
        serialTooShort: (context, _state, intent) => replySerialTooShort(context, intent.fragment),
        watchList: (context) => showWatchList(context, deps),
        deviceCode: (context, state, intent) => showDeviceCode(context, state, deps, intent.code),
        assignment: (context, state, intent) => runAssignCommand(context, state, deps, intent.command),
        errorCode: (context, state, intent) => showErrorCode(context, state, intent.code),
        osFollowUp: (context, state, intent) => showForOs(context, state, intent.os, deps.understanding),
        facetFollowUp: (context, state, intent) => showFollowUp(context, state, deps.understanding, intent.facets, intent.said),
        outOfScope: (context, _state, intent) => declineOutOfScope(context, intent.topic, intent.note),
        answer: (context, state, intent) => {
            const entry = getEntry(intent.entryId);
            return entry ? showEntry(context, state, entry, intent.os) : showUnsure(context, []);
        },
        escalation: (context, state, intent) => runEscalationCommand(context, state, deps, intent.command),
        unsure: async (context, state, intent) => {
            const answer = await askAi(context, state, deps.ai, intent.suggestions);
            if (answer) return reply(context, `${answer}\n\n${AI_ANSWER_NOTE}`);
            return showUnsure(context, intent.suggestions, recall(state).lastSerial);
        }
    };
}

/** Routes a handler by the intent's kind; generic so each handler gets its own intent type, no cast needed. */
function handle<K extends keyof IntentOfKind>(handlers: IntentHandlers, context: TurnContext, state: AppState, intent: IntentOfKind[K] & { kind: K }): Promise<void> {
    const handler: IntentHandlers[K] = handlers[intent.kind];
    return handler(context, state, intent);
}

/**
 * The free-text dispatcher: every message no card verb claimed goes through the intent matcher to its handler; a card
 * submit without a verb route gets a polite answer.
 */
export function registerFreeText(app: Application<AppState>, deps: BotDeps): void {
    const handlers = intentHandlers(deps);
    app.activity('message', async (context, state) => {
        const text = context.activity.text ?? '';
        if (!text.trim() && context.activity.value !== undefined) {
            await reply(context, "Sorry, I couldn't tell what that button was for. It may be from an older card: ask me again in your own words.");
            return;
        }
        const lastId = recall(state).lastEntryId;
        const topic = lastId ? getEntry(lastId) : undefined;
        const intent = matchIntent(text, deps.understanding, topic, recall(state).deviceInFocus);
        deps.metrics.turn(intent.kind);
        if (text.length > MAX_TEXT_READ) noteForReply(context, `That was a long message: I read the first ${MAX_TEXT_READ} characters.`);
        await handle(handlers, context, state, intent);
    });
}
