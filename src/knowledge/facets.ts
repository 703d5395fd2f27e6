/**
 * Reads a question (or an entry) for the things that decide which answer fits: who it is about, which ESP phase,
 * which Windows version, and which of those are ruled out ("during account setup, not device setup").
 * Pure: text in, facets out.
 */
import { findErrorCodes } from '../domain/errorCodes';
import { PatternGates } from './literalGate';
import type { OsVariant } from './types';

export type Audience = 'technician' | 'user' | 'admin';
export type Phase = 'devicePreparation' | 'deviceSetup' | 'accountSetup';

export interface FacetValues {
    audience: Audience[];
    phase: Phase[];
    os: OsVariant[];
}

export interface Facets extends FacetValues {
    codes: string[];
    /** Values named only to be ruled out. */
    not: FacetValues;
}

export type FacetName = keyof FacetValues;
export const FACET_NAMES: readonly FacetName[] = ['audience', 'phase', 'os'];

interface Mention<F extends FacetName = FacetName> {
    facet: F;
    value: FacetValues[F][number];
    pattern: RegExp;
    /** Counts only when ruled out ("not me"): on its own the word says nothing. */
    negatedOnly?: boolean;
    /** Counts only when not ruled out: "through Graph instead of the portal" rules out a tool, not who asks. */
    namedOnly?: boolean;
    /** A line the screen shows: quoted as read off the screen, it says the phase and is itself what is asked about. */
    onScreen?: boolean;
}

const W = '(?:windows|windws|widows|window|win|wn|w)';

/** Every wording of every facet value, in one table. */
const MENTIONS: Mention[] = [
    { facet: 'os', value: 'win11', pattern: new RegExp(`\\b${W}\\s?-?(?:11|eleven)\\b`, 'g') },
    { facet: 'os', value: 'win10', pattern: new RegExp(`\\b${W}\\s?-?(?:10|ten)\\b`, 'g') },
    // A bare version closing a short follow-up: "and on 11?", "what about 10".
    { facet: 'os', value: 'win11', pattern: /(?<=\b(?:on|and|for|in|about|with)\s+)11(?=\s*[?!.]*$)/g },
    { facet: 'os', value: 'win10', pattern: /(?<=\b(?:on|and|for|in|about|with)\s+)10(?=\s*[?!.]*$)/g },
    // The phase by name, or by the lines the ESP shows in it.
    { facet: 'phase', value: 'devicePreparation', pattern: /\bdevice[\s-]*prep(?:aration|aring)?\b/g },
    {
        facet: 'phase',
        value: 'devicePreparation',
        pattern: /\bsecuring (?:your |ur |the )?hardware\b|\b(?:registering|preparing) (?:your |the )?device for mobile management\b/g,
        onScreen: true
    },
    { facet: 'phase', value: 'deviceSetup', pattern: /\bdevice[\s-]*set[\s-]?up\b/g },
    { facet: 'phase', value: 'accountSetup', pattern: /\b(?:account|user)[\s-]*set[\s-]?up\b|\buser[\s-]+(?:part of the )?esp\b|\buser[\s-]+phase\b/g },
    {
        facet: 'audience',
        value: 'user',
        // "for user-driven" names the deployment mode, not the person. The person is also named by what they are at
        // their school, hospital or office (teacher, student, nurse, staff), or as she/he/they signing in or getting it;
        // before a device word or a place ("student laptops", "the student fleet", "the nurse station pc") the job only says whose devices or which place, and
        // assigned to a device ("assign a specific student to the device") the person is the admin's object.
        // The first login is always theirs: nobody signs in during the technician flow. So is a device at home (the
        // technician works at the bench), and what she or he sees: only the person is taken out of the subject, so
        // "at home" and "see" still say what is asked.
        pattern:
            /(?<!\b(?:it|tech|bench|support|helpdesk|service desk)\s)(?<!\bassign\w*\s+(?:(?:a|an|the|each|every|one|this|that|our|my)\s+)?(?:(?:specific|particular|named|given|single|new)\s+)?)\b(?:teachers?|students?|pupils?|kids|children|learners?|nurses?|doctors?|clinicians?)\b(?!'?s?'?\s+(?:laptops?|devices?|fleet|pcs?|tablets?|machines?|computers?|notebooks?|carts?|images?|models?|batch(?:es)?|units?|hardware|estate|stations?|desks?|labs?|lounges?|rooms?|wards?|offices?|workstations?|kiosks?|areas?|floors?|wings?)\b)|\b(?:staff|colleagues?|workers?)(?:\s+members?)?\s+(?:sees?|gets?|signs?|logs?|unbox\w*|receives?|opens?|powers?|boots?|first)\b|\b(?:she|he|they)\s+(?:logs?|signs?|opens?|unbox\w*|powers?|boots?|first\s+(?:logs?|signs?))\b|\b(?:she|he|they)(?=\s+(?:gets?|receives?)\b)|\bend[\s-]*users?\b|\busers?'?s?[\s-]*(?:flow|side|experience|phase|part|first(?=[\s-]+(?:time|sign|log|boot|start|login|logon|use|day|week|run|look|impression)))\b|\b(?:the|my|our|new)\s+(?:users?|employees?|hires?|starters?)\s+(?:sees?|gets?|signs?|logs?|unbox\w*|receives?|opens?|turns?|powers?|starts?|boots?|will|does|has)\b|\bemployees?\b|\busers\s+(?:see|get|will|have|do)\b|\bnew[\s-]+(?:hires?|starters?)\b(?![^.?!]{0,20}\b(?:asking|asks|asked|wants\s+to\s+know)\b)|\brecipients?\b|\bwhen\s+(?:the\s+|a\s+|my\s+)?users?\b(?![\s-]*driven)|\bat\s+the\s+user\b(?![\s-]*driven)|\bfor\s+(?:the\s+|my\s+)?(?:end\s+)?users?\b(?![\s-]*driven)|\bunbox(?:es|ed|ing)?\b|\bfirst(?=[\s-]+(?:time\s+)?(?:log[\s-]*(?:in|on)|login|logon|sign[\s-]*(?:in|on))\b)|\b(?:she|he)(?=\s+(?:will\s+|would\s+|does\s+|should\s+)?sees?\b)|\b(?:users?|she|he|they)(?=(?:\s+is|\s+are|'s|'re)?\s+(?:at|from|working\s+(?:at|from)|works?\s+(?:at|from))\s+home\b)|\b(?:home|remote)[\s-]+(?:users?|workers?|employees?)\b/g
    },
    {
        facet: 'audience',
        value: 'technician',
        // "Before the tech starts", "before the bench" say when, not who: it is the admin's preparation. "So the technician can",
        // "lets the tech", "gives techs a collect-logs button", "turns on the technician flow" say what a setting is for:
        // the question is still the admin's.
        // "My part", "my bit": the technician speaking of their share of the deployment (the user's is "her part").
        pattern: /(?<!\bbefore\s+(?:the\s+|a\s+|my\s+|our\s+)?)(?<!\b(?:so\s+(?:that\s+)?|(?:lets?|allows?|enables?|gives?|shows?|turns?\s+on|switch(?:es)?\s+on|unlocks?|activates?|triggers?)\s+)(?:the\s+|a\s+|my\s+|our\s+)?)\btech(?:nician)?s?\b|\b(?:at|on)\s+the\s+bench\b|(?<!\bbefore\s+(?:the\s+|a\s+|my\s+|our\s+)?)\bbench\b|\bbefore\s+(?:the\s+)?re-?seal\b|\b(?:my|our)\s+(?:part|bit|side|phase|half|share|portion)\b/g
    },
    { facet: 'audience', value: 'technician', pattern: /\bme\b|\bmyself\b|\bmine\b/g, negatedOnly: true },
    {
        facet: 'audience',
        value: 'admin',
        // An admin as a person or place; not an admin *account* or *rights*, which a technician signs in with, nor an
        // admin who already did something ("the admin assigned a user while it sat there"): told by the bench, about it.
        pattern: /\b(?<!local\s)admins?\b(?!\s*(?:acc(?:oun)?ts?|acct|rights|password|creds|credentials|privileges|user|role))(?!\s+(?:just\s+|already\s+)?(?:assigned|added|changed|moved|deleted|removed|disabled|enabled|created|updated)\b)|\badministrators?\b(?!\s*(?:acc(?:oun)?ts?|rights|password))/g
    },
    // The admin's tools by name: where the work is done, so the admin's question; ruled out, only another tool is meant.
    { facet: 'audience', value: 'admin', pattern: /\badmin[\s-]+cent(?:er|re)\b|\bintune\s+portal\b|\bendpoint\s+manager\b|\bportal\b/g, namedOnly: true }
];

/** The mentions' gates (see literalGate): a message names few of them. */
const MENTION_GATES = new PatternGates(MENTIONS, (mention) => mention.pattern);

/** Words that rule out what follows them ("not during device setup", "rather than w10", "isn't the tech"). */
const NEGATOR = /\b(?:not|no|never|nor|without|except|instead\s+of|rather\s+than|other\s+than|isn'?t|aren'?t|wasn'?t)\b/g;
/**
 * Between a negator and the value it rules out only small words may stand: "not during the device setup" rules
 * device setup out, "apps not installing during device setup" does not (the negation is about installing).
 */
const NEGATION_GAP = /^\s*(?:(?:during|at|on|in|for|with|the|a|an|my|our|from|of|by|about|just|only|even|via|to|as|phase|stage)\s+)*$/;

function emptyValues(): FacetValues {
    return { audience: [], phase: [], os: [] };
}

function add<F extends FacetName>(values: FacetValues, facet: F, value: FacetValues[F][number]): void {
    const list = values[facet] as FacetValues[F][number][];
    if (!list.includes(value)) list.push(value);
}

function isNegated(text: string, start: number, negatorEnds: number[]): boolean {
    return negatorEnds.some((end) => end <= start && NEGATION_GAP.test(text.slice(end, start) + ' '));
}

/**
 * The last message read: one turn reads the same message several times (the Windows version for the intent, the
 * follow-up check, the understanding), and the mention patterns are the dearest part. One entry only: it spares
 * re-reading within a turn, never stands in for reading a new message.
 */
let lastRead: { raw: string; positive: FacetValues; negative: FacetValues } | undefined;

/** Each match of a global pattern, as `matchAll` finds them, without the copy of the pattern `matchAll` makes. */
function eachMatch(pattern: RegExp, text: string, found: (index: number, length: number) => void): void {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        found(match.index, match[0].length);
        if (match[0].length === 0) pattern.lastIndex += 1;
    }
    pattern.lastIndex = 0;
}

function readValues(text: string): { positive: FacetValues; negative: FacetValues } {
    const negators: number[] = [];
    eachMatch(NEGATOR, text, (index, length) => negators.push(index + length));
    const positive = emptyValues();
    const negative = emptyValues();
    for (const mention of MENTION_GATES.candidates(text)) {
        eachMatch(mention.pattern, text, (index) => {
            const negated = isNegated(text, index, negators);
            if (negated && !mention.namedOnly) add(negative, mention.facet, mention.value);
            else if (!negated && !mention.negatedOnly) add(positive, mention.facet, mention.value);
        });
    }
    // A value both named and ruled out ("not just me at the bench") says nothing for sure: drop it from both.
    for (const facet of FACET_NAMES) {
        const both = (negative[facet] as string[]).filter((v) => (positive[facet] as string[]).includes(v));
        (negative[facet] as string[]) = (negative[facet] as string[]).filter((v) => !both.includes(v));
        (positive[facet] as string[]) = (positive[facet] as string[]).filter((v) => !both.includes(v));
    }
    return { positive, negative };
}

/** Fresh arrays for each caller: a reading kept for the next call must not be changed through the one handed out. */
function copyOf(values: FacetValues): FacetValues {
    return { audience: [...values.audience], phase: [...values.phase], os: [...values.os] };
}

/**
 * A name of the tenant's own ("AP-Bench-Devices", "Sales-Win11-Laptops"): capitals and several hyphens. It names a
 * group or a profile, and says nothing about who, which phase or which Windows is asked about.
 */
const OWN_NAME = /\b(?=[\w-]*[A-Z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+){2,}\b/g;
/**
 * A name quoted as an account's, a group's or a profile's ("the 'substitute teacher' account", "group \"Nurses WG\""):
 * the words name the object, not whom the question is about.
 */
const QUOTED_NAME = /(?:['"“‘][^'"”’]{1,40}['"”’]\s+(?=(?:account|user|group|profile|device)s?\b)|\b(?:account|user|group|profile|device)s?\s+(?:called\s+|named\s+)?['"“‘][^'"”’]{1,40}['"”’])/g;

/**
 * A device passing from one person to the next ("a teacher left, can we redo her laptop for the new hire", "we give the
 * leavers' laptops to new starters", "reissue it to another user"): the people are whom the device changes hands
 * between, and the question is the admin's and the bench's (deleting the old record, running it again), not what the
 * person sees. Such a question is about no end user.
 */
const HANDOVER =
    /\b(?:left|leaving|leavers?|quit|departed|departing|moved\s+on|former|previous|last\s+year'?s?|old)\b.{0,80}\b(?:to|for)\s+(?:a\s+|the\s+|our\s+)?(?:new|next|another|different|replacement|incoming)\s+(?:hires?|starters?|joiners?|teachers?|users?|employees?|staff|person|people|owners?|students?|colleagues?|nurses?|doctors?)\b|\b(?:re-?(?:use|issue|assign|purpose|deploy|allocate)\w*|hand(?:s|ed|ing)?\s+(?:it\s+|them\s+)?(?:over|down|on)|pass(?:es|ed|ing)?\s+(?:it\s+|them\s+)?on|giv(?:e|es|ing)|gave)\b.{0,50}\b(?:to|for)\s+(?:a\s+|the\s+)?(?:new|next|another|different|replacement|incoming)\s+(?:hires?|starters?|joiners?|teachers?|users?|employees?|staff|person|people|owners?|students?|colleagues?)\b/;

/**
 * What a setting lets the user do, asked of the setting ("where do I turn on the reset button for the user", "can the
 * user get past the ESP if an app fails", "is there a way to let users skip it"): the user is whom the setting is for,
 * the question the admin's. Such a question is about no end user.
 */
const SETTING_FOR_USER =
    /\b(?:turn(?:s|ed|ing)?\s+on|enabl\w*|switch(?:es|ed|ing)?\s+on|allow\w*|let(?:s|ting)?|giv(?:e|es|ing)|offer\w*)\b.{0,60}\bfor\s+(?:the\s+|my\s+|our\s+)?(?:end\s+)?users?\b|\b(?:can|could|may|is|are)\s+(?:the\s+|my\s+|our\s+)?(?:end\s+)?(?:users?|employees?|staff|people|teachers?|students?|they)\s+(?:allowed\s+to\s+|able\s+to\s+)?(?:get\s+past|get\s+through|skip|bypass|continue|carry\s+on|click\s+past|reset|use\s+the\s+(?:device|laptop|pc))\b.{0,60}\b(?:if|when|after|on)\b.{0,40}\b(?:fail\w*|errors?|timeouts?|times?\s+out|stuck)\b|\b(?:let|allow)\w*\s+(?:the\s+)?(?:end\s+)?users?\s+(?:to\s+)?(?:get\s+past|skip|bypass|continue|reset|use)\b/;

/**
 * The person a device is handed to, named only to say when ("before we give it to the teacher", "until we ship them to
 * the staff"): the bench's question before the handover, not one about that person.
 */
const HANDED_TO =
    /\b(?:before|until|till|when|once|then)\s+(?:we|i|they|you|it|someone)\s+(?:can\s+)?(?:give|hand|ship|deliver|send|post|pass|take)\w*\s+(?:it\s+|them\s+)?(?:over\s+|out\s+|on\s+)?to\s+(?:the\s+|a\s+|our\s+|my\s+|their\s+)?(?:new\s+)?(?:[a-z]+\s+)?(?:teachers?|students?|pupils?|users?|employees?|staff|nurses?|doctors?|hires?|starters?|people|person)\b/g;

export function readFacets(rawText: string): Facets {
    // Keyed by the message as given: the names and hand-overs taken out below are read once per message, not per call.
    if (lastRead?.raw !== rawText) {
        const text = rawText.replace(QUOTED_NAME, ' ').replace(HANDED_TO, ' ').replace(OWN_NAME, ' ').toLowerCase().replace(/[’]/g, "'");
        lastRead = { raw: rawText, ...readValues(text) };
        if (HANDOVER.test(text) || SETTING_FOR_USER.test(text)) lastRead.positive.audience = lastRead.positive.audience.filter((audience) => audience !== 'user');
    }
    return { ...copyOf(lastRead.positive), codes: findErrorCodes(rawText), not: copyOf(lastRead.negative) };
}

/** A quotation mark just before a line: the technician pasted what the screen says. */
const QUOTE_BEFORE = /["'“‘`]\s?$/;

/**
 * The facet wordings removed: what a message says besides "and on w11?" or "what about the user?". A screen's line
 * quoted as pasted ('stuck on "Registering your device for mobile management"') stays: it is what is asked about.
 */
export function withoutFacetWords(rawText: string): string {
    return MENTION_GATES.rewrite(rawText.toLowerCase(), (mention, text) =>
        text.replace(mention.pattern, (found, at: number) => (mention.onScreen && QUOTE_BEFORE.test(text.slice(Math.max(0, at - 2), at)) ? found : ' '))
    );
}

export function hasAnyFacet(facets: FacetValues): boolean {
    return FACET_NAMES.some((facet) => facets[facet].length > 0);
}
