import { findErrorCodes } from '../domain/errorCodes';
import { findSerials } from '../domain/identifiers';
import { isTutorialStep } from '../knowledge';
import type { KnowledgeSearch } from '../knowledge/search';
import type { OsVariant } from '../knowledge/types';
import { matchWatchIntent, type WatchIntent } from './watchIntents';

/** What a technician's message asks for. Pure: text in, intent out. */
export type Intent =
    | { kind: 'empty' }
    | { kind: 'help' }
    | { kind: 'greeting' }
    | { kind: 'startOver' }
    | { kind: 'next' }
    | { kind: 'back' }
    | { kind: 'step'; step: number; os?: OsVariant }
    | { kind: 'stepOutOfRange'; step: number }
    | { kind: 'flowWalkthrough'; os?: OsVariant }
    | { kind: 'checklist'; serial?: string }
    | { kind: 'espTips'; os?: OsVariant }
    | { kind: 'status'; serial?: string }
    | { kind: 'errorCode'; code: string; os?: OsVariant }
    | { kind: 'osFollowUp'; os: OsVariant }
    | { kind: 'answer'; entryId: string; os?: OsVariant }
    | { kind: 'unsure'; suggestions: string[] }
    | WatchIntent;

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

const OS_PATTERNS: [OsVariant, RegExp][] = [
    ['win11', /\b(?:windows|windws|widows|win|w)\s?-?(?:11|eleven)\b/],
    ['win10', /\b(?:windows|windws|widows|win|w)\s?-?(?:10|ten)\b/]
];

const FILLER = /\b(and|what|about|how|on|for|in|the|with|it|is|does|that|look|looks|like|then|there|same|case|of|version|os|ok|okay|please|pls|also)\b|[?.!,]/g;

export function detectOs(text: string): OsVariant | undefined {
    const lower = text.toLowerCase();
    return OS_PATTERNS.find(([, pattern]) => pattern.test(lower))?.[0];
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

const STATUS_WORDS = /\b(status|state|progress|where(?:'s| is)? (?:my|the|this) (?:device|laptop|pc|machine)|how(?:'s| is) (?:my|the|this) (?:device|laptop|pc|machine)|look ?up|check (?:on )?(?:device|serial))\b/;
const DEVICE_WORDS = /\b(device|laptop|pc|machine|serial|sn|s\/n)\b/;

/** `knowledge` answers what no rule above recognised. */
export function matchIntent(rawText: string, knowledge: KnowledgeSearch): Intent {
    const text = rawText.slice(0, MAX_TEXT_READ).replace(/\s+/g, ' ').trim();
    const lower = text.toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(lower)) return { kind: 'empty' };
    const os = detectOs(lower);

    if (/^(help|menu|commands|\?|what can you do|what do you do|how does this work)\b/.test(lower)) return { kind: 'help' };
    if (/^(hi|hello|hey|hiya|good (morning|afternoon|evening)|yo|howdy)\b[\s!.,]*(bot|there|team)?[\s!.]*$/.test(lower)) {
        return { kind: 'greeting' };
    }
    if (/^(start over|start again|restart( the)? (conversation|chat)|from the (top|start|beginning)|begin again)\b/.test(lower)) {
        return { kind: 'startOver' };
    }
    if (/^(next|next one|next step|continue|go on|forward|ok next|>)[\s!.]*$/.test(lower)) return { kind: 'next' };
    if (/^(back|previous|prev|go back|previous step|last step|<)[\s!.]*$/.test(lower)) return { kind: 'back' };

    const serials = findSerials(text);
    const watch = matchWatchIntent(lower, serials);
    if (watch) return watch;
    if (/\b(check ?list|pre-?flight|preflight|checks before)\b/.test(lower)) return { kind: 'checklist', serial: serials[0] };
    if (/\b(esp|enrollment status|enrolment status|status page|progress page|setup page)\b/.test(lower)
        && /\b(details?|chevron|expand|collapse|caret|arrow|hidden|more info)\b|[∨∧]/.test(lower)) {
        return { kind: 'espTips', os };
    }
    if (/\b(show|hide) details\b|[∨∧]|\bchevron\b/.test(lower)) return { kind: 'espTips', os };

    const codes = findErrorCodes(text);
    if (codes.length > 0) return { kind: 'errorCode', code: codes[0], os };

    const step = stepNumber(lower);
    if (step !== undefined) return isTutorialStep(step) ? { kind: 'step', step, os } : { kind: 'stepOutOfRange', step };

    if (/\b(walk ?(me )?through|walkthrough|guide me|screen by screen|take me through)\b/.test(lower)) {
        return { kind: 'flowWalkthrough', os };
    }
    if (STATUS_WORDS.test(lower) && (serials.length > 0 || DEVICE_WORDS.test(lower) || /^status\b/.test(lower))) {
        return { kind: 'status', serial: serials[0] };
    }
    if (serials.length === 1 && text.split(' ').length <= 2 && !/[a-z]{3,}\s/.test(lower)) {
        return { kind: 'status', serial: serials[0] };
    }
    if (os && lower.replace(OS_PATTERNS.find(([v]) => v === os)![1], ' ').replace(FILLER, ' ').trim() === '') {
        return { kind: 'osFollowUp', os };
    }

    const hits = knowledge.search(text, 3);
    if (hits.length > 0 && hits[0].confident) return { kind: 'answer', entryId: hits[0].entry.id, os };
    return { kind: 'unsure', suggestions: hits.map((hit) => hit.entry.id) };
}
