import type { Attachment } from 'botbuilder';
import template from '../../cards/watchList.json';
import type { WatchListEntry } from '../monitor/watchService';
import { formatTime } from './formatTime';
import { severityLook } from './severityLook';
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


/** Rows beyond this make the card too long for a phone; the rest are counted. */
const MAX_ROWS = 20;

/** `timeZone`: the IANA zone of whoever asked for the list; times show in UTC without one. */
export function watchListCardData(entries: WatchListEntry[], timeZone?: string): WatchListCardData {
    const time = (at: Date) => formatTime(at.toISOString(), timeZone);
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
            state: [entry.current?.headline ?? 'Not checked yet', entry.snoozedUntil && `snoozed until ${time(entry.snoozedUntil)}`].filter(Boolean).join(' · '),
            stateColor: entry.current ? severityLook(entry.current.severity).textColor : 'Default',
            detail: [entry.askedBy && `Asked by ${entry.askedBy}`, `watching until ${time(entry.expiresAt)}`].filter(Boolean).join(' · ')
        }))
    };
}

const watchListTemplate = new CardTemplate<WatchListCardData>('watchList', template);

export function watchListCard(data: WatchListCardData): Attachment {
    return watchListTemplate.attachment(data);
}
