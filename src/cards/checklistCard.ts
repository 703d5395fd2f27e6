import type { Attachment } from 'botbuilder';
import template from '../../cards/checklist.json';
import type { ChecklistItem, IntuneCheck } from '../knowledge/types';
import { CardTemplate } from './template';
import { Verb } from './verbs';

/** What Intune (Graph) says for the checks it can answer; absent = unknown. */
export type IntuneAnswers = Partial<Record<IntuneCheck, boolean>>;

export interface ChecklistState {
    serial?: string;
    /** What just happened or what is missing, e.g. "Saved: 2 of 8 ticked." */
    note?: string;
    /** Saved ticks by item id. */
    ticks?: Record<string, boolean>;
    intune?: IntuneAnswers;
    /** This conversation watches the device: the card offers Unwatch instead of Watch. */
    watching?: boolean;
}

export interface ChecklistItemView {
    /** The Input.Toggle id: Save submits `{ [id]: 'true' | 'false' }`. */
    id: string;
    label: string;
    why: string;
    value: 'true' | 'false';
    intuneNote: string | null;
    intuneNoteColor: 'Good' | 'Attention';
}

export interface ChecklistCardData {
    /** Null for the generic checklist; then Save/Reset carry no serial. */
    serial: string | null;
    subtitle: string;
    /** "k of n done". */
    progress: string;
    note: string | null;
    /** Reset asks first: the question its confirmation shows. */
    resetQuestion: string;
    items: ChecklistItemView[];
    /** Watch or Unwatch the device; null on the generic checklist. */
    watchTitle: 'Watch' | 'Unwatch' | null;
    watchVerb: 'watch' | 'unwatch' | null;
}

const intuneSaysNo: Record<IntuneCheck, string> = {
    registered: 'not registered',
    profileAssigned: 'not assigned',
    preProvisioningAllowed: 'not allowed',
    userAssigned: 'no user assigned'
};

/** Intune's answer, when it has one, wins over a saved tick: it is checked live. */
export function checklistCardData(items: ChecklistItem[], state: ChecklistState = {}): ChecklistCardData {
    const views = items.map((item) => checklistItemView(item, state));
    const done = views.filter((view) => view.value === 'true').length;
    return {
        serial: state.serial ?? null,
        subtitle: state.serial ? `Device ${state.serial}` : 'Any device: ask with a serial to check it in Intune',
        progress: `${done} of ${views.length} done`,
        note: state.note ?? null,
        resetQuestion: `Clear every saved tick${state.serial ? ` for ${state.serial}` : ''}? What Intune confirms stays ticked.`,
        items: views,
        watchTitle: state.serial ? (state.watching ? 'Unwatch' : 'Watch') : null,
        watchVerb: state.serial ? (state.watching ? Verb.unwatch : Verb.watch) : null
    };
}

function checklistItemView(item: ChecklistItem, state: ChecklistState): ChecklistItemView {
    const intune = item.intuneCheck ? state.intune?.[item.intuneCheck] : undefined;
    const ticked = intune ?? state.ticks?.[item.id] ?? false;
    return {
        id: item.id,
        label: item.optional && !/optional/i.test(item.label) ? `${item.label} (optional)` : item.label,
        why: item.why,
        value: ticked ? 'true' : 'false',
        intuneNote: intuneNote(item.intuneCheck, intune),
        intuneNoteColor: intune === false ? 'Attention' : 'Good'
    };
}

function intuneNote(check: IntuneCheck | undefined, answer: boolean | undefined): string | null {
    if (!check || answer === undefined) {
        return null;
    }
    return answer ? '✓ Verified in Intune' : `✗ Intune says: ${intuneSaysNo[check]}`;
}

const checklistTemplate = new CardTemplate<ChecklistCardData>('checklist', template);

export function checklistCard(data: ChecklistCardData): Attachment {
    return checklistTemplate.attachment(data);
}
