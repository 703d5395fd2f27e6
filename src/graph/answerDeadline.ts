import { AsyncLocalStorage } from 'node:async_hooks';
import { withDeadline } from '../domain/deadline';
import { GraphProblem } from './graphProblem';

const answerSignal = new AsyncLocalStorage<AbortSignal>();

/** Aborted when the answer being worked on is out of time; every Graph request (and token) made for it honours it. */
export function currentAnswerSignal(): AbortSignal | undefined {
    return answerSignal.getStore();
}

/**
 * Runs `work` (any number of Graph requests and retries) with one deadline for the whole answer: at `ms` the
 * caller gets a GraphProblem('timeout') and the requests still running are aborted, so nothing outlives the turn.
 */
export function withAnswerDeadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const outer = currentAnswerSignal();
    const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
    const running = answerSignal.run(signal, work);
    // After the deadline its failure (the abort) is expected and nobody's to handle.
    running.catch(() => undefined);
    return withDeadline(running, ms, () => {
        controller.abort();
        return new GraphProblem('timeout', `Graph did not answer within ${ms} ms`);
    }, outer);
}
