import { matchIntent } from '../../src/bot/intents';
import { findSerials } from '../../src/domain/identifiers';
import { understanding } from '../support/knowledge';

describe('one serial rule: a device named anywhere in a sentence, ordinary and technical words never', () => {
    it.each([
        ['how is HX-77821 doing', 'HX-77821'],
        ['is ABC-00917 stuck?', 'ABC-00917'],
        ['status of 5CG1234XYZ pls', '5CG1234XYZ'],
        ['any news on PW0B7K3M?', 'PW0B7K3M'],
        ['surface 048213795653 still on the ESP', '048213795653'],
        ['dell 7XK2QH3 went red', '7XK2QH3'],
        // "SN" before a serial is its label, not a template's placeholder.
        ['is SN-88A71C ready to reseal yet', 'SN-88A71C'],
        // A percentage is a device's progress, not money: an all-digit serial beside it is still a device.
        ['is 31415926 still at 60%?', '31415926']
    ])('"%s" names %s', (text, serial) => {
        expect(findSerials(text)).toEqual([serial]);
    });

    it.each([
        'how is the device doing',
        'is it stuck?',
        '[Win32App][DetectionActionHandler] detection state NotComputed',
        'win32 app fails with x64 installer',
        'IPv6 only network, SHA256 thumbprint',
        'step-8 again',
        'event-153 in the log',
        'updated on 2024-01-15 to 22H2',
        'waited 40min, pressed the key 5x',
        'KB5007253 installed, 0x800705b4 still',
        'infineon SLB9672 attestation fails',
        'defaultuser0 profile left behind',
        // A device name template stands for the names Intune will give, not for a device.
        'device name template BR-0421-serialnumber, any limits',
        'naming like LAP-%SERIAL% or KIOSK-%RAND:4%',
        // A site, gate or bay code is a place, not a device.
        'red screen on a RIG-4 unit, how do I grab logs',
        'how do I reset the sat link modem on RIG-2?',
        'laptops for GATE-12 and BAY-3'
    ])('"%s" names no device', (text) => {
        expect(findSerials(text)).toEqual([]);
    });

    it.each([
        'W11-23H2 is what we run, is that ok',
        'we are on Win10-22H2, fine for white glove?'
    ])('a Windows release is asked about, never looked up: "%s" answers which Windows is supported', (text) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId: 'req-windows-edition' });
    });

    it.each([
        'can the device name be our asset tag, like 2045187',
        'can we name devices e.g. ASSET-0042?',
        'device name template, something like 123456 plus a prefix?',
        'what naming format should we use, for example SCH-00123',
        'can the hostname be the serial such as 5CG1234XYZ',
        'group tag e.g. SITE-0042, where do I set it'
    ])('a value offered as an example or a format is no device asked about: "%s"', (text) => {
        expect(findSerials(text)).toEqual([]);
        expect(matchIntent(text, understanding).kind).not.toBe('status');
    });

    it.each([
        ['how is 2045187 doing', '2045187'],
        ['is PF3X1234 stuck', 'PF3X1234'],
        ['looks like 5CG3291LQX failed again', '5CG3291LQX'],
        ['seems like PW0B7K3M is done?', 'PW0B7K3M']
    ])('a device named to ask its state is still looked up: "%s"', (text, serial) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'status', serial });
    });

    it('a model number is the device it names: "model 21HDCTO1WW supported?" answers the hardware requirements', () => {
        expect(matchIntent('model 21HDCTO1WW supported?', understanding)).toMatchObject({ kind: 'answer', entryId: 'req-tpm-physical' });
        // Asked about as a device, a serial is still looked up.
        expect(matchIntent('is 5CG2187TNV supported or stuck?', understanding)).toMatchObject({ kind: 'status', serial: '5CG2187TNV' });
    });

    it("a group's name is no device: it is answered, not looked up", () => {
        expect(matchIntent("put our group 'Autopilot-Laptops-2026' in MDM user scope Some", understanding)).toMatchObject({ kind: 'answer', entryId: 'step-1' });
    });

    it('a serial after a brand is a device when its state is asked; a technology name with a word after is not', () => {
        expect(matchIntent('Lenovo RTL-55102 is it still in device setup?', understanding)).toMatchObject({ kind: 'status', serial: 'RTL-55102' });
        expect(findSerials('can oobe join a WPA2-Enterprise network')).toEqual([]);
        expect(matchIntent('Epson ET-2850 has no wifi', understanding).kind).not.toBe('status');
    });
});
