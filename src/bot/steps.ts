import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { stepCard, stepCardData } from '../cards/stepCard';
import { Verb } from '../cards/verbs';
import { isTutorialStep, stepEntry, tutorialStepCount } from '../knowledge';
import type { OsVariant } from '../knowledge/types';
import { recall, rememberTopic, type AppState } from '../memory/conversationMemory';
import { reply } from './replies';

const STEP_RANGE = `"step 1" to "step ${tutorialStepCount}"`;

export async function sayNoSuchStep(context: TurnContext, step: number): Promise<void> {
    await reply(context, `There is no step ${step}: the tutorial has ${tutorialStepCount} steps. Say ${STEP_RANGE}.`);
}

/** The tutorial steps, one card each. */
export async function showStep(context: TurnContext, state: AppState, step: number, os?: OsVariant): Promise<void> {
    const entry = stepEntry(step);
    if (!entry) return sayNoSuchStep(context, step);
    rememberTopic(state, entry, os);
    const data = stepCardData(entry);
    await reply(context, `Step ${step} of ${data.total}: ${data.title}.`, stepCard(data));
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
    app.adaptiveCards.actionSubmit<{ step?: unknown }>(Verb.showStep, async (context, state, data) => {
        const step = Number(data.step);
        if (isTutorialStep(step)) return showStep(context, state, step);
        await reply(context, `There are ${tutorialStepCount} steps: say ${STEP_RANGE}.`);
    });
}
