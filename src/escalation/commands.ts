import { findCaseNumber } from './caseNumber';

/**
 * What a chat message asks of the helpdesk escalation capability, if anything. Pure: text in, command out.
 * Checked before the general question matcher, so it claims only unmistakable commands: "when should I escalate?"
 * is a question for the knowledge base, "escalate PF3XYZ12 red screen" is an escalation.
 */
export type EscalationCommand =
    | { kind: 'registerChannel' }
    | { kind: 'whereChannel' }
    /** `rest` is the text after the verb: the serial (if any) and the technician's note, for the caller to split. */
    | { kind: 'escalate'; rest: string }
    | { kind: 'note'; caseNumber: number; text: string }
    | { kind: 'show'; caseNumber: number }
    | { kind: 'take'; caseNumber: number }
    | { kind: 'resolve'; caseNumber: number; text: string }
    | { kind: 'myCases' }
    | { kind: 'openCases' };

const POLITE = String.raw`(?:(?:please|pls|plz|can you|could you|would you|kindly)\s+)*`;
const HELPDESK = String.raw`(?:help\s?desk|service\s?desk|support|escalations?|helpdesk cases|cases)`;

const REGISTER = new RegExp(
    String.raw`^${POLITE}(?:use|set|make|register|choose|pick)\s+(?:this|this channel|here|the current channel)\s+(?:channel\s+)?(?:as\s+(?:the\s+)?|for\s+(?:the\s+)?)?${HELPDESK}(?:\s+channel)?\b` +
        String.raw`|^${POLITE}(?:send|post|route)\s+(?:the\s+|all\s+)?${HELPDESK}\s+(?:to\s+this\s+channel|here)\b` +
        String.raw`|^${POLITE}(?:this|here)\s+is\s+(?:the|our)\s+${HELPDESK}\s+channel\b`,
    'i'
);
const WHERE = new RegExp(
    String.raw`^(?:where|which channel|what channel)\s+(?:do|does|will|are|is)?\s*(?:the\s+)?${HELPDESK}\s+(?:go|going|sent|posted|land|end up)` +
        String.raw`|^(?:where|which|what)(?:'s|\s+is)\s+(?:the\s+)?${HELPDESK}\s+channel` +
        String.raw`|^(?:who|where)\s+(?:gets|receives)\s+(?:the\s+)?escalations`,
    'i'
);
/** "escalate …" as an instruction; a question about escalating ("escalate or retry?", "escalate when?") is not one. */
const ESCALATE = new RegExp(String.raw`^${POLITE}(?:escalate|esclate|escalte|escalat)\b(?!\s+(?:or|when|if|how|why|what)\b)(.*)$`, 'i');
const HAND_TO_HELPDESK = new RegExp(String.raw`^${POLITE}(?:send|hand|pass|give)\s+(?:this|it|(\S+))\s+to\s+(?:the\s+)?(?:help\s?desk|service\s?desk|support)\b(.*)$`, 'i');
const NOTE = /^(?:add\s+(?:a\s+)?)?note\s+(?:for|to|on)\s+(esc[\s#-]*\d+)\s*[:,-]?\s*(.*)$|^(esc[\s#-]*\d+)\s*(?:note)?\s*:\s*(.+)$/i;
const SHOW = /^(?:show|open|view|display|status\s+of|history\s+of|what(?:'s| is)\s+(?:happening\s+)?with|any news on|update on)?\s*(?:case\s+)?(esc[\s#-]*\d+)(?:\s+history)?\s*\??$/i;
const TAKE = /^(?:i(?:'ll| will)\s+)?take\s+(esc[\s#-]*\d+)\s*[.!]?$/i;
const RESOLVE = /^(?:resolve|close)\s+(esc[\s#-]*\d+)\s*[:,-]?\s*(.*)$/i;
const MY_CASES = /^(?:show\s+|list\s+)?(?:my|mine)\s+(?:open\s+)?(?:cases|escalations|tickets)\s*\??$|^what\s+(?:have|did)\s+i\s+escalated?\??$/i;
const OPEN_CASES = /^(?:show\s+|list\s+|any\s+)?(?:all\s+)?(?:open|pending|active)\s+(?:helpdesk\s+)?(?:cases|escalations|tickets)\s*\??$/i;

export function matchEscalationCommand(rawText: string): EscalationCommand | undefined {
    const text = rawText.replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > 2000) return undefined;
    if (REGISTER.test(text)) return { kind: 'registerChannel' };
    if (WHERE.test(text)) return { kind: 'whereChannel' };
    if (MY_CASES.test(text)) return { kind: 'myCases' };
    if (OPEN_CASES.test(text)) return { kind: 'openCases' };

    const note = NOTE.exec(text);
    if (note) return { kind: 'note', caseNumber: findCaseNumber(note[1] ?? note[3])!, text: (note[2] ?? note[4] ?? '').trim() };
    const take = TAKE.exec(text);
    if (take) return { kind: 'take', caseNumber: findCaseNumber(take[1])! };
    const resolve = RESOLVE.exec(text);
    if (resolve) return { kind: 'resolve', caseNumber: findCaseNumber(resolve[1])!, text: resolve[2].trim() };
    const show = SHOW.exec(text);
    if (show) return { kind: 'show', caseNumber: findCaseNumber(show[1])! };

    const escalate = ESCALATE.exec(text);
    if (escalate) {
        const rest = withoutFiller(escalate[1]);
        // "escalate to Microsoft?" or "escalate?" asks about escalating; a device to escalate has a serial (digits).
        if (/^to\b/i.test(rest) || (text.endsWith('?') && !/\d/.test(rest))) return undefined;
        return { kind: 'escalate', rest };
    }
    const hand = HAND_TO_HELPDESK.exec(text);
    if (hand) return { kind: 'escalate', rest: withoutFiller(`${hand[1] ?? ''} ${hand[2] ?? ''}`) };
    return undefined;
}

/** "escalate PF3XYZ12 to the helpdesk: red screen" → "PF3XYZ12 red screen". */
function withoutFiller(rest: string): string {
    return rest
        .replace(/\b(?:to|for)\s+(?:the\s+)?(?:help\s?desk|service\s?desk|support)\b/i, ' ')
        .replace(/^\s*(?:this|it|device|the device)\b/i, ' ')
        .replace(/^[\s:,.-]+/, '')
        .replace(/\s+/g, ' ')
        .trim();
}
