import { findErrorCodes, toCanonicalHex } from '../../src/domain/errorCodes';

const found: [string, string[]][] = [
    ['0x800705B4', ['0x800705B4']],
    ['800705b4', ['0x800705B4']],
    ['0X800705b4', ['0x800705B4']],
    ['it failed with 0x800705b4.', ['0x800705B4']],
    ['Registering your device for mobile management (Failed: 3, 0x801C03EA)', ['0x801C03EA']],
    ['errorCode -2147023436', ['0x800705B4']],
    ['code 2147943860 in the report', ['0x800705B4']],
    ['80180014', ['0x80180014']],
    ['timeout 80072ee2 again', ['0x80072EE2']],
    ['c1036501 at enrollment', ['0xC1036501']],
    ['-2016345060', ['0x87D1041C']],
    ['0x801c0003 then 80180018 then 0x801C0003', ['0x801C0003', '0x80180018']],
    ['800705b4 and -2147023436 are the same', ['0x800705B4']],
    ['first 0x81039024, later 0x81039001', ['0x81039024', '0x81039001']],
    ['"0x80070490"', ['0x80070490']]
];

const notFound: string[] = [
    'PF3XYZ12',
    '5CG1234XYZ',
    'serial CND12345AB',
    '2024',
    'step 4',
    'it took 90 minutes',
    '12345678',
    '-12',
    '-2024',
    '1234567890',
    'KB5013943',
    'KB5007253 installed',
    'deadbeef',
    '0x1234',
    '4294967296',
    'ABC80180014',
    '80180014XYZ',
    ''
];

describe('findErrorCodes', () => {
    test.each(found)('%s -> %j', (text, codes) => {
        expect(findErrorCodes(text)).toEqual(codes);
    });

    test.each(notFound)('ignores %j', (text) => {
        expect(findErrorCodes(text)).toEqual([]);
    });
});

describe('toCanonicalHex', () => {
    test.each([
        [-2147023436, '0x800705B4'],
        [2147943860, '0x800705B4'],
        [-2147483648, '0x80000000'],
        [0, '0x00000000'],
        [0xc1036501, '0xC1036501'],
        [4294967295, '0xFFFFFFFF']
    ])('%d -> %s', (n, hex) => {
        expect(toCanonicalHex(n)).toBe(hex);
    });

    test.each([1.5, -2147483649, 4294967296, Number.NaN])('rejects %d', (n) => {
        expect(() => toCanonicalHex(n)).toThrow(RangeError);
    });
});
