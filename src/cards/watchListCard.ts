import type { Attachment } from 'botbuilder';
import template from '../../cards/watchList.json';
import type { WatchListEntry } from '../monitor/watchService';
import type { Severity } from '../status/types';
import { formatUtc } from './formatTime';
import { CardTemplate } from './template';

export interface WatchListRow {
    serial: string;
    state: string;
    stateColor: 'Good' | 'Attention' | 'Warning' | 'Accent' | 'Default';
    /** Who asked and until when. */
    detail: string;
}

export interface WatchListCardData {
    title: string;
    subtitle: string;
    rows: WatchListRow[];
}

const colour: Record<Severity, WatchListRow['stateColor']> = { good: 'Good', attention: 'Attention', warning: 'Warning', info: 'Accent' };

/** Rows beyond this make the card too long for a phone; the rest are counted. */
const MAX_ROWS = 20;

export function watchListCardData(entries: WatchListEntry[]): WatchListCardData {
    const shown = entries.slice(0, MAX_ROWS);
    const more = entries.length - shown.length;
    return {
        title: entries.length === 0 ? 'Not watching any device' : `Watching ${entries.length} device${entries.length === 1 ? '' : 's'}`,
        subtitle:
            entries.length === 0
                ? 'Say "watch" and a serial number, e.g. "watch PF3XYZ12", and I will tell you here when it stalls, fails or is ready to Reseal.'
                : `I tell this chat when a device stalls, fails or is ready to Reseal.${more > 0 ? ` ${more} more not shown.` : ''}`,
        rows: shown.map((entry) => ({
            serial: entry.serial,
            state: entry.current?.headline ?? 'Not checked yet',
            stateColor: entry.current ? colour[entry.current.severity] : 'Default',
            detail: [entry.askedBy && `Asked by ${entry.askedBy}`, `until ${formatUtc(entry.expiresAt.toISOString())}`].filter(Boolean).join(' · ')
        }))
    };
}

const watchListTemplate = new CardTemplate<WatchListCardData>('watchList', template);

export function watchListCard(data: WatchListCardData): Attachment {
    return watchListTemplate.attachment(data);
}
