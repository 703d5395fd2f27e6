import { detectOs, Intent, matchIntent as matchIntentIn } from '../../src/bot/intents';
import { understanding } from '../support/knowledge';

const matchIntent = (text: string) => matchIntentIn(text, understanding);

const cases: [string, Partial<Intent>][] = [
    ['', { kind: 'empty' }],
    ['🙂🚀', { kind: 'empty' }],
    ['help', { kind: 'help' }],
    ['what can you do', { kind: 'help' }],
    ['hi', { kind: 'greeting' }],
    ['Hello bot!', { kind: 'greeting' }],
    // Thanks and acknowledgements are answered kindly, never declined.
    ['thanks', { kind: 'thanks' }],
    // A complaint about the last answer or the bot gets a way forward, not the same card again nor a decline.
    ['that did not help', { kind: 'notHelpful' }],
    ["nope, that's not what i asked", { kind: 'notHelpful' }],
    ['I hate this bot', { kind: 'notHelpful' }],
    ['this is useless!', { kind: 'notHelpful' }],
    ['wrong answer', { kind: 'notHelpful' }],
    // A terminal paste's colour codes and control characters are not part of the serial.
    ['status\u0000 PF3\u0007XYZ12\u001b[31m', { kind: 'status', serial: 'PF3XYZ12' }],
    // Another script or symbols after "status" are no serial: named back with the rule.
    ['status Ωmega-123456', { kind: 'status', notSerial: 'Ωmega-123456' }],
    // A technical word glued to its version is read as two words.
    ['is TPM2.0 required', { kind: 'answer', entryId: 'req-tpm-physical' }],
    ['Thanks team!', { kind: 'thanks' }],
    ['cheers', { kind: 'thanks' }],
    ['ok great, thank you so much', { kind: 'thanks' }],
    // "help with <topic>": the topic decides; "help" alone is the help card.
    ['help me', { kind: 'help' }],
    ['help with 0x800705b4', { kind: 'errorCode', code: '0x800705B4' }],
    ['can you help me with step 6', { kind: 'step', step: 6 }],
    ['help with status PF3XYZ12', { kind: 'status', serial: 'PF3XYZ12' }],
    // A serial inside formatting or invisible characters, as Teams and copy-paste deliver it.
    ['status PF3XYZ12\u200b', { kind: 'status', serial: 'PF3XYZ12' }],
    ['<p>status <b>PF3XYZ12</b></p>', { kind: 'status', serial: 'PF3XYZ12' }],
    ['status **PF3XYZ12**', { kind: 'status', serial: 'PF3XYZ12' }],
    ['status PF3\u202eXYZ12', { kind: 'status', serial: 'PF3XYZ12' }],
    // A status ask without a usable serial asks which device.
    ['is my laptop stuck?', { kind: 'status' }],
    ['is the device still provisioning', { kind: 'status' }],
    // What cannot be a serial is named back (cut short) with the rule; a word after "status" asks which device.
    [`status ${'A'.repeat(200)}`, { kind: 'status', notSerial: 'A'.repeat(200) }],
    ['status of X1X1X1X1X1X1X1X1X1X1X1X1X1X1X1X1', { kind: 'status', notSerial: 'X1X1X1X1X1X1X1X1X1X1X1X1X1X1X1X1' }],
    ['status 5CD_4017', { kind: 'status', notSerial: '5CD_4017' }],
    ['status for ZXCVBNM', { kind: 'status' }],
    ['start over', { kind: 'startOver' }],
    ['next', { kind: 'next' }],
    ['Next step', { kind: 'next' }],
    ['back', { kind: 'back' }],
    ['previous', { kind: 'back' }],
    ['step 4', { kind: 'step', step: 4 }],
    ["what's step 4", { kind: 'step', step: 4 }],
    ['stpe 6?', { kind: 'step', step: 6 }],
    ['step five', { kind: 'step', step: 5 }],
    ['show me the 2nd step', { kind: 'step', step: 2 }],
    ['the eighth step on win11', { kind: 'step', step: 8, os: 'win11' }],
    ['step 12', { kind: 'stepOutOfRange', step: 12 }],
    ['0x80180014', { kind: 'errorCode', code: '0x80180014' }],
    ['got 800705b4 at securing your hardware', { kind: 'errorCode', code: '0x800705B4' }],
    ['error -2147023436', { kind: 'errorCode', code: '0x800705B4' }],
    ['0X800705b4', { kind: 'errorCode', code: '0x800705B4' }],
    ['status PF3XYZ12', { kind: 'status', serial: 'PF3XYZ12' }],
    ['where is my device at?', { kind: 'status' }],
    ["what's the status of 5CG1234XYZ", { kind: 'status', serial: '5CG1234XYZ' }],
    ['PF3XYZ12', { kind: 'status', serial: 'PF3XYZ12' }],
    ['checklist for PF3XYZ12', { kind: 'checklist', serial: 'PF3XYZ12' }],
    ['pre-flight checklist', { kind: 'checklist', serial: undefined }],
    // A checklist of the whole setup is the tutorial's steps, not one device's pre-flight checks.
    ['checklist for setting up white glove from scratch', { kind: 'answer', entryId: 'overview-nine-steps' }],
    ['setup checklist, all the steps in order', { kind: 'answer', entryId: 'overview-nine-steps' }],
    ['pre-flight checklist before I power on PF3XYZ12', { kind: 'checklist', serial: 'PF3XYZ12' }],
    ['how do I see ESP details on Windows 11', { kind: 'espTips', os: 'win11' }],
    ['show details', { kind: 'espTips' }],
    ['where is the chevron', { kind: 'espTips' }],
    ['w11 - how do I open up the progress bit to see the individual apps underneath?', { kind: 'espTips', os: 'win11' }],
    // A code read off the ESP's details is the code asked about, not the details view.
    ['Win32 app shows error -2016345060 in the ESP details', { kind: 'errorCode', code: '0x87D1041C' }],
    // A device named by its serial is asked about, not the details view: its status shows where its ESP is.
    ["PF3XYZ12 seems stuck on the apps bit of the progress screen, can you see what it's doing?", { kind: 'status', serial: 'PF3XYZ12' }],
    // What a screen shows, asked for a checklist, is that screen.
    ['what info is on the pre-prov config screen, team wants a checklist', { kind: 'answer', entryId: 'flow-config-screen' }],
    ['walk me through the technician flow', { kind: 'flowWalkthrough' }],
    ['and on Windows 11?', { kind: 'osFollowUp', os: 'win11' }],
    ["and if it's on w10?", { kind: 'osFollowUp', os: 'win10' }],
    ["how can I see what's installing on the ESP on win10", { kind: 'espTips', os: 'win10' }],
    ['how do i view what it is really installing on the progress screen', { kind: 'espTips' }],
    ['esp on win10, how do i see progress per app', { kind: 'espTips', os: 'win10' }],
    ['open up the app list on the esp on w11', { kind: 'espTips', os: 'win11' }],
    ['where can i see what the ESP is working on (win10)', { kind: 'espTips', os: 'win10' }],
    // Each app as it installs, the ESP unnamed: still the details view on the device.
    ['how can i see each app installing on windows 10', { kind: 'espTips', os: 'win10' }],
    ['how do i watch individual apps install on w11', { kind: 'espTips', os: 'win11' }],
    ['what about win10', { kind: 'osFollowUp', os: 'win10' }]
];

describe('matchIntent', () => {
    it.each(cases)('%j → %j', (text, expected) => {
        expect(matchIntent(text)).toMatchObject(expected);
    });

    it("each app's install status in Intune's reports is the admin's view, not the ESP details on the device", () => {
        expect(matchIntent("how do I see each app's install status in the Intune admin center").kind).not.toBe('espTips');
    });

    it('answers domain questions from the knowledge base', () => {
        expect(matchIntent('how do I get into pre-provisioning on Windows 11?')).toMatchObject({ kind: 'answer', os: 'win11' });
    });

    it.each(["what's the weather tomorrow", 'how do I bake bread', 'tell me a joke'])('declines %j as out of scope', (text) => {
        expect(matchIntent(text).kind).toBe('outOfScope');
    });

    it.each(['how is HX-77821 doing', 'is ABC-00917 stuck?', 'any news on 5CG3291LQX today'])('looks up a device named in a sentence: %j', (text) => {
        expect(matchIntent(text).kind).toBe('status');
    });

    it.each(['check status', 'is my laptop done yet?'])('a lookup of a device not named yet: %j', (text) => {
        expect(matchIntent(text).kind).toBe('status');
    });

    it('an Autopilot id is a device, never an error code or out of scope', () => {
        expect(['status', 'deviceCode']).toContain(matchIntent('how is 8f1a2b3c-1234-4abc-9def-0123456789ab doing').kind);
    });

    it.each(['the device shows progress but nothing moves', 'what is the status page', 'what state should the laptop be in before reseal'])(
        'never turns an ordinary sentence into a status lookup: %j',
        (text) => {
            expect(matchIntent(text).kind).not.toBe('status');
        }
    );

    it('reads "and for the end user?" as a follow-up on the facet, "and on w11?" as an OS follow-up', () => {
        expect(matchIntent('and for the end user?')).toMatchObject({ kind: 'facetFollowUp', facets: { audience: ['user'] } });
        expect(matchIntent('and on 11?')).toEqual({ kind: 'osFollowUp', os: 'win11' });
    });

    it('a sentence that opens with "monitor" but names no device and a neighbouring subject is not a watch', () => {
        expect(matchIntent('monitor flickers on the docking station').kind).toBe('outOfScope');
        expect(matchIntent('monitor PF3XYZ12').kind).toBe('watch');
    });

    it('declines an unknown code asked about a neighbouring product, keeps an unknown code in our subject', () => {
        expect(matchIntent('sccm task sequence fails with 0x80070002').kind).toBe('outOfScope');
        expect(matchIntent('0x8BADF00D during device setup')).toMatchObject({ kind: 'errorCode', code: '0x8BADF00D' });
    });

    it('a cause named beside the code it produces is the subject: the wrong clock, not the attestation code', () => {
        expect(matchIntent('bios date is wrong, attestation fails with 0x800705b4')).toMatchObject({ kind: 'answer', entryId: 'error-clock-skew' });
        // The code alone, or with a cause its own card explains, stays the code's card.
        expect(matchIntent('0x800705b4 at securing your hardware')).toMatchObject({ kind: 'errorCode', code: '0x800705B4' });
        expect(matchIntent('getting 0x801c03f3 after someone cleaned up entra')).toMatchObject({ kind: 'errorCode', code: '0x801C03F3' });
    });

    it('reads only the start of a huge message', () => {
        expect(matchIntent('x '.repeat(100000) + ' 0x80180014').kind).not.toBe('errorCode');
    });
});

describe('helpers', () => {
    it.each([
        ['win 11', 'win11'],
        ['Windows11', 'win11'],
        ['W10', 'win10'],
        ['windows ten', 'win10'],
        ['the tpm', undefined],
        // Both named: about both, so the answer shows both.
        ['win11 says sign in but our win10 notes say next', undefined],
        // One ruled out: the other.
        ['on w10, not w11', 'win10']
    ])('detectOs(%j) = %s', (text, os) => expect(detectOs(text)).toBe(os));
});

describe('status asks without a usable serial', () => {
    it.each(['is my laptop stuck?', 'status please'])('"%s" asks which device, never a guess', (text) => {
        expect(matchIntent(text)).toEqual({ kind: 'status' });
    });
});
