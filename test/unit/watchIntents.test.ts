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
        'the device is stuck on the ESP'
    ])('not a watch: %s', (text) => {
        expect(['watch', 'unwatch', 'unwatchAll', 'watchList']).not.toContain(matchIntent(text, understanding).kind);
    });
});
