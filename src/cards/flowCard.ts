import type { Attachment } from 'botbuilder';
import template from '../../cards/flow.json';
import { flowScreenIndex } from '../knowledge';
import type { FlowScreen } from '../knowledge/types';
import { OsWording, osWording } from './osWording';
import { CardTemplate } from './template';

/** One screen of the technician-flow walkthrough; `index` is 0-based in screen order (the `flowStep` data). */
export interface FlowCardData {
    /** 1-based, for "Screen k of n". */
    position: number;
    count: number;
    title: string;
    /** Windows 10 and Windows 11 wording, side by side. */
    osWording: OsWording[];
    entryId: string;
    previousIndex: number | null;
    nextIndex: number | null;
}

/** An out-of-range index shows the nearest screen rather than failing. */
export function flowCardData(screens: FlowScreen[], index: number): FlowCardData {
    if (screens.length === 0) {
        throw new RangeError('flowCardData needs at least one screen');
    }
    const ordered = [...screens].sort((a, b) => a.order - b.order);
    const at = flowScreenIndex(index, ordered.length);
    const screen = ordered[at];
    return {
        position: at + 1,
        count: ordered.length,
        title: screen.title,
        osWording: osWording({ win10: screen.win10, win11: screen.win11 }),
        entryId: screen.entryId,
        previousIndex: at > 0 ? at - 1 : null,
        nextIndex: at < ordered.length - 1 ? at + 1 : null
    };
}

const flowTemplate = new CardTemplate<FlowCardData>('flow', template);

export function flowCard(data: FlowCardData): Attachment {
    return flowTemplate.attachment(data);
}
