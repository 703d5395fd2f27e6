/**
 * What a question sets aside: "not asking how to write a compliance policy!", "I don't mean the profile —", "this
 * isn't about hybrid". A topic the technician explicitly puts aside must neither decide scope nor pick the answer: the
 * rest of the question does. Only explicit set-aside wordings count; "apps not installing" reports a symptom and stays.
 * Pure: text in, text out.
 */

/** Where a set-aside clause ends: punctuation, a dash between spaces, or the words that bring the real question. */
const CLAUSE_END = String.raw`(?=\s*(?:[.,!?;:—–()]|\s-+\s|,?\s*\b(?:but|i\s+mean|i'?m\s+asking|we'?re\s+asking|rather|instead|just|only|what\s+i\s+(?:want|need|mean|am\s+asking))\b|$))`;

/**
 * Someone saying what they are not asking: "not asking how…", "I don't mean…", "this isn't about…", "not an Intune
 * question", "never mind…".
 */
const SAYS_NOT_ASKING = new RegExp(
    String.raw`(?:\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+)?\bnot\s+(?:asking|talking|wondering|interested|looking|on\s+about)\b` +
        String.raw`|\b(?:i|we)\s+(?:don'?t|do\s+not|didn'?t|did\s+not)\s+(?:mean|care\s+about|need\s+to\s+know\s+about|need\s+help\s+with|want\s+to\s+know\s+about)\b` +
        String.raw`|\b(?:this|it|my\s+question|the\s+question|question)(?:\s+is|'s)?\s+(?:not|isn'?t)\s+(?:about|re|regarding|on)\b` +
        // "this isn't an Outlook question", "not a Defender issue".
        String.raw`|\b(?:(?:this|it)(?:\s+is|'s)?\s+)?(?:not|isn'?t)\s+an?\s+(?:[\w-]+\s+){1,3}(?:question|issue|problem|thing)\b` +
        String.raw`|\b(?:never\s*mind|leaving\s+aside|setting\s+aside|aside\s+from)\b`,
    'gi'
);

/**
 * "A real laptop not a VM", "on the Dell not the HP": a short thing (one or two words) set against the thing named right
 * before it, in a clause that states nothing with "is" / "are" ("why is the user not a local admin" asks about that state).
 */
const THING_NOT_THING = String.raw`(?<!\b(?:is|are|was|were|isn'?t|aren'?t)\b[^.,!?;:—–()]*)(?<=\b[a-z]{3,}\s)(?<!\b(?:does|do|did|has|have|had|can|could|will|would|should|may|might|must|why|if|or|and|but|just|still)\s)not\s+(?:the|a|an|my|our)\s+[\w-]+(?:\s+[\w-]+)?(?=\s*(?:[,!;:—–]|\s-+\s|\.\s|[.?]?\s*$)|\s+but\b)`;

/**
 * "Not the profile assignment — I mean…", "no, not a compliance policy!", "not the tech flow, the user flow", "…to a person, not
 * the profile", "not the TPM step but the apps step fails": a clause that opens with "not" and a thing (an article or
 * possessive after it) and ends at a break or at the "but" that brings what is meant. "Not enrolling - what now" has no
 * thing: a symptom.
 */
const NOT_THE_THING = new RegExp(
    String.raw`(?:(?:^|(?<=[.,!?;:(—–]\s*))\s*(?:no[,!.\s]+)?not\s+(?:the|a|an|about|my|our|their|this|that|any)\b[^.,!?;:—–()]*?` +
        String.raw`(?=\s*(?:[,!;:—–]|\s-+\s|\.\s|[.?]?\s*$)|\s+but\b))|${THING_NOT_THING}`,
    'gi'
);

/**
 * "Not compliance policies — why…", "not hybrid: …": a bare thing after a leading "not", closed by a dash, colon or "!".
 * A state after "not" ("not enrolling -", "not supported:", "not compliant!") reports a symptom and stays.
 */
const NOT_BARE_THING = new RegExp(
    String.raw`^\s*(?:no[,!.\s]+)?not\s+(?![a-z]+(?:ing|ed|able|ible)\b)(?!(?:working|there|possible|allowed|enough|compliant|yet|sure|again|always|now|really|even|just|only)\b)[^.,!?;:—–()]{1,50}?` +
        String.raw`(?=\s*(?:[!;:—–]|\s-+\s))`,
    'i'
);

/**
 * What the site does not have, said as a fact about it: "(no on-prem AD)", "we have no domain controller", "without
 * SCCM". A neighbour named only as absent is no subject: "join type for our setup (no on-prem AD)" asks about the join
 * type. Only a system named after an explicit "no"/"without"/"don't have".
 */
const SITE_HAS_NO = new RegExp(
    String.raw`\b(?:no|without|not\s+using|(?:we\s+)?(?:don'?t|do\s+not|never)\s+(?:have|use|run)|there\s+is\s+no)\s+(?:an?\s+|any\s+)?(?:on[\s-]?prem(?:ise)?s?\s+)?(?:ad|active\s+directory|ad\s+ds|domain(?:\s+controllers?)?|dcs?|sccm|configmgr|config\s+manager)\b(?:\s+(?:at\s+all|here|anymore))?`,
    'gi'
);

/** The deployment tools a site moves from to Autopilot, by name. */
const FORMER_TOOL_NAME = String.raw`(?:sccm|configmgr|mecm|memcm|config(?:uration)?\s+manager|mdt|wds|ghost|task\s+sequences?)`;
/** The same, or the way of working they stand for, compared against ("like our imaging did", "than the old image"). */
const FORMER_TOOL = String.raw`(?:${FORMER_TOOL_NAME}|(?:our\s+|the\s+)?(?:old\s+)?(?:ts|imaging|images?))`;
/** What the old tool's people and parts are called: "our SCCM people", "the SCCM task sequence", "SCCM boxes". */
const OF_THE_TOOL = String.raw`(?:\s+(?:task\s+sequences?|ts|client|site|collections?|query\s+collections?|builds?|images?|days|world|boxes|machines|devices|laptops|pcs|people|team|folks|guys|admins?|engineers?|comparison))*`;
/** Where a clause about the old tool ends: a break, or the words that bring the question back ("…, so how do I…"). */
const TOOL_CLAUSE_END = String.raw`(?=\s*(?:[.,!?;:—–()]|\s-+\s|\b(?:but|so|now|here|what|how|where|which|when|why)\b|$))`;
/**
 * The tool the site used before, named to compare: "in SCCM we just PXE booted", "like our SCCM task sequence did",
 * "our SCCM task sequence was about forty minutes", "for our SCCM people", "like a query collection in SCCM". Such a
 * clause says where the technician comes from, not what they ask: "how long should pre-provisioning take, our task
 * sequence was forty minutes" asks about pre-provisioning. A question about the tool itself ("upgrade the SCCM
 * client", "hashes out of SCCM") names it without these frames and stays.
 */
const FORMER_TOOL_COMPARED = new RegExp(
    // "In SCCM we named it in the TS", "with MDT the tech just picked a task sequence"; by name only: "in the image we
    // have 18 apps" speaks of what is deployed now.
    String.raw`\b(?:in|with|on|under|back\s+(?:in|with))\s+(?:the\s+)?(?:old\s+)?${FORMER_TOOL_NAME}${OF_THE_TOOL},?\s+(?:we|they|you|i|it|techs?|the\s+\w+)\s+[^.,!?;:—–()]*?${TOOL_CLAUSE_END}` +
        // "Like our SCCM task sequence did", "compared to SCCM", "unlike imaging", "like a query collection in SCCM".
        String.raw`|\b(?:like|unlike|than|vs\.?|versus|compared\s+(?:to|with)|same\s+as|similar\s+to)\s+(?:in\s+|with\s+)?(?:(?:our|the|an?)\s+)?(?:[\w-]+\s+){0,3}?(?:in\s+)?(?:old\s+)?${FORMER_TOOL}${OF_THE_TOOL}(?:\s+(?:did|does|do|used\s+to|would|was|were|had))?(?=[^\p{L}]|$)` +
        // "Our SCCM task sequence was about forty minutes", "SCCM boxes went out same day".
        String.raw`|(?<![\p{L}]\s)(?:(?:our|the)\s+)?(?:old\s+)?(?:sccm|configmgr|mecm|mdt)${OF_THE_TOOL}\s+(?:was|were|took|did|used\s+to|went|had|would|ran)\b[^.,!?;:—–()]*?${TOOL_CLAUSE_END}` +
        // "For our SCCM people", "need it for our SCCM comparison".
        String.raw`|\bfor\s+(?:our|the)\s+(?:sccm|configmgr|mecm|mdt|imaging)\s+(?:people|team|folks|guys|admins?|engineers?|comparison|report)\b`,
    'giu'
);
/** The words every such clause has (most messages name no former tool): the clause is looked for only with one. */
const NAMES_A_FORMER_TOOL = /\b(?:sccm|configmgr|mecm|memcm|config(?:uration)?|mdt|wds|ghost|sequences?|ts|imag\w*)\b/i;

/** The phone or tablet a technician types on, however they name it. */
const HANDSET = String.raw`(?:phone|mobile|cell(?:\s*phone)?|smartphone|iphone|android|ipad|tablet|galaxy)`;

/**
 * Where the message is typed, or the admin task done, not what it asks: "on my phone, where is X in the admin
 * center?", "replying from my mobile:", "sent from my iPhone", "fixed it in Intune on my phone". Only a remark marked as
 * one counts (a typing verb, a break after it, "right now", the admin tool before it): "install Teams on my phone" or
 * "enroll an iPhone" keep the phone as their subject.
 */
const WHERE_TYPED = new RegExp(
    String.raw`\b(?:i'?m\s+|im\s+|i\s+am\s+)?(?:typing|writing|replying|texting|messaging|asking|sending|answering|chatting|reading|responding)\s+(?:this\s+|you\s+|here\s+)?(?:from|on|via)\s+(?:my\s+|a\s+|the\s+)?${HANDSET}\b` +
        String.raw`|\bsent\s+from\s+my\s+${HANDSET}\b` +
        String.raw`|^\s*(?:(?:sorry|btw|fyi|heads\s+up|note)[,:\s]+)?(?:i'?m\s+|im\s+|i\s+am\s+)?(?:on|from)\s+(?:my\s+|the\s+)?${HANDSET}(?:\s+(?:right\s+now|atm|rn|at\s+the\s+moment|now|today|only))?(?=\s*(?:[,:;—–(]|\s-+\s|-\s|\s+so\b))` +
        String.raw`|\b(?:i'?m\s+|im\s+|i\s+am\s+)?(?:on|from)\s+(?:my\s+)?${HANDSET}\s+(?:right\s+now|atm|rn|at\s+the\s+moment)\b` +
        String.raw`|\(\s*(?:on|from)\s+(?:my\s+)?${HANDSET}\s*\)` +
        // Where an admin task was done: "fixed the user in Intune on my phone", "changed it in the portal from my iPhone".
        String.raw`|(?<=\b(?:intune|portal|admin\s+(?:center|centre)|endpoint\s+manager|browser|console|intune\s+app)\s+)(?:on|from|via|with|using)\s+(?:my\s+|a\s+|the\s+)?${HANDSET}\b`,
    'gi'
);

/** Who passes a question on: a manager or owner, a colleague, a customer, someone with a role in brackets ("Dana (owner)"). */
const RELAYER = String.raw`(?:(?:my|our|the|a)\s+)?(?:big\s+)?(?:boss|manager|owner|md|ceo|cfo|cto|cio|coo|director|head\s+of\s+[a-z]+|team\s*lead|supervisor|customer|client|colleague|co-?worker|finance(?:\s+team)?|hr|accounts|procurement|practice\s+manager|office\s+manager)|[a-z]+\s*\([^)]{1,30}\)`;
const ASKS = String.raw`(?:asks?|asked|is\s+asking|was\s+asking|wants?\s+to\s+know|wanted\s+to\s+know|would\s+like\s+to\s+know|wonders?|is\s+wondering|was\s+wondering|needs?\s+to\s+know)`;
/** After the frame: a break, "if"/"whether" (dropped), or the question's own first word (kept). */
const FRAME_END = String.raw`(?:\s*[:,\-–—]+\s*|\s+(?:if|whether)\s+|\s+(?=(?:what|whats|what's|why|how|when|where|which|who|can|could|do|does|did|is|are|will|would|should)\b))`;
const GREETING = String.raw`^\s*(?:(?:hi|hey|hello|ok|okay|quick\s+one|q)[,!:.\s]+)?`;

/**
 * "Dana (owner) asks:", "my boss wants to know why", "the owner is asking –", "question from our manager:": a question
 * passed on. Who passes it on decides nothing: the question is what follows. Only at the start, and only a relayer:
 * the user or the technician asking is a person of the deployment and stays.
 */
const RELAYED_FRAME = new RegExp(
    String.raw`${GREETING}(?:(?:${RELAYER})\s+${ASKS}|question\s+from\s+(?:${RELAYER}))(?:${FRAME_END}|\s+(?!for\b|to\b)(?:(?:if|whether|about)\s+)?)`,
    'i'
);
/**
 * The same frame with a capitalised name ("Priya from finance asks,"), read case-sensitively so a product ("Windows
 * asks for a PIN", "Intune wants to know") is no name.
 */
const NAMED_FRAME = new RegExp(
    String.raw`${GREETING}(?:(?!(?:Windows|Intune|Autopilot|Entra|Azure|Microsoft|Teams|Outlook|Defender|BitLocker|Bitlocker|Office|Edge|Chrome|Dell|Lenovo|Surface|It|This|That|Then|Now)\b)[A-Z][a-z]+(?:\s+(?:from|in|at)\s+[a-z]+)?(?:\s*\([^)]{1,30}\))?\s+${ASKS}|[Qq]uestion\s+from\s+[A-Z][a-z]+)${FRAME_END}`
);

/** A set-aside clause: its opening words up to where the clause ends. */
const SET_ASIDE_CLAUSE = new RegExp(`(?:${SAYS_NOT_ASKING.source})[^.,!?;:—–()]*?${CLAUSE_END}`, 'gi');

/** A question with fewer letters than this left after the set-aside parts asked nothing else: it is read whole. */
const MIN_REST_LETTERS = 8;

/**
 * The last reading of each: a turn reads its message through both more than once (the question, then the clause a
 * "what comes after …" names), and these are among the dearest patterns. One entry: it never stands in for a new message.
 */
const lastFrame = { text: '', rest: '' };
const lastSetAside = { text: '', rest: '' };

/** The question without the frame that passes it on ("Dana (owner) asks:"); the text as it is when there is none. */
export function withoutRelayedFrame(text: string): string {
    if (lastFrame.text === text) return lastFrame.rest;
    const rest = text.replace(RELAYED_FRAME, ' ').replace(NAMED_FRAME, ' ').trim();
    lastFrame.rest = rest.replace(/[^\p{L}]/gu, '').length >= MIN_REST_LETTERS ? rest : text;
    lastFrame.text = text;
    return lastFrame.rest;
}

export function withoutSetAside(text: string): string {
    if (lastSetAside.text === text) return lastSetAside.rest;
    lastSetAside.rest = setAsideRemoved(text);
    lastSetAside.text = text;
    return lastSetAside.rest;
}

function setAsideRemoved(text: string): string {
    const aside = text
        .replace(RELAYED_FRAME, ' ')
        .replace(NAMED_FRAME, ' ')
        .replace(NOT_THE_THING, ' ')
        .replace(NOT_BARE_THING, ' ')
        .replace(SET_ASIDE_CLAUSE, ' ')
        .replace(WHERE_TYPED, ' ')
        .replace(SITE_HAS_NO, ' ');
    const rest = (NAMES_A_FORMER_TOOL.test(aside) ? aside.replace(FORMER_TOOL_COMPARED, ' ') : aside).replace(/\s+/g, ' ').trim();
    return rest.replace(/[^\p{L}]/gu, '').length >= MIN_REST_LETTERS ? rest : text;
}
