import { FORCED_SLOW_DEFAULT_MS, FaultInjector, NO_FAULTS, parseFaults, parseForcedFault } from '../../src/demo/faults';

describe('parseFaults (DEMO_GRAPH_FAULTS)', () => {
    it('returns no faults for an empty or missing spec', () => {
        expect(parseFaults(undefined)).toEqual(NO_FAULTS);
        expect(parseFaults('  ')).toEqual(NO_FAULTS);
    });

    it('parses every part of the documented example', () => {
        expect(parseFaults('429=0.3,retry-after=2,503=0.1,slow=800,no-event-filter')).toEqual({
            throttleRate: 0.3,
            retryAfterSeconds: 2,
            unavailableRate: 0.1,
            slowMs: 800,
            rejectEventFilter: true
        });
        expect(parseFaults(' 429 = 1 , ')).toMatchObject({ throttleRate: 1, unavailableRate: 0 });
    });

    const invalidSpecs = ['429=1.5', '429=abc', '503=', 'slow=-5', 'slow=fast', 'retry-after=1.5', 'teapot=1', '429'];
    it.each([...invalidSpecs, 'no-event-filter=1'])(
        'rejects %p naming DEMO_GRAPH_FAULTS and the bad part',
        spec => {
            let message = '';
            try {
                parseFaults(spec);
            } catch (error) {
                message = (error as Error).message;
            }
            expect(message).toContain('DEMO_GRAPH_FAULTS');
            expect(message).toContain(spec.trim());
        }
    );
});

describe('FaultInjector', () => {
    const statuses = (injector: FaultInjector, count: number): (number | undefined)[] =>
        Array.from({ length: count }, () => injector.decide().status);

    it('spreads a rate evenly and repeatably', () => {
        const spec = { ...NO_FAULTS, throttleRate: 0.25 };
        const none = undefined;
        expect(statuses(new FaultInjector(spec), 8)).toEqual([none, none, none, 429, none, none, none, 429]);
        expect(statuses(new FaultInjector(spec), 8)).toEqual(statuses(new FaultInjector(spec), 8));
    });

    it('gives exactly the requested share over many requests', () => {
        const spec = { ...NO_FAULTS, throttleRate: 0.3, unavailableRate: 0.1 };
        const results = statuses(new FaultInjector(spec), 101);
        expect(results.filter(status => status === 429)).toHaveLength(30);
        // Request 10 is due both; its 503 moves to request 11 (and request 100's to 101).
        expect(results.filter(status => status === 503)).toHaveLength(10);
        expect(results.slice(9, 11)).toEqual([429, 503]);
    });

    it('lets a forced fault override the rates and adds latency', () => {
        const injector = new FaultInjector({ ...NO_FAULTS, throttleRate: 1, slowMs: 25 });
        expect(injector.decide('unavailable')).toEqual({ status: 503, delayMs: 25 });
        expect(injector.decide('slow')).toEqual({ delayMs: 25 });
        expect(injector.decide()).toEqual({ status: 429, delayMs: 25 });
        expect(new FaultInjector(NO_FAULTS).decide('slow')).toEqual({ delayMs: FORCED_SLOW_DEFAULT_MS });
    });

    it('reads the x-demo-fault header', () => {
        expect(parseForcedFault(undefined)).toBeUndefined();
        expect(parseForcedFault('429')).toBe('throttle');
        expect(parseForcedFault('503')).toBe('unavailable');
        expect(parseForcedFault('SLOW')).toBe('slow');
        expect(() => parseForcedFault('418')).toThrow(/x-demo-fault/);
    });
});
