import { KeyedLimiters, LimiterClock, LimiterDeadlineError, WindowLimiter } from '../../src/limits/windowLimiter';

/** A clock that only moves when a caller sleeps: waits are computed, not measured. */
function manualClock(): LimiterClock & { t: number; slept: number[] } {
    const clock = {
        t: 1_000_000,
        slept: [] as number[],
        now: () => clock.t,
        sleep: async (ms: number) => {
            clock.slept.push(ms);
            clock.t += ms;
        }
    };
    return clock;
}

describe('WindowLimiter', () => {
    test('grants up to the limit at once, then waits for the oldest grant to leave the window', async () => {
        const clock = manualClock();
        const limiter = new WindowLimiter([{ limit: 3, ms: 1000 }], clock);
        for (let i = 0; i < 3; i++) await limiter.acquire();
        expect(clock.slept).toEqual([]);
        expect(limiter.delayFor(1)).toBe(1000);
        clock.t += 400;
        expect(limiter.delayFor(1)).toBe(600);
        await limiter.acquire();
        expect(clock.slept).toEqual([600]);
        expect(limiter.used(1000)).toBe(1); // the first three were granted together and left together
    });

    test('every window holds at once: the slowest one decides', async () => {
        const clock = manualClock();
        const limiter = new WindowLimiter([{ limit: 2, ms: 1000 }, { limit: 3, ms: 10_000 }], clock);
        await limiter.acquire();
        await limiter.acquire();
        await limiter.acquire(); // waits 1 s for the short window
        expect(clock.slept).toEqual([1000]);
        expect(limiter.delayFor(1)).toBe(9000); // the long window is full until the first grant is 10 s old
    });

    test('weights count as that many units (a $batch of 20 is 20 requests)', async () => {
        const clock = manualClock();
        const limiter = new WindowLimiter([{ limit: 50, ms: 20_000 }], clock);
        await limiter.acquire(20);
        clock.t += 5000;
        await limiter.acquire(20);
        expect(limiter.delayFor(10)).toBe(0);
        // 40 used: 20 more must wait until the first 20 leave, 15 s from now.
        expect(limiter.delayFor(20)).toBe(15_000);
        expect(limiter.delayFor(500)).toBe(limiter.delayFor(50)); // clamped to the limit, never waits forever
    });

    test('a Retry-After pause holds every caller', async () => {
        const clock = manualClock();
        const limiter = new WindowLimiter([{ limit: 100, ms: 1000 }], clock);
        limiter.pause(7);
        expect(limiter.delayFor(1)).toBe(7000);
        await limiter.acquire();
        expect(clock.slept).toEqual([7000]);
    });

    test('refuses to wait past the deadline', async () => {
        const clock = manualClock();
        const limiter = new WindowLimiter([{ limit: 1, ms: 60_000 }], clock);
        await limiter.acquire();
        await expect(limiter.acquire(1, clock.t + 1000)).rejects.toBeInstanceOf(LimiterDeadlineError);
        expect(clock.slept).toEqual([]);
    });

    test('keyed limiters are separate per key and idle ones are forgotten', async () => {
        const clock = manualClock();
        const keyed = new KeyedLimiters([{ limit: 1, ms: 1000 }], clock);
        await keyed.for('a').acquire();
        expect(keyed.for('b').delayFor(1)).toBe(0);
        expect(keyed.for('a').delayFor(1)).toBe(1000);
        clock.t += 1000;
        keyed.forgetIdle();
        expect(keyed.size).toBe(0);
    });
});
