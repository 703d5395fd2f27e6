import type { Logger } from '../logger';

/**
 * One technician's failed turn must not end every other technician's session: a rejection nobody awaited, or an
 * error thrown from a stream callback, is logged and the process keeps serving. Stacks go to debug only.
 * Returns a function that removes the handlers (tests install and remove them).
 */
export function guardProcess(logger: Logger, target: NodeJS.Process = process): () => void {
    const report = (kind: string) => (reason: unknown) => {
        const error = reason instanceof Error ? reason : undefined;
        logger.error({ err: { name: error?.name, message: error?.message ?? String(reason) } }, kind);
        if (error?.stack) logger.debug({ stack: error.stack }, kind);
    };
    const onRejection = report('unhandled rejection');
    const onException = report('uncaught exception');
    target.on('unhandledRejection', onRejection);
    target.on('uncaughtException', onException);
    return () => {
        target.off('unhandledRejection', onRejection);
        target.off('uncaughtException', onException);
    };
}
