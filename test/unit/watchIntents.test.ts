import { matchIntent } from '../../src/bot/intents';
import { understanding } from '../support/knowledge';

/** Watching in the technicians' own words; the rest of the chat must not be taken for it. */
describe('watch intents', () => {
    test.each([
        ['watch PF3XYZ12', { kind: 'watch', serial: 'PF3XYZ12' }],
        ['Watch pf3xyz12 please', { kind: 'watch', serial: 'pf3xyz12' }],
        ['ping me if 8CG1462WQ7 gets stuck', { kind: 'watch', serial: '8CG1462WQ7' }],
        ['let me know when CZC2410A01 is done', { kind: 'watch', serial: 'CZC2410A01' }],
        ['can you keep an eye on 5CD3384F7K for me?', { kind: 'watch', serial: '5CD3384F7K' }],
        ['monitor PC2RD9NX', { kind: 'watch', serial: 'PC2RD9NX' }],
        ['tell me once HX-77821 is ready to reseal', { kind: 'watch', serial: 'HX-77821' }],
        ['notify me as soon as 038511294557 fails or finishes', { kind: 'watch', serial: '038511294557' }],
        ['notify me about 5CD3384F7K', { kind: 'watch', serial: '5CD3384F7K' }],
        ['follow PC2RD9NX', { kind: 'watch', serial: 'PC2RD9NX' }],
        ['track R90W2K4F for me', { kind: 'watch', serial: 'R90W2K4F' }],
        ['keep watching CZC5120M7Q', { kind: 'watch', serial: 'CZC5120M7Q' }],
        ['subscribe to 5CD4017HJT', { kind: 'watch', serial: '5CD4017HJT' }],
        ['alert me when MJ0GH4TZ fails', { kind: 'watch', serial: 'MJ0GH4TZ' }],
        ['can you follow 8CG1462WQ7 and tell us how it goes', { kind: 'watch', serial: '8CG1462WQ7' }],
        ['keep me posted on PF3XYZ12', { kind: 'watch', serial: 'PF3XYZ12' }],
        ['pls keep tracking PW0B7K3M', { kind: 'watch', serial: 'PW0B7K3M' }],
        ['update us on 048213795653', { kind: 'watch', serial: '048213795653' }],
        ['warn me if 5CG3291LQX stalls', { kind: 'watch', serial: '5CG3291LQX' }],
        ['watch it', { kind: 'watch', serial: undefined }],
        ['watch', { kind: 'watch', serial: undefined }],
        ['unwatch PF3XYZ12', { kind: 'unwatch', serial: 'PF3XYZ12' }],
        ['stop watching 8CG1462WQ7', { kind: 'unwatch', serial: '8CG1462WQ7' }],
        ['no more alerts for CZC2410A01 thanks', { kind: 'unwatch', serial: 'CZC2410A01' }],
        ["don't watch PF3XYZ12 anymore", { kind: 'unwatch', serial: 'PF3XYZ12' }],
        ['stop watching all', { kind: 'unwatchAll' }],
        ['stop watching everything', { kind: 'unwatchAll' }],
        ['cancel all alerts', { kind: 'unwatchAll' }],
        ['unwatch all', { kind: 'unwatchAll' }],
        ['what am I watching', { kind: 'watchList' }],
        ['what am i watching?', { kind: 'watchList' }],
        ['which devices are you watching for me', { kind: 'watchList' }],
        ['show my watches', { kind: 'watchList' }],
        ['watchlist', { kind: 'watchList' }]
    ])('%s', (text, intent) => {
        expect(matchIntent(text, understanding)).toEqual(intent);
    });

    test.each([
        'status PF3XYZ12',
        'PF3XYZ12',
        'what is step 8',
        'tell me about the technician flow',
        'how do I monitor the ESP progress',
        'let me know what the white glove screen is',
        'what does 0x800705B4 mean',
        'the device is stuck on the ESP',
        'tell me about PF3XYZ12',
        'why did PF3XYZ12 fail',
        'I got a notification about PF3XYZ12, what now?',
        'what does the warning on 8CG1462WQ7 mean',
        'is CZC2410A01 done yet',
        'message on 5CD3384F7K says securing hardware'
    ])('not a watch: %s', (text) => {
        expect(['watch', 'unwatch', 'unwatchAll', 'watchList']).not.toContain(matchIntent(text, understanding).kind);
    });

    test.each([
        ['watch 5CD3', '5CD3'],
        ['watch 5cd', '5cd'],
        ['stop watching 5CD3', '5CD3'],
        ['status 5CD3', '5CD3'],
        ['how is 5CD3 doing', '5CD3'],
        ['is 5cd3 done yet?', '5cd3'],
        ['let me know when 5CD3 is done', '5CD3'],
        ['check 5CD', '5CD']
    ])('a part of a serial too short to search is never another device: %s', (text, fragment) => {
        expect(matchIntent(text, understanding)).toEqual({ kind: 'serialTooShort', fragment });
    });

    test.each([
        'does 24H2 support pre-provisioning', 'my T14 laptop is stuck on the ESP', 'TPM 2.0 attestation fails on my G10',
        'what is step 8 on w11',
        // A model after its brand or product line, a room, a ticket: ordinary sentences, no device asked about.
        'printer HP m479 offline', 'the lenovo X13 keyboard is sticky', 'is the dell 7B40 dock supported',
        'meeting in room 4B12', 'room 4B12 projector doesnt work', 'hp elitebook 840 G10 stuck on esp',
        'ticket INC7 is about a laptop', 'apv2 vs v1', 'epson ET-2850 has no wifi', 'our HP M479FDW keeps jamming',
        'sign-in failed with error 50126 in entra', 'shift f10 blocked?', 'Lenovo T14s Gen3 attestation issue',
        'our ESP is ESP-60min, is that too short', 'how long is the 90MIN wait really'
    ])('model, place and version names are not serial fragments: %s', (text) => {
        const intent = matchIntent(text, understanding);
        expect(intent.kind).not.toBe('serialTooShort');
        expect(intent.kind).not.toBe('status');
    });

    test.each([
        ['how is laptop 5CD3 doing', '5CD3'],
        ['is 7HQ2 stuck?', '7HQ2'],
        ['any update on 9XK4', '9XK4'],
        ['monitor 5CD3', '5CD3']
    ])('a device asked about by a short part of its serial is still "too short": %s', (text, fragment) => {
        expect(matchIntent(text, understanding)).toEqual({ kind: 'serialTooShort', fragment });
    });

    test.each([
        ['status 5cg3291lqx', '5cg3291lqx'],
        ['how is hx-77821 doing', 'hx-77821'],
        ['is ABC-00917 stuck?', 'ABC-00917'],
        ['check R90XK2', 'R90XK2'],
        ['is r9-0xk2 finished', 'r9-0xk2'],
        ['where is 8CG1462WQ7 at', '8CG1462WQ7'],
        ['status of PF-3XYZ-1234-567', 'PF-3XYZ-1234-567'],
        ['any news on mxl12345ab', 'mxl12345ab'],
        ['is the dell 8HJ2K93 done', '8HJ2K93']
    ])('a whole serial (6-15 characters, hyphens or not, any case) still goes to Intune: %s', (text, serial) => {
        expect(matchIntent(text, understanding)).toEqual({ kind: 'status', serial });
    });
});
