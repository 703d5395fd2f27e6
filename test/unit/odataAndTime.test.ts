import { odataString } from '../../src/graph/odata';
import { durationMinutes, humanMinutes, realTime } from '../../src/status/time';

describe('OData literals', () => {
    it.each([
        ['PF3XYZ12', "'PF3XYZ12'"],
        ["O'Brien", "'O''Brien'"],
        ["a''b", "'a''''b'"],
        ["') or true or ('", "''') or true or ('''"]
    ])('escapes %s', (value, literal) => expect(odataString(value)).toBe(literal));
});

describe('durations and times', () => {
    it.each([
        ['PT23M10S', 23 + 10 / 60],
        ['PT1H5M', 65],
        ['P1DT2H', 1560],
        ['PT0S', 0],
        ['-PT5M', undefined],
        ['garbage', undefined],
        [null, undefined]
    ])('durationMinutes(%s)', (iso, minutes) => {
        const result = durationMinutes(iso as string | null);
        if (minutes === undefined) expect(result).toBeUndefined();
        else expect(result).toBeCloseTo(minutes);
    });

    it.each([
        [0.2, 'under 1 min'],
        [42, '42 min'],
        [60, '1 h'],
        [95, '1 h 35 min'],
        [1500, '1 d 1 h'],
        [-3, undefined]
    ])('humanMinutes(%s) = %s', (minutes, text) => expect(humanMinutes(minutes)).toBe(text));

    it('treats year-1 timestamps as never', () => {
        expect(realTime('0001-01-01T00:00:00Z')).toBeUndefined();
        expect(realTime('2026-11-28T10:00:00Z')?.toISOString()).toBe('2026-11-28T10:00:00.000Z');
    });
});
