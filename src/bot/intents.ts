import { matchAssignCommand, type AssignCommand } from '../assign/commands';
import { parseDeviceCode, type DeviceCode } from '../domain/deviceCode';
import { findErrorCodes } from '../domain/errorCodes';
import { findDeviceGuids, findSerials, isSerialNumber, SERIAL_LENGTH } from '../domain/identifiers';
import { errorEntryForCode, isTutorialStep, outOfScopeTopics } from '../knowledge';
import type { ErrorEntry } from '../knowledge/types';
import { FACET_NAMES, type Facets, readFacets } from '../knowledge/facets';
import type { ScopeTopic } from '../knowledge/scope';
import type { KnowledgeEntry, OsVariant } from '../knowledge/types';
import type { Understanding } from '../knowledge/understanding';
import type { DeviceInFocus } from '../memory/conversationMemory';
import { matchWatchIntent, type WatchIntent } from './watchIntents';
import { findComputerModels, findModelNumbers, findShortSerial, MIN_SERIAL_IN_TEXT } from '../domain/identifiers';
import { EscalationCommand, matchEscalationCommand } from '../escalation/commands';

/** What a technician's message asks for. Pure: text in, intent out. */
export type Intent =
    | { kind: 'empty' }
    | { kind: 'help' }
    | { kind: 'greeting' }
    /** "thanks", "cheers", "ok great": acknowledged, not declined. */
    | { kind: 'thanks' }
    /** "that didn't help", "this is useless": acknowledged with a way forward, never the same card again. */
    | { kind: 'notHelpful' }
    | { kind: 'startOver' }
    | { kind: 'next' }
    | { kind: 'back' }
    | { kind: 'step'; step: number; os?: OsVariant }
    | { kind: 'stepOutOfRange'; step: number }
    | { kind: 'flowWalkthrough'; os?: OsVariant }
    | { kind: 'checklist'; serial?: string }
    | { kind: 'espTips'; os?: OsVariant }
    /** `also`: other devices named in the same message; one card is shown and the reply says how to see the others. */
    /** `notSerial`: what was sent where a serial should be, when it cannot be one ("status ABC", a 200-character paste). */
    | { kind: 'status'; serial?: string; also?: string[]; notSerial?: string }
    /** "What now?" right after a device's status: its next step. */
    | { kind: 'deviceNextStep'; device: DeviceInFocus }
    /** The configuration screen's QR text or a bare Autopilot (ZTD) id. */
    | { kind: 'deviceCode'; code: DeviceCode }
    /** Assign or remove a device's user, or who changed it. */
    | { kind: 'assignment'; command: AssignCommand }
    | { kind: 'errorCode'; code: string; os?: OsVariant }
    | { kind: 'osFollowUp'; os: OsVariant }
    /** `said`: the follow-up's own words, to choose among entries that fit the facets equally. */
    | { kind: 'facetFollowUp'; facets: Facets; said?: string }
    | { kind: 'answer'; entryId: string; os?: OsVariant }
    /** `note`: one line on what was named, when it belongs to the neighbour (a hybrid join code asked about as such). */
    | { kind: 'outOfScope'; topic?: ScopeTopic; note?: string }
    | { kind: 'unsure'; suggestions: string[] }
    | WatchIntent
    /** A device asked about by too short a part of its serial ("watch 5CD3"): never guessed, never the last device. */
    | { kind: 'serialTooShort'; fragment: string }
    /** Helpdesk hand-off: "escalate PF3XYZ12 …", "note for ESC-12: …", "use this channel for escalations"… */
    | { kind: 'escalation'; command: EscalationCommand };

/** Only the start of a very long message is read: enough for any question, bounded work for any input. */
export const MAX_TEXT_READ = 4000;

const NUMBER_WORDS: Record<string, number> = {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10
};
const NUMBER = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)';
const ORDINAL = '(\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
/** "step" and how it gets mistyped. */
const STEP_WORD = '(?:st[ea]p|stpe|setp|steo|stepp)';
const STEP_PATTERNS = [
    new RegExp(`\\b${STEP_WORD}\\s*(?:#|no\\.?|number)?\\s*${NUMBER}\\b`),
    new RegExp(`\\b${ORDINAL}\\s+${STEP_WORD}\\b`)
];

/**
 * The Windows version a message is about (not one it rules out: "on w10, not w11" is Windows 10). A message that names
 * both ("win11 says sign in but our win10 notes say next, which is it?") is about both: the answer shows both.
 */
export function detectOs(text: string): OsVariant | undefined {
    const { os } = readFacets(text);
    return os.length === 1 ? os[0] : undefined;
}

function stepNumber(lower: string): number | undefined {
    for (const pattern of STEP_PATTERNS) {
        const match = pattern.exec(lower);
        if (!match) continue;
        const word = match[1];
        return NUMBER_WORDS[word] ?? Number(word.replace(/(st|nd|rd|th)$/, ''));
    }
    return undefined;
}


/** Stands in for a serial fragment, to see whether the message asks about a device. */
const WHOLE_SERIAL_STAND_IN = 'QZ0000000Q';
const SHORT_MESSAGE_WORDS = 3;

/** A lookup of a device not named yet ("status", "check my device"): the bot asks which one. */
const STATUS_REQUEST =
    /^(?:(?:check |show |get )?(?:the |my )?(?:device |intune |provisioning )?status|(?:what(?:'s| is) the )?status of (?:my|the|this|a) (?:device|laptop|pc|machine)|(?:check|look ?up) (?:the |my |a )?(?:device|laptop|pc|machine|serial)(?:'s)?(?: status)?|how(?:'s| is) my (?:device|laptop|pc|machine)(?: doing)?|where(?:'s| is) my (?:device|laptop|pc|machine)(?: at)?|is (?:my|the|this) (?:device|laptop|pc|machine) (?:still )?(?:done|ready|finished|stuck|ok|okay|provisioning|going|running)(?: yet| or not)?)[\s?!.]*$/;

/** The device an intent acts on, when it names one. */
function deviceNamedBy(intent: Intent): string | undefined {
    switch (intent.kind) {
        case 'status':
        case 'checklist':
        case 'watch':
        case 'unwatch':
            return intent.serial;
        case 'assignment':
            return intent.command.device;
        case 'escalation':
            // "escalate <serial> <note>": the device is the first word; a short token later is part of the note.
            return intent.command.kind === 'escalate' ? intent.command.rest.split(' ')[0] : undefined;
        default:
            return undefined;
    }
}

/**
 * Whether `fragment` (too short to be a serial) stands where a device would: read as if a whole serial stood there,
 * the message asks about that device ("status 5CD3", "escalate 5CD3 red screen", "assign ana to 5CD3"). It is then
 * answered "too short", never looked up as a guess nor replaced by the last device. Commands have a device slot, so any
 * fragment in it counts; in free sentences model names ("T14", "G10") are short too, so a shorter fragment counts only
 * in a message of a few words.
 */
function asksAboutFragment(text: string, fragment: string, understanding: Understanding, topic?: KnowledgeEntry): boolean {
    const asIfWhole = matchIntent(text.replace(new RegExp(`(?<![\\w-])${fragment}(?![\\w-])`), WHOLE_SERIAL_STAND_IN), understanding, topic);
    if (deviceNamedBy(asIfWhole) !== WHOLE_SERIAL_STAND_IN) return false;
    const command = asIfWhole.kind === 'escalation' || asIfWhole.kind === 'assignment';
    if (command) return true;
    const fewWords = text.split(' ').length <= SHORT_MESSAGE_WORDS;
    // A whole serial anywhere is a lookup; a short token only in a message that asks about a device's state ("room
    // 4B12 projector is dead" asks nothing about one).
    const asksAboutDevice = asIfWhole.kind !== 'status' || fewWords || FRAGMENT_ASK.test(text.toLowerCase());
    return asksAboutDevice && (fragment.length === MIN_SERIAL_IN_TEXT - 1 || fewWords);
}

/** Words that make a message about a device a lookup: "status …", "how is … doing", "check …". */
const DEVICE_QUESTION = /\b(status|how(?:'s| is)|doing|look ?up|check|find|where(?:'s| is)|state of|progress)\b/;

/** What a message with a short token must ask for that token to be read as part of a serial: its state or progress. */
const FRAGMENT_ASK = /\b(?:status|how(?:'s| is)|doing|look ?up|check|find|where(?:'s| is)|state of|progress|done|ready|finished|stuck|fail(?:ed|ing|s)?|update on|news on|still\s+(?:in|on|at|going|running|installing|provisioning|spinning)|is it\s+(?:through|complete|over))\b/;

/**
 * A checklist of the whole setup ("checklist for setting up white glove from scratch", "setup checklist in order") asks
 * for the tutorial's steps in Intune and Entra, not the pre-flight checks of one device at the bench.
 */
/**
 * The technician's own checklist named as what an answer is for or where a claim comes from ("my checklist needs the
 * name", "our checklist says scan the QR", "for our checklist", "the checklist for the student staff", "writing a
 * checklist"): context, not a request for the pre-flight checklist.
 */
const OWN_CHECKLIST =
    /\b(?:my|our|the|their|a|this|that)\s+(?:own\s+|team'?s?\s+|[\w-]+\s+)?check\s?list\s+(?:says?|said|needs?|needed|wants?|asks?|asked|has|had|lists?|listed|mentions?|requires?|tells?|told|wants?|calls?|reads?|item)\b|\b(?:for|in|on|into)\s+(?:my|our|the\s+team'?s?)\s+(?:own\s+)?check\s?list\b|\b(?:the|my|our|a)\s+check\s?list\s+for\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}(?:staff|techs?|technicians|team|students?|workers?|people|hires?|starters?|crew|volunteers?)\b|\b(?:writ\w*|wrote|updat\w*|mak\w*|build\w*|draft\w*|edit\w*)\s+(?:a|the|our|my)\s+(?:own\s+)?check\s?list\b/g;

/** Asked to be taken through something step by step ("walk me through", "guide me", "screen by screen"). */
const WALKTHROUGH = /\b(walk ?(me )?through|walkthrough|guide me|screen by screen|take me through)\b/;
/** Words of a walkthrough request that name no subject ("walk me through the whole thing again, step by step please"). */
const NAMES_NOTHING = new Set(
    ('walk walkthrough through guide take me us it this that the a an whole entire thing things process everything all of ' +
        'again please pls step steps by screen screens one from start to finish end beginning can could you would will how ' +
        'do i we what is are bit part flow just quickly real quick now once more').split(' ')
);

/** More than the walkthrough's own words: at least two words that could name what it is of. */
function namesASubject(lower: string): boolean {
    return lower.split(/[^a-z0-9-]+/).filter((word) => word && !NAMES_NOTHING.has(word)).length >= 2;
}

/**
 * What a screen shows, or what to check on it, asked for a checklist ("what info is on the config screen, team wants a
 * checklist", "what should the tech check on the configuration screen"): the screen.
 */
const ON_A_SCREEN = /\bwhat(?:'s|\s+is|\s+are)?\s+(?:(?:info\w*|details?|fields?|shown|listed|displayed)\s+)?(?:is\s+|are\s+)?(?:on|shown\s+on|listed\s+on)\s+the\b.{0,40}\b(?:screen|page)\b|\bwhat\s+(?:(?:info\w*|details?|things?)\s+)?(?:should|do|must|does)\s+(?:the\s+)?(?:i|we|you|[\w-]+(?:\s+[\w-]+)?)\s+(?:check|look\s+at|verify|confirm)\s+on\s+the\b.{0,40}\b(?:screen|page)\b/;

const SETUP_CHECKLIST = /\bfrom (?:scratch|zero|nothing|the (?:very )?(?:start|beginning))\b|\bin (?:what |which |the right )?order\b|\b(?:all|every|full list of)(?: the)? steps\b|\b(?:tenant|intune|entra)[\s-]+(?:side|setup|config\w*)\b/;

/**
 * The ESP as the technician sees it, without its name: a phase's line counting its items ("Apps (2 of 7)", "security
 * policies 1 of 3"), the setup screen or its three lines, or a phase named on the device; not in Intune's reports or
 * the admin center, nor asked about an app that failed (its logs say which).
 */
const ESP_ON_SCREEN =
    /^(?!.*\b(?:intune|admin|portal|reports?|graph|assign\w*|targeted|fail\w*|errors?|red)\b).*(?:\b(?:apps?|polic(?:y|ies)|certificates?|network connections|items?)\W{0,3}\(?\s*\d+\s+(?:of|\/)\s+\d+|\bsetup\s+screen\b|\b(?:three|3)\s+(?:lines|rows|sections|phases|bars)\b|\b(?:device|account)\s+setup\b|\bdevice\s+preparation\b)/;

/** Whether the ESP appears at all: "shown or hidden", "is the ESP hidden by default". */
const ESP_SHOWN_AT_ALL = /\b(?:shown|displayed|visible|shows?)\s+or\s+(?:is\s+it\s+)?hidden\b|\bhidden\s+or\s+(?:shown|displayed|visible)\b|\b(?:is|are)\s+(?:the\s+)?(?:default\s+)?(?:esp|enrol+ment status page)\s+hidden\b|\bhidden\s+by\s+default\b/;

/** A step quoted as the place something was read ("step 9 says wait 90 min", "the doc's step 6 mentions …"). */
const STEP_QUOTED = new RegExp(`\\b${STEP_WORD}\\s*${NUMBER}\\s+(?:says?|said|mentions?|mentioned|tells?|told|wants?|reads?|claims?|states?|warns?)\\b(?=.{8,})`);

/** Characters that show nothing: zero-width spaces and joiners, bidi controls, soft hyphens, byte-order marks. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
/** A terminal paste's colour codes ("\u001b[31m") and other control characters: never part of what was asked. */
const CONTROL = /\u001b\[[0-9;?]*[A-Za-z]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** A technical word glued to its version ("TPM2.0", "tpm1.2", "TPMv2"): technicians type it so; read as two words. */
const GLUED_VERSION = /\b(tpm)(?=v?\d)/gi;
/** HTML tags some Teams clients send around formatted text ("<p>status PF3XYZ12</p>"). */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
/** Markdown emphasis and code marks ("**PF3XYZ12**", "`0x800705B4`"). */
const MARKDOWN_MARKS = /\*\*|__|~~|`/g;

/** What the technician wrote, as they see it: formatting and invisible characters out, spaces collapsed. */
export function readableText(raw: string): string {
    return raw
        .slice(0, MAX_TEXT_READ)
        .replace(INVISIBLE, '')
        .replace(CONTROL, '')
        .replace(HTML_TAG, ' ')
        .replace(/&nbsp;/gi, ' ')
        .replace(/&amp;/gi, '&')
        .replace(MARKDOWN_MARKS, '')
        .replace(GLUED_VERSION, '$1 ')
        .replace(/\s+/g, ' ')
        .trim();
}

/**
 * A short complaint about the bot or its last answer ("that did not help", "wrong answer", "I hate this bot"). It names
 * no deployment subject (those are questions, answered as such), so it is about the conversation itself.
 */
const NOT_HELPFUL =
    /^(?:(?:no|nope|hmm+|meh|ugh|sorry|well|but|ok|okay)[\s,.!]+)*(?:(?:that|this|it|you|the answer|your answer)(?:'s|'re)?\s+)?(?:(?:did|does|do|is|was|are|were)\s*n[o']?t\s+(?:help(?:ful|ing)?|answer (?:my|the) question|make sense|what i (?:asked|meant|need(?:ed)?))|(?:is|was|are|'?s|'?re)\s+(?:useless|wrong|rubbish|garbage|pointless|no help|not helpful|unhelpful|terrible|bad|crap)|(?:useless|wrong answer|not helpful|unhelpful|no help(?: at all)?|not what i (?:asked|meant|need(?:ed)?)|makes no sense))(?:\s+(?:at all|either|again|mate|bot))*[\s!.?]*$|^(?:i\s+)?(?:hate|despise)\s+(?:this|you|the)(?:\s+(?:bot|thing|stupid bot))?[\s!.]*$|^(?:stupid|useless|dumb|terrible)\s+bot[\s!.]*$|^this bot (?:sucks|is (?:useless|bad|terrible|rubbish))[\s!.]*$/;

/** Thanks and acknowledgements ("thanks team", "ok great, cheers"): a short "you're welcome", never a decline. */
const ACKNOWLEDGEMENT =
    /^(?:(?:ok(?:ay)?|great|perfect|awesome|cool|nice|brilliant|lovely|super|got it|understood|all good|sounds good|legend)[\s,!.]*)*(?:thanks?|thank you|thx|tks|ty|cheers|ta|many thanks|much appreciated|appreciate it)?(?:\s+(?:a lot|so much|very much|team|bot|mate|again|all|guys|heaps|for (?:the|your|all the|all your) help))*[\s!.,:)]*$/;

/** "help with BitLocker during the ESP": the topic decides, not the word "help". */
const HELP_WITH = /^(?:please |pls |can you |could you )?help(?: me)?(?: (?:with|on|about|for))?[\s:,-]+(.+)$/i;

/** "What now?", "what should I do", "how do I fix it": asked of the last answer, whatever it was. */
const WHAT_NOW = /^(?:(?:ok(?:ay)?|so|and|right|hmm+)[\s,]+)*(?:what(?:'s| is)? (?:now|next)|now what|what (?:do|should|shall|can|must) i do(?: now| next| then)?|what (?:to do|should happen) now|how do i fix (?:it|this|that)|what(?:'s| is) the next step|next steps?\?)[\s?!.]*$/;

/** "What does that error mean?", "that code?": the error just shown. */
const THAT_ERROR = /^(?:(?:ok(?:ay)?|so|and|hmm+)[\s,]+)*(?:what(?:'s| is| does)? (?:that|this|the) (?:error|code|failure)(?: mean| about)?|what does (?:that|this|it) mean|(?:explain|meaning of) (?:that|this|the) (?:error|code)|(?:that|this|the) (?:error|code)\?)[\s?!.]*$/;

/** The neighbour's deployment named beside its code: "0x80070774 on our hybrid devices", "ODJ fails with 0x80070774". */
const NAMES_HYBRID = /\b(?:hybrid|odj|offline\s+domain\s+join)\b/i;

/**
 * A hybrid join code asked about as such is declined in one reply that says what the code is. The code alone (or with
 * "domain controller") still gets its card, which says the same and where to take it.
 */
function declinedCode(entry: ErrorEntry | undefined, text: string): Intent | undefined {
    if (!entry?.declinedAs || !NAMES_HYBRID.test(text)) return undefined;
    return { kind: 'outOfScope', topic: outOfScopeTopics.find((t) => t.id === entry.declinedAs), note: `${entry.title}.` };
}

/**
 * `understanding` reads what no rule above recognised; `topic` is what the conversation was on, if anything; `device`
 * is the device whose status was the last answer, if it was.
 */
export function matchIntent(rawText: string, understanding: Understanding, topic?: KnowledgeEntry, device?: DeviceInFocus): Intent {
    const typed = readableText(rawText);
    if (!/[\p{L}\p{N}]/u.test(typed)) return { kind: 'empty' };
    const text = understanding.asRead(typed);
    const lower = text.toLowerCase();
    const os = detectOs(lower);
    // A model number after its brand ("Epson ET-2850 has no Wi-Fi") is a device only when the message asks about one.
    const models = FRAGMENT_ASK.test(lower) ? [] : findModelNumbers(text);
    const serials = findSerials(text).filter((serial) => !models.includes(serial));
    const fragment = serials.length === 0 ? findShortSerial(text) : undefined;
    if (fragment && asksAboutFragment(text, fragment, understanding, topic)) return { kind: 'serialTooShort', fragment };
    // Commands read what was typed: an escalation's note goes to the helpdesk as it was written.
    const escalation = matchEscalationCommand(typed);
    if (escalation) return { kind: 'escalation', command: escalation };
    const code = parseDeviceCode(typed);
    if (code) return { kind: 'deviceCode', code };
    const assignment = matchAssignCommand(typed);
    if (assignment) return { kind: 'assignment', command: assignment };

    const helpWith = HELP_WITH.exec(text);
    if (helpWith && !/^(?:me|please|pls|plz|now|!+|\?+)[\s!?.]*$/i.test(helpWith[1])) return matchIntent(helpWith[1], understanding, topic, device);
    if (/^(help|menu|commands|\?|what can you do|what do you do|how does this work)\b/.test(lower)) return { kind: 'help' };
    if (/^(hi|hello|hey|hiya|good (morning|afternoon|evening)|yo|howdy)\b[\s!.,]*(bot|there|team)?[\s!.]*$/.test(lower)) {
        return { kind: 'greeting' };
    }
    if (/^(start over|start again|restart( the)? (conversation|chat)|from the (top|start|beginning)|begin again)\b/.test(lower)) {
        return { kind: 'startOver' };
    }
    if (/^(next|next one|next step|continue|go on|forward|ok next|>)[\s!.]*$/.test(lower)) return { kind: 'next' };
    if (/^(back|previous|prev|go back|previous step|last step|<)[\s!.]*$/.test(lower)) return { kind: 'back' };
    if (device && WHAT_NOW.test(lower)) return { kind: 'deviceNextStep', device };
    if (device?.errorCode && THAT_ERROR.test(lower)) return { kind: 'errorCode', code: device.errorCode, os };
    if (ACKNOWLEDGEMENT.test(lower)) return { kind: 'thanks' };
    if (NOT_HELPFUL.test(lower)) return { kind: 'notHelpful' };

    const watch = matchWatchIntent(lower, serials);
    // "watch 5CD" names a device, too little of it: never the last device instead.
    if (fragment && (watch?.kind === 'watch' || watch?.kind === 'unwatch') && !watch.serial) return { kind: 'serialTooShort', fragment };
    if (watch) {
        // "monitor flickers on the docking station" names no device and a neighbouring subject: not a watch.
        const neighbour = watch.kind === 'watch' && !watch.serial ? understanding.understand(text) : undefined;
        return neighbour?.kind === 'decline' && neighbour.topic ? { kind: 'outOfScope', topic: neighbour.topic } : watch;
    }
    if (/\b(check ?list|pre-?flight|preflight|checks before)\b/.test(lower.replace(OWN_CHECKLIST, ' ')) && !SETUP_CHECKLIST.test(lower) && !ON_A_SCREEN.test(lower)) {
        // Another trade's checklist ("the pre-delivery inspection checklist for the new trucks") is that trade's.
        const neighbour = serials.length === 0 ? understanding.understand(text) : undefined;
        return neighbour?.kind === 'decline' && neighbour.topic ? { kind: 'outOfScope', topic: neighbour.topic } : { kind: 'checklist', serial: serials[0] };
    }
    // An Autopilot (ZTD) id names one device exactly: looked up as it is, never taken for the device asked about last.
    // Only when the message asks about a device or is the id alone: pasted errors carry correlation GUIDs too.
    const autopilotId = findDeviceGuids(text)[0];
    if (autopilotId && (DEVICE_QUESTION.test(lower) || lower.replace(/[\s?!.]/g, '') === autopilotId.toLowerCase())) {
        return { kind: 'status', serial: autopilotId };
    }
    // A code read off the ESP's details ("0x87D1041C in the ESP details") is what is asked about, not the details view;
    // so is a device named by its serial ("MXL41207QN seems stuck on the apps bit, can you see what it's doing?"): its
    // status, which Intune knows.
    const codes = findErrorCodes(text);
    if (codes.length === 0 && serials.length === 0 && (/\b(esp|enrollment status|enrolment status|status page|progress (?:page|bit|screen|bar)|setup page)\b/.test(lower) || ESP_ON_SCREEN.test(lower))
        // Asking for the details, or to see which app or policy it is on, is asking for the details view. "Hidden" is not
        // among its words: a "hidden menu", a privacy screen or a setting thought hidden are other cards' questions, and
        // whether the page itself is shown at all ("is the default ESP shown or hidden") is one about the ESP profile.
        && ((/\b(details?|chevron|expand|collapse|caret|arrow|more info)\b|[∨∧]/.test(lower) && !ESP_SHOWN_AT_ALL.test(lower))
            || /\b(see|tell|know|find|show|check|watch)\b.{0,25}\b(which|what)\b.{0,15}\b(apps?|polic(?:y|ies)|items?|(?:it'?s|it is|is it|(?:the )?esp(?:'s| is)?) (?:on|doing|installing|working on|stuck on|waiting (?:for|on))|one (?:is|it'?s) (?:installing|running|on|stuck|being installed))\b/.test(lower)
            // ...or to see the apps one by one: "see what's installing", "the apps it's installing", "progress per app".
            || /\b(see|view|open|show|check|watch|follow|expand)\b.{0,30}(?:\bwhat(?:'s| is| it'?s| it is)(?: actually| really| exactly)?(?: being)? install\w*|\b(?:apps?|items?|polic(?:y|ies))\s+names?\b|\bnames?\s+of\s+the\s+(?:apps?|items?|polic(?:y|ies))\b|\b(?:individual|each|single) (?:apps?|items?)|\blist of (?:apps?|items?)|\b(?:apps?|items?) list\b|\bapps? (?:it'?s|it is|being|that are) install\w*|\b(?:progress|status) (?:per|of each|for each|by) (?:apps?|items?)|\bper[\s-]app\b)/.test(lower))) {
        return { kind: 'espTips', os };
    }
    if (/\b(show|hide) details\b|[∨∧]|\bchevron\b/.test(lower)) return { kind: 'espTips', os };
    // Each app as it installs is the ESP's details view, even unnamed: "how can I see each app installing on w10"; in
    // Intune's reports or the admin center it is the admin's view, not the device's screen.
    if (/\b(?:see|view|watch|follow|show|tell|know|find|check)\b.{0,25}\b(?:each|every|individual|single|which)\s+apps?\b.{0,20}\binstall/.test(lower)
        && !/\b(?:intune|admin|portal|report|graph|enrolled|managed|fleet|inventory)\b/.test(lower)) return { kind: 'espTips', os };

    if (codes.length > 0) {
        const code = codes.find((c) => understanding.entryForCode(c, text)) ?? codes[0];
        // A code the knowledge lacks, asked about a neighbouring product ("activation error 0xC004F074"), is theirs.
        const forPhase = understanding.entryForCode(code, text);
        const declined = declinedCode(forPhase, text);
        if (declined) return declined;
        const neighbour = forPhase ? undefined : understanding.understand(text);
        if (neighbour?.kind === 'decline' && neighbour.topic) return { kind: 'outOfScope', topic: neighbour.topic };
        // A code listed for several phases ("0x800705B4 in account setup") answers with the phase the question names.
        if (forPhase && forPhase.id !== errorEntryForCode(code)?.id) return { kind: 'answer', entryId: forPhase.id, os };
        // "The clock is a day off and attestation fails with 0x800705B4": the clock is the subject, the code its effect.
        const symptom = understanding.symptomBesideCode(code, text);
        return symptom ? { kind: 'answer', entryId: symptom, os } : { kind: 'errorCode', code, os };
    }

    // "Step 9 says wait 90 min, wait for what?": the step quoted as where a rule was read, the rule asked about.
    const step = STEP_QUOTED.test(lower) ? undefined : stepNumber(lower);
    if (step !== undefined) return isTutorialStep(step) ? { kind: 'step', step, os } : { kind: 'stepOutOfRange', step };

    if (WALKTHROUGH.test(lower)) {
        // "Walk me through setting up device preparation policies", "…eduroam on the loaners": a walkthrough of something
        // else is that thing's, declined; "walk me through the whole thing" names nothing else and is the flow's.
        // The end user's part walked through ("walk me through what the end user sees when they open the laptop") is the
        // user flow's card: the walkthrough is the technician's screens.
        const neighbour = namesASubject(lower) ? understanding.understand(text) : undefined;
        if (neighbour?.kind === 'answer' && readFacets(text).audience.join() === 'user') return { kind: 'answer', entryId: neighbour.entryId, os };
        return neighbour?.kind === 'decline' ? { kind: 'outOfScope', topic: neighbour.topic } : { kind: 'flowWalkthrough', os };
    }
    // A device named anywhere in a sentence ("how is HX-77821 doing", "is ABC-00917 stuck?") is a lookup.
    if (serials.length > 0) return { kind: 'status', serial: serials[0], also: serials.length > 1 ? serials.slice(1) : undefined };
    if (STATUS_REQUEST.test(lower)) return { kind: 'status' };
    // "status <something that is no serial>" (a 200-character paste, a name) says why and asks which device rather than decline.
    const notSerial = /^(?:device |intune )?status(?:\s+(?:of|for))?\s+(\S+)$/i.exec(text.trim());
    if (notSerial) {
        const [, sent] = notSerial;
        // A word ("status please") asks about the last device, or which one; a serial-like token is looked up as sent.
        if (sent.length <= SERIAL_LENGTH.max && /^[a-z]+$/i.test(sent)) return { kind: 'status' };
        return isSerialNumber(sent) ? { kind: 'status', serial: sent } : { kind: 'status', notSerial: sent };
    }
    // "and on w11?" shows the last answer for that OS; "and for the end user?" finds the entry for that audience.
    const facets = understanding.followUpFacets(text, topic !== undefined);
    if (facets) {
        const onlyOs = facets.os.length === 1 && FACET_NAMES.every((f) => (f === 'os' || facets[f].length === 0) && facets.not[f].length === 0);
        return onlyOs ? { kind: 'osFollowUp', os: facets.os[0] } : { kind: 'facetFollowUp', facets, said: text };
    }

    // A computer's model number ("model 21HDCTO1WW supported?") is read as the device it names, not as a word nobody knows.
    const computers = findComputerModels(text).filter((model) => models.includes(model));
    const understood = understanding.understand(computers.reduce((asked, model) => asked.replace(model, 'device'), text), topic);
    switch (understood.kind) {
        case 'answer':
            return { kind: 'answer', entryId: understood.entryId, os };
        case 'decline':
            return { kind: 'outOfScope', topic: understood.topic };
        default:
            return { kind: 'unsure', suggestions: understood.suggestions };
    }
}
