/**
 * Reads a free-text question the way a colleague would: is it ours at all (scope), what is it about (retrieval),
 * and for whom, when, on which Windows (facets). Pure: text in, decision out.
 */
import { canonicalCode, withoutErrorCodes } from '../domain/errorCodes';
import { type Facets, FACET_NAMES, type FacetValues, hasAnyFacet, readFacets, withoutFacetWords } from './facets';
import { answerTypesGiven, rankByAnswerType, readAnswerAsk } from './answerType';
import { asTyped } from './dictation';
import { asksWhatUserSeesFirst, atOptionsScreen, NEXT_WITHOUT_NETWORK, PRE_PROVISIONING_OPTION_MISSING, PROBLEM, sameErrorOnOtherWindows, situationAnswer, withoutPurpose } from './askedSituations';
import { entryFacets, entryFacetsForProblem, facetFit, rankByFacets, writtenForAudience } from './facetRanking';
import type { ScopeJudge, ScopeTopic } from './scope';
import type { KnowledgeSearch, SearchHit } from './search';
import { withoutRelayedFrame, withoutSetAside } from './setAside';
import { withoutPleasantries } from './pleasantries';
import { createSettingNames, type SettingNames } from './settingNames';
import type { SpellingCorrector } from './spelling';
import { withOurNames } from './synonyms';
import type { ErrorEntry, KnowledgeEntry } from './types';

export type Understood =
    | { kind: 'answer'; entryId: string }
    | { kind: 'decline'; topic?: ScopeTopic }
    | { kind: 'unsure'; suggestions: string[] };

export interface Understanding {
    /**
     * The message as every reading after it sees it: dictation written out ("E S P", "zero x eight…"), slipped keys
     * set right ("device preapration"; only with a corrector), greetings and thanks taken off, other names read as
     * ours ("Azure AD", "the success window").
     */
    asRead(text: string): string;
    /**
     * What a free-text question asks, once the fixed commands (steps, codes, status) have had their turn. `topic`:
     * the entry the conversation is on, for a question that leans on it ("where do I change it", "and AMD?").
     */
    understand(text: string, topic?: KnowledgeEntry): Understood;
    /** The entry for an error code; when several entries list it, the one whose phase and audience fit the question. */
    entryForCode(code: string, question: string): ErrorEntry | undefined;
    /**
     * A symptom the question is about beside the code it pastes ("the clock is a day off, attestation fails with
     * 0x800705B4"): a codeless symptom entry and the code's entry that name each other as related (the symptom is one
     * of the code's causes). Else undefined: the code decides.
     */
    symptomBesideCode(code: string, question: string): string | undefined;
    /**
     * "and for the user?", "what about account setup": the facets such a short follow-up asks about, else undefined.
     * `onTopic`: the conversation has a topic, so "what does the user see after that" leans on it too.
     */
    followUpFacets(text: string, onTopic?: boolean): Facets | undefined;
    /** The entry on the same topic as `last` that fits the follow-up's facets; `last` itself when nothing fits better. */
    followUp(last: KnowledgeEntry, facets: Facets, said?: string): KnowledgeEntry;
}

/** How many retrieval candidates facets may choose among. */
const CANDIDATES = 8;
/** How far down the same-topic list a follow-up looks for an entry with the asked facet. */
const FOLLOW_UP_CANDIDATES = 12;
/**
 * Once scope has said a question is ours, retrieval need not also guard against off-topic questions: the best
 * candidate is the answer when it scores this much and leads the runner-up clearly, even if retrieval alone
 * would not have been sure.
 */
const IN_SCOPE_FLOOR = 3;
/** The score a question without any deployment word must reach to be answered rather than declined. */
const FOREIGN_FLOOR = 35;
/** The lead asked of the best candidate: modest when the question names pre-provisioning, larger when it only describes a situation. */
const LEAD = { anchored: 1.2, situation: 1.5 };
/**
 * A short message that leans on what was said before: it opens like a follow-up ("and AMD?", "what if it never
 * enrolled") or points back at it ("where do I change it").
 */
const OPENS_FOLLOW_UP = /^\s*(?:(?:ok|okay|k|right|alright|cool|great|thanks|thx|cheers|got it|perfect|nice)[\s,.!]+)?(?:and|but|so|also|what about|how about|what if|and if|same for|then)\b/i;
const POINTS_BACK = /\b(?:it|its|it's|that|this|there|them|those|these|one|ones)\b/i;
/** "Same error but the device is brand new", "we get the same code on a new one": after an error, that error's code. */
const SAME_CODE = /\bsame\s+(?:error|code|error\s+code|failure|hresult)\b/i;
const FOLLOW_UP_WORDS = 10;
/**
 * "What if it's a brand new one that was never enrolled?": a case set against the last answer ("what if", "and if",
 * "what about") that points back at its subject ("it", "one") may take a few more words to describe the case.
 */
const SETS_A_CASE = /^\s*(?:(?:and|but|ok|okay|so)[\s,]+)?(?:what if|and if|but if|what about|how about|what happens if|what happens when)\b/i;
const CASE_WORDS = 16;
/** A change asked of what the last answer named: "how to increase it", "how do I turn that off", "can we raise it". */
const CHANGE_IT =
    /\b(?:how\s+(?:do\s+(?:i|we|you)\s+|to\s+|can\s+(?:i|we)\s+|would\s+(?:i|we)\s+)|can\s+(?:i|we)\s+)(?:increase|raise|extend|lengthen|change|lower|reduce|shorten|set|adjust|edit|turn\s+(?:off|on)|disable|enable|switch\s+(?:off|on))\s+(?:it|that|this|them)\b|\b(?:turn|switch)\s+(?:it|that|this|them)\s+(?:off|on)\b/i;
/** "Why that long?", "why is that needed?", "why do we have to wait?": the reason for what the last answer said. */
const WHY_POINTING_BACK =
    /^\s*(?:(?:ok|okay|so|and|but|hmm+)[\s,.!]+)?why\s+(?:(?:is\s+)?(?:that|this|it)(?:\s+(?:so\s+)?(?:long|short|needed|necessary|required|the\s+case))?|so\s+(?:long|short)|(?:do|must)\s+(?:we|i)\s+(?:have\s+to\s+)?wait(?:\s+(?:that|so)\s+long)?)\s*[?!.]*\s*$/i;
/** A measure that points back at the last answer: "that long", "that many", "that often", "so long". */
const MEASURE_POINTING_BACK = /\b(?:that|this|so)\s+(?:long|many|much|often|far|early|soon|late)\b/i;

/**
 * Chat filler and small words around the one or two words a bare follow-up names ("for amd?", "the qualcomm ones").
 */
const BARE_FOLLOW_UP_FILLER =
    /\b(?:ok|okay|k|right|alright|cool|great|thanks|thx|cheers|and|but|so|also|what|whats|about|how|for|on|with|the|a|an|ones?|those|these|them|then|too|as well|pls|please|same|laptops?|devices?|machines?|pcs?|boxes|models?|do|does|did|is|are|i|we|can|should|mean|means|where|when|why|which|to)\b|[?.!,:;'"()-]/gi;
/**
 * What a technician points at on the screen the last answer was about ("what are the buttons for?", "the options?"):
 * it belongs to that answer whether or not the answer uses the word.
 */
const ON_SCREEN = /^(?:buttons?|screens?|pages?|options?|choices?|messages?|logs?|links?|menus?|icons?|colou?rs?|words?|text|boxes|fields?|arrows?|numbers?|codes?)$/;
/** At most this many words named in a bare follow-up. */
const BARE_FOLLOW_UP_WORDS = 2;

/**
 * "For amd?", "ok the qualcomm ones": a bare follow-up whose one or two words all stand in the last answer (the
 * AMD URL in the TPM URLs card) picks that part of the same topic, not another card that shares the word.
 */
function namesPartOf(text: string, topic: KnowledgeEntry): boolean {
    const named = text.toLowerCase().replace(BARE_FOLLOW_UP_FILLER, ' ').trim().split(/\s+/).filter(Boolean);
    if (named.length === 0 || named.length > BARE_FOLLOW_UP_WORDS || text.trim().split(/\s+/).length > FOLLOW_UP_WORDS - 3) return false;
    const said = everythingSaid(topic);
    return named.every((word) => ON_SCREEN.test(word) || (word.length >= 3 && holdsWords(said, word)));
}

/** All an entry says, in lower case. */
const everythingSaid = (entry: KnowledgeEntry) => [entry.title, entry.short, ...entry.details, ...entry.keywords].join(' ').toLowerCase();
/** Whether `text` holds `words` as whole words. */
const holdsWords = (text: string, words: string) => new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);

/**
 * Whether an entry names a neighbour by the words the question named it with: Configuration Manager on the card on
 * taking hashes from devices in use ("we can pull HWIDs out of SCCM, where do I upload the CSV"). The neighbour is then
 * a part of the deployment that card already tells, not the subject.
 */
function namesNeighbour(entry: KnowledgeEntry, phrasing: string): boolean {
    return holdsWords(everythingSaid(entry), phrasing.toLowerCase());
}

/**
 * "Why?", "how come?", "where?", "how long?", "how many times?": a question word alone asks about the last answer; with nothing of its own
 * to read it would be taken for small talk and declined.
 */
const BARE_QUESTION = /^\s*(?:(?:ok|okay|so|and|but|hmm+|huh|wait|sorry)[\s,.!]+)?(?:why(?: (?:so|not|is that))?|how(?: so| come| long| often| much| many(?: times)?)?|where|when|what for|says who|are you sure|really)\s*[?!.]*\s*$/i;

/**
 * "Where exactly in Intune?", "where in the portal?", "where is that?": after an answer, the admin-center place its fix
 * or setting names.
 */
const ASKS_WHERE_BARE =
    /^\s*(?:(?:ok|okay|so|and|but|right|sorry)[\s,.!]+)?(?:where(?:abouts)?|which\s+(?:menu|page|blade|tab|screen\s+in\s+intune))(?:\s+(?:exactly|precisely|again|is\s+(?:that|it|this)(?:\s+(?:setting|option|toggle|switch|value|page|menu|button|one))?|are\s+(?:they|those)|(?:do\s+)?(?:i|we)\s+(?:find|see|do|change|set|click)(?:\s+(?:that|it|this))?|can\s+(?:i|we)\s+find\s+(?:that|it|this)|in\s+(?:intune|entra|the\s+(?:portal|console|admin\s+(?:center|centre|portal))|endpoint\s+manager)))*\s*[?!.]*\s*$/i;
/** An entry whose card gives an admin-center path ("Devices > Windows > …"), as answer types read it. */
const namesAdminPlace = (entry: KnowledgeEntry) => answerTypesGiven(entry).includes('path');

/** "And the maximum?", "is there a max too?", "at most?": the other bound of what was just answered. */
const ASKS_UPPER_BOUND = /\b(?:max(?:imum)?|longest|upper\s+(?:limit|bound)|at\s+(?:the\s+)?most|cap|ceiling|too\s+long)\b/i;
/** An entry that states an upper bound: a limit, a maximum, "within" a time. */
const STATES_UPPER_BOUND = /\b(?:max(?:imum)?|limit|within|at\s+most|no\s+more\s+than|longest)\b/i;

/** A screen of the flow named by its colour or its name ("the green screen", "the red one", "the success page"). */
const NAMES_FLOW_SCREEN = /\b(?:green|red|success|failure|error|result|options?|configuration|config)\s+(?:screen|page|one)\b|\b(?:esp|status\s+page|reseal\s+button)\b/i;

/**
 * Which ones are meant, said after them ("the AMD machines we bought for the tax team", "the ones that came in
 * yesterday"): a clause that tells the things apart, not what is asked of them.
 */
const WHICH_ONES = /(?<=\b(?:machines|devices|laptops|pcs|units|ones|models|boxes|tablets)\s+)(?:that\s+|which\s+)?(?:we|they|i|you|that|which)\s+(?:just\s+)?(?:bought|got|ordered|received|purchased|have|had|use|came|arrived|were\s+(?:bought|ordered|delivered|shipped))\b[^?]*/i;

/** How a message leans on the topic: a short follow-up, a longer case set against it, or not at all. */
function leansOnTopic(said: string, topic: KnowledgeEntry): 'short' | 'case' | undefined {
    const text = said.replace(WHICH_ONES, '');
    const words = text.trim().split(/\s+/).length;
    if (BARE_QUESTION.test(text)) return 'short';
    if (words <= FOLLOW_UP_WORDS && (OPENS_FOLLOW_UP.test(text) || (POINTS_BACK.test(text) && words <= FOLLOW_UP_WORDS - 3))) return 'short';
    // "And what's the longest it can sit before that?": a bound asked of the last answer takes a few more words.
    if (words <= CASE_WORDS && OPENS_FOLLOW_UP.test(text) && POINTS_BACK.test(text) && ASKS_UPPER_BOUND.test(text)) return 'short';
    if (namesPartOf(text, topic)) return 'short';
    // "How to increase it for our dialer build": a change asked of what the last answer named, whatever it is for.
    if (words <= CASE_WORDS && CHANGE_IT.test(text)) return 'short';
    return words <= CASE_WORDS && SETS_A_CASE.test(text) && POINTS_BACK.test(text) ? 'case' : undefined;
}

/** An entry title's own words (qualifiers and short words left out), to tell how close two topics are. */
function titleWords(entry: KnowledgeEntry): Set<string> {
    return new Set(withoutFacetWords(entry.title).split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !['the', 'and', 'for', 'what', 'with'].includes(w)));
}

/** Words too common to choose between entries on their own. */
const FOLLOW_UP_COMMON = new Set(['the', 'and', 'for', 'what', 'with', 'does', 'they', 'them', 'their', 'when', 'then', 'that', 'this', 'there', 'about', 'how', 'will', 'would', 'after', 'user', 'users']);

/** A follow-up's own words, stemmed roughly ("opens" -> "open"), without its facet words and small words. */
function followUpWords(said: string | undefined): Set<string> {
    if (!said) return new Set();
    const words = withoutFacetWords(said).split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !FOLLOW_UP_COMMON.has(w));
    return new Set(words.map((w) => w.replace(/(?:ing|ed|es|s)$/, '')).filter((w) => w.length > 2));
}

/** The words that name an entry's topic, without its qualifiers. */
function topicWords(entry: KnowledgeEntry): string {
    return withoutFacetWords(entry.title);
}

/** A question for what to do or see next: "what do I pick after pressing the Windows key five times". The clause after "after". */
/** "Picked Windows Autopilot provisioning, then what?": a step named first, the question about what follows after it. */
const NAMES_THEN_ASKS_NEXT = /^(.{3,}?)[\s,;.-]+(?:then\s+|and\s+)?(?:what(?:'?s|\s+is|\s+comes)?\s+next|then\s+what|what\s+after\s+that)\s*\??\s*$/i;
/** Which error follows when a step is left out: "what error would I see if I forget that step". */
const ASKS_ERROR_IF_SKIPPED =
    /\b(?:what|which)\s+(?:error|code|error\s+code|error\s+message|message|failure)\b.{0,40}\b(?:if|when)\s+(?:i|we|you|they|someone|the\s+tech(?:nician)?)\s+(?:forget|forgets|skip|skips|miss|misses|don'?t|doesn'?t|do\s+not|didn'?t|never|leave\s+out)\b/i;
/** The words DONE_THEN_ASKS_NEXT needs: most messages have none, and its lazy opening would try every split of them. */
const STEP_DONE_WORD = /\b(?:finished|done|completed?|over|ended|through)\b/i;
/** A clause that only points back ("after that?", "after it"): the last answer is what it names. */
const POINTS_BACK_ALONE = /^\s*(?:that|this|it|that\s+one|this\s+one)\W*$/i;
/** "Device setup finished, what screen comes after that?": a step reported done, then what follows it. The step's name. */
const DONE_THEN_ASKS_NEXT =
    /^(.{3,}?)\s+(?:is\s+|has\s+|was\s+|got\s+)?(?:now\s+)?(?:finished|done|completed?|over|ended|through)[\s,;.-]+(?:(?:so|and|then)\s+)?what(?:'?s|\s+is)?\s+(?:(?:screen|page)\s+)?(?:comes?\s+|is\s+|shows\s+|appears\s+)?(?:up\s+)?(?:after\s+(?:that|this|it)|next)\s*\??\s*$/i;
/** "After I choose Pre-provision with Windows Autopilot, what screen comes next?": the step named first, then the ask. */
const AFTER_THEN_ASKS = /^[\s,;:.–—-]*(?:(?:so|ok|okay|and|right)[\s,]+)?(?:after|once)\s+(.{3,}?)\s*[,;:-]?\s+(?:what|which)(?:['’]?s)?\b.{0,30}\b(?:screens?|pages?|comes?|next|see|shows?|appears?|pick|select|choose|press|click)\b/i;
/** "What comes before the configuration screen?", "before the ESP, which screen shows": the screen before the one named. */
const ASKS_WHAT_BEFORE = /\b(?:what|which)\b.{0,30}\b(?:comes?|screens?|pages?|shows?|appears?|see)\b.{0,20}?\bbefore\b\s+(.{3,})$|^\s*before\s+(.{3,}?)\s*[,;:-]?\s+(?:what|which)\b.{0,30}\b(?:comes?|screens?|pages?|shows?|appears?|see)\b/i;
/** Also a screen's name asked for: "what's the screen called after Windows key ×5", "the name of the screen after …". */
const ASKS_WHAT_NEXT = /\b(?:what|which)(?:['’]?s)?\b.{0,30}\b(?:pick|select|choose|press|click|tap|do|see|comes?|next|shows?|appears?|called|named|name)\b.{0,20}?\b(?:after|once)\b\s+(.{3,})$/i;

/**
 * "Securing your hardware sits there, what is it actually doing?" ("what's it doing", "whats it doing"): what a phase
 * or screen does, asked about the phase itself, so the phase named is the subject, not a qualifier of it.
 */
const ASKS_WHAT_IT_DOES =
    /\bwhat(?:\s+is|['’]s|s)\s+(?:it|that|this|the\s+(?:device|laptop|pc|step|screen)|["'‘“][^"'’”]{3,50}["'’”]|(?:securing|joining|registering|preparing|identifying)\b[\w\s'-]{3,50}?)\s+(?:actually\s+|really\s+|exactly\s+)?doing\b|\bwhat\s+(?:does|do)\s+(?:it|that|this)\s+(?:step\s+|part\s+|phase\s+|screen\s+)?(?:actually\s+|really\s+)?do\b|\bwhat(?:['’]s|s|\s+is)\s+(?:actually\s+|really\s+)?(?:happening|going\s+on)\b|^\s*what\s+(?:exactly\s+|actually\s+|really\s+)?happens\s+(?:on|at|in|during)\s+(?:the\s+)?[\w\s'"-]{3,40}?\s*\??\s*$/i;

/**
 * "Nothing happened, no 'What would you like to do' screen": a screen's title quoted to say it never came. The technician
 * is not on that screen; what kept it away is the question.
 */
const SCREEN_NEVER_CAME =
    /\b(?:nothing\s+happen\w*|no|never|not|doesn'?t|didn'?t|won'?t|isn'?t|without)\b[^.?!]{0,40}\b(?:screen|page|menu|show\w*|appear\w*|come\w*|came|pop\w*)\b|\b(?:screen|page|menu)\s+(?:never|doesn'?t|didn'?t|won'?t)\b/i;

/**
 * The tool the technician already has open ("I have Shift+F10 open", "ping works from the command prompt"): how they
 * look, not what they ask about, so it does not pick the card about opening that tool.
 */
const TOOL_AT_HAND =
    /\b(?:(?:in|from|via|using|through|with|inside)\s+(?:the\s+|a\s+)?(?:shift[\s+-]*f10|cmd|command[\s-]+prompt)(?:\s+(?:window|prompt|box))?|(?:have|got|opened)\s+(?:the\s+|a\s+)?(?:shift[\s+-]*f10|cmd|command[\s-]+prompt)(?:\s+(?:window|prompt))?(?:\s+open)?|(?:shift[\s+-]*f10|cmd|command[\s-]+prompt)(?:\s+(?:window|prompt))?\s+(?:is\s+)?open(?:ed)?(?!\s+(?:it|the|a)\b))\b/gi;

function withoutToolAtHand(text: string): string {
    return text.replace(TOOL_AT_HAND, ' ');
}

/**
 * An installer's result code as the ESP and the IME report a failing app ("and 1641? on the printer driver app",
 * "1618 on the Adobe app during the ESP"): the code says what is asked, the app only which one. Not a port number.
 */
const INSTALLER_CODE = /(?<!\bport\s)\b(?:1602|1603|1618|1619|1620|1625|1633|1638|1641|3010)\b/;

/**
 * "What's on the config screen after I pick provisioning": a screen named as what the question is about, and a clause
 * after it that only says when the technician sees it. The clause is left out of what is searched.
 */
const ON_A_SCREEN_WHEN = /^(\s*what(?:['’]?s|\s+is|\s+are|\s+appears|\s+shows)\s+(?:on|in)\s+(?:the\s+|that\s+|this\s+)?(?!(?:screen|page|next|other|the|that|this|a|an)\b)[\w'-]+(?:\s+[\w'-]+){0,3}?\s+(?:screen|page))\s+(?:after|once|when)\b.*$/i;

function withoutWhenOnScreen(text: string): string {
    return text.replace(ON_A_SCREEN_WHEN, '$1');
}

/** How close a detail entry must come to a whole-step entry to be preferred: a step card mentions everything. */
const DETAIL_SHARE = 0.9;

/** A step or overview that only just beats a how-to detail (and is no sure match) gives way to it: a detail question wants the detail. */
function preferDetail<T extends { item: SearchHit; score: number }>(order: T[]): T[] {
    const [top, second] = order;
    const gives =
        top && second && !top.item.confident && BROAD_KINDS.has(top.item.entry.kind) &&
        !BROAD_KINDS.has(second.item.entry.kind) && second.item.entry.kind !== 'error' && second.score >= top.score * DETAIL_SHARE;
    if (gives) {
        return [second, top, ...order.slice(2)];
    }
    return order;
}

/** Asks whether this bot covers something at all: "is hybrid join covered?", "do you do hybrid?", "in scope for you?". */
const ASKS_COVERAGE =
    /\b(?:is|are)\b.{0,40}\b(?:covered|included|in scope|out of scope|supported here)\b|\b(?:do|does|can|will)\s+(?:you|this bot|the bot|this)\s+(?:also\s+)?(?:cover|do|handle|help with|support|answer|know)\b|\b(?:cover(?:s|ed)?|supported|handled|answered)\s+(?:by|in)\s+(?:you|this\s+bot|the\s+bot|this\s+chat|here)\b|\bsupported\s+here\b/i;

/**
 * Doing a neighbour's own work: setting its parts up ("setting up the domain join profile and OU"), or its parts
 * failing ("the Intune Connector keeps going inactive").
 */
const DOES_THE_WORK = /\b(?:set(?:ting)?\s*up|configur\w*|creat\w*|install\w*|steps?\s+(?:to|for)|how\s+(?:do|to|can)\s+(?:i|we|you)?\s*(?:set|configur|creat|install|build|add|make)\w*|keeps?\s+\w+ing|fail\w*|errors?|inactive|offline|not\s+working|broken|stuck|troubleshoot\w*|ou|organi[sz]ational\s+unit)\b/i;
/** Weighing whether to take the neighbour at all ("hybrid or Entra join, what does MS recommend", "do we want that?"). */
const WEIGHS_IT = /\brecommend\w*|\bany\s+(?:good\s+)?reason\s+(?:to|for|why)\b|\bwhy\s+would\s+(?:we|i|anyone|you)\b|\bis\s+there\s+(?:a|any)\s+reason\b|\bshould\s+(?:we|i)\b|\bdo\s+(?:we|i)\s+(?:want|need)\b|\bor\s+(?:entra|hybrid|cloud)|\b(?:entra|hybrid|cloud)[\w\s-]{0,20}\bor\b/i;

/** Two things set side by side: "X vs Y", "the difference", "same as", "X or pre-provisioning". */
const COMPARES =
    /\b(?:vs\.?|versus|differ\w*|diff|compar\w*|same (?:as|thing)|instead of|rather than|better|contrast)\b|\bor\s+(?:pre[\s-]*prov\w*|white[\s-]*glove|wg)\b|\b(?:pre[\s-]*prov\w*|white[\s-]*glove|wg)\s+or\b/i;

/** Below this share of the whole question's best score, the subject's best match is chance: nothing was left to search. */
const EMPTY_SUBJECT_SHARE = 0.15;
/** What the whole question (qualifiers included) adds to the subject's score. */
const WHOLE_QUESTION_SHARE = 0.35;

function mergeHits(subject: SearchHit[], whole: SearchHit[]): SearchHit[] {
    const merged = new Map<string, SearchHit>();
    for (const hit of subject) merged.set(hit.entry.id, { ...hit });
    for (const hit of whole) {
        const known = merged.get(hit.entry.id);
        const added = hit.score * WHOLE_QUESTION_SHARE;
        merged.set(hit.entry.id, known ? { ...known, score: known.score + added } : { ...hit, score: added });
    }
    return [...merged.values()].sort((a, b) => b.score - a.score);
}

/** Entries that cover a whole step or the whole subject rather than one detail. */
const BROAD_KINDS = new Set<KnowledgeEntry['kind']>(['step', 'overview']);
/**
 * Words a short follow-up is made of besides the facet it asks about. "Same thing but for the older w10 ones?": the
 * devices it is about ("ones", "laptops") and how old they are say which Windows, nothing else.
 */
const FOLLOW_UP_FILLER =
    /\b(?:and|but|so|what|whats|what's|about|how|hows|how's|on|for|in|at|during|the|a|an|with|it|is|are|does|do|that|then|there|same|thing|things|stuff|question|answer|choices?|options?|screens?|equivalent|apply|applies|to|will|would|should|case|of|version|os|ok|okay|please|pls|also|if|instead|them|they|this|these|those|side|as|well|too|one|ones|old|older|newer|earlier|previous|devices?|laptops?|machines?|pcs?|units?|box|boxes|builds?|phase|part|flow|when|its|it's|like|look|looks|any|different|differently|now|just|only|via|then|again|not|no|nor|rather|than|except|other|isnt|isn't|never|tho|though|btw|thx|thanks|cheers|lol)\b|[?.!,:;'"()-]/g;

/**
 * Words that only say "next, for them" once a topic stands: "what does the user see after that", "and for the user
 * afterwards". When they get the device and when in the year say when, not what: "what does the teacher see when they
 * open it next term". Without a topic such a question is a question of its own.
 */
const TOPIC_FOLLOW_UP_FILLER =
    /\b(?:after|afterwards|later|next|then|see|sees|get|gets|got|happen|happens|experience|experiences|he|she|his|her|their|first|time|once|opens?|opened|unbox\w*|turns?|switch(?:es)?|powers?|boots?|starts?|receives?|picks?|up|back|uses?|term|semester|quarter|holidays?|break|morning|afternoon|evening|fall|autumn|spring|summer|winter|day|week|month|year|tomorrow|today|monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december|sept|sep)\b/g;

/**
 * "What does securing your hardware do?", "what is device preparation": a phase named and asked what it is or does is
 * a question about the phase itself, not "and in that phase?" after another answer; "what is it on …" still leans back.
 */
const ASKS_WHAT_NAMED_IS = /^\s*what(?:\s+is|['’]s|s|\s+does|\s+do)\s+(?!about\b|(?:it|that|this|they|them|there)\b)/i;

/**
 * The question a message opens with, when what follows it asks nothing ("which editions work for this? one dept bought
 * Home laptops"): the sentence up to its question mark.
 */
function leadingQuestion(text: string): string | undefined {
    const end = text.indexOf('?');
    if (end < 0) return undefined;
    const rest = text.slice(end + 1).trim();
    return rest.length > 0 && !rest.includes('?') ? text.slice(0, end + 1) : undefined;
}

export function createUnderstanding(options: {
    search: KnowledgeSearch;
    scope: ScopeJudge;
    entries: readonly KnowledgeEntry[];
    /** The technician flow's screens in order (entry ids) and its outcomes, success first: "what do I pick after X?" is the screen after X. */
    flow?: { screens: readonly string[]; outcomes: readonly string[] };
    /** The entries' settings by their on-screen names, when scope reads them too (built from `entries` otherwise). */
    settings?: SettingNames;
    /** Sets slipped keys right before anything reads a message; without it, messages are read as typed. */
    spelling?: SpellingCorrector;
}): Understanding {
    const { search, scope, entries, flow, spelling } = options;
    const nextScreen = (id: string): string | undefined => {
        if (!flow) return undefined;
        const [success, ...failures] = flow.outcomes;
        const i = flow.screens.indexOf(id);
        // After the ESP comes success or failure, not one screen; a failure has choices (Retry, Reset), not a next screen.
        if (i < 0 || failures.includes(id)) return undefined;
        const next = flow.screens[i + 1];
        if (id === success) return flow.screens.slice(i + 1).find((screen) => !flow.outcomes.includes(screen));
        return next && !flow.outcomes.includes(next) ? next : undefined;
    };
    const settingNames = options.settings ?? createSettingNames(entries);
    // A screen named by its subject ("before the ESP" reads as the ESP's definition) is the screen that links to it.
    const screenOf = (id: string): string => {
        if (!flow || flow.screens.includes(id)) return id;
        return flow.screens.find((screen) => entries.find((entry) => entry.id === screen)?.related.includes(id)) ?? id;
    };
    const previousScreen = (named: string): string | undefined => {
        if (!flow) return undefined;
        const id = screenOf(named);
        const i = flow.screens.indexOf(id);
        // Before an outcome (success or failure) comes the ESP; before a screen, the screen before it that is no failure.
        const skipped = flow.outcomes.includes(id) ? flow.outcomes : flow.outcomes.slice(1);
        for (let j = i - 1; j >= 0; j--) if (!skipped.includes(flow.screens[j])) return flow.screens[j];
        return undefined;
    };
    const entriesById = new Map(entries.map((entry) => [entry.id, entry]));
    const facetsById = new Map(entries.map((entry) => [entry.id, entryFacets(entry)]));
    const facetsOf = (entry: KnowledgeEntry): FacetValues => facetsById.get(entry.id) ?? { audience: [], phase: [], os: [] };
    const problemFacetsById = new Map(entries.map((entry) => [entry.id, entryFacetsForProblem(entry)]));
    const problemFacetsOf = (entry: KnowledgeEntry): FacetValues => problemFacetsById.get(entry.id) ?? facetsOf(entry);

    const entriesByCode = new Map<string, ErrorEntry[]>();
    for (const entry of entries) {
        if (entry.kind !== 'error') continue;
        for (const code of entry.codes) entriesByCode.set(code, [...(entriesByCode.get(code) ?? []), entry]);
    }

    /** `asked`: the question without what it sets aside ("I don't mean the profile —"); the subject is read from it. */
    function ranked(text: string, facets: Facets, asked = text) {
        // The subject is what the question says besides its qualifiers: "device setup" in "apps hang in device setup"
        // says when, not what, so it must not pull the card about device setup on its own. The whole question still
        // counts, at a discount, so a question about the qualifier itself ("what does device setup install") finds it.
        // What is set aside stays out of the whole reading too: "…, not a deployment profile" must not pull the
        // profile card, nor its "not" make the question read as a problem report.
        const whole = search.search(asked, CANDIDATES);
        const atHand = withoutToolAtHand(asked);
        const qualified = (hasAnyFacet(facets) || hasAnyFacet(facets.not) || asked !== text || atHand !== asked) && !ASKS_WHAT_IT_DOES.test(asked);
        const subject = qualified ? search.search(withoutFacetWords(atHand), CANDIDATES) : [];
        // A subject that leaves next to nothing to search ("what does the user do once the tech is done" without who:
        // "do once done") matches by chance; the whole question decides then.
        const hits = subject.length === 0 || subject[0].score < (whole[0]?.score ?? 0) * EMPTY_SUBJECT_SHARE ? whole : mergeHits(subject, whole);
        const candidates = hits.map((hit) => ({ item: hit, score: hit.score }));
        // What kind of fact it asks for (a URL, a limit, a command, a KB) chooses among close candidates too.
        const facetsFor = PROBLEM.test(asked) ? problemFacetsOf : facetsOf;
        const byFacets = rankByFacets(facets, candidates, (hit) => facetsFor(hit.entry));
        const order = preferDetail(rankByAnswerType(readAnswerAsk(asked), byFacets, (hit) => hit.item.entry));
        const [top, second] = order;
        const leadBy = (ratio: number) => top !== undefined && top.score >= IN_SCOPE_FLOOR && (!second || top.score >= second.score * ratio);
        return { hits: order.map((r) => r.item), confident: (whole[0]?.confident ?? false) || (subject[0]?.confident ?? false), leadBy };
    }

    function read(framed: string): Understood {
        // A question passed on ("my boss wants to know …") is read as the question itself.
        const text = withoutRelayedFrame(framed);
        // What the technician sets aside ("not asking how to write a compliance policy!") does not decide scope, and
        // counts only as the rest of the whole question does for the answer: the subject is what is left.
        const asked = withoutSetAside(text);
        const judged = scope.judge(asked);
        // An identifier only our knowledge uses ("what does IsAutopilotDisabled mean") is a deployment word of its own.
        const verdict: typeof judged = judged.kind === 'foreign' && search.namesIdentifier?.(asked) ? { kind: 'in', anchored: true, domain: true } : judged;
        // Whether the bot covers a neighbour at all ("is hybrid join covered?") is answered by the card on that boundary.
        // So is whether to use it at all ("any reason to do hybrid join for the new laptops?"), when its own work is not asked.
        const weighsIt = WEIGHS_IT.test(asked) && !DOES_THE_WORK.test(asked);
        if (verdict.kind === 'out' && verdict.topic.boundary && (ASKS_COVERAGE.test(asked) || weighsIt)) return { kind: 'answer', entryId: verdict.topic.boundary };
        if (verdict.kind === 'out') return { kind: 'decline', topic: verdict.topic };
        if (verdict.kind === 'vague') return { kind: 'unsure', suggestions: [] };
        // A setting quoted by its on-screen name is the subject ("Join to Microsoft Entra ID as: joined or hybrid?"),
        // whatever alternative stands beside it.
        const quoted = settingNames.quoted(asked);
        // A screen quoted to say it never came, or came without our option, is not where the technician is.
        const screenFailed = SCREEN_NEVER_CAME.test(asked) || PRE_PROVISIONING_OPTION_MISSING.test(asked);
        if (quoted && !(flow?.screens.includes(quoted) && screenFailed)) return { kind: 'answer', entryId: quoted };
        // A neighbour set side by side with pre-provisioning ("self-deploying vs white glove?") asks for the difference.
        const comparison = verdict.kind === 'in' && verdict.anchored ? verdict.topic?.comparison : undefined;
        if (comparison && COMPARES.test(asked)) return { kind: 'answer', entryId: comparison };
        // A situation read as a whole (the technician at the sign-in page, the user after their password).
        const situation = verdict.kind === 'in' || verdict.kind === 'foreign' ? situationAnswer(asked, readFacets(text)) : undefined;
        if (situation) return { kind: 'answer', entryId: situation };
        // Only a question none of those answers is searched.
        // A screenshot and the ticket it is for say what the answer is for, not what it is about.
        const { hits, confident, leadBy } = ranked(text, readFacets(text), withoutPurpose(withoutWhenOnScreen(asked)));
        // With a neighbour named too, only a confident match makes the question ours; with everyday words only
        // ("keyboard keys stuck"), a mere lead over the runner-up is chance, not an answer.
        // A neighbour the leading card itself names (see namesNeighbour) is no neighbour.
        const neighbourOnCard = verdict.kind === 'in' && verdict.anchored && verdict.phrasing !== undefined && hits.length > 0 && namesNeighbour(hits[0].entry, verdict.phrasing);
        const leads = verdict.kind === 'in' && verdict.domain && (!verdict.topic || neighbourOnCard) && leadBy(verdict.anchored ? LEAD.anchored : LEAD.situation);
        // Without a single deployment word, only a strong match (several of the entry's own words) makes it ours.
        const sure = confident && (verdict.kind !== 'foreign' || hits[0].score >= FOREIGN_FLOOR);
        if (hits.length > 0 && (sure || leads)) {
            // A neighbour's boundary card answers whether and how far the bot covers it ("does hybrid join work with
            // pre-provisioning?"); the neighbour's own work ("setting up the domain join profile and OU for hybrid",
            // "the Intune Connector keeps going inactive") is declined with where to go.
            const neighbour = verdict.kind === 'in' ? verdict.topic : undefined;
            const ownWork = neighbour?.boundary === hits[0].entry.id && DOES_THE_WORK.test(asked) && !ASKS_COVERAGE.test(asked) && !COMPARES.test(asked) && !WEIGHS_IT.test(asked);
            return ownWork ? { kind: 'decline', topic: neighbour } : { kind: 'answer', entryId: hits[0].entry.id };
        }
        // Else an installer's code the knowledge lists answers, whatever app is named beside it ("1618 on the Adobe app").
        const installerCode = verdict.kind === 'in' ? INSTALLER_CODE.exec(asked)?.[0] : undefined;
        const byCode = installerCode ? search.search(installerCode, 1)[0] : undefined;
        if (byCode?.confident) return { kind: 'answer', entryId: byCode.entry.id };
        // A question first, then what it is for ("how long can the device name be? the dept wants CHEM-FACULTY-…
        // lol"): the aside dilutes the question's words. Read alone, the question may be surely ours.
        const question = leadingQuestion(asked);
        if (question && (verdict.kind === 'foreign' || (verdict.kind === 'in' && !verdict.topic))) {
            const alone = read(question);
            if (alone.kind === 'answer') return alone;
        }
        // No deployment words and no strong match: small talk or another subject, not a list of unrelated topics.
        // One or two everyday words ("error", "laptop?") say too little to decline: ask for more.
        if (verdict.kind === 'in' && !verdict.domain && text.trim().split(/\s+/).length <= 2) return { kind: 'unsure', suggestions: [] };
        if (verdict.kind === 'foreign' || (verdict.kind === 'in' && !verdict.domain)) return { kind: 'decline' };
        // It names a neighbour and the knowledge has no confident answer to it: the neighbour is the subject.
        if (verdict.topic) return { kind: 'decline', topic: verdict.topic };
        return { kind: 'unsure', suggestions: hits.slice(0, 3).map((hit) => hit.entry.id) };
    }

    /**
     * "what do I pick after pressing the Windows key": the screen that follows the one the clause names; "what comes
     * before X": the one that precedes it.
     */
    function screenAfter(said: string, topic?: KnowledgeEntry): Understood | undefined {
        // "Not asking how to get in — after the Windows key and picking the option, what's the next screen": what is set
        // aside is not where the question starts.
        const text = withoutSetAside(withoutRelayedFrame(said));
        const before = ASKS_WHAT_BEFORE.exec(text);
        const beforeClause = before?.[1] ?? before?.[2];
        if (beforeClause) {
            const named = read(beforeClause);
            const previous = named.kind === 'answer' ? previousScreen(named.entryId) : undefined;
            if (previous) return { kind: 'answer', entryId: previous };
        }
        // "Device setup finished, what screen comes after that?": "that" points back at the step reported done.
        const doneFirst = STEP_DONE_WORD.test(text) ? DONE_THEN_ASKS_NEXT.exec(text) : null;
        const asked = doneFirst ?? ASKS_WHAT_NEXT.exec(text) ?? AFTER_THEN_ASKS.exec(text);
        const namedFirst = asked ? undefined : NAMES_THEN_ASKS_NEXT.exec(text);
        const clause = asked?.[1] ?? namedFirst?.[1];
        if (!clause) return undefined;
        // "And on Windows 11, what do I pick after that?" after a screen's answer: the screen after that one.
        if (topic && POINTS_BACK_ALONE.test(clause)) {
            const next = nextScreen(screenOf(topic.id));
            return next ? { kind: 'answer', entryId: next } : undefined;
        }
        const named = read(clause);
        // The ESP reported done is the ESP succeeded: the success screen follows it.
        const [success] = flow?.outcomes ?? [];
        const esp = success && flow ? flow.screens[flow.screens.indexOf(success) - 1] : undefined;
        if (doneFirst && named.kind === 'answer' && esp !== undefined && screenOf(named.entryId) === esp) return { kind: 'answer', entryId: success };
        // "It went green, what next?" asks about the outcome screen itself (Reseal), not about what follows it.
        if (namedFirst && named.kind === 'answer' && flow?.outcomes.includes(named.entryId)) return undefined;
        const next = named.kind === 'answer' ? nextScreen(named.entryId) : undefined;
        return next ? { kind: 'answer', entryId: next } : undefined;
    }

    function entryForCode(code: string, question: string): ErrorEntry | undefined {
        const candidates = entriesByCode.get(canonicalCode(code)) ?? [];
        if (candidates.length <= 1) return candidates[0];
        const facets = readFacets(question);
        return candidates
            .map((entry, i) => ({ entry, fit: facetFit(facets, facetsOf(entry)), i }))
            .sort((a, b) => b.fit - a.fit || a.i - b.i)[0].entry;
    }

    return {
        asRead(text) {
            const typed = asTyped(text);
            return withOurNames(withoutPleasantries(spelling?.correct(typed) ?? typed));
        },
        understand(text: string, topic?: KnowledgeEntry): Understood {
            // "After the Windows key a menu appeared, which one do I choose": on the options screen, not after it.
            // "What does the user see first after Reseal": the user flow's start, not the technician screen after Reseal.
            // "No network yet, picked country and keyboard, what comes next": OOBE's network page, not the flow's next step.
            const after = atOptionsScreen(text) || asksWhatUserSeesFirst(text) || NEXT_WITHOUT_NETWORK.test(text) ? undefined : screenAfter(text, topic);
            if (after) return after;
            // "Same error but the device is brand new": the error just answered, for the case the message describes.
            if (topic?.kind === 'error' && topic.codes.length > 0 && SAME_CODE.test(text)) {
                return { kind: 'answer', entryId: entryForCode(topic.codes[0], text)?.id ?? topic.id };
            }
            // "We also see it on w10 22h2, same KB?": the error just answered, on that Windows.
            if (topic && sameErrorOnOtherWindows(text, readFacets(text), topic)) return { kind: 'answer', entryId: topic.id };
            const leans = topic ? leansOnTopic(text, topic) : undefined;
            // "Why that long?" after the 90-minute wait: the reason is on the card just shown.
            if (topic && WHY_POINTING_BACK.test(text)) return { kind: 'answer', entryId: topic.id };
            // "Where exactly in Intune?" after an answer: the answer itself if it names the admin-center place, else
            // the related card that does (a step with its portal path).
            if (topic && ASKS_WHERE_BARE.test(text)) {
                const placed = [topic, ...topic.related.map((id) => entriesById.get(id))].find((entry) => entry && namesAdminPlace(entry));
                // None names a place: the answer itself again, rather than a list of unrelated cards.
                return { kind: 'answer', entryId: (placed ?? topic).id };
            }
            // "And the maximum?" after a minimum (the 90-minute wait): the related card that states the upper bound.
            if (topic && leans === 'short' && ASKS_UPPER_BOUND.test(text) && !STATES_UPPER_BOUND.test(topic.title)) {
                const bound = topic.related.map((id) => entriesById.get(id)).find((entry) => entry && STATES_UPPER_BOUND.test([entry.title, ...entry.keywords].join(' ')));
                if (bound) return { kind: 'answer', entryId: bound.id };
                // No related card states one ("and what's the longest it can sit on the shelf?" after what the user does):
                // the bound read on its own, when its card states a bound.
                const alone = read(text);
                const aloneEntry = alone.kind === 'answer' ? entriesById.get(alone.entryId) : undefined;
                if (aloneEntry && STATES_UPPER_BOUND.test(aloneEntry.title)) return { kind: 'answer', entryId: aloneEntry.id };
            }
            // "And the button after the green screen?" after another screen: a flow screen named outright is read on its
            // own, not with the last screen's words.
            if (topic && leans === 'short' && flow && NAMES_FLOW_SCREEN.test(text)) {
                const alone = read(text);
                const isScreen = (id: string) => flow.screens.includes(id) || flow.outcomes.includes(id);
                if (alone.kind === 'answer' && alone.entryId !== topic.id && isScreen(alone.entryId) && isScreen(topic.id)) return alone;
            }
            // "And Qualcomm?" after the attestation checks: a bare follow-up naming what a related entry says (the TPM
            // URLs), not the last answer itself, is that related entry.
            const relatedNamed = topic && !namesPartOf(text, topic) ? topic.related.map((id) => entriesById.get(id)).find((entry) => entry && namesPartOf(text, entry)) : undefined;
            if (relatedNamed) return { kind: 'answer', entryId: relatedNamed.id };
            // "And what error would I see if I forget that step?": the error the last answer's related cards name by code.
            const skippedError = topic && ASKS_ERROR_IF_SKIPPED.test(text) ? topic.related.map((id) => entriesById.get(id)).find((entry) => entry?.kind === 'error' && entry.codes.length > 0) : undefined;
            if (skippedError) return { kind: 'answer', entryId: skippedError.id };
            // A longer case is a question of its own when its own words surely answer another entry: "what if the TPM
            // attestation fails at securing your hardware, what does that mean" after an enrollment error.
            const own = leans === 'case' ? search.search(text, 1)[0] : undefined;
            // "What happens if we don't wait that long?": a measure pointing back is the last answer's, whatever it names.
            const aboutTopic = leans === 'short' || (leans === 'case' && (!(own?.confident && own.entry.id !== topic?.id) || MEASURE_POINTING_BACK.test(text)));
            if (topic && aboutTopic) {
                const onTopic = read(`${text} ${topicWords(topic)}`);
                if (onTopic.kind === 'answer') return onTopic;
                // "And if it's something I can't fix tonight?": a short follow-up whose own words name nothing (no
                // neighbour, no deployment word) asks about the last answer, which says what to do in that case too.
                const alone = read(text);
                if (leans === 'short' && alone.kind === 'decline' && !alone.topic) return { kind: 'answer', entryId: topic.id };
                return alone;
            }
            return read(text);
        },

        entryForCode,

        symptomBesideCode(code: string, question: string): string | undefined {
            const coded = entriesByCode.get(canonicalCode(code))?.[0];
            if (!coded) return undefined;
            const rest = withoutErrorCodes(question);
            const hit = search.search(rest, 1)[0];
            const symptom = hit?.confident ? hit.entry : undefined;
            return symptom?.kind === 'error' && symptom.codes.length === 0 && symptom.related.includes(coded.id) && coded.related.includes(symptom.id) ? symptom.id : undefined;
        },

        followUpFacets(text: string, onTopic = false): Facets | undefined {
            const facets = readFacets(text);
            const asks = hasAnyFacet(facets) || hasAnyFacet(facets.not);
            const onlyPhase = facets.phase.length > 0 && facets.audience.length === 0 && facets.os.length === 0;
            if (onlyPhase && ASKS_WHAT_NAMED_IS.test(text) && !POINTS_BACK.test(text.replace(ASKS_WHAT_NAMED_IS, ''))) return undefined;
            // "it's", "what's": the contraction is filler as a whole, not "it" plus a stray "s".
            let rest = withoutFacetWords(text).replace(/['’]s\b/g, '').replace(FOLLOW_UP_FILLER, ' ');
            if (onTopic) rest = rest.replace(TOPIC_FOLLOW_UP_FILLER, ' ');
            if (!asks || rest.trim() !== '') return undefined;
            // With nothing said before, "what does the user see during account setup" asks about that phase for them:
            // a question of its own. Only a message that opens like a follow-up ("and for the end user?"), corrects
            // ("not during device setup, during account setup") or names just a Windows ("how about w10") is one.
            const onlyOs = !FACET_NAMES.some((facet) => facet !== 'os' && facets[facet].length > 0);
            if (!onTopic && !onlyOs && !hasAnyFacet(facets.not) && !OPENS_FOLLOW_UP.test(text)) return undefined;
            return facets;
        },

        followUp(last: KnowledgeEntry, facets: Facets, said?: string): KnowledgeEntry {
            // The OS is a wording of the same entry, unless the entry is about one Windows only (a Windows 11 code).
            const oneOs = facetsOf(last).os.length === 1;
            const asked = FACET_NAMES.filter((facet) => (facet !== 'os' || oneOs) && (facets[facet].length > 0 || facets.not[facet].length > 0));
            if (asked.length === 0) return last;
            // Same topic: entries near the last one's own words (its facet wording left out), first that fits the facet.
            const topic = withoutFacetWords([last.title, ...last.keywords.slice(0, 4)].join(' '));
            const hits = search.search(topic, FOLLOW_UP_CANDIDATES);
            const fits = (entry: KnowledgeEntry) => facetFit(facets, facetsOf(entry)) > 1;
            if (fits(last)) return last;
            // A detail asked about asks for a detail back, not the whole step or overview.
            const sameGrain = (entry: KnowledgeEntry) => BROAD_KINDS.has(entry.kind) === BROAD_KINDS.has(last.kind);
            // Among those, the one whose title says most of what the last title said ("ESP phases ... flow").
            const lastWords = titleWords(last);
            const closeness = (entry: KnowledgeEntry) => [...titleWords(entry)].filter((w) => lastWords.has(w)).length;
            // Another Windows is another entry only on the same subject: a title word in common (attestation, for one).
            const onlyOs = asked.length === 1 && asked[0] === 'os';
            const fitting = hits.filter((hit) => fits(hit.entry) && (!onlyOs || closeness(hit.entry) > 0));
            const pool = fitting.some((hit) => sameGrain(hit.entry)) ? fitting.filter((hit) => sameGrain(hit.entry)) : fitting;
            // Then one written for that audience (the user-flow entries for the end user).
            const writtenFor = (entry: KnowledgeEntry) => (writtenForAudience(entry).some((a) => facets.audience.includes(a)) ? 1 : 0);
            // A follow-up changes one facet, not the kind of answer: after an ESP phase, the other ESP phase, not a symptom.
            const sameKind = (entry: KnowledgeEntry) => (entry.kind === last.kind ? 1 : 0);
            // Between entries as close to the last one, the follow-up's own words ("what does she see when she opens it")
            // choose: the entry whose title and keywords say more of them.
            const saidWords = followUpWords(said);
            const saysAsked = (entry: KnowledgeEntry) => {
                const own = withoutFacetWords([entry.title, ...entry.keywords].join(' ')).split(/[^a-z0-9]+/);
                return [...saidWords].filter((w) => own.some((o) => o.startsWith(w))).length;
            };
            return (
                pool
                    .map((hit, i) => ({ entry: hit.entry, kind: sameKind(hit.entry), close: closeness(hit.entry), says: saysAsked(hit.entry), own: writtenFor(hit.entry), i }))
                    .sort((a, b) => b.kind - a.kind || b.close - a.close || b.says - a.says || b.own - a.own || a.i - b.i)[0]?.entry ?? last
            );
        }
    };
}
