/**
 * What surrounds a question without being part of it: a greeting, an opener ("quick q:", "sorry to bother,",
 * "urgent:"), thanks at the end ("thx in advance", "cheers", "ty"). Patterns that read a question from its first word
 * ("what does reseal do") or to its end must not meet them first, and they name nothing of the deployment.
 */

/** A courtesy title, as business English in many countries puts it before or after a question. */
const TITLE = String.raw`sir|madam|ma'?am|mam`;
/** Asking for help in those words: "kindly advise", "please do the needful", "kindly revert", "pls guide". */
const KINDLY = String.raw`(?:kindly|please|pls|plz)\s+(?:advise|advice|suggest|guide|help|assist|confirm|check|share|revert(?:\s+back)?|do\s+the\s+needful)(?:\s+(?:me|us))?`;

/** Saying who is asking: "new joinee here sir.", "I'm new to autopilot,", "new here -". */
const NEW_HERE = String.raw`(?:(?:i'?m|i\s+am)\s+(?:a\s+|the\s+)?new(?:\s+(?:joinee|joiner|tech|technician|here|to\s+(?:this|autopilot|intune|the\s+team|the\s+bench)))*|new(?:\s+(?:joinee|joiner|tech|technician))?\s+here)(?:\s+(?:${TITLE}))?`;

/** A greeting, to anyone: "hi team", "hello sir", "dear all", "respected madam". */
const GREETING = String.raw`(?:(?:hi|hey|hello|hiya|yo|morning|afternoon|evening|good\s+(?:morning|afternoon|evening|day)|greetings)(?:\s+(?:all|team|bot|there|guys|folks|everyone|mate|y'?all|${TITLE}))?|(?:dear|respected)\s+(?:all|team|${TITLE}))[\s,!.:;-]+`;
/** Openers that stand apart from the question by a mark ("question: …", "urgent - …"), or small words that lead in ("ok so …", "so, …"; not "so many …"). */
const OPENER = String.raw`(?:(?:sorry\s+to\s+(?:bother|ask|interrupt|trouble)(?:\s+(?:you|again|y'?all))?|quick\s+(?:q|qn|question|one)|(?:a\s+)?question|urgent|pls\s+help|please\s+help|${KINDLY}|${NEW_HERE})\s*[,:!.;–—-]+\s*|${KINDLY}\s+(?:on\s+|about\s+)?(?=(?:how|what|why|when|where|which|who|if|whether|is|are|can|do|does)\b)|(?:ok(?:ay)?\s+so|so(?=\s*,)|um+|uh+|hmm+)[\s,]+)`;
const OPENING = new RegExp(String.raw`^\s*(?:${GREETING})?(?:${OPENER})*`, 'i');
/** Thanks, "kindly advise", a title ("sir"), "any ideas", "asap" and an emoticon at the very end. */
const CLOSING = new RegExp(
    String.raw`[\s,.;:–—-]*(?:\b(?:thanks|thank\s+you|thx|tks|ty|cheers|ta|pls|plz|please)(?:\s+(?:in\s+advance|a\s+lot|so\s+much|mate|all|team|guys|heaps))?|\b${KINDLY}|\bdo\s+the\s+needful|\brevert\s+back(?:\s+(?:asap|soon|urgently))?|\bpfa(?:\s+(?:the\s+)?(?:photo|screenshot|pic|image|snap|attachment|file|logs?))?|\b(?:${TITLE})|\b(?:thanks\s+(?:and|&)\s+)?regards|\bany\s+ideas|\basap|\burgent|\blol|\blmao|\bha(?:ha)+|\b(?:i\s+)?forgot(?:\s+(?:already|it|sorry))?|\bsorry|[:;]-?[()])[\s!.?:;()]*$`,
    'i'
);

/**
 * "Again" closing a question asked to be reminded ("how many times is the windows key again", "which key was it
 * again?"): a reminder, not the device run again.
 */
const ASKED_AGAIN = /^((?:what|how\s+(?:many|much|long|often)|which|where|who)\b.{0,80}?\b(?:is|was|are|were)\b.{0,60}?)\s+again(?=\s*[?!.]*$)/i;

/** How much of a message's end can hold its thanks ("thank you so much in advance!! :)" and marks before it). */
const CLOSING_READ = 60;

/** A question with fewer letters than this left was all pleasantry ("hi there", "ok great, cheers"): read as it is. */
const MIN_QUESTION_LETTERS = 8;

/** The question without the greeting, opener and thanks around it; the text as it is when nothing else would remain. */
export function withoutPleasantries(text: string): string {
    let rest = text.replace(OPENING, '');
    // Three rounds: "any ideas? kindly advise sir" ends in three closings.
    for (let round = 0; round < 3; round++) {
        // Only the end is read: a long paste of dashes or dots must not be scanned from every position.
        const from = Math.max(0, rest.length - CLOSING_READ);
        const closing = CLOSING.exec(rest.slice(from));
        if (!closing) break;
        rest = rest.slice(0, from + closing.index) + (closing[0].includes('?') ? '?' : '');
    }
    rest = rest.trim().replace(ASKED_AGAIN, '$1');
    return rest !== text && rest.replace(/[^\p{L}]/gu, '').length >= MIN_QUESTION_LETTERS ? rest : text;
}
