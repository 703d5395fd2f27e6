import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** Told about every Graph round trip; the metrics implement it, so the Graph code knows nothing of Prometheus. */
export interface GraphTrafficObserver {
    /** One HTTP response (each retry is one), or 'error' when the request got no response at all. */
    graphResponse(status: number | 'error'): void;
    /** The statuses of the requests inside one $batch response. */
    graphBatchResponses(statuses: readonly number[]): void;
}

/**
 * Graph client middleware that reports each attempt to the observer. It sits after the retry handler, so a request
 * retried three times is three requests, as Graph's throttling counts them.
 */
export class GraphTrafficMiddleware implements Middleware {
    private next?: Middleware;

    constructor(private readonly observer: GraphTrafficObserver) {}

    setNext(next: Middleware): void {
        this.next = next;
    }

    async execute(context: Context): Promise<void> {
        try {
            await this.next!.execute(context);
        } catch (error) {
            this.observer.graphResponse('error');
            throw error;
        }
        const response = context.response;
        if (!response) return;
        this.observer.graphResponse(response.status);
        if (response.ok && /\/\$batch(\?|$)/.test(typeof context.request === 'string' ? context.request : context.request.url)) {
            // A clone, so the client still reads the body it is owed.
            const body = (await response
                .clone()
                .json()
                .catch(() => undefined)) as { responses?: Array<{ status?: number }> } | undefined;
            this.observer.graphBatchResponses((body?.responses ?? []).map((r) => r.status ?? 0));
        }
    }
}
