import type { BackgroundService } from './backgroundService';
import type { SqliteDatabase } from '../store/database';

export interface CheckResult {
    ok: boolean;
    detail?: string;
}

/** One thing the bot needs before it can usefully take a turn. */
export interface ReadinessCheck {
    readonly name: string;
    check(): Promise<CheckResult>;
}

export interface Readiness {
    ready: boolean;
    checks: Record<string, CheckResult>;
}

/** Longest one check may take: a probe behind a dead network must not hang the probe endpoint. */
export const CHECK_TIMEOUT_MS = 5_000;

/** Runs every check at once, each under a deadline; a check that throws or times out is a failed check. */
export async function readiness(checks: readonly ReadinessCheck[], timeoutMs = CHECK_TIMEOUT_MS): Promise<Readiness> {
    const results = await Promise.all(
        checks.map(async (c): Promise<[string, CheckResult]> => {
            let timer: NodeJS.Timeout | undefined;
            const timeout = new Promise<CheckResult>((resolve) => {
                timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
            });
            try {
                return [c.name, await Promise.race([c.check(), timeout])];
            } catch (error) {
                return [c.name, { ok: false, detail: (error as Error).message }];
            } finally {
                clearTimeout(timer);
            }
        })
    );
    return { ready: results.every(([, r]) => r.ok), checks: Object.fromEntries(results) };
}

/**
 * The SQLite database is open and can be written: turns write, so a database another process holds locked (a second
 * instance on the same DATA_DIR, a backup tool) answers reads while every turn waits busy_timeout and fails. The
 * write lock is asked for without waiting, and given back at once.
 */
export function storageCheck(db: SqliteDatabase): ReadinessCheck {
    return {
        name: 'storage',
        async check() {
            if (!db.open) return { ok: false, detail: 'database is closed' };
            // A transaction of our own is open (synchronous code cannot be mid-transaction here, but be sure).
            if (db.inTransaction) return { ok: true };
            const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
            db.pragma('busy_timeout = 0');
            try {
                db.prepare('BEGIN IMMEDIATE').run();
                db.prepare('ROLLBACK').run();
                return { ok: true };
            } catch (error) {
                if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return { ok: false, detail: 'database is locked by another process: turns cannot write' };
                throw error;
            } finally {
                db.pragma(`busy_timeout = ${busyTimeout}`);
            }
        }
    };
}

/**
 * Graph answers the bot's own credentials (or the demo tenant answers). The outcome is kept for `cacheMs`, so a
 * load balancer probing every few seconds does not turn into Graph traffic.
 */
export function graphCheck(mode: 'demo' | 'remote', probe: () => Promise<void>, now: () => number, cacheMs = 30_000): ReadinessCheck {
    let last: { at: number; result: CheckResult } | undefined;
    let running: Promise<CheckResult> | undefined;
    const run = async (): Promise<CheckResult> => {
        try {
            await probe();
            return { ok: true, detail: mode === 'demo' ? 'demo tenant' : 'reachable' };
        } catch (error) {
            // The first line says what failed; credential chains append a page of alternatives tried.
            return { ok: false, detail: String((error as Error).message).split('\n')[0].slice(0, 300) };
        }
    };
    return {
        name: 'graph',
        async check() {
            if (last && now() - last.at < cacheMs) return last.result;
            // Concurrent probes share one Graph call.
            running ??= run().then((result) => {
                last = { at: now(), result };
                running = undefined;
                return result;
            });
            return running;
        }
    };
}

/** Every background service (the device monitor…) has been started and says it is still running. */
export function servicesCheck(services: readonly BackgroundService[], started: () => boolean): ReadinessCheck {
    return {
        name: 'services',
        async check() {
            if (services.length === 0) return { ok: true, detail: 'none' };
            if (!started()) return { ok: false, detail: 'not started' };
            const stopped = services.filter((s) => s.isRunning?.() === false).map((s) => s.name);
            return stopped.length > 0 ? { ok: false, detail: `not running: ${stopped.join(', ')}` } : { ok: true, detail: services.map((s) => s.name).join(', ') };
        }
    };
}
