import { PatternGates } from '../../src/knowledge/literalGate';

/** One pattern's gate: false only when the pattern cannot match the text. */
const literalGate = (pattern: RegExp) => {
    const gates = new PatternGates([pattern], (p) => p);
    return (text: string) => gates.candidates(text).length === 1;
};

/** The gate may only say "cannot match" when the pattern indeed does not match. */
function expectSound(pattern: RegExp, texts: string[]): void {
    const gate = literalGate(pattern);
    for (const text of texts) {
        const lower = pattern.flags.includes('i') ? text.toLowerCase() : text;
        if (new RegExp(pattern.source, pattern.flags).test(lower)) expect(gate(lower)).toBe(true);
    }
}

describe('PatternGates', () => {
    const texts = [
        'the white glove flow', 'wg', 'pre-provisioning on w11', 'status page stuck', 'hangs forever', 'stuck', 'stcuk',
        'users logs in', 'he logs on', 'is it free?', 'is autopilot free', 'linux box', 'a new hire gets a laptop',
        'settings', 'sett', 'set', 'admin center', 'not the admin account', 'the tech at the bench', 'x'.repeat(50), ''
    ];

    it('says "cannot match" when none of the words every match needs is in the text', () => {
        const gate = literalGate(/\bstu(?:ck|k|kc)\b|\bstcuk\b|\bhangs?\b|\bforever\b/g);
        expect(gate('device is stuck')).toBe(true);
        expect(gate('it hangs')).toBe(true);
        expect(gate('what does the esp timeout do')).toBe(false);
    });

    it('reads the words of a group every match passes through, and skips lookarounds and optional parts', () => {
        const gate = literalGate(/^(?!.*\besp\b).*\b(?:linux|ubuntu|red hat)\b/i);
        expect(gate('install ubuntu')).toBe(true);
        expect(gate('install windows')).toBe(false);
        // "sett?" needs only "set"; an optional group adds nothing.
        const optional = literalGate(/\bsett?(?:s|ings?)?\b/g);
        expect(optional('set it')).toBe(true);
        const behind = literalGate(/(?<=\b(?:users?|he)\s+)logs[\s-]*(?:in|on)\b/g);
        expect(behind('he logs on')).toBe(true);
        expect(behind('he signs on')).toBe(false);
    });

    it('keeps no gate where it cannot be sure: unicode case folding, short words, an alternative without a word', () => {
        for (const pattern of [/\bkelvin\b/iu, /\bwg\b/, /\bwhite\b|[0-9]+/, /(?:a|b)c/]) {
            expect(literalGate(pattern)('')).toBe(true);
        }
    });

    it('never says "cannot match" for a text the pattern matches', () => {
        const patterns = [
            /\bwhite[\s-]*g(?:l[a-z]{1,6}|[a-z]lo[a-z]{0,4})\b|\bwg\b/g,
            /\benrol(?:l)?ment[\s-]+status[\s-]+page\b|\bstatus[\s-]+(?:page|screen)\b/g,
            /\bsign(?:ed|ing|s)?[\s-]*(?:in|on)\b|\blog(?:ged|ging)?[\s-]*(?:in|on)(?:to)?\b|(?<=\b(?:users?|he|she|they)\s+)logs[\s-]*(?:in|on)\b/g,
            /\bis (?:autopilot|intune|pre-?provisioning) (?:free|paid)\b/i,
            /\b(?:end[\s-]+users?|employees?|new[\s-]+(?:hires?|starters?))\b/g,
            /\b(?<!local\s)admins?\b(?!\s*(?:acc(?:oun)?ts?|rights))|\badmin[\s-]+cent(?:er|re)\b/g,
            /(?<!\bbefore\s+(?:the\s+)?)\btech(?:nician)?s?\b|\b(?:at|on)\s+the\s+bench\b/g,
            /\bsett?(?:s|ings?)?\b/g,
            /\bx{3,}\b|\bfoo\.bar\b/
        ];
        for (const pattern of patterns) expectSound(pattern, texts);
    });

    it('reads many patterns in one pass, finding words that stand inside each other', () => {
        const patterns = [/\bstu(?:ck|k)\b/g, /\bdevice[\s-]+setup\b/, /\bsetup\b/i, /\bwg\b/, /\bupdates?\b/, /\bstatus page\b/, /\bpage\b/, /\bage\b/];
        const gates = new PatternGates(patterns.map((pattern, i) => ({ pattern, i })), (item) => item.pattern);
        const candidates = (text: string) => gates.candidates(text).map((item) => item.i);
        // "page" in "status page", "age" in "page", "setup" in "device setup"; `wg` is too short to gate on.
        expect(candidates('stuck on the status page')).toEqual([0, 3, 5, 6, 7]);
        expect(candidates('device setup')).toEqual([1, 2, 3]);
        // A pattern without `i` needs its words as written; one with `i` is read on lower-case text.
        expect(candidates('Device Setup')).toEqual([3]);
        expect(candidates('updates')).toEqual([3, 4]);
        expect(candidates('')).toEqual([3]);
    });

    it('rewrites in order and reads the text again after a change, so a word a rewrite brings opens a later gate', () => {
        const patterns = [/\bwhite glove\b/g, /\bpreprovisioning mode\b/g];
        const gates = new PatternGates(patterns, (pattern) => pattern);
        expect(gates.rewrite('enter white glove mode', (pattern, text) => text.replace(pattern, 'preprovisioning'))).toBe('enter preprovisioning');
        expect(gates.rewrite('nothing to do', () => 'changed')).toBe('nothing to do');
    });
});
