/**
 * Decides whether a question is about this bot's subject (Windows Autopilot pre-provisioning, Entra join) at all,
 * from what it talks about, before any retrieval: a neighbouring topic (another Autopilot product, another Intune
 * feature, licensing, general IT) or no deployment vocabulary at all means out of scope. Pure: text in, verdict out.
 */

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
    /** One line: where to go instead. */
    redirect: string;
    url?: string;
}

export type ScopeVerdict =
    /** `anchored`: names pre-provisioning itself, not only words any IT question uses. `topic`: also names a neighbour. */
    | { kind: 'in'; anchored: boolean; topic?: ScopeTopic }
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
        'pre[\\s-]*prov\\w*', 'white[\\s-]*glov\\w*', 'wg', '(?<!hybrid[\\s-]+)entra[\\s-]+join\\w*', 'technician', 'techs?',
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
        'identifying', 'mdmdiagnosticstool', 'companion app', 'qr', 'device[\\s-]*setup', 'account[\\s-]*setup',
        'user[\\s-]+flow', '(?:autopilot|deployment)[\\s-]+profile', 'mdm[\\s-]+(?:user )?scope',
        'shift[\\s+-]*f10', 'ime', 'intune management extension', 'moderndeployment\\w*',
        'get-windowsautopilotinfo', 'autopilotdiagnostics', 'view diagnostics', 'export logs',
        'enrollment status', 'bitlocker', 'laps', 'hello for business', 'whfb', 'ekcert\\w*', 'ftpm', 'ptt'
    ].join('|'),
    'i'
);

/**
 * Words of the deployment situation and its platform (Intune, Entra): enough to be ours unless a neighbouring
 * topic is named too ("enroll Android phones in Intune" is about Android).
 */
const SITUATION = new RegExp(
    [
        'intune', 'entra', 'azure ad', 'aad', 'mdm',
        'enrol+\\w*', 'hardware', 'baseline', 'gpo', 'group policy', 'uac', 'vbs', 'applocker', 'app control', 'logon',
        'autoadminlogon', 'legal notice', 'banner', 'kiosk', 'domain', 'ppkg', 'provisioning package', 'image', 'reimag\\w*', 'join\\w*', 'windows', 'win1[01]', 'w1[01]',
        'screen\\w*', 'spinn\\w*', 'dots', 'circle', 'black', 'blue', 'red', 'green', 'stuck', 'hang\\w*', 'hung',
        'froze\\w*', 'freez\\w*', 'reboot\\w*', 'restart\\w*', 'unplug\\w*', 'plugged', 'power\\w*', 'cable', 'ethernet',
        'wi-?fi', 'wireless', 'network', 'proxy', 'firewall', 'url', 'endpoints?', 'pin', 'apps?', 'install\\w*',
        'polic(?:y|ies)', 'profiles?', 'sign(?:ed|ing)?[\\s-]*in', 'log(?:ged|ging)?[\\s-]*in', 'login', 'logon',
        'accounts?', 'keyboard', 'region', 'language', 'logs?', 'usb', 'registry', 'event', 'device', 'laptops?',
        'pcs?', 'machines?', 'computers?', 'surface', 'dell', 'lenovo', 'hp', 'bios', 'uefi', 'firmware', 'drivers?',
        'updates?', 'retry', 'reset', 'serials?', 'time[\\s-]*out', 'timed out', 'compliance', 'complian\\w*', 'licen[cs]e\\w*',
        'users?', 'groups?', 'dynamic', 'assign\\w*', 'certificates?', 'scripts?', 'win32', 'lob', 'msi', 'office',
        'm365', 'deployment', 'provision\\w*', 'setup', 'set up', 'shutdown', 'shut down', 'switch(?:ed|ing)?\\s+(?:it\\s+)?off', 'turn(?:ed|ing)?\\s+(?:it\\s+)?off', 'setting\\s+up', 'vm', 'virtual', 'hyper-?v',
        'online', 'offline', 'internet', 'connect\\w*', 'oems?', 'resellers?', 'lid', 'battery', 'sleep', 'hibernat\\w*',
        'e-?mail', 're-?do', 'diagnostic\\w*', 'cab', 'error', 'code', 'steps?', 'wired', 'wifi', 'lan', 'ztd', 'fail\\w*', 'success\\w*', 'progress', 'phase', 'step\\s*\\d'
    ].join('|'),
    'i'
);

/** A complaint without a subject. */
const TROUBLE = /\b(?:doesn'?t work|not working|broken|won'?t work|problem|issue|help me|it failed|stopped working|error)\b/i;

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

function wordsOf(pattern: RegExp): RegExp {
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern.source})(?:e?s)?(?![\\p{L}\\p{N}])`, 'iu');
}

const PRE_PROVISIONING_WORDS = wordsOf(PRE_PROVISIONING);
const ANCHOR_WORDS = wordsOf(ANCHORS);
const SITUATION_WORDS = wordsOf(SITUATION);

export interface ScopeJudge {
    judge(text: string): ScopeVerdict;
}

export function createScopeJudge(topics: readonly ScopeTopic[]): ScopeJudge {
    // Longer phrasings first, so the most specific topic is the one named in the decline.
    const patterns = topics
        .flatMap((topic) => topic.phrasings.map((phrasing) => ({ topic, phrasing, pattern: phrasePattern(phrasing) })))
        .sort((a, b) => b.phrasing.length - a.phrasing.length);
    // Most questions name no neighbour: one pass of all phrasings at once tells so, instead of one pass per phrasing.
    const anyPhrasing = new RegExp(patterns.map((p) => `(?:${p.pattern.source})`).join('|') || '(?!)', 'u');
    // A pattern stands for a phrasing of several words: it names its topic as specifically.
    const shaped = topics.flatMap((topic) => (topic.patterns ?? []).map((pattern) => ({ topic, phrasing: pattern.source, pattern })));
    const decisive = topics.flatMap((topic) => (topic.decisive ?? []).map((pattern) => ({ topic, pattern })));
    return {
        judge(rawText: string): ScopeVerdict {
            const text = rawText.toLowerCase().replace(/[’]/g, "'");
            const decided = decisive.find((d) => d.pattern.test(text));
            if (decided) return { kind: 'out', topic: decided.topic };
            const plain = plainWords(rawText);
            // A neighbour the question is about only as a detail of a deployment ("antivirus during the ESP") is no neighbour.
            const detail = (topic: ScopeTopic) => topic.unlessAbout?.test(text) ?? false;
            const named =
                (anyPhrasing.test(plain) ? patterns.find((p) => p.pattern.test(plain) && !detail(p.topic)) : undefined) ?? shaped.find((p) => p.pattern.test(text) && !detail(p.topic));
            const topic = named?.topic;
            if (topic?.unlessAbout) return { kind: 'out', topic };
            if (PRE_PROVISIONING_WORDS.test(text)) return { kind: 'in', anchored: true, topic };
            if (ANCHOR_WORDS.test(text)) {
                // A neighbour named in several words ("compliance policy", "Autopilot device preparation") is the
                // subject; a single general word ("Excel" in "opened the Autopilot CSV in Excel") is a detail.
                return named && /[\s-]/.test(named.phrasing.trim()) ? { kind: 'out', topic: named.topic } : { kind: 'in', anchored: true, topic };
            }
            if (topic) return { kind: 'out', topic };
            if (SITUATION_WORDS.test(text)) return { kind: 'in', anchored: false };
            return TROUBLE.test(text) ? { kind: 'vague' } : { kind: 'foreign' };
        }
    };
}
