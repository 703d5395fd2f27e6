import { startDemoTenant } from '../../src/demo/demoTenant';
import { EMPTY_GUID, findModelNumbers, findSerials, isGuid, isSerialNumber } from '../../src/domain/identifiers';

describe('serial numbers', () => {
    it.each([
        ['PF3XYZ12', true],
        ['5CG1234XYZ', true],
        ['ABC-123', true],
        ['HX-77821', true],
        ["PF3'XYZ", false],
        ['ab', false],
        ['-ABC123', false],
        ['x'.repeat(31), false],
        ['PF3 XYZ', false]
    ])('%s is a serial: %s', (serial, valid) => expect(isSerialNumber(serial)).toBe(valid));

    it('finds serials in a sentence but not error codes, years, KBs or OS names', () => {
        expect(findSerials('PF3XYZ12 0x80180014 2024 KB5013943 win11 w32tm CZC2410A01.')).toEqual(['PF3XYZ12', 'CZC2410A01']);
        expect(findSerials('is (HX-77821) done? and ABC-00917, please')).toEqual(['HX-77821', 'ABC-00917']);
        expect(findSerials('hello mp4 ipv6 step1')).toEqual([]);
    });

    it('reads Windows releases as versions, alone or after the Windows they belong to, not serials', () => {
        expect(findSerials('W11-22H2 is what we run, is win10_21h2 or Win11-24H2 or windows10-1809 ok')).toEqual([]);
        // A serial that only starts like a Windows name is still one.
        expect(findSerials('is W11X7Q2HJ done, and W1018096')).toEqual(['W11X7Q2HJ', 'W1018096']);
    });

    it('a model number after the word model or a brand is a model; the chat reads it as the device it names', () => {
        expect(findModelNumbers('model 21HDCTO1WW supported?')).toEqual(['21HDCTO1WW']);
        expect(findSerials('how do I fix 0x80180014 on 5CG2187TNV')).toEqual(['5CG2187TNV']);
    });

    it('reads words joined by hyphens, or a quoted name after what it names, as a name, not a serial', () => {
        expect(findSerials("put our group 'Autopilot-Laptops-2026' in MDM user scope Some")).toEqual([]);
        expect(findSerials('is the group Autopilot-Laptops-2026 in the scope, and wg-bench-devices')).toEqual([]);
        expect(findSerials('add the tag "WG-STD-02" to the profile')).toEqual([]);
        // A group tag named without quotes.
        expect(findSerials('and just the ones tagged DENT01?')).toEqual([]);
        expect(findSerials('dynamic group for devices with group tag SITE01 or OrderID:NYC01')).toEqual([]);
        expect(findSerials('is the device tagged right, serial PF3X1234')).toEqual(['PF3X1234']);
        // Serials with letters and digits, or capitals beside digits, still name devices.
        expect(findSerials('is HX-77821 done, and ABC-00917, and AB-CDE-1234')).toEqual(['HX-77821', 'ABC-00917', 'AB-CDE-1234']);
    });

    it('reads camelCase names with a number as names, not serials, in any case a serial is typed', () => {
        expect(findSerials('kiosk will not log in as kioskUser0 or defaultUser1')).toEqual([]);
        expect(findSerials('pf3xyz12 and PF3XYZ12 and Pf3xyz12 and czc2410A01')).toEqual(['pf3xyz12', 'PF3XYZ12', 'Pf3xyz12', 'czc2410A01']);
    });

    it('reads the accounts Windows creates at setup and TPM chip part numbers as names, in any case', () => {
        expect(findSerials('defaultuser0 profile left, kioskuser0 will not log in, DEFAULTUSER1 too')).toEqual([]);
        expect(findSerials('infineon SLB9672 attestation fails, Nuvoton NPCT750 as well')).toEqual([]);
        expect(findSerials('SLB9672 fails attestation on PF3XYZ12')).toEqual(['PF3XYZ12']);
    });

    it('every serial of the demo tenant is a serial and is found in a sentence', async () => {
        const tenant = await startDemoTenant();
        try {
            const serials = tenant.serials().map((device) => device.serial);
            expect(serials.length).toBeGreaterThan(5);
            for (const serial of serials) {
                expect(isSerialNumber(serial)).toBe(true);
                expect(findSerials(`what is the status of ${serial}?`)).toEqual([serial]);
            }
        } finally {
            await tenant.close();
        }
    });
});

describe('GUIDs (Autopilot and Intune ids)', () => {
    it.each([
        ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', true],
        ['3F2504E0-4F89-11D3-9A0C-0305E82C3301', true],
        [EMPTY_GUID, true],
        ['3f2504e0-4f89-11d3-9a0c-0305e82c330', false],
        ['{3f2504e0-4f89-11d3-9a0c-0305e82c3301}', false]
    ])('%s is a GUID: %s', (text, valid) => expect(isGuid(text)).toBe(valid));
});
