/** A promise settled by `ms` at the latest: on time with its own result, late with `onTimeout()`'s error. */
export function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
        const fail = () => {
            clearTimeout(timer);
            reject(onTimeout());
        };
        const timer = setTimeout(fail, ms);
        signal?.addEventListener('abort', fail, { once: true });
        work.then(
            (value) => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', fail);
                resolve(value);
            },
            (error: unknown) => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', fail);
                reject(error);
            }
        );
    });
}
