import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { stepCard, stepCardData } from '../cards/stepCard';
import { Verb } from '../cards/verbs';
import { isTutorialStep, stepEntry, tutorialStepCount } from '../knowledge';
import type { OsVariant } from '../knowledge/types';
import { recall, rememberTopic, type AppState } from '../memory/conversationMemory';
import { type CardUpdate, onCardAction, reply, replyWith } from './replies';

const STEP_RANGE = `"step 1" to "step ${tutorialStepCount}"`;

export async function sayNoSuchStep(context: TurnContext, step: number): Promise<void> {
    await reply(context, noSuchStep(step));
}

const noSuchStep = (step: number) => `There is no step ${step}: the tutorial has ${tutorialStepCount} steps. Say ${STEP_RANGE}.`;

/** A tutorial step's card, remembered as the conversation's topic. */
function stepView(state: AppState, step: number, os?: OsVariant): CardUpdate {
    const entry = stepEntry(step);
    if (!entry) return noSuchStep(step);
    rememberTopic(state, entry, os);
    const data = stepCardData(entry);
    return { summary: `Step ${step} of ${data.total}: ${data.title}.`, card: stepCard(data) };
}

/** The tutorial steps, one card each. */
export async function showStep(context: TurnContext, state: AppState, step: number, os?: OsVariant): Promise<void> {
    await replyWith(context, stepView(state, step, os));
}

/** "next" and "back" through the tutorial steps. */
export async function moveStep(context: TurnContext, state: AppState, delta: 1 | -1): Promise<void> {
    const current = recall(state).lastStep;
    if (current === undefined) return showStep(context, state, 1);
    const target = current + delta;
    if (!isTutorialStep(target)) {
        await reply(
            context,
            target < 1
                ? 'You are at Step 1, the first step.'
                : `Step ${tutorialStepCount} (user flow) is the last step. Say "checklist" for the pre-flight checks, or "step 8" for the technician flow.`
        );
        return;
    }
    return showStep(context, state, target);
}

export function registerSteps(app: Application<AppState>): void {
    const stepOf = (data: { step?: unknown }) => Number(data.step);
    const outOfRange = `There are ${tutorialStepCount} steps: say ${STEP_RANGE}.`;
    // A step opened from another card (welcome, help, checklist…) comes as a new message.
    app.adaptiveCards.actionSubmit<{ step?: unknown }>(Verb.showStep, async (context, state, data) => {
        const step = stepOf(data);
        if (isTutorialStep(step)) return showStep(context, state, step);
        await reply(context, outOfRange);
    });
    // Previous and Next turn the step card where it is, like the walkthrough: a double tap cannot post a step twice.
    onCardAction<{ step?: unknown }>(app, Verb.stepPage, async (_context, state, data) => {
        const step = stepOf(data);
        return isTutorialStep(step) ? stepView(state, step) : outOfRange;
    });
}
