/** How technicians ask to watch devices, in their own words. Pure: text in, intent out. */

export type WatchIntent =
    | { kind: 'watch'; serial?: string }
    | { kind: 'unwatch'; serial?: string }
    | { kind: 'unwatchAll' }
    | { kind: 'watchList' };

const WATCH_LIST =
    /\b(what|which)\b[^?]*\b(am i|are you|are we|i'?m|you'?re)\b[^?]*\b(watch|watching|monitoring|tracking|following)\b|\bwatch ?list\b|\b(my|show( me)?|list)( my| the)? (watches|watched devices|watched)\b/;
const STOP = /\b(stop|quit|cancel|end|no more|don'?t|do not)\b/;
const WATCH_NOUNS = /\b(watch\w*|monitor\w*|alerts?|notifications?|pinging|pings|updates|tracking|following)\b/;
const EVERYTHING = /\b(all|everything|every device|every one|everyone)\b/;
const UNWATCH = /\bunwatch\b|\b(stop|quit|cancel|end)\s+(watching|monitoring|tracking|following|the watch|watch)\b|\b(don'?t|do not|no longer)\s+(watch|monitor)\b/;
const WATCH = /\b(watch|monitor|keep (an |a close )?eye on|keep tabs on|keep track of|babysit)\b/;
const NOTIFY = /\b(ping|notify|alert|message|tell|warn|text|dm)\s+(me|us)\b|\blet (me|us) know\b|\bgive (me|us) a (shout|heads up)\b|\bheads up\b/;
const CONDITION = /\b(when|if|once|as soon as|whenever|the moment)\b/;
const THIS_DEVICE = /\b(watch|monitor)\s+(it|this|that)(\s+(one|device|laptop|pc|machine))?\b/;

/** `serials` are the device names found in the text, in order. Undefined when the text is not about watching. */
export function matchWatchIntent(lower: string, serials: string[]): WatchIntent | undefined {
    const serial = serials[0];
    if (WATCH_LIST.test(lower) && !serial) return { kind: 'watchList' };
    const stopping = /\bunwatch\b/.test(lower) || (STOP.test(lower) && WATCH_NOUNS.test(lower));
    if (stopping && EVERYTHING.test(lower) && !serial) return { kind: 'unwatchAll' };
    if (UNWATCH.test(lower) || (STOP.test(lower) && WATCH_NOUNS.test(lower) && serial)) return { kind: 'unwatch', serial };
    if (WATCH.test(lower) && (serial || /^\W*(please\s+)?(watch|monitor)\b/.test(lower) || THIS_DEVICE.test(lower))) return { kind: 'watch', serial };
    if (NOTIFY.test(lower) && CONDITION.test(lower) && serial) return { kind: 'watch', serial };
    return undefined;
}
