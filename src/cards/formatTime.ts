/** One formatter per time zone: building one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
    let formatter = formatters.get(timeZone);
    if (!formatter) {
        try {
            formatter = new Intl.DateTimeFormat('en-CA', {
                timeZone,
                year: 'numeric',
                month: '2-digit',
                day: '2-digit',
                hour: '2-digit',
                minute: '2-digit',
                hourCycle: 'h23',
                timeZoneName: 'short'
            });
        } catch {
            return undefined;
        }
        if (formatters.size < 200) formatters.set(timeZone, formatter);
    }
    return formatter;
}

/** Whether the runtime knows this IANA time zone name. */
export function isTimeZone(timeZone: string): boolean {
    return timeZone.length <= 64 && formatterFor(timeZone) !== undefined;
}

/**
 * `2025-11-28T14:05:09Z` → `2025-11-28 15:05 CET` in the technician's zone, `2025-11-28 14:05 UTC` without one;
 * anything that is not a date is returned as given.
 */
export function formatTime(isoTime: string, timeZone = 'UTC'): string {
    const time = new Date(isoTime);
    if (Number.isNaN(time.getTime())) return isoTime;
    const formatter = formatterFor(timeZone) ?? formatterFor('UTC')!;
    const part = Object.fromEntries(formatter.formatToParts(time).map(({ type, value }) => [type, value]));
    return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute} ${part.timeZoneName}`;
}

/** For messages with no technician to ask (alerts, helpdesk cases): always UTC, labelled. */
export function formatUtc(isoTime: string): string {
    return formatTime(isoTime, 'UTC');
}
