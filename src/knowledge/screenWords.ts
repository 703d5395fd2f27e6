/**
 * A screen named as a window or a display ("the success window", "the progress display", "a window asking for a PIN"):
 * the knowledge and the patterns that read a question write "screen" or "page", so these are read as "screen". Not a
 * span of time ("maintenance window", "a 90-minute window", "window of"), a program's window (command prompt,
 * PowerShell, a browser), Windows misspelt ("window 11"), nor a display that is a Windows setting or a part
 * (display language, name, driver, resolution, cable).
 */
const WINDOW = new RegExp(
    String.raw`(?<!\b(?:maintenance|time|minutes?|mins?|hours?|hrs?|days?|install(?:ation)?|updates?|reboot|restart|change|outage|\d+[\s-]*(?:m|mins?|minutes?|h|hrs?|hours?|days?))[\s-]+)` +
        String.raw`(?<!\b(?:command|cmd|prompt|powershell|terminal|console|browser|explorer|edge|chrome|firefox|registry|regedit|notepad|task\s+manager|event\s+viewer|settings|dos|shell|run|pop[\s-]?up|browser's)[\s-]+)` +
        String.raw`\bwindow\b(?!\s*(?:\d|of\b|ten\b|eleven\b))`,
    'gi'
);
const DISPLAY = new RegExp(
    String.raw`(?<=\b(?:success|progress|status|config(?:uration)?|options?|setup|set-up|welcome|error|result|failure|diagnostics?|green|red|sign[\s-]?in|log[\s-]?in|login|provisioning|technician|first|last|final|next|previous|this|that|the|a)\s+)` +
        String.raw`display\b(?!\s+(?:name|language|driver|adapter|settings?|resolution|scaling|port|cable|brightness|mode|panel|model)s?\b)`,
    'gi'
);

/** The ESP by its full name keeps it whatever the last word: "enrollment status screen", "…window", "…display". */
const ESP_NAMED = /\benrol(l?)ment\s+status\s+(?:screen|window|display)\b/gi;

export function withScreenWords(text: string): string {
    return text.replace(ESP_NAMED, 'enrol$1ment status page').replace(WINDOW, 'screen').replace(DISPLAY, 'screen');
}
