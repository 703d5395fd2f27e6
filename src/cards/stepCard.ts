import type { Attachment } from 'botbuilder';
import template from '../../cards/step.json';
import { tutorialStepCount } from '../knowledge';
import type { StepEntry } from '../knowledge/types';
import { type SourceLink, sourceLinks } from './sourceLinks';
import { CardTemplate } from './template';

export interface StepCardData {
    step: number;
    total: number;
    title: string;
    whatToDo: string;
    /** Portal path; empty when the step has none (e.g. the technician flow). */
    where: string;
    values: string[];
    pitfalls: string[];
    /** Facts beside the step (known limits, where else it applies), under "Good to know". */
    details: string[];
    /** The public pages it comes from ("Learn more"). */
    sources: SourceLink[];
    /** Null on the first step. */
    previousStep: number | null;
    /** Null on the last step. */
    nextStep: number | null;
}

export function stepCardData(entry: StepEntry, total = tutorialStepCount): StepCardData {
    return {
        step: entry.step,
        total,
        title: withoutStepPrefix(entry.title),
        whatToDo: entry.short,
        where: entry.where,
        values: entry.values,
        pitfalls: entry.pitfalls,
        details: entry.details,
        sources: sourceLinks(entry.source),
        previousStep: entry.step > 1 ? entry.step - 1 : null,
        nextStep: entry.step < total ? entry.step + 1 : null
    };
}

/** "Step 6: Create…" would repeat the "Step 6 of 9" line above the title. */
function withoutStepPrefix(title: string): string {
    return title.replace(/^Step \d+\s*[:.–—-]\s*/i, '');
}

const stepTemplate = new CardTemplate<StepCardData>('step', template);

export function stepCard(data: StepCardData): Attachment {
    return stepTemplate.attachment(data);
}
