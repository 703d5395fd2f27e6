import type { TokenCredential } from '@azure/identity';
import { AutopilotGraph } from '../../src/graph/autopilotGraph';
import { currentAnswerSignal, withAnswerDeadline } from '../../src/graph/answerDeadline';
import { createGraphClient } from '../../src/graph/graphClient';
import { GraphProblem } from '../../src/graph/graphProblem';
import { DeviceStatusService } from '../../src/status/statusService';

/** Token acquisition and whole answers are bounded too (issue 8 row 6), not only HTTP requests. */
describe('Graph deadlines beyond a single request', () => {
    it('a credential that never issues a token ends in a timeout problem, not a hang', async () => {
        let abortedBy: unknown;
        const hangingCredential: TokenCredential = {
            getToken: (_scopes, options) =>
                new Promise((_resolve, reject) => options?.abortSignal?.addEventListener('abort', () => reject((abortedBy = new Error('aborted')))))
        };
        const client = createGraphClient({ baseUrl: 'https://127.0.0.1:9', credential: hangingCredential, maxRetryAfterSeconds: 1, requestTimeoutMs: 200 });
        const status = new DeviceStatusService(new AutopilotGraph(client), { now: () => new Date(), espTimeoutMinutes: 60, answerTimeoutMs: 5000 });
        const failure = await status.lookup('PF3XYZ12').catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(GraphProblem);
        expect((failure as GraphProblem).kind).toBe('timeout');
        expect(abortedBy).toBeDefined();
    });

    it('an answer deadline aborts the work still running and reports a timeout', async () => {
        let aborted = false;
        const work = () =>
            new Promise<string>((resolve) => {
                const timer = setTimeout(() => resolve('too late'), 10_000);
                // What a Graph request does with the answer's signal: give up when it fires.
                currentAnswerSignal()?.addEventListener('abort', () => {
                        aborted = true;
                        clearTimeout(timer);
                    });
            });
        await expect(withAnswerDeadline(100, work)).rejects.toMatchObject({ kind: 'timeout' });
        expect(aborted).toBe(true);
    });
});
