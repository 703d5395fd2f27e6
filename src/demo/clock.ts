/** Time helpers for the demo tenant. Everything takes an explicit Date: the clock itself is injected as `now()`. */

const MINUTE_MS = 60_000;

/** Graph's never-happened timestamp, as Intune returns it for devices that never contacted the service. */
export const GRAPH_NEVER = '0001-01-01T00:00:00Z';

/** Graph's date-time shape: ISO-8601 UTC without milliseconds, e.g. `2025-03-02T10:05:12Z`. */
export function formatGraphDateTime(date: Date): string {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function minutesBefore(anchor: Date, minutes: number): Date {
    return new Date(anchor.getTime() - minutes * MINUTE_MS);
}

export function minutesAfter(anchor: Date, minutes: number): Date {
    return new Date(anchor.getTime() + minutes * MINUTE_MS);
}

export function daysBefore(anchor: Date, days: number): Date {
    return minutesBefore(anchor, days * 24 * 60);
}

/** ISO-8601 duration as Intune reports it, e.g. `PT23M10S`, `PT1H35M0S`; negative spans clamp to `PT0S`. */
export function formatIsoDuration(milliseconds: number): string {
    const totalSeconds = Math.max(0, Math.floor(milliseconds / 1000));
    if (totalSeconds === 0) {
        return 'PT0S';
    }
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    const seconds = totalSeconds % 60;
    return `PT${hours > 0 ? `${hours}H` : ''}${minutes}M${seconds}S`;
}

export function durationBetween(start: Date, end: Date): string {
    return formatIsoDuration(end.getTime() - start.getTime());
}

/** Minutes as an ISO-8601 duration, for fixed fixture spans. */
export function minutesDuration(minutes: number): string {
    return formatIsoDuration(minutes * MINUTE_MS);
}
