/**
 * What a chat message asks of user assignment, if anything. Pure: text in, command out. Only instructions are claimed
 * ("assign ana.silva@contoso.com to PF3XYZ12", "give PF3XYZ12 to Ana Silva", "remove the user from PF3XYZ12",
 * "who changed PF3XYZ12"); questions about assigning ("how do I assign a user?") stay with the knowledge base.
 */
import { findSerials, isGuid } from '../domain/identifiers';

/** `device` is a serial or an Autopilot id; absent means "the device we were talking about". */
export type AssignCommand =
    /** `user` absent: the bot asks who. */
    | { kind: 'assign'; user?: string; device?: string }
    | { kind: 'unassign'; device?: string }
    | { kind: 'history'; device?: string };

const POLITE = String.raw`(?:(?:please|pls|plz|can you|could you|would you|kindly|now)\s+)*`;
const DEVICE_WORD = String.raw`(?:(?:the\s+)?(?:device|laptop|pc|machine|serial|computer)\s+)?`;
/** "it", "this device": the device of the conversation. */
const THIS_DEVICE = /^(?:it|this|that|this one|that one|(?:this|that|the|my) (?:device|laptop|pc|machine|computer))$/i;
/** Words that stand for "some user", not a user to look up. */
const NO_USER = /^(?:a |an |the |some |new |another |our )*(?:user|person|someone|somebody|owner|employee|people|users|help ?desk|service ?desk|support|it|admin|me)$/i;

const ASSIGN = new RegExp(String.raw`^${POLITE}(?:assign|give|hand(?:\s+over)?|allocate|allot)\s+(.+?)\s+(?:over\s+)?(?:to|for)\s+(.+?)[.!]?$`, 'i');
const SET_USER = new RegExp(
    String.raw`^${POLITE}(?:set|change|make)\s+(?:the\s+)?(?:assigned\s+)?user\s+(?:of|on|for)\s+${DEVICE_WORD}(\S+)\s+(?:to|as)\s+(.+?)[.!]?$`,
    'i'
);
const MAKE_USER = new RegExp(String.raw`^${POLITE}make\s+(.+?)\s+(?:the\s+)?(?:assigned\s+)?user\s+(?:of|on|for)\s+${DEVICE_WORD}(.+?)[.!]?$`, 'i');
const ASSIGN_ALONE = new RegExp(String.raw`^${POLITE}(?:assign|add)\s+(?:a\s+)?user\s+(?:to|on|for)\s+${DEVICE_WORD}(.+?)[.!]?$|^${POLITE}assign\s+${DEVICE_WORD}(.+?)[.!]?$`, 'i');
const UNASSIGN = new RegExp(
    String.raw`^${POLITE}(?:remove|unassign|clear|delete|take\s+off|drop)\s+(?:the\s+)?(?:assigned\s+|current\s+)?(?:user|owner|assignment|person)\s+(?:from|on|of|for)\s+${DEVICE_WORD}(.+?)[.!]?$` +
        String.raw`|^${POLITE}unassign\s+(?:the\s+)?(?:user\s+)?(?:from\s+)?${DEVICE_WORD}(.+?)[.!]?$`,
    'i'
);
const HISTORY = new RegExp(
    String.raw`^(?:who\s+(?:changed|assigned|modified|edited|unassigned|touched)\s+(?:the\s+user\s+(?:of|on)\s+)?${DEVICE_WORD}(.+?)` +
        String.raw`|(?:show\s+)?(?:the\s+)?(?:assignment|user)\s+(?:history|changes|audit)\s+(?:of|for|on)\s+${DEVICE_WORD}(.+?))\s*\??$`,
    'i'
);

/** A serial, an Autopilot id or "it/this device" (undefined device); anything else does not name a device. */
function deviceOf(text: string): { device?: string } | undefined {
    const token = text.trim().replace(/[.?!,]+$/, '');
    if (THIS_DEVICE.test(token)) return {};
    if (isGuid(token)) return { device: token };
    const serials = findSerials(token);
    return serials.length === 1 && serials[0] === token ? { device: token } : undefined;
}

/** A user to look up: an e-mail/UPN or a name; undefined for "a user" and the like. */
function userOf(text: string): string | undefined {
    const user = text.trim().replace(/^["'<]+|["'>]+$/g, '').replace(/^(?:the\s+)?user\s+(?=\S)/i, '').trim();
    return user === '' || NO_USER.test(user) ? undefined : user;
}

const looksLikePerson = (text: string) => /@/.test(text) || /^[\p{L}][\p{L}' .-]*$/u.test(text.trim());

export function matchAssignCommand(rawText: string): AssignCommand | undefined {
    const text = rawText.replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > 500) return undefined;

    const history = HISTORY.exec(text);
    if (history) {
        const device = deviceOf(history[1] ?? history[2]);
        if (device) return { kind: 'history', ...device };
    }
    const unassign = UNASSIGN.exec(text);
    if (unassign) {
        const device = deviceOf(unassign[1] ?? unassign[2]);
        if (device) return { kind: 'unassign', ...device };
    }
    const setUser = SET_USER.exec(text);
    if (setUser) {
        const device = deviceOf(setUser[1]);
        const user = userOf(setUser[2]);
        if (device && user) return { kind: 'assign', user, ...device };
    }
    const makeUser = MAKE_USER.exec(text);
    if (makeUser) {
        const device = deviceOf(makeUser[2]);
        const user = userOf(makeUser[1]);
        if (device && user) return { kind: 'assign', user, ...device };
    }
    const alone = ASSIGN_ALONE.exec(text);
    if (alone) {
        const device = deviceOf(alone[1] ?? alone[2]);
        if (device) return { kind: 'assign', ...device };
    }
    const assign = ASSIGN.exec(text);
    if (assign) {
        const [, left, right] = assign;
        // "assign <user> to <device>" or "give <device> to <user>": the side that names a device decides.
        // A generic word ("a user", "the helpdesk") is no one to look up: that sentence is not an assignment.
        const rightDevice = deviceOf(right.replace(new RegExp(`^${DEVICE_WORD}`, 'i'), ''));
        const leftUser = userOf(left);
        if (rightDevice && leftUser && looksLikePerson(left)) return { kind: 'assign', user: leftUser, ...rightDevice };
        const leftDevice = deviceOf(left.replace(new RegExp(`^${DEVICE_WORD}`, 'i'), ''));
        const rightUser = userOf(right);
        if (leftDevice && rightUser && looksLikePerson(right)) return { kind: 'assign', user: rightUser, ...leftDevice };
    }
    return undefined;
}
