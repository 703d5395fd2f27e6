import zlib from 'node:zlib';
import { Verb } from '../../src/cards/verbs';
import { seededRandom } from '../../src/demo/seededRandom';

/** One generated request: what goes on the wire, and what kind of mistake (if any) it carries. */
export interface FuzzRequest {
    kind: string;
    headers: Record<string, string>;
    body: Buffer;
}

const INJECTIONS = [
    "'; DROP TABLE state; --",
    "PF3XYZ12' or 1 eq 1 or serialNumber eq '",
    '<script>alert(1)</script>',
    '${{7*7}} {{constructor.constructor("return process")()}}',
    '__proto__',
    '{"__proto__":{"polluted":true}}',
    '../../../../etc/passwd',
    'line\r\nSet-Cookie: x=1',
    'nul\u0000byte',
    '\u202e\u0644\u0627 RTL',
    '🙂'.repeat(500),
    '%s%s%s%n',
    'status ' + 'A'.repeat(40),
    'status 00000000-0000-0000-0000-000000000000',
    'status *',
    'status PF3',
    '<at>Autopilot</at> <at>x</at> step 8',
    'a'.repeat(5000)
];

const QUESTIONS = ['step 8', 'next', 'back', 'help', 'status PF3XYZ12', 'checklist', 'what is pre-provisioning', 'esp tips', 'start over', '0x80180014', 'tpm'];
const ODD_VALUES: unknown[] = [null, 0, -1, 1e308, true, '', 'x', [], {}, [null], { '': '' }, '\u0000', 'a'.repeat(3000)];
const ACTIVITY_TYPES = ['message', 'invoke', 'conversationUpdate', 'installationUpdate', 'messageReaction', 'event', 'typing', 'endOfConversation', 'bogus', 'messageUpdate', 'messageDelete'];
const INVOKE_NAMES = ['adaptiveCard/action', 'task/fetch', 'task/submit', 'composeExtension/query', 'signin/verifyState', 'actionableMessage/executeAction', 'bogus', ''];
const CONTENT_TYPES = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/json; boundary=x', 'application/vnd.api+json', '', 'application/json;;', 'json'];
const ENCODINGS = ['gzip', 'deflate', 'br', 'x-gzip', 'compress', 'gzip, gzip', 'zstd', 'unknown'];

export class FuzzGenerator {
    private readonly random: () => number;
    private sequence = 0;

    constructor(
        seed: number,
        private readonly serviceUrl: string
    ) {
        this.random = seededRandom(seed);
    }

    private pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.random() * items.length)];
    }

    private chance(p: number): boolean {
        return this.random() < p;
    }

    /** A valid message activity in a conversation drawn from a small pool (so turns also meet existing state). */
    activity(): Record<string, any> {
        this.sequence += 1;
        const conversation = `fuzz-${Math.floor(this.random() * 50)}`;
        return {
            type: 'message',
            id: `fuzz-act-${this.sequence}`,
            text: this.pick(QUESTIONS),
            channelId: 'msteams',
            serviceUrl: this.serviceUrl,
            timestamp: new Date().toISOString(),
            from: { id: `fuzz-user-${Math.floor(this.random() * 5)}`, name: 'Fuzz' },
            recipient: { id: 'bot-1', name: 'Autopilot Technician' },
            conversation: { id: conversation, conversationType: 'personal', tenantId: 'tenant-1' }
        };
    }

    private randomValue(depth = 0): unknown {
        const roll = this.random();
        if (depth > 3 || roll < 0.5) return this.pick(ODD_VALUES);
        if (roll < 0.65) return this.pick(INJECTIONS);
        if (roll < 0.8) return Array.from({ length: Math.floor(this.random() * 4) }, () => this.randomValue(depth + 1));
        const object: Record<string, unknown> = {};
        for (let i = 0; i < 3; i += 1) object[this.pick(['verb', 'serial', 'step', 'id', 'text', 'data', 'action', 'type', 'x'])] = this.randomValue(depth + 1);
        return object;
    }

    private nested(depth: number): unknown {
        let value: unknown = 'deep';
        for (let i = 0; i < depth; i += 1) value = this.chance(0.5) ? [value] : { v: value };
        return value;
    }

    private json(body: unknown, kind: string): FuzzRequest {
        return { kind, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(body)) };
    }

    /**
     * The next request: a mix of every kind of mistake and of well-formed turns. Mistakes refused at the edge are
     * most of it, since they are cheap; about a fifth reach a turn.
     */
    next(): FuzzRequest {
        const roll = this.random();
        const activity = this.activity();
        if (roll < 0.14) {
            return { kind: 'content type', headers: { 'content-type': this.pick(CONTENT_TYPES) }, body: Buffer.from(JSON.stringify(activity)) };
        }
        if (roll < 0.26) {
            const raw = Buffer.from(JSON.stringify(activity));
            const body = this.chance(0.5) ? zlib.gzipSync(raw) : Buffer.from(this.pick(['x', '\u0000\u0001', '']));
            return { kind: 'encoding', headers: { 'content-type': 'application/json', 'content-encoding': this.pick(ENCODINGS) }, body };
        }
        if (roll < 0.36) {
            const boundary = `b${this.sequence}`;
            const part = `--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="x${this.sequence}.bin"\r\n\r\n${'z'.repeat(Math.floor(this.random() * 4096))}\r\n--${boundary}--\r\n`;
            return { kind: 'multipart', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: Buffer.from(part) };
        }
        if (roll < 0.56) {
            const text = JSON.stringify(activity);
            const broken = this.chance(0.5) ? text.slice(0, Math.floor(this.random() * text.length)) : text.replace(/[{}":,]/, () => this.pick(['', '}', '\u0000', "'"]));
            return { kind: 'invalid JSON', headers: { 'content-type': 'application/json' }, body: Buffer.from(broken) };
        }
        if (roll < 0.7) {
            const paths = ['text', 'value', 'entities', 'locale', 'from', 'from.id', 'from.name', 'recipient', 'conversation', 'conversation.id', 'conversation.tenantId', 'channelData', 'channelData.tenant', 'attachments', 'serviceUrl', 'type', 'timestamp', 'replyToId', 'name', 'membersAdded'];
            const path = this.pick(paths).split('.');
            const target = path.length === 2 ? (activity[path[0]] = typeof activity[path[0]] === 'object' && activity[path[0]] ? activity[path[0]] : {}) : activity;
            target[path.at(-1)!] = this.randomValue();
            return this.json(activity, 'wrong-typed field');
        }
        if (roll < 0.75) {
            activity.type = this.pick(ACTIVITY_TYPES);
            if (activity.type === 'invoke') {
                activity.name = this.pick(INVOKE_NAMES);
                activity.value = this.chance(0.5) ? { action: { type: 'Action.Execute', verb: this.pick(Object.values(Verb)), data: this.randomValue() } } : this.randomValue();
            }
            return this.json(activity, 'activity type or invoke');
        }
        if (roll < 0.81) {
            delete activity.text;
            activity.value = { verb: this.pick([...Object.values(Verb), 'bogus']), ...(this.randomValue() as object) };
            return this.json(activity, 'card value');
        }
        if (roll < 0.82) {
            activity.text = this.pick(INJECTIONS).repeat(1 + Math.floor(this.random() * 200)).slice(0, 120_000);
            return this.json(activity, 'huge text');
        }
        if (roll < 0.86) {
            activity.text = this.pick(INJECTIONS);
            return this.json(activity, 'injection');
        }
        if (roll < 0.97) {
            activity.value = this.nested(55 + Math.floor(this.random() * 20));
            return this.json(activity, 'nested JSON');
        }
        return this.json(activity, 'normal turn');
    }
}
