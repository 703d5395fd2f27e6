/** Time helpers for Graph's ISO-8601 values. Pure. */

/** Minutes in an ISO-8601 duration such as `PT1H23M10S` or `P1DT2H`; undefined when absent, malformed or negative. */
export function durationMinutes(iso: string | null | undefined): number | undefined {
    if (!iso) return undefined;
    const match = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso.trim());
    if (!match || iso.trim() === 'P' || iso.trim() === 'PT') return undefined;
    const [, d, h, m, s] = match.map((part) => Number(part ?? 0));
    return d * 1440 + h * 60 + m + s / 60;
}

/** `42 min`, `1 h 5 min`, `2 d 3 h`. */
export function humanMinutes(minutes: number | undefined): string | undefined {
    if (minutes === undefined || !Number.isFinite(minutes) || minutes < 0) return undefined;
    const total = Math.round(minutes);
    if (total < 1) return 'under 1 min';
    if (total < 60) return `${total} min`;
    if (total < 1440) return total % 60 ? `${Math.floor(total / 60)} h ${total % 60} min` : `${total / 60} h`;
    const hours = Math.floor((total % 1440) / 60);
    return `${Math.floor(total / 1440)} d${hours ? ` ${hours} h` : ''}`;
}

/** A real timestamp, or undefined for Graph's "never" (year 1) and junk. */
export function realTime(iso: string | null | undefined): Date | undefined {
    if (!iso) return undefined;
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 2000 ? undefined : date;
}

export function minutesBetween(from: Date, to: Date): number {
    return (to.getTime() - from.getTime()) / 60000;
}
