import { graphCheck, readiness, servicesCheck, storageCheck, type ReadinessCheck } from '../../src/ops/readiness';
import { openDatabase } from '../../src/store/database';

const passing: ReadinessCheck = { name: 'a', check: async () => ({ ok: true }) };

test('ready only when every check passes; a throwing or hanging check fails alone', async () => {
    expect(await readiness([passing])).toEqual({ ready: true, checks: { a: { ok: true } } });
    const throwing: ReadinessCheck = { name: 'b', check: async () => Promise.reject(new Error('boom')) };
    const hanging: ReadinessCheck = { name: 'c', check: () => new Promise(() => undefined) };
    const result = await readiness([passing, throwing, hanging], 50);
    expect(result.ready).toBe(false);
    expect(result.checks).toEqual({ a: { ok: true }, b: { ok: false, detail: 'boom' }, c: { ok: false, detail: 'no answer within 50 ms' } });
});

test('storage is ready while the database is open, not after it is closed', async () => {
    const db = openDatabase(':memory:');
    const check = storageCheck(db);
    expect(await check.check()).toEqual({ ok: true });
    db.close();
    expect(await check.check()).toEqual({ ok: false, detail: 'database is closed' });
});

test('the Graph probe result is kept for a while, and concurrent checks share one probe', async () => {
    let calls = 0;
    let failing = false;
    let nowMs = 0;
    const check = graphCheck(
        'remote',
        async () => {
            calls++;
            if (failing) throw new Error('Intune is not answering');
        },
        () => nowMs,
        1000
    );
    await Promise.all([check.check(), check.check(), check.check()]);
    expect(calls).toBe(1);
    failing = true;
    nowMs = 500;
    expect(await check.check()).toEqual({ ok: true, detail: 'reachable' });
    nowMs = 1500;
    expect(await check.check()).toEqual({ ok: false, detail: 'Intune is not answering' });
    expect(calls).toBe(2);
});

test('services: ready when none, or all started and running', async () => {
    expect(await servicesCheck([], () => false).check()).toEqual({ ok: true, detail: 'none' });
    let running = true;
    const monitor = { name: 'monitor', start() {}, stop() {}, isRunning: () => running };
    let started = false;
    const check = servicesCheck([monitor], () => started);
    expect(await check.check()).toEqual({ ok: false, detail: 'not started' });
    started = true;
    expect(await check.check()).toEqual({ ok: true, detail: 'monitor' });
    running = false;
    expect(await check.check()).toEqual({ ok: false, detail: 'not running: monitor' });
});
