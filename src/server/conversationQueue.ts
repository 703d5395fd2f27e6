/**
 * Turns of one conversation run one after the other, so two at once (a checklist Save and "next") cannot each load
 * the same state and have one save undo the other. Different conversations run in parallel. Every outbound call has
 * a deadline, so a turn cannot hold its conversation's queue for long.
 */
export class ConversationQueue {
    private readonly queues = new Map<string, { tail: Promise<void>; waiting: number }>();

    /** `maxWaiting`: turns queued behind the running one; a flood beyond it is refused rather than held in memory. */
    constructor(private readonly maxWaiting = 32) {}

    /** Runs `turn` after the turns already queued for `key`; undefined (not run) when the queue is full. */
    run<T>(key: string, turn: () => Promise<T>): Promise<T> | undefined {
        const queue = this.queues.get(key) ?? { tail: Promise.resolve(), waiting: 0 };
        if (queue.waiting > this.maxWaiting) return undefined;
        queue.waiting += 1;
        this.queues.set(key, queue);
        const result = queue.tail.then(turn);
        queue.tail = result.then(
            () => this.settle(key, queue),
            () => this.settle(key, queue)
        );
        return result;
    }

    private settle(key: string, queue: { waiting: number }): void {
        queue.waiting -= 1;
        if (queue.waiting === 0 && this.queues.get(key) === queue) this.queues.delete(key);
    }
}
