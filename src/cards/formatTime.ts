/** `2025-11-28T14:05:09Z` → `2025-11-28 14:05 UTC`; anything that is not a date is returned as given. */
export function formatUtc(isoTime: string): string {
    const time = new Date(isoTime);
    if (Number.isNaN(time.getTime())) {
        return isoTime;
    }
    return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
