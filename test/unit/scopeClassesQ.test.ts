import { matchIntent } from '../../src/bot/intents';
import { outcome, understanding } from '../support/knowledge';

/** Issue 9, set Q's decline classes (und8), each beside the in-scope twin that must stay answered. */
describe('pre-provisioning ruled out by name: the question is about the other mode', () => {
    test.each([
        'user driven laptops (no preprov): how do I put the company logo on the sign-in page',
        'not pre-provisioning, just normal user-driven: how do i add our logo to the sign in screen',
        'self deploying kiosks, not white glove - how long does the esp take'
    ])('"%s" is declined as another Autopilot mode', (text) => {
        expect(outcome(text)).toBe('decline:other-autopilot-modes');
    });

    test.each([
        // The option missing from the options screen is the card whose title says so (the profile setting, where to press).
        ['no preprov option after pressing the windows key', 'error-win-key-does-nothing'],
        ['does the esp also run for user driven, not just white glove?', 'overview-vs-user-driven'],
        ['how do I put the company logo on the sign-in page for white glove', 'error-no-company-branding']
    ])('a missing option, "not just", or the logo for pre-provisioning stays ours: "%s"', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });
});

describe("Intune's remote actions, Windows LAPS in general, plan contents, disposing of old devices: declined", () => {
    test.each([
        ['what is the difference between wipe, fresh start and retire in intune', /^decline:/],
        ['should I wipe or retire the old laptops', /^decline:intune-remote-actions$/],
        ['where do i see a device\'s local admin password', /^decline:windows-laps$/],
        ['how do i find the LAPS password for a laptop in intune', /^decline:windows-laps$/],
        ['does microsoft 365 e3 include windows enterprise', /^decline:microsoft-365-plans$/],
        ['is windows enterprise included in m365 e3', /^decline:microsoft-365-plans$/],
        ['how do I securely wipe disks before selling old laptops', /^decline:device-disposal$/],
        ['best way to erase ssd before we sell the laptops', /^decline:device-disposal$/]
    ])('"%s"', (text, expected) => {
        expect(outcome(text)).toMatch(expected);
    });

    test.each([
        ['LAPS missing after the technician flow', 'userflow-laps'],
        ['no laps password in intune after reseal', 'userflow-laps'],
        ['where is the local admin password after preprov', 'userflow-laps'],
        ['which licences do i need for pre-provisioning, is e3 enough', 'req-intune-licence'],
        ['should we wipe or autopilot reset before white glove again', 'flow-retry-reset'],
        ['how do i deregister a laptop from autopilot before selling it', 'admin-deregister-device']
    ])('the twin stays ours: "%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });
});

describe('a hybrid join code asked about as hybrid join is declined as hybrid join', () => {
    test.each(['0x80070774 on our hybrid autopilot devices', 'ODJ fails with 80070774'])('"%s"', (text) => {
        expect(outcome(text)).toBe('decline:hybrid-join');
    });

    test.each(['0x80070774', 'what does 0x80070774 mean'])('the code alone keeps its card (which says it is hybrid only): "%s"', (text) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'errorCode', code: '0x80070774' });
    });
});
