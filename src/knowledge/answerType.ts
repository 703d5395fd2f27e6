/**
 * The kind of fact a question asks for, and which entries can give it: "the hostnames for the allow list" wants a
 * URL, "max how many blocking apps" a number, "how do I shut it down from the OOBE command prompt" a command line,
 * "which update fixes it" a KB. Among close candidates, the one whose shown text holds that kind of fact comes first;
 * like the facets, it reorders plausible answers and never makes a weak one the answer. Pure.
 */
import { CANDIDATE_SHARE } from './facetRanking';
import type { KnowledgeEntry } from './types';

export type AnswerType = 'url' | 'number' | 'command' | 'update' | 'log' | 'path' | 'duration';

/** How a question asks for each kind of fact. */
const ASKS: Record<AnswerType, RegExp> = {
    // A URL or host: named as such, or the allow list it goes on. "Domain" alone is the AD domain, "address" alone an
    // IP or MAC address; only "which domains / addresses / endpoints" asks for hosts.
    url: /\b(?:urls?|hostnames?|host\s+names?|host\s+patterns?|wildcards?|exception\s+list|exclusion\s+list|bypass\s+list|(?:which|what)\s+(?:[\w-]+\s+){1,2}(?:addresses|hosts|endpoints|urls)|fqdns?|domain\s+names?|web\s*address(?:es)?|allow[\s-]*list(?:ed|ing)?|whitelist(?:ed|ing)?|safe[\s-]*list(?:ed)?|(?:which|what)\s+(?:hosts?|domains?(?![\s-]+(?:join\w*|controllers?|accounts?|users?|admins?|credentials?))|addresses|endpoints?|sites|websites|servers)|endpoints?)\b/i,
    // A quantity or a limit: "how many", "max", "the limit", "at most", "minimum".
    number: /\bhow\s+many\b(?!\s+(?:more\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|seconds?|secs?|times?|tries|attempts?|reboots?|restarts?)\b)|\b(?:max|maximum|minimum)\b|\blimits?\b(?!\s+(?:access|device\s+use|the\s+user))|\b(?:at\s+most|at\s+least)\s+how\b|\bup\s+to\s+how\b|\bcap(?:ped)?\s+(?:at|on)\b/i,
    // A command line: asked for by name, or a task done "from the command prompt / Shift+F10 / PowerShell".
    command:
        /\b(?:which|what|the|a|any)\s+(?:command|cmd|cmdlet|powershell(?:\s+command)?|syntax)\b|\bcommand(?:[\s-]+line)?\s+(?:to|for|that)\b|\bcmdlet\b|\bwhat\s+(?:do|should|can)\s+i\s+(?:type|run|enter)\b|\bhow\s+(?:do|can|would)\s+(?:i|we|you)\b.{0,60}?\b(?:from|in|at|via|with|using|through)\s+(?:the\s+|a\s+)?(?:oobe\s+)?(?:command[\s-]+(?:prompt|line)|cmd|shift[\s+-]*f10|powershell|terminal|console)\b/i,
    // An update by number or by name: "which KB", "what update fixes", "which patch / cumulative update".
    // Where to look when something stalls: "which log", "where must I look" (on the device, not in the admin center).
    log: /\b(?:which|what|the|any)\s+logs?\b|\bwhere\s+(?:(?:do|must|should|can|shall)\s+(?:i|we)|(?:i|we)\s+(?:must|should|can|have\s+to|need\s+to)|to)\s+(?:look|check|dig|search)\b(?![^?.!]{0,30}\b(?:intune|admin|portal|entra|profile|settings?|groups?|report)\b)/i,
    // Where in the admin center a thing is done: "where do I assign the user", "where do we turn that on", "where in
    // Intune is it". Where to look on the device for a stall is a log; where something shows on screen is neither.
    path: /\bwhere\s+(?:do|can|should|would|must|shall)\s+(?:i|we|you|u)\s+(?:go\s+(?:to\s+)?(?:and\s+)?)?(?:set|configure|assign|change|turn|toggle|enable|disable|create|add|make|edit|flip|switch|upload|import)\b|\bwhere\s+in\s+(?:intune|endpoint\s+manager|the\s+(?:admin\s+|intune\s+)?(?:portal|cent(?:er|re)|console))\b|\b(?:which|what)\s+(?:portal\s+|intune\s+|admin\s+)?(?:menu|blade|node|section)\b/i,
    // A time span: "how long after Reseal", "how many minutes", "how soon can the user".
    duration: /\bhow\s+long\s+(?:after|before|until|till|do\s+(?:i|we|they|you)\s+(?:have\s+to\s+|need\s+to\s+)?wait|should\s+(?:i|we|they|you)\s+wait|must\s+(?:i|we|they|you)\s+wait)\b|\bhow\s+soon\b|\bhow\s+many\s+(?:more\s+)?(?:minutes?|mins?|hours?|hrs?|days?)\b/i,
    update: /\bkb\s?\d{0,7}\b|\b(?:which|what|the|a|any)\s+(?:windows\s+)?(?:update|patch|hotfix|cumulative\s+update|cu|fix\s+(?:update|patch))\b(?!\s+(?:ring|polic))|\bcumulative\s+update\b|\bhotfix\b|\bpatch\s+(?:number|level)\b/i
};

/** A bound before a number: "up to 100", "at least 6", "default 50". */
const BOUND_SOURCE = String.raw`\b(?:up\s+to|at\s+most|at\s+least|maximum(?:\s+of)?|max\.?|no\s+more\s+than|within|limit(?:ed)?\s+(?:of|to|is)|defaults?(?:\s+(?:is|of|to))?)\s+\d`;
const BOUND = new RegExp(BOUND_SOURCE, 'i');

/** How an entry's shown text gives each kind of fact. */
const GIVES: Record<AnswerType, RegExp> = {
    url: /\bhttps?:\/\/\S+|\b[a-z0-9*-]+(?:\.[a-z0-9-]+)+\.(?:com|net|org|io|us)\b/i,
    // A count of things or a bound ("up to 100", "at least 6", "default 50"); durations answer "how long", not this.
    number: new RegExp(
        String.raw`${BOUND_SOURCE}|\b\d+(?:,\d{3})*(?:\.\d+)?\s*(?:apps?|devices?|profiles?|groups?|users?|files?|rows?|characters?|digits?|items?|policies|scripts?|entries|accounts?|processors?|cores?|gb|mb|objects?|tags?)\b(?<!\b(?:microsoft|office|m)\s?365\s*apps?)`,
        'i'
    ),
    // A switch after a tool's name ("w32tm /resync", "-area Autopilot"), a PowerShell cmdlet, or a tool run by name.
    command:
        /\b[a-z][\w.-]*\s+\/[a-z?][\w:]*|\b(?:get|set|install|start|stop|remove|new|add|import|export|invoke|test|update|restart)-[a-z]{3,}\w*(?:\s+-[a-z]\w*)?|\b(?:mdmdiagnosticstool|tpm\.msc|tpmtool|msinfo32|dsregcmd|gpupdate|eventvwr|regedit|winver|manage-bde|certutil|sysprep)\b/i,
    update: /\bKB\s?\d{6,7}\b/i,
    // A log file or folder on the device, or the tool that reads logs there.
    log: /\b[a-z]:\\\S+|\b[\w-]+\.(?:log|evtx|cab)\b|\bevent\s+viewer\b|\beventvwr\b/i,
    // A span of time: "90 minutes", "10-20 min", "0.25 days"; or in words: "an hour", "minutes to hours", "no fixed wait"
    // (that how long varies is the answer to "how long until it shows Assigned").
    duration:
        /\b\d+(?:[.,]\d+)?(?:\s*(?:-|–|to)\s*\d+)?\s*(?:minutes?|mins?|hours?|hrs?|days?|seconds?|secs?)\b|\b(?:minutes|hours|days)\s+(?:to|or)\s+(?:hours|days|weeks)\b|\b(?:an|one|a\s+few|several)\s+(?:minutes?|hours?|days?)\b|\bno\s+fixed\s+(?:wait|time)\b|\bcannot\s+be\s+predicted\b/i,
    // A path through the admin centers' menus: Intune's ("Devices > Windows > Windows enrollment") or Entra's
    // ("Microsoft Entra ID > Manage > Mobility", "Identity > Devices > Device settings").
    path: /\b(?:Devices|Apps|Tenant administration|Endpoint security|Groups|Users|Reports|Microsoft Entra ID|Entra ID|Identity|Azure portal)\s*>\s*[A-Z]/
};

const TYPES: readonly AnswerType[] = ['url', 'number', 'command', 'update', 'log', 'path', 'duration'];

/** What a question asks for: the kinds of fact, and for a number, the things it counts ("how many blocking apps"). */
export interface AnswerAsk {
    types: AnswerType[];
    /** Stems of the words a count or limit is asked of ("app", "device"); a number is asked only with them. */
    counted: string[];
    /**
     * The question's own words (stems), for a URL asked of one thing among several ("the Intel one", "the Autopilot
     * service itself", "for NTP"): the card whose URL sits beside that thing fits best.
     */
    named?: string[];
}

/** Where a count or limit names what it counts: the words after "how many", "max number of", "limit on", or before "limit". */
const COUNTED_AFTER = /\b(?:how\s+many|(?:max|maximum|minimum)(?:\s+(?:number|amount|count)\s+of)?|limit\s+(?:of|on|to|for)|number\s+of)(?=((?:\s+[a-z][a-z-]*){1,3}))/gi;
const COUNTED_BEFORE = /\b([a-z][a-z-]*)\s+(?:limits?|maximum|max|cap)\b/gi;
/** Words around the counted thing that name nothing counted. */
const NOT_COUNTED = new Set(
    ('a an the of can could do does did is are was were will would should i we you u it they my our your per in on at for to ' +
        'there be time max maximum minimum number amount count limit total allowed possible same one single each every ' +
        'how what which many much any some no hard upper lower real actual known default set').split(' ')
);

function stem(word: string): string {
    const lower = word.toLowerCase();
    if (lower.endsWith('ies') && lower.length > 4) return lower.slice(0, -3);
    if (lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3) return lower.slice(0, -1);
    return lower;
}

function countedThings(question: string): string[] {
    const found = new Set<string>();
    for (const match of question.matchAll(COUNTED_AFTER)) {
        for (const word of match[1].trim().split(/\s+/)) if (!NOT_COUNTED.has(word.toLowerCase())) found.add(stem(word));
    }
    for (const match of question.matchAll(COUNTED_BEFORE)) if (!NOT_COUNTED.has(match[1].toLowerCase())) found.add(stem(match[1]));
    return [...found];
}

/** The kinds of fact a question asks for (usually none). */
export function readAnswerAsk(question: string): AnswerAsk {
    const asked = TYPES.filter((type) => ASKS[type].test(question));
    // A count or limit is read only with what it counts: "is there a limit" alone may ask about time, size or anything.
    const counted = asked.includes('number') ? countedThings(question) : [];
    const types = counted.length > 0 ? asked : asked.filter((type) => type !== 'number');
    const named = types.includes('url') ? namedWords(question) : undefined;
    return { types, counted, ...(named ? { named } : {}) };
}

/**
 * Words that say a URL is asked for, or say nothing of which one: they name no thing the URL belongs to. "Firewall",
 * "port", "blocked" stand beside every URL on every card.
 */
const NOT_NAMING = new Set(
    ('the and for with what which where that this those these our your their from into url urls link links host hosts hostname ' +
        'hostnames address addresses domain domains endpoint endpoints site sites server servers fqdn fqdns list allow allowlist ' +
        'whitelist safelist firewall proxy port ports team rule rules open unblock block blocked need needs needed want wants ' +
        'give get pls please thanks itself exact actual also just only does will can should would have has about behind their ' +
        'fail fails failing failed works work device devices laptop laptops windows').split(' ')
);

function namedWords(question: string): string[] {
    const words = question.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? [];
    return [...new Set(words.filter((word) => !NOT_NAMING.has(word)).map(stem))];
}

/** Whether a sentence of the entry holding a URL names one of `words`: "Intel: https://ekop.intel.com/…" for "intel". */
function urlBesideNamed(entry: KnowledgeEntry, words: readonly string[]): boolean {
    if (words.length === 0) return false;
    return readEntry(entry).sentences.some((sentence) => {
        if (!GIVES.url.test(sentence)) return false;
        const said = new Set((sentence.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []).map(stem));
        return words.some((word) => said.has(word));
    });
}

/** The text a technician reads on an entry's card: what it can give. */
function shownText(entry: KnowledgeEntry): string {
    const parts = [entry.title, entry.short, ...entry.details, ...Object.values(entry.os ?? {})];
    if (entry.kind === 'error') parts.push(entry.where, entry.cause, ...entry.fix, entry.escalate);
    if (entry.kind === 'step') parts.push(entry.where, ...entry.values, ...entry.pitfalls);
    return parts.join('\n');
}

const givenByEntry = new WeakMap<KnowledgeEntry, { types: AnswerType[]; sentences: string[] }>();

function readEntry(entry: KnowledgeEntry): { types: AnswerType[]; sentences: string[] } {
    let read = givenByEntry.get(entry);
    if (!read) {
        const text = shownText(entry);
        read = { types: TYPES.filter((type) => GIVES[type].test(text)), sentences: text.split(/(?<=[.;:!?])\s+|\n/) };
        givenByEntry.set(entry, read);
    }
    return read;
}

/** The kinds of fact an entry's card holds. */
export function answerTypesGiven(entry: KnowledgeEntry): AnswerType[] {
    return readEntry(entry).types;
}


/** Per thing counted: a number just before it ("100 blocking apps"), and the thing itself beside a bound. */
const countPatterns = new Map<string, { counted: RegExp; named: RegExp }>();

/** Whether a sentence of the entry counts `thing`: "100 blocking apps", "up to 500 devices", "devices per user (default 50)". */
function countsThing(sentence: string, thing: string): boolean {
    let patterns = countPatterns.get(thing);
    if (!patterns) {
        const word = `\\b${thing.replace(/[^a-z0-9-]/g, '')}\\w*`;
        patterns = { counted: new RegExp(`(?<!\\b(?:microsoft|office)\\s)\\b\\d+(?:,\\d{3})?(?:\\s+[a-z-]+){0,2}?\\s+${word}`, 'i'), named: new RegExp(word, 'i') };
        countPatterns.set(thing, patterns);
    }
    return patterns.counted.test(sentence) || (BOUND.test(sentence) && patterns.named.test(sentence));
}

/** Whether the entry gives what the question asks: one of its kinds of fact; for a count, of the thing counted. */
export function givesAsked(entry: KnowledgeEntry, ask: AnswerAsk): boolean {
    const read = readEntry(entry);
    return ask.types.some((type) => {
        if (type !== 'number') return read.types.includes(type);
        return read.sentences.some((sentence) => ask.counted.some((thing) => countsThing(sentence, thing)));
    });
}

/** What a candidate that gives the asked kind of fact gains: enough to pass a close neighbour, not a clear winner. */
const GIVES_ASKED = 1.5;
/** What a card whose URL stands beside the thing asked about gains on top: enough to pass another card of URLs. */
const URL_NAMED = 1.4;

/**
 * Reorders close candidates so those that give the asked kind of fact come first. A question that asks for none, or
 * candidates none of which give it, keep retrieval's order.
 */
export function rankByAnswerType<T extends { score: number }>(ask: AnswerAsk, candidates: readonly T[], entryOf: (candidate: T) => KnowledgeEntry): T[] {
    if (ask.types.length === 0 || candidates.length < 2) return [...candidates];
    const best = candidates[0].score;
    const close = candidates.filter((c) => c.score >= best * CANDIDATE_SHARE);
    const rest = candidates.filter((c) => c.score < best * CANDIDATE_SHARE);
    const gives = (c: T) => givesAsked(entryOf(c), ask);
    if (!close.some(gives)) return [...candidates];
    // A URL asked of one thing: among the cards that give URLs, those whose URL stands beside that thing first.
    const named = (c: T) => ask.types.includes('url') && ask.named !== undefined && urlBesideNamed(entryOf(c), ask.named);
    const rescored = close
        .map((c) => ({ ...c, score: gives(c) ? c.score * GIVES_ASKED * (named(c) ? URL_NAMED : 1) : c.score }))
        .sort((a, b) => b.score - a.score);
    return [...rescored, ...rest];
}
