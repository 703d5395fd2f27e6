/** How technicians ask to watch devices, in their own words. Pure: text in, intent out. */

export type WatchIntent =
    /** `also`: the other devices named in the same message ("watch PF3XYZ12 and CZC2410A01"). */
    /** `notSerial`: what the message names instead of a serial ("unwatch !!!"): never the last device in its place. */
    | { kind: 'watch'; serial?: string; also?: string[]; notSerial?: string }
    | { kind: 'unwatch'; serial?: string; also?: string[]; notSerial?: string }
    | { kind: 'unwatchAll' }
    | { kind: 'watchList' };

const WATCH_LIST =
    /\b(what|which)\b[^?]*\b(am i|are you|are we|i'?m|you'?re)\b[^?]*\b(watch|watching|monitoring|tracking|following)\b|\bwatch ?list\b|\b(my|show( me)?|list)( my| the)? (watches|watched devices|watched)\b/;
const STOP = /\b(stop|quit|cancel|end|no more|don'?t|do not)\b/;
const WATCH_NOUNS = /\b(watch\w*|monitor\w*|alerts?|notifications?|pinging|pings|updates|tracking|following)\b/;
const EVERYTHING = /\b(all|everything|every device|every one|everyone)\b/;
const UNWATCH = /\bunwatch\b|\b(stop|quit|cancel|end)\s+(watching|monitoring|tracking|following|the watch|watch)\b|\b(don'?t|do not|no longer)\s+(watch|monitor)\b/;
/**
 * Verbs that ask the bot to keep looking at a device from now on. A lexicon of base verbs, read in their inflections
 * ("follow", "following", "tracks", "keep watching"), rather than one pattern per phrasing.
 */
const FOLLOW_VERBS = ['watch', 'monitor', 'follow', 'track', 'subscribe', 'babysit', 'observe'];
/** Verbs of telling that only look ahead when aimed at the asker ("notify me about X", "alert us when X"). */
const TELL_AHEAD_VERBS = ['notify', 'alert', 'ping', 'warn', 'update', 'buzz'];
/** Verbs of telling that look ahead only with a condition ("tell me when X is done"; "tell me about X" is a lookup). */
const TELL_VERBS = ['tell', 'message', 'text', 'dm', 'inform', 'let'];

/** A verb's forms: base, -s, -ing, -ed (final e dropped before -ing and -ed). */
function inflections(verb: string): string[] {
    const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
    const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(verb) && verb.length <= 4 ? verb + verb.slice(-1) : stem;
    return [verb, `${verb}s`, `${verb}es`, `${doubled}ing`, `${doubled}ed`];
}
const formsOf = (verbs: string[]) => new Set(verbs.flatMap(inflections));
const FOLLOW_FORMS = formsOf(FOLLOW_VERBS);
const TELL_AHEAD_FORMS = formsOf(TELL_AHEAD_VERBS);
const TELL_FORMS = formsOf(TELL_VERBS);
/** Fixed expressions of the same wish. */
const KEEP_LOOKING = /\b(keep|keeping) (an eye|a close eye|tabs|track|me posted|us posted|me updated|us updated|me informed|us informed|me in the loop)\b|\bheads[- ]up\b|\bgive (me|us) a (shout|heads)\b|\bsign (me|us) up\b/;
const TO_ASKER = /^(me|us)$/;
/** How far after a telling verb its object ("me", "us") may stand: "ping me", "let me know", "alert the team and me". */
const OBJECT_REACH = 3;

function words(lower: string): string[] {
    return lower.split(/[^a-z0-9'-]+/).filter(Boolean);
}

/** The message asks to be told about something from now on. `conditional`: it says when ("when", "if", "once"…). */
function asksToFollow(lower: string, conditional: boolean): boolean {
    const tokens = words(lower);
    if (tokens.some((t) => FOLLOW_FORMS.has(t)) || KEEP_LOOKING.test(lower)) return true;
    const aimedAtAsker = (i: number) => tokens.slice(i + 1, i + 1 + OBJECT_REACH).some((t) => TO_ASKER.test(t));
    return tokens.some((t, i) => (TELL_AHEAD_FORMS.has(t) || (conditional && TELL_FORMS.has(t))) && aimedAtAsker(i));
}

const CONDITION = /\b(when|if|once|as soon as|whenever|the moment)\b/;
const THIS_DEVICE = /\b(watch|monitor)\s+(it|this|that)(\s+(one|device|laptop|pc|machine))?\b/;

/** Words of a watch request that name no device: with only these, "it" means the device last talked about. */
const NO_DEVICE_WORDS = new Set(
    ('unwatch watch watching monitor monitoring track tracking follow following stop quit cancel end the a that this it ' +
        'one device laptop pc machine please pls plz now for me us thanks thank you anymore any more alerts about on of ' +
        "my our do don't dont not no longer keep an eye keeping and again").split(' ')
);

/** What a watch request names besides its own words and a serial ("unwatch !!!" → "!!!"), or undefined. */
function notASerial(lower: string): string | undefined {
    const rest = lower.split(/\s+/).filter((word) => word && !NO_DEVICE_WORDS.has(word.replace(/[?!.,]+$/, '')));
    return rest.length > 0 ? rest.join(' ') : undefined;
}

/** `serials` are the device names found in the text, in order. Undefined when the text is not about watching. */
export function matchWatchIntent(lower: string, serials: string[]): WatchIntent | undefined {
    const serial = serials[0];
    const also = serials.length > 1 ? serials.slice(1) : undefined;
    if (WATCH_LIST.test(lower) && !serial) return { kind: 'watchList' };
    const stopping = /\bunwatch\b/.test(lower) || (STOP.test(lower) && WATCH_NOUNS.test(lower));
    if (stopping && EVERYTHING.test(lower) && !serial) return { kind: 'unwatchAll' };
    if (UNWATCH.test(lower) || (STOP.test(lower) && WATCH_NOUNS.test(lower) && serial)) {
        const notSerial = serial ? undefined : notASerial(lower);
        return notSerial ? { kind: 'unwatch', notSerial } : { kind: 'unwatch', serial, also };
    }
    if (!serial) {
        if (!/^\W*(please\s+)?(watch|monitor)\b/.test(lower) && !THIS_DEVICE.test(lower)) return undefined;
        const notSerial = notASerial(lower);
        return notSerial ? { kind: 'watch', notSerial } : { kind: 'watch', serial };
    }
    return asksToFollow(lower, CONDITION.test(lower)) ? { kind: 'watch', serial, also } : undefined;
}
