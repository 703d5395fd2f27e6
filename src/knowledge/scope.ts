/**
 * Decides whether a question is about this bot's subject (Windows Autopilot pre-provisioning, Entra join) at all,
 * from what it talks about, before any retrieval: a neighbouring topic (another Autopilot product, another Intune
 * feature, licensing, general IT) or no deployment vocabulary at all means out of scope. Pure: text in, verdict out.
 */
import { findErrorCodes } from '../domain/errorCodes';
import { END_USER_AT_SETUP } from './endUserAtSetup';
import { PatternGates } from './literalGate';
import type { SettingNames } from './settingNames';

/** A neighbouring topic the bot declines, with where to go instead. */
export interface ScopeTopic {
    id: string;
    topic: string;
    /** Short phrases that name the topic; each matches as whole words, in order, case-insensitively. */
    phrasings: readonly string[];
    /** Wordings too varied for phrasings ("create a … compliance policy"); matched like a phrasing of several words. */
    patterns?: readonly RegExp[];
    /**
     * Wordings that make this neighbour the subject whatever else the question names, pre-provisioning words
     * included: "device preparation: can I pre-provision?" asks about the other product.
     */
    decisive?: readonly RegExp[];
    /**
     * What makes this neighbour a mere detail of a deployment question ("antivirus blocks Win32 installs during the
     * ESP"). Without it the neighbour is the subject, whatever deployment words stand beside it.
     */
    unlessAbout?: RegExp;
    /**
     * Error-code families (canonical hex prefixes such as `0xC004`) that belong to this topic: a code of the family
     * the knowledge does not list is the neighbour's, whatever else the question says.
     */
    codeFamilies?: readonly string[];
    /**
     * The entry that says how this neighbour differs from pre-provisioning: asked side by side ("self-deploying vs
     * pre-provisioning: what's the difference"), the question is ours and that entry answers it.
     */
    comparison?: string;
    /**
     * The entry that says what of this neighbour the bot covers: asked whether it is covered at all ("is hybrid join
     * covered?", "do you do hybrid?"), that entry answers instead of a decline.
     */
    boundary?: string;
    /** One line: where to go instead. */
    redirect: string;
    url?: string;
}

export type ScopeVerdict =
    /**
     * `anchored`: names pre-provisioning or Autopilot itself. `domain`: at least names the deployment platform or its
     * objects (Intune, enrollment, a policy, a profile); without it the question only uses everyday words (a screen,
     * a laptop, Wi-Fi) and is ours only when the knowledge clearly answers it. `topic`: also names a neighbour;
     * `phrasing`: the words that named it, when they are one of its phrasings.
     */
    | { kind: 'in'; anchored: boolean; domain: boolean; topic?: ScopeTopic; phrasing?: string }
    /** Names a neighbouring topic and nothing of pre-provisioning. */
    | { kind: 'out'; topic: ScopeTopic }
    /** No deployment vocabulary at all: chit-chat, general questions. */
    | { kind: 'foreign' }
    /** A complaint with nothing to go on ("it doesn't work"): ask for more rather than decline. */
    | { kind: 'vague' };

/**
 * Words of this bot's own subject, pre-provisioning with Entra join: with one of them the question is ours even
 * when it also names a neighbour ("does white glove work with hybrid join?", "Entra join or hybrid join?").
 */
const PRE_PROVISIONING = new RegExp(
    [
        'pre[\\s-]*p(?:r?o|r)v\\w*', 'white[\\s-]*gl\\w*', 'wg', '(?<!hybrid[\\s-]+)entra[\\s-]+join\\w*', 'technician', 'techs?',
        're-?se[ae]l\\w*', 'tech[\\s-]+flow', 'provision button', 'bench'
    ].join('|'),
    'i'
);

/**
 * Words of Autopilot deployment in general: the question is ours unless it also names a specific neighbour
 * ("corporate identifiers for Autopilot device preparation" names Autopilot too, and is not ours).
 */
const ANCHORS = new RegExp(
    [
        'autopilot', 'esp', 'enrol+ment status', '(?:status|progress) (?:page|screen)',
        'oobe\\w*', 'out[\\s-]+of[\\s-]+(?:the[\\s-]+)?box', 'tpm', 'attestation', 'provision(?:ed|ing)?', 'windows[\\s-]+key',
        'win[\\s-]*key', 'ztd\\w*', 'hardware[\\s-]+(?:hash|id)', 'hwid', 'hash', 'secur\\w* (?:your |ur |the )?hardware',
        'identifying', 'mdmdiagnosticstool', 'companion app', 'qr', '(?:box|square|pixel\\w*|checker\\w*)[\\s-]*(?:looking|like|shaped|y)?[\\s-]+(?:bar)?code', 'device[\\s-]*setup', 'account[\\s-]*setup',
        'user[\\s-]+flow', '(?:autopilot|deployment)[\\s-]+profile', 'mdm[\\s-]+(?:user )?scope',
        'shift[\\s+-]*f10', '(?:ctrl|control)[\\s+-]*shift[\\s+-]*d', 'ime', 'intune management extension', 'moderndeployment\\w*',
        'get-windowsautopilotinfo', 'autopilotdiagnostics', 'view diagnostics', 'export logs',
        // An event of the Autopilot log by its number ("event 153 state change", "event id 815").
        'event[\\s-]*(?:id[\\s-]*)?\\d{3}',
        // The deployment profile's naming setting and its macros.
        'device[\\s-]+nam(?:e|ing)[\\s-]+(?:template|pattern|macros?)', '%serial%', '%rand(?::\\d+)?%',
        'enrollment status', 'bitlocker', 'laps', 'hello for business', 'whfb', 'ekcert\\w*', 'ftpm', 'ptt',
        // A command prompt on the setup screens is OOBE's (Shift+F10): "a command prompt on the blue setup screen".
        'command\\s+prompt\\b.{0,40}\\bsetup\\s+(?:screen|page)',
        // OOBE's own screens by what they ask ("asking what country im in", "add a second keyboard layout?").
        '(?:second|right)\\s+keyboard(?:\\s+layout)?', 'keyboard\\s+layouts?', 'country\\s+or\\s+region', 'what\\s+country',
        // The result screens of the technician flow, by their names.
        '(?:success|failure|result)[\\s-]+(?:screen|page)'
    ].join('|'),
    'i'
);

/**
 * A thing placed in a phase of the deployment ("runs during the ESP", "reboots in device setup", "non-compliant right
 * after account setup"): the deployment is what is asked about, a neighbour named there only its object.
 */
const IN_A_PHASE = new RegExp(
    String.raw`\b(?:during|in|at|after|before|through|on|into)\s+(?:the\s+)?(?:esp|enrol+ment\s+status(?:\s+page)?|device[\s-]*setup|account[\s-]*setup|user[\s-]*flow|tech(?:nician)?[\s-]*(?:flow|phase)|oobe|re-?seal|pre-?provision\w*)\b|\besp\s+(?:waits?|hangs?|stuck|fails?|shows?)\b|\b(?:autopilot|oobe)\s+sign[\s-]?in\b|\b(?:right|just|straight|directly|immediately|shortly|soon)\s+after\s+(?:the\s+)?(?:setup|set[\s-]?up|enrol\w*|deployment|provisioning|autopilot|first\s+sign[\s-]?in|sign[\s-]?in|unboxing|reseal)\b`,
    'i'
);

/**
 * Words of the deployment platform (Intune, Entra) and its objects: enough to be ours unless a neighbouring topic is
 * named too ("enroll Android phones in Intune" is about Android). With one of them a weak match still offers the
 * closest topics rather than declining.
 */
const PLATFORM = new RegExp(
    [
        'intune', 'entra', 'azure ad', 'aad', 'mdm',
        'enrol+\\w*', 'hardware', 'baseline', 'gpo', 'group policy', 'uac', 'vbs', 'applocker', 'app control',
        'autoadminlogon', 'legal notice', 'kiosk', 'domain', 'ppkg', 'provisioning package', 'reimag\\w*', 'join\\w*',
        'polic(?:y|ies)', 'profiles?', 'registry', 'event ?id', 'event viewer', 'bios', 'uefi', 'firmware',
        'retry', 'serials?', 'time[\\s-]*out', 'timed out', 'compliance', 'complian\\w*', 'licen[cs]e\\w*',
        'groups?', 'assign\\w*', 'certificates?', 'scripts?', 'win32', 'lob', 'msi', 'deployment', 'provision\\w*',
        // An installer's result as the ESP and the IME report a failing app: "exit code 1603", "and 1641?".
        '(?:exit|return|installer|install) codes?', '(?<!port\\s)(?:1602|1603|1618|1619|1620|1625|1633|1638|1641|3010)',
        'oems?', 'resellers?', 'diagnostic\\w*', 'cab', 'ztd', 'phase', 'green screen', 'config(?:uration)?[\\s-]+screen',
        // The admin side of registration, its list's status values and what changes a device's identity: a CSV
        // imported ("clicked Import with the CSV, it was opened in Excel first"; a CSV from the bank crashing Excel is
        // not), "Attention required", a motherboard swapped.
        '(?:import\\w*|upload\\w*)\\b.{0,40}\\bcsv', 'csv\\b.{0,40}\\b(?:import\\w*|upload\\w*)', 'attention required', 'fix pending', '(?:mother|main|system|logic)[\\s-]?boards?',
        // The screen a failed deployment shows, and what it says ("can the error screen say call the helpdesk").
        '(?:error|failure)[\\s-]+(?:screens?|pages?)', 'custom (?:error )?messages?',
        'step\\s*\\d', 'tenant', 'apps? install\\w*', 'installing apps?',
        // The device name template's tokens asked alone ("%RAND:x% what is x", "is %SERIAL% the full serial").
        '%serial%', '%rand',
        // The device's clock and where it sets it from: attestation and the ESP depend on the right time.
        'ntp', 'time[\\s-]+(?:server|source|sync\\w*)',
        // Apps readied for a customer before the devices go out: what the deployment installs, and when.
        'pre-?install\\w*', 'pre-?load\\w*', 'before\\s+(?:we\\s+|they\\s+|it\\s+)?(?:ship(?:s|ped|ping)?|deliver(?:y|ed|ing)?)',
        // The device sent on to its user once prepared ("ship it to him directly", "post it to her house").
        '(?:ship|send|post|courier|mail|deliver)(?:s|ed|ing)?\\s+(?:it|them|the\\s+(?:laptops?|devices?|pcs?|machines?))\\s+(?:straight\\s+|directly\\s+|out\\s+)?to\\s+(?:the\\s+)?(?:users?|him|her|them|staff|employees?|their|his|remote)',
        // The end user getting the device we prepared ("what will the end user do when they get the laptop from us").
        '(?:end[\\s-]+users?|employees?|new[\\s-]+(?:hires?|starters?))\\b.{0,40}\\b(?:get|gets|receives?|unbox\\w*|collects?|picks?\\s+up)\\s+(?:the\\s+|their\\s+|a\\s+|her\\s+|his\\s+|new\\s+)*(?:laptops?|devices?|pcs?|machines?|computers?)',
        // The end user's own part in everyday words ("what does she do when she switches it on", "her part on home
        // broadband", "the first sign-in"): the user flow.
        END_USER_AT_SETUP,
        // Devices got registered, in bulk or by model ("get 500 new latitudes registered", "register the new laptops"):
        // Autopilot registration, with no deployment word of its own.
        '(?:laptops|notebooks|devices|pcs|machines|computers|units|latitudes|elitebooks|probooks|thinkpads|optiplexe?s|surfaces)\\b.{0,30}\\b(?:regist\\w*)',
        '(?:batch|order|shipment|delivery)\\b.{0,20}\\bregist\\w*', 'regist\\w*\\s+(?:the\\s+|our\\s+|this\\s+)?(?:new\\s+)?(?:batch|order|shipment|delivery)\\b',
        '(?:regist\\w*)\\s+(?:(?:all|the|our|these|those|them|new|\\d+|many|hundreds?|a\\s+batch\\s+of|lots\\s+of)\\s+)*(?:laptops?|notebooks?|devices?|pcs?|machines?|computers?|units?|latitudes?|elitebooks?|probooks?|thinkpads?|optiplexe?s?|surfaces?)',
        // What happens to a device at the bench mid-deployment.
        // A failure screen's button pressed ("if I hit Reset, does it start again from scratch").
        '(?:hit|hitting|press\\w*|click\\w*|tap\\w*|chose|choose|pick\\w*)\\s+(?:the\\s+)?(?:reset|retry)(?:\\s+button)?',
        'unplug\\w*', 'plugged', 'reboot\\w*', 'restart\\w*', 'spinn\\w*', 'dots', '(?:red|black) screen',
        // The screen's colour as its state ("it went red", "turned red after device setup"): the failure screen.
        '(?:went|goes|going|gone|turned|turns|turning)\\s+red', 'power (?:cut|loss|outage)', 'lost power',
        'switch(?:ed|ing)?\\s+(?:it\\s+)?off', 'turn(?:ed|ing)?\\s+(?:it\\s+)?off'
    ].join('|'),
    'i'
);

/**
 * Everyday words that describe a situation at the bench ("the dots keep spinning", "someone unplugged it"): enough to
 * be ours when the knowledge clearly answers; any IT question uses them, so alone they never keep a decline away.
 */
const EVERYDAY = new RegExp(
    [
        'logon', 'banner', 'image', 'windows', 'win1[01]', 'w1[01]',
        'screen\\w*', 'circle', 'black', 'blue', 'red', 'green', 'stuck', 'hang\\w*', 'hung',
        'froze\\w*', 'freez\\w*', 'power\\w*', 'cable', 'ethernet',
        'wi-?fi', 'wireless', 'network', 'proxy', 'firewall', 'url', 'endpoints?', 'pin', 'apps?', 'install\\w*',
        'sign(?:ed|ing)?[\\s-]*in', 'log(?:ged|ging)?[\\s-]*in', 'login', 'accounts?', 'keyboard', 'region',
        'language', 'logs?', 'usb', 'event', 'device', 'laptops?', 'pcs?', 'machines?', 'computers?', 'surface', 'dell',
        'lenovo', 'hp', 'drivers?', 'updates?', 'reset', 'users?', 'dynamic', 'office', 'm365', 'shutdown',
        'shut down', 'vm', 'virtual', 'hyper-?v', 'online', 'offline', 'internet', 'connect\\w*', 'lid', 'battery',
        'sleep', 'hibernat\\w*', 'e-?mail', 're-?do', 'wired', 'wifi', 'lan', 'fail\\w*', 'success\\w*', 'progress',
        'error', 'code', 'steps?', 'setup', 'set up', 'setting\\s+up'
    ].join('|'),
    'i'
);

/** A complaint without a subject. */
const TROUBLE = /\b(?:doesn'?t work|not working|broken|won'?t work|problem|issue|help me|it failed|stopped working|error)\b/i;

/** Words that say nothing of what is wrong: pronouns, helpers, question words, "again", "please". */
const SAYS_NOTHING =
    /^(?:the|a|an|it|its|it's|this|that|these|those|there|here|is|are|was|were|be|been|do|does|did|don't|doesn't|didn't|has|have|had|can|could|will|would|should|what|why|how|who|when|where|which|now|still|again|just|really|any|ideas?|please|pls|plz|help|me|my|our|we|us|you|your|i|i'm|im|to|of|in|on|at|with|for|and|or|but|so|not|no|yes|ok|okay|hi|hello|hey|thanks|same|one|all|anymore|keeps?|always|today|getting|got|get)$/;

/**
 * A complaint that names what is wrong beyond the complaint ("the air conditioning in the gym is broken again, who do we
 * call"): a subject of its own, not the bot's, rather than "it doesn't work" with nothing to go on.
 */
function namesASubjectOfItsOwn(text: string): boolean {
    const rest = text.replace(TROUBLE, ' ').toLowerCase().split(/[^a-z']+/).filter((word) => word.length >= 3 && !SAYS_NOTHING.test(word));
    return rest.length >= 3;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words that change nothing about the subject: "reset my password" and "reset a user's password" are one topic. */
const DETERMINERS = /\b(?:a|an|the|my|our|your|his|her|their|its|this|that|these|those|some|any)\b/g;

/** What phrasings are matched against: lower case, determiners and punctuation out. */
function plainWords(text: string): string {
    return ` ${text.toLowerCase().replace(/[’']/g, '').replace(DETERMINERS, ' ').replace(/[^\p{L}\p{N}.]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;
}

/**
 * A phrasing as a pattern: its words in order as whole words, each also plural or possessive, with at most one
 * other word between two of them ("reset a user's password" meets "reset my password").
 */
function phrasePattern(phrasing: string): RegExp {
    const words = plainWords(phrasing).trim().split(' ').filter(Boolean).map((w) => `${escape(w)}(?:s|es)?`);
    return new RegExp(` ${words.join(' (?:[\\p{L}\\p{N}.]+ )?')} `, 'u');
}

/** The words a phrasing's word matches as (see phrasePattern): itself, plural or possessive. */
function wordForms(word: string): string[] {
    return [word, `${word}s`, `${word}es`];
}

interface Phrasing {
    topic: ScopeTopic;
    /** The phrasing itself; a pattern has none. */
    phrasing?: string;
    length: number;
    specific: boolean;
    pattern: RegExp;
    firstWord: string;
    plain: boolean;
}

function wordsOf(pattern: RegExp): RegExp {
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern.source})(?:e?s)?(?![\\p{L}\\p{N}])`, 'iu');
}

const PRE_PROVISIONING_WORDS = wordsOf(PRE_PROVISIONING);

/**
 * The product's name however a technician shortens or mistypes it ("preprov", "pre-prov", "preprovisoning"). The
 * neighbours' exceptions ("…unless it is about pre-provisioning") are written with the full word, so they are read on
 * the question with the name spelled out: "Company Portal failed during preprov" is as much ours as "…during
 * pre-provisioning". Not "wg", which beside a neighbour is as often WireGuard, nor "white glove", which has a courier
 * sense of its own.
 */
const PRODUCT_SHORTHAND = /\bpre[\s-]*p(?:r?o|r)v\w*/gi;

function withProductSpelledOut(text: string): string {
    return text.replace(PRODUCT_SHORTHAND, 'pre-provisioning');
}
const ANCHOR_WORDS = wordsOf(ANCHORS);
const PLATFORM_WORDS = wordsOf(PLATFORM);
const EVERYDAY_WORDS = wordsOf(EVERYDAY);

/**
 * Our words that other trades use too: a seal resealed, a car's ESP, a tyre's TPM(S), a butler's white glove, a port or
 * an account provisioned, a workbench. Alone in a longer message, beside no other word of a deployment, a device or a
 * screen ("the ESP light came on in the truck, safe to drive?", "reseal the minibar after checkout"), one of them is
 * read as foreign: only a strong match with the knowledge makes the question ours. Two of them together, or one with a
 * question about the word or a run's timing, are ours.
 */
const SHARED_WORD = /(?<![\p{L}\p{N}])(?:re-?se[ae]l\w*|white[\s-]*gloves?|esp|oobe|tpms?|provision(?:ed|ing|s)?|pre[\s-]*provision\w*|bench(?:es)?|techs?|wg)(?![\p{L}\p{N}])/giu;
/** How many words of its own (three letters or more) a message needs before its shared words alone say nothing. */
const OTHER_TRADE_WORDS = 5;
/**
 * What a question about our word itself or about a run's timing says beside it ("what does ESP stand for", "is that the
 * same as", "the bench part took how long", "sat in a cage 7 months ago, still fine?"): ours, even with one shared word.
 */
const ABOUT_OUR_WORD = /\b(?:stand\s+for|stands\s+for|mean|means|meaning|same\s+(?:as|thing)|default|custom|menu|key|trick|took|take|takes|wait\w*|long|ago|months?|weeks?|days?|hours?|mins?|minutes?|ship\w*|still\s+fine|problem|normal|expected)\b/i;
/** Our word as when something happens ("during the ESP", "after reseal", "at OOBE", "on the bench"): a deployment's phase. */
const OUR_WORD_AS_A_TIME = /\b(?:during|while|before|after|at|on|in|through)\s+(?:the\s+|a\s+)?(?:esp|oobe|re-?seal\w*|bench|white[\s-]*glove|pre[\s-]*provision\w*|provisioning)\b/i;
function onlyWordsOfOtherTrades(text: string): boolean {
    const shared = text.match(SHARED_WORD) ?? [];
    if (shared.length !== 1 || OUR_WORD_AS_A_TIME.test(text)) return false;
    const rest = text.replace(SHARED_WORD, ' ');
    if (PRE_PROVISIONING_WORDS.test(rest) || ANCHOR_WORDS.test(rest) || PLATFORM_WORDS.test(rest) || EVERYDAY_WORDS.test(rest) || ABOUT_OUR_WORD.test(rest)) return false;
    return (rest.match(/\p{L}{3,}/gu) ?? []).length >= OTHER_TRADE_WORDS;
}

export interface ScopeJudge {
    judge(text: string): ScopeVerdict;
}

/**
 * `ownSettings`: our settings by their on-screen names (the entries' `settings`). A question that quotes one is ours
 * like one that names pre-provisioning, even when it names hybrid join beside it ("Users may join devices: needed for
 * hybrid?"); only a decisive neighbour still wins.
 */
export function createScopeJudge(topics: readonly ScopeTopic[], ownSettings?: Pick<SettingNames, 'quotesAny'>): ScopeJudge {
    const quotesOwnSetting = (text: string) => ownSettings?.quotesAny(text) ?? false;
    // Longer phrasings first, so the most specific topic is the one named in the decline. A phrasing of several words
    // names its subject specifically; a single general word ("Excel" in "opened the Autopilot CSV in Excel") is a detail.
    const phrasings: Phrasing[] = topics
        .flatMap((topic) =>
            topic.phrasings.map((phrasing) => ({
                topic,
                length: phrasing.length,
                specific: /[\s-]/.test(phrasing.trim()),
                pattern: phrasePattern(phrasing),
                phrasing,
                firstWord: plainWords(phrasing).trim().split(' ')[0],
                plain: true
            }))
        )
        .sort((a, b) => b.length - a.length);
    // Most questions name no neighbour. A phrasing can only match where the message has its first word (plural
    // or not), so only the phrasings whose first word the message has are tried: one pass over the message's words
    // instead of all phrasings as one regex, which cost a turn more than anything else in understanding.
    const byFirstWord = new Map<string, number[]>();
    phrasings.forEach((phrasing, rank) => {
        for (const form of wordForms(phrasing.firstWord)) byFirstWord.set(form, [...(byFirstWord.get(form) ?? []), rank]);
    });
    /** The phrasings whose first word the message has, in the order they are tried (longest first). */
    const candidates = (plain: string): Phrasing[] | undefined => {
        let found: Set<number> | undefined;
        for (const word of plain.split(' ')) {
            const ranks = byFirstWord.get(word);
            if (ranks) for (const rank of ranks) (found ??= new Set()).add(rank);
        }
        return found && [...found].sort((a, b) => a - b).map((rank) => phrasings[rank]);
    };
    // A pattern stands for a phrasing of several words: it names its topic as specifically.
    // Each list with its gates (see literalGate): most questions name none of their words.
    const shaped: Omit<Phrasing, 'firstWord'>[] = topics.flatMap((topic) => (topic.patterns ?? []).map((pattern) => ({ topic, length: 0, specific: true, pattern, plain: false })));
    const shapedGates = new PatternGates(shaped, (p) => p.pattern);
    const decisive = topics.flatMap((topic) => (topic.decisive ?? []).map((pattern) => ({ topic, pattern })));
    const decisiveGates = new PatternGates(decisive, (d) => d.pattern);
    const families = topics.flatMap((topic) => (topic.codeFamilies ?? []).map((prefix) => ({ topic, prefix: prefix.toUpperCase() })));
    return {
        judge(rawText: string): ScopeVerdict {
            const text = rawText.toLowerCase().replace(/[’]/g, "'");
            const decided = decisiveGates.candidates(text).find((d) => d.pattern.test(text));
            if (decided) return { kind: 'out', topic: decided.topic };
            const plain = plainWords(rawText);
            // A code of a neighbour's family (0xC004… is activation) names that neighbour exactly.
            const codes = findErrorCodes(rawText);
            const family = families.find((f) => codes.some((code) => code.toUpperCase().startsWith(f.prefix)));
            if (family) return { kind: 'out', topic: family.topic };
            // A neighbour the question is about only as a detail of a deployment ("antivirus during the ESP") is no neighbour.
            const spelledOut = withProductSpelledOut(text);
            const detail = (topic: ScopeTopic) => topic.unlessAbout?.test(spelledOut) ?? false;
            const tried = candidates(plain);
            const named =
                tried?.find((p) => p.pattern.test(plain) && !detail(p.topic)) ??
                shapedGates.candidates(text).find((p) => p.pattern.test(text) && !detail(p.topic));
            const topic = named?.topic;
            if (topic?.unlessAbout) return { kind: 'out', topic };
            const phrasing = named?.phrasing;
            if (!topic && onlyWordsOfOtherTrades(text)) return { kind: 'foreign' };
            if (PRE_PROVISIONING_WORDS.test(text) || quotesOwnSetting(text)) return { kind: 'in', anchored: true, domain: true, topic, phrasing };
            if (ANCHOR_WORDS.test(text)) {
                // A neighbour of several words is the subject beside Autopilot words, unless it is placed in a phase.
                const subject = named?.specific && !IN_A_PHASE.test(text);
                return subject ? { kind: 'out', topic: named.topic } : { kind: 'in', anchored: true, domain: true, topic, phrasing };
            }
            if (topic) return { kind: 'out', topic };
            if (PLATFORM_WORDS.test(text)) return { kind: 'in', anchored: false, domain: true };
            if (EVERYDAY_WORDS.test(text)) return { kind: 'in', anchored: false, domain: false };
            return TROUBLE.test(text) && !namesASubjectOfItsOwn(text) ? { kind: 'vague' } : { kind: 'foreign' };
        }
    };
}
