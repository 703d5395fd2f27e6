import type { Activity, ConversationReference, ResourceResponse, TurnContext } from 'botbuilder';
import { parseRetryAfter } from '../graph/graphProblem';
import { KeyedLimiters, LimiterClock, LimiterDeadlineError, RateWindow, systemClock } from '../limits/windowLimiter';
import type { Logger } from '../logger';
import type { ConversationReferenceStore } from '../store/conversationReferences';

/** The one adapter call a proactive send needs (CloudAdapter / TeamsAdapter have it). */
export interface ProactiveAdapter {
    continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/** What became of a proactive send. Only `sent` means the channel accepted it. */
export type ProactiveOutcome<T> =
    | { kind: 'sent'; value: T; attempts: number }
    /** The bot was removed or blocked (403) or the conversation no longer exists (404): the reference is deleted. */
    | { kind: 'gone'; status: number; code?: string }
    /** No stored reference under that key (never installed, or already gone). */
    | { kind: 'noReference' }
    | { kind: 'failed'; reason: ProactiveFailure; status?: number; code?: string; attempts: number; message: string };

/**
 * `throttled`/`unavailable`: 429 or 5xx still after the retries; `timeout`: no answer within the attempt's deadline
 * (not retried: the channel may have delivered it); `deadline`: pacing or backoff would have run past the send's
 * deadline; `rejected`: the channel refused it for good (400, 401, 413…); `error`: the logic itself threw.
 */
export type ProactiveFailure = 'throttled' | 'unavailable' | 'timeout' | 'deadline' | 'rejected' | 'error';

export type ConversationGoneListener = (key: string, detail: { status: number; code?: string }) => void | Promise<void>;

/**
 * Teams' documented per-bot, per-thread limits for sending to a conversation. The docs call them estimates that may
 * change, so the busiest window stays one below the limit.
 */
export const TEAMS_CONVERSATION_WINDOWS: RateWindow[] = [
    { limit: 6, ms: 1_000 },
    { limit: 8, ms: 2_000 },
    { limit: 60, ms: 30_000 },
    { limit: 1_800, ms: 3_600_000 }
];

/** Teams' limit per app per tenant across all conversations. */
export const TEAMS_TENANT_WINDOWS: RateWindow[] = [{ limit: 30, ms: 1_000 }];

export interface ProactiveSenderOptions {
    adapter: ProactiveAdapter;
    /** The bot's Microsoft App Id; '' in local mode (an `undefined` here is the classic proactive bug). */
    botAppId: string;
    references: ConversationReferenceStore;
    logger: Logger;
    /** One answer from the channel, the connector's own retries included. */
    attemptTimeoutMs?: number;
    /** Everything a send may take: waiting its turn, attempts and backoff. */
    sendDeadlineMs?: number;
    maxAttempts?: number;
    backoffMs?: number;
    maxBackoffMs?: number;
    conversationWindows?: RateWindow[];
    tenantWindows?: RateWindow[];
    clock?: LimiterClock;
    random?: () => number;
}

const RETRYABLE = new Set([412, 429, 500, 502, 503, 504]);
/** Transport failures where nothing reached the channel, so sending again cannot duplicate. */
const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|REQUEST_SEND_ERROR/;

interface ChannelError {
    status?: number;
    code?: string;
    retryAfterSeconds?: number;
    message: string;
}

/** The status, Bot Framework error code and Retry-After of whatever the connector client threw. */
function channelError(error: unknown): ChannelError {
    const e = (error ?? {}) as {
        statusCode?: number;
        code?: string;
        message?: string;
        details?: { error?: { code?: string } };
        response?: { headers?: { get?(name: string): string | undefined | null } };
    };
    return {
        status: typeof e.statusCode === 'number' && e.statusCode > 0 ? e.statusCode : undefined,
        code: e.details?.error?.code ?? (typeof e.code === 'string' ? e.code : undefined),
        retryAfterSeconds: parseRetryAfter(e.response?.headers?.get?.('retry-after') ?? undefined),
        message: e.message ?? String(error)
    };
}

class AttemptTimeout extends Error {}

/**
 * Sends to conversations the bot was told about earlier (alerts, escalation updates). Sends to one conversation go
 * out in order and within Teams' pacing; 429 and 5xx are retried with jittered backoff honouring Retry-After; every
 * attempt and every send has a deadline. A conversation that is gone (403/404) has its reference deleted and its
 * subscribers told, so they drop what depends on it (watches, …).
 */
export class ProactiveSender {
    private readonly conversationLimiters: KeyedLimiters;
    private readonly tenantLimiters: KeyedLimiters;
    private readonly queues = new Map<string, Promise<unknown>>();
    private readonly goneListeners: ConversationGoneListener[] = [];
    private readonly clock: LimiterClock;
    private readonly options: Required<Omit<ProactiveSenderOptions, 'conversationWindows' | 'tenantWindows' | 'clock'>>;

    constructor(options: ProactiveSenderOptions) {
        this.clock = options.clock ?? systemClock;
        this.conversationLimiters = new KeyedLimiters(options.conversationWindows ?? TEAMS_CONVERSATION_WINDOWS, this.clock);
        this.tenantLimiters = new KeyedLimiters(options.tenantWindows ?? TEAMS_TENANT_WINDOWS, this.clock);
        this.options = {
            attemptTimeoutMs: 15_000,
            sendDeadlineMs: 120_000,
            maxAttempts: 3,
            backoffMs: 1_000,
            maxBackoffMs: 30_000,
            random: Math.random,
            ...options
        };
    }

    /** `listener` hears of every conversation found gone, after its reference was deleted. Returns an unsubscribe. */
    onConversationGone(listener: ConversationGoneListener): () => void {
        this.goneListeners.push(listener);
        return () => {
            const index = this.goneListeners.indexOf(listener);
            if (index >= 0) this.goneListeners.splice(index, 1);
        };
    }

    /** Sends one message (text or activity) to the conversation stored under `key`. */
    send(key: string, activity: string | Partial<Activity>): Promise<ProactiveOutcome<ResourceResponse | undefined>> {
        return this.continueWith(key, (context) => context.sendActivity(activity));
    }

    /**
     * Runs `logic` in a turn on the stored conversation (send, update a card, open a channel thread…), paced as one
     * send. `logic` may run more than once when the channel answers 429/5xx, so it should send one thing.
     */
    continueWith<T>(key: string, logic: (context: TurnContext) => Promise<T>): Promise<ProactiveOutcome<T>> {
        const deadlineAt = this.clock.now() + this.options.sendDeadlineMs;
        const previous = this.queues.get(key) ?? Promise.resolve();
        const run = previous.then(() => this.deliver(key, logic, deadlineAt));
        const settled = run.catch(() => undefined);
        this.queues.set(key, settled);
        void settled.then(() => {
            if (this.queues.get(key) === settled) this.queues.delete(key);
        });
        return run;
    }

    private async deliver<T>(key: string, logic: (context: TurnContext) => Promise<T>, deadlineAt: number): Promise<ProactiveOutcome<T>> {
        const { logger } = this.options;
        for (let attempt = 1; ; attempt++) {
            const reference = this.options.references.get(key);
            if (!reference) {
                logger.debug({ conversation: key }, 'proactive send skipped: no conversation reference');
                return { kind: 'noReference' };
            }
            const conversationLimiter = this.conversationLimiters.for(key);
            try {
                await conversationLimiter.acquire(1, deadlineAt);
                await this.tenantLimiters.for(reference.conversation?.tenantId ?? '').acquire(1, deadlineAt);
            } catch (error) {
                if (!(error instanceof LimiterDeadlineError)) throw error;
                logger.warn({ conversation: key, attempt }, 'proactive send dropped: pacing would pass its deadline');
                return { kind: 'failed', reason: 'deadline', attempts: attempt - 1, message: error.message };
            }

            let value: T | undefined;
            let failure: { error: unknown } | undefined;
            try {
                await this.withTimeout(
                    this.options.adapter.continueConversationAsync(this.options.botAppId, reference, async (context) => {
                        // The adapter hands errors thrown in here to onTurnError and returns normally: keep them.
                        try {
                            value = await logic(context);
                        } catch (error) {
                            failure = { error };
                        }
                    })
                );
                if (failure) throw failure.error;
                return { kind: 'sent', value: value as T, attempts: attempt };
            } catch (error) {
                if (error instanceof AttemptTimeout) {
                    logger.warn({ conversation: key, attempt, timeoutMs: this.options.attemptTimeoutMs }, 'proactive send timed out');
                    return { kind: 'failed', reason: 'timeout', attempts: attempt, message: error.message };
                }
                const problem = channelError(error);
                const { status, code } = problem;
                if (status === 403 || status === 404) {
                    await this.forget(key, { status, code });
                    return { kind: 'gone', status, code };
                }
                const retryable = status !== undefined ? RETRYABLE.has(status) : NOT_SENT.test(`${code ?? ''} ${problem.message}`);
                if (!retryable) {
                    const reason: ProactiveFailure = status === undefined ? 'error' : 'rejected';
                    logger.error({ conversation: key, status, code, err: problem.message }, 'proactive send failed');
                    return { kind: 'failed', reason, status, code, attempts: attempt, message: problem.message };
                }
                if (status === 429 && problem.retryAfterSeconds !== undefined) conversationLimiter.pause(problem.retryAfterSeconds);
                const delay = this.backoff(attempt, problem.retryAfterSeconds);
                const reason: ProactiveFailure = status === 429 ? 'throttled' : 'unavailable';
                if (attempt >= this.options.maxAttempts || this.clock.now() + delay > deadlineAt) {
                    logger.warn({ conversation: key, status, code, attempts: attempt }, 'proactive send gave up after retries');
                    return { kind: 'failed', reason, status, code, attempts: attempt, message: problem.message };
                }
                logger.info({ conversation: key, status, attempt, retryInMs: delay }, 'proactive send will be retried');
                await this.clock.sleep(delay);
            }
        }
    }

    /** Exponential with full jitter on top of the base, never sooner than the server asked. */
    private backoff(attempt: number, retryAfterSeconds: number | undefined): number {
        const exponential = Math.min(this.options.maxBackoffMs, this.options.backoffMs * 2 ** (attempt - 1));
        const jittered = exponential * (0.5 + this.options.random() / 2);
        return Math.max(jittered, (retryAfterSeconds ?? 0) * 1000);
    }

    private withTimeout(work: Promise<void>): Promise<void> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new AttemptTimeout(`no answer from the channel within ${this.options.attemptTimeoutMs} ms`)), this.options.attemptTimeoutMs);
        });
        // A late rejection of the abandoned attempt must not surface as an unhandled rejection.
        work.catch(() => undefined);
        return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
    }

    private async forget(key: string, detail: { status: number; code?: string }): Promise<void> {
        this.options.references.remove(key);
        this.options.logger.warn({ conversation: key, ...detail }, 'conversation unreachable (bot removed or conversation gone): reference deleted');
        for (const listener of this.goneListeners) {
            try {
                await listener(key, detail);
            } catch (error) {
                this.options.logger.error({ conversation: key, err: (error as Error).message }, 'conversation-gone subscriber failed');
            }
        }
    }
}
