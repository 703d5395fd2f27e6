import { matchIntent } from '../../src/bot/intents';
import { allEntries, errorEntryForCode, getEntry } from '../../src/knowledge';
import { facetFit } from '../../src/knowledge/facetRanking';
import { readFacets } from '../../src/knowledge/facets';
import { withoutRelayedFrame } from '../../src/knowledge/setAside';
import { createScopeJudge } from '../../src/knowledge/scope';
import { createKnowledgeSearch } from '../../src/knowledge/search';
import { createUnderstanding } from '../../src/knowledge/understanding';
import { knowledgeSearch, understanding as appUnderstanding } from '../support/knowledge';

const understanding = createUnderstanding({
    search: createKnowledgeSearch(allEntries),
    scope: createScopeJudge([
        { id: 'device-preparation', topic: 'Autopilot device preparation', phrasings: ['autopilot device preparation'], redirect: 'Learn' }
    ]),
    entries: allEntries
});
const answer = (text: string) => understanding.understand(text);
/** The app's own understanding: answers with exactly this entry (no OS variant), with it on any OS, declines, or not this entry. */
const appAnswers = (text: string, id: string) => expect(appUnderstanding.understand(text)).toEqual({ kind: 'answer', entryId: id });
const appAnswersOnAnyOs = (text: string, id: string) => expect(appUnderstanding.understand(text)).toEqual(expect.objectContaining({ kind: 'answer', entryId: id }));
const appDeclines = (text: string) => expect(appUnderstanding.understand(text).kind).toBe('decline');
const appDoesNotAnswer = (text: string, id: string) => expect(appUnderstanding.understand(text)).not.toEqual(expect.objectContaining({ entryId: id }));

describe('understanding: the answer is chosen by what was asked, not by the first keyword', () => {
    it('the same words for a different audience or phase give a different entry', () => {
        const plain = answer('which esp phases run');
        const forUser = answer('which esp phases run for the end user');
        expect(plain.kind).toBe('answer');
        // The user's side: the user ESP phase itself, or what the user flow runs (Device setup again, Account setup).
        expect(forUser.kind === 'answer' && ['esp-account-setup', 'userflow-esp'].includes(forUser.entryId)).toBe(true);
        expect(forUser).not.toEqual(plain);
    });

    it('a described situation is answered, not met with "not sure"', () => {
        expect(answer('the dots keep spinning')).toMatchObject({ kind: 'answer' });
    });

    it('declines out-of-scope questions because of their subject', () => {
        expect(answer('how do I set up Autopilot device preparation')).toMatchObject({ kind: 'decline', topic: { id: 'device-preparation' } });
        expect(answer('what is the capital of france')).toEqual({ kind: 'decline' });
    });

    it('a plain question without deployment words is still answered when the knowledge plainly has it', () => {
        expect(appUnderstanding.understand('nothing happens when I tap five times')).toMatchObject({ kind: 'answer', entryId: 'error-win-key-does-nothing' });
        expect(appUnderstanding.understand('order pizza')).toEqual({ kind: 'decline' });
    });

    it('a question about the ESP phase called device preparation is ours', () => {
        expect(answer('what happens in device preparation')).toEqual({ kind: 'answer', entryId: 'esp-device-preparation' });
    });

    it('how long something stayed the same reports a stall, so the symptom entry answers', () => {
        expect(appUnderstanding.understand('the autopilot device list has shown Assigning since yesterday')).toEqual({ kind: 'answer', entryId: 'error-profile-assignment-stuck' });
        expect(appUnderstanding.understand('how do I confirm the deployment profile is assigned')).toEqual({ kind: 'answer', entryId: 'admin-profile-status' });
        expect(appUnderstanding.understand('the laptops still aren\'t showing in the autopilot group after the upload')).toEqual({ kind: 'answer', entryId: 'error-device-not-in-group-yet' });
    });

    it('a model name does not dilute the symptom: "<model> stuck at the ESP" is the ESP hang', () => {
        expect(appUnderstanding.understand('precision 3581 stuck at the esp')).toEqual({ kind: 'answer', entryId: 'error-esp-stuck' });
    });

    it('a device not yet in its dynamic group is answered by the symptom entry, not the rule syntax', () => {
        expect(appUnderstanding.understand('after the csv upload the laptops werent showing as group members')).toEqual({ kind: 'answer', entryId: 'error-device-not-in-group-yet' });
    });

    it('an interruption told in plain words finds the interruption entry', () => {
        expect(appUnderstanding.understand('someone switched it off while it was provisioning')).toEqual({ kind: 'answer', entryId: 'flow-interrupted' });
        expect(appUnderstanding.understand('battery ran out halfway through device setup')).toEqual({ kind: 'answer', entryId: 'flow-interrupted' });
    });

    it('asks for more on a complaint with nothing to go on', () => {
        expect(answer("it doesn't work")).toEqual({ kind: 'unsure', suggestions: [] });
    });
});

describe('understanding: follow-ups keep the topic and change only the facet asked about', () => {
    it('recognises short facet-only follow-ups', () => {
        expect(understanding.followUpFacets('and on Windows 11?')).toMatchObject({ os: ['win11'] });
        expect(understanding.followUpFacets('what about for the end user?')).toMatchObject({ audience: ['user'] });
        expect(understanding.followUpFacets('and during account setup?')).toMatchObject({ phase: ['accountSetup'] });
        expect(understanding.followUpFacets('what about the TPM on windows 11')).toBeUndefined();
        expect(understanding.followUpFacets('how long does it take')).toBeUndefined();
    });

    it('a follow-up that rules one phase out and names another is still a follow-up', () => {
        expect(understanding.followUpFacets('not during device setup, during account setup')).toMatchObject({ phase: ['accountSetup'], not: { phase: ['deviceSetup'] } });
        expect(understanding.followUpFacets('not during device setup, my laptop crashed')).toBeUndefined();
    });

    it('moves from the technician answer to the user one on the same topic', () => {
        const last = getEntry('flow-esp')!;
        const next = understanding.followUp(last, understanding.followUpFacets('and for the end user?')!);
        expect(['userflow-esp', 'esp-account-setup']).toContain(next.id);
    });

    it('names the user by what they are where they work ("the teacher", "the nurses") or as she/he signing in', () => {
        const last = getEntry('flow-esp')!;
        for (const text of ['and what about for the teacher when she logs in later', 'and for the students?', 'and when he signs in?']) {
            const facets = understanding.followUpFacets(text, true);
            expect(facets).toMatchObject({ audience: ['user'] });
            expect(['userflow-esp', 'esp-account-setup']).toContain(understanding.followUp(last, facets!).id);
        }
    });

    it('reads a question that leans on the topic with that topic', () => {
        expect(appUnderstanding.understand('and AMD?', getEntry('req-tpm-endpoints'))).toEqual({ kind: 'answer', entryId: 'req-tpm-endpoints' });
        expect(appUnderstanding.understand('where do i change it', getEntry('esp-timeout'))).toEqual({ kind: 'answer', entryId: 'esp-timeout' });
        // Without a topic there is nothing to lean on.
        expect(appUnderstanding.understand('where do i change it').kind).not.toBe('answer');
    });

    it('keeps the entry when it already fits', () => {
        const last = getEntry('userflow-esp')!;
        expect(understanding.followUp(last, readFacets('and for the end user?')).id).toBe('userflow-esp');
    });
});

describe('understanding: a follow-up changes one facet in more words than the facet (issue 9, class 6)', () => {
    it.each([
        ['same thing but for the older w10 ones?', 'win10'],
        ['same question for win 10 machines', 'win10'],
        ['what about the older windows 10 boxes', 'win10'],
        ['does that apply to w11 too?', 'win11'],
        ['and the w10 equivalent?', 'win10'],
        ['is it any different on an older windows 10 laptop?', 'win10']
    ])('the devices and how old they are only say which Windows: "%s"', (text, os) => {
        expect(appUnderstanding.followUpFacets(text)).toMatchObject({ os: [os] });
    });

    it.each([
        'and what does the teacher see when they open it next term',
        'what would the employee see on monday when they power it on',
        'and what do the students get once they switch it on after the holidays',
        'how does it look for the new hire on their first morning',
        'and what will the kids see when they log on in the fall'
    ])('when the user gets it says when, not what, once a topic stands: "%s"', (text) => {
        expect(appUnderstanding.followUpFacets(text, true)).toMatchObject({ audience: ['user'] });
        expect(appUnderstanding.followUpFacets(text)).toBeUndefined();
    });

    it.each([
        'and what does the user see when the esp fails',
        'and for the user, how long does it take?',
        'what about the user\'s password next term',
        'what about win10 apps'
    ])('a facet with a subject of its own is a new question: "%s"', (text) => {
        expect(appUnderstanding.followUpFacets(text, true)).toBeUndefined();
    });

    it('a case set against an error ("what if it\'s a brand new one") stays on that code\'s entry, which covers it', () => {
        const last = getEntry('error-0x80180014')!;
        for (const text of ["what if it's a brand new one that was never enrolled?", 'and if the laptop is straight from the oem?', 'but what if this happens on a new device that has never been enrolled anywhere']) {
            expect(appUnderstanding.understand(text, last)).toEqual({ kind: 'answer', entryId: 'error-0x80180014' });
        }
        expect(JSON.stringify(last)).toMatch(/never enrolled.*Windows \(MDM\)/);
    });

    it('"the same error" after an error is that error, whatever case the message describes', () => {
        const last = getEntry('error-0x80180014')!;
        for (const text of ['same error but the device is brand new', 'we get the same code on a new one too']) {
            expect(appUnderstanding.understand(text, last)).toEqual({ kind: 'answer', entryId: 'error-0x80180014' });
        }
        // Without an error before it, "the same problem" names nothing to stay on.
        expect(appUnderstanding.understand('same problem with the tpm attestation failing at securing hardware', getEntry('flow-options-screen'))).not.toEqual({
            kind: 'answer',
            entryId: 'flow-options-screen'
        });
    });

    it('with nothing said before, a question about a phase for someone is a question of its own', () => {
        expect(appUnderstanding.followUpFacets('what does the user see during account setup')).toBeUndefined();
        expect(appUnderstanding.understand('what does the user see during account setup')).toEqual({ kind: 'answer', entryId: 'esp-account-setup' });
        // A message that opens like a follow-up, or names only a Windows, still asks which topic.
        expect(appUnderstanding.followUpFacets('and for the end user?')).toMatchObject({ audience: ['user'] });
        expect(appUnderstanding.followUpFacets('how about w10')).toMatchObject({ os: ['win10'] });
    });

    it('a longer question of its own after an error is read as new', () => {
        const last = getEntry('error-0x80180014')!;
        expect(appUnderstanding.understand('what if the tpm attestation fails on securing your hardware, what does that mean?', last)).not.toEqual({ kind: 'answer', entryId: 'error-0x80180014' });
        expect(appUnderstanding.understand('how do I collect the hardware hash with powershell from a usb stick for import', last)).not.toEqual({ kind: 'answer', entryId: 'error-0x80180014' });
    });
});

describe('understanding: "what do I pick after X" is the screen after X', () => {
    it.each([
        ['on windows 10 what do I pick after pressing the windows key 5 times?', 'flow-options-screen'],
        ['which screen comes after the configuration screen', 'flow-provision'],
        ['what comes after reseal', 'flow-after-reseal']
    ])('"%s" → %s', (text, id) => {
        expect(appUnderstanding.understand(text)).toEqual({ kind: 'answer', entryId: id });
    });

    it('"after X, what comes next" (the step named first) is the screen after X too', () => {
        expect(appUnderstanding.understand('after I choose Pre-provision with Windows Autopilot, what screen comes next')).toEqual({ kind: 'answer', entryId: 'flow-config-screen' });
        expect(appUnderstanding.understand('once I pressed the windows key 5 times, which option do I pick')).toEqual({ kind: 'answer', entryId: 'flow-options-screen' });
        // A step that is no screen of the flow ("after the user signs in") is answered as a question of its own.
        expect(appUnderstanding.understand('after the user signs in, what apps install')).not.toEqual({ kind: 'answer', entryId: 'flow-config-screen' });
    });

    it.each([
        ['what comes before the configuration screen', 'flow-options-screen'],
        ['which screen comes before the esp', 'flow-provision'],
        ['what screen shows before the green success screen', 'flow-esp'],
        ['before the config screen, which screen comes', 'flow-options-screen']
    ])('"what comes before X" is the screen before X: "%s" → %s', (text, id) => {
        expect(appUnderstanding.understand(text)).toEqual({ kind: 'answer', entryId: id });
    });

    it('asks what to do before a step, not which screen precedes it: no screen is chosen for it', () => {
        expect(appUnderstanding.understand('what should I do before reseal')).not.toEqual({ kind: 'answer', entryId: 'flow-esp' });
        expect(appUnderstanding.understand('what do I need before the technician flow')).not.toEqual({ kind: 'answer', entryId: 'flow-win-key' });
    });

    it('"X, then what?" is the screen after X, except on an outcome screen, which is its own answer', () => {
        expect(appUnderstanding.understand('selected Windows Autopilot provisioning and Continue, what comes next')).toEqual({ kind: 'answer', entryId: 'flow-config-screen' });
        expect(appUnderstanding.understand('the screen turned green, then what?')).toEqual({ kind: 'answer', entryId: 'flow-success-reseal' });
    });

    it('names no single next screen after the ESP (success or failure) or after a failure (Retry or Reset)', () => {
        expect(appUnderstanding.understand('what do i see after the esp')).not.toEqual({ kind: 'answer', entryId: 'flow-success-reseal' });
        expect(appUnderstanding.understand('what do i do after the failure screen')).not.toEqual({ kind: 'answer', entryId: 'flow-after-reseal' });
    });
});

describe('understanding: a follow-up changes one facet and keeps the topic', () => {
    it('"what does the user see after that" leans on a topic when there is one, and is its own question without', () => {
        expect(appUnderstanding.followUpFacets('what does the user see after that', true)).toMatchObject({ audience: ['user'] });
        expect(appUnderstanding.followUpFacets('what does the user see after that')).toBeUndefined();
        expect(appUnderstanding.followUpFacets("and if it's on w10?")).toMatchObject({ os: ['win10'] });
    });

    it('keeps the kind of answer: after an ESP phase, the other ESP phase, not a symptom that names both', () => {
        expect(appUnderstanding.followUp(getEntry('esp-device-setup')!, readFacets('and in account setup?')).id).toBe('esp-account-setup');
    });

    it('an entry about one Windows only gives way to the same topic\'s entry for the other, when asked', () => {
        // Attestation fails on Windows 10 (Tiger Lake) and on Windows 11 (0x81039023): one subject, one entry per Windows.
        expect(appUnderstanding.followUp(getEntry('error-tiger-lake-ftpm')!, readFacets('and on windows 11?')).id).toBe('error-0x81039023');
        // A Windows 10 profile bug has no Windows 11 counterpart: no entry on another subject stands in for it.
        expect(appUnderstanding.followUp(getEntry('error-profile-not-applied-kb5015020')!, readFacets('and on windows 11?')).id).toBe('error-profile-not-applied-kb5015020');
        expect(appUnderstanding.followUp(getEntry('esp-show-details')!, readFacets('and on windows 11?')).id).toBe('esp-show-details');
    });
});

describe('understanding: the second held-out set\'s classes (issue 9)', () => {

    it('a screen named by its title, all of whose words are everyday ones, is that screen', () => {
        appAnswers('what would you like to do? which one do i pick', 'flow-options-screen');
        appAnswers('what would you like to do screen on win10', 'flow-options-screen');
    });

    it('"what do I need (hardware-wise)" asks for the requirements, not a card that shares a word', () => {
        appAnswers('what do i need hardware-wise for white glove', 'req-overview');
        appAnswers('what do i need for white glove', 'req-overview');
        appAnswers('what hardware do we need to do WG on win10', 'req-overview');
    });

    it('compliance lost right after the user signs in is ours; writing a compliance policy is not', () => {
        appAnswers('after the user signs in CA blocks outlook, device shows not compliant', 'error-non-compliant-user-flow');
        appAnswers('why is a pre-provisioned laptop non-compliant once the user signs in', 'error-non-compliant-user-flow');
        expect(appUnderstanding.understand('how do i create a compliance policy requiring bitlocker').kind).toBe('decline');
        expect(appUnderstanding.understand('make a compliance policy for minimum os version').kind).toBe('decline');
    });

    it('both Windows named as a question of support: a card about one Windows does not fit', () => {
        const both = readFacets('does it work on both w10 and w11');
        expect(facetFit(both, { audience: [], phase: [], os: ['win11'] })).toBeLessThan(1);
        expect(facetFit(readFacets('does it work on w11'), { audience: [], phase: [], os: ['win11'] })).toBeGreaterThan(1);
        // Two audiences are a sequence ("after the tech, the user"): either one fits.
        expect(facetFit(readFacets('what does the user see after the tech is done'), { audience: ['user'], phase: [], os: [] })).toBeGreaterThan(1);
    });

    it('requirements asked as a combined list get the whole list, licences included', () => {
        appAnswers('what do I need, licence-wise and hardware-wise, for white glove', 'req-overview');
        appAnswers('can we white glove old laptops that only have tpm 1.2', 'req-tpm-physical');
    });

    it('the default outcome is the setting that decides it; the anomaly card answers only a reported anomaly', () => {
        appAnswers('will the user be standard user or admin', 'admin-user-account-type');
        appAnswers('user is admin but we set standard in the profile', 'error-user-is-local-admin');
    });
});

describe('understanding: the sixth held-out set\'s classes (issue 9)', () => {

    it('a thing ruled out by contrast does not pick the card: "to a person, not the profile" is the user assignment', () => {
        appAnswers('assign the laptop to a person, not the profile, the person', 'step-7');
        appAnswers('i want to assign the device to a person, not a deployment profile', 'step-7');
        appAnswers('how do i attach a named user to the laptop, i dont mean the deployment profile', 'step-7');
        // A statement with "not" is no contrast: the device that is not in the group is still the question.
        appAnswers('set the tag an hour ago but the device still isnt a member of the dynamic group', 'error-device-not-in-group-yet');
    });

    it('the ownerless Entra objects Autopilot registration creates are ours; Entra housekeeping in general is not', () => {
        appAnswers('cleaning up entra id, lots of device objects with no owner, safe to delete?', 'admin-entra-device-objects');
        appAnswers('tidying up entra, is it safe to remove the devices the csv import created', 'admin-entra-device-objects');
        expect(appUnderstanding.understand('how do i clean up stale devices in entra id').kind).toBe('decline');
        expect(matchIntent('getting 0x801c03f3 after someone cleaned up entra', appUnderstanding)).toMatchObject({ kind: 'errorCode', code: '0x801C03F3' });
    });

    it('two Autopilot modes in one group is a profile question of ours; self-deploying on its own is not', () => {
        appAnswers('we have self deploying kiosks and white glove laptops in the same dynamic group', 'admin-one-profile-per-mode');
        appAnswers('should kiosks and pre-prov laptops share a deployment profile', 'admin-one-profile-per-mode');
        expect(appUnderstanding.understand('how do i set up a kiosk with self-deploying mode').kind).toBe('decline');
    });

    it('assigning a user: not offered, while the configuration screen shows, after Reseal', () => {
        appAnswers('assign user search doesnt find the new starter', 'error-assign-user-not-listed');
        appAnswers('admin assigned a user while the device is on the configuration screen, do i need to restart', 'flow-config-screen');
        appAnswers('we already resealed it, can we still assign a user', 'admin-assign-user-later');
        appAnswers('how to assign a user to an autopilot device in intune', 'step-7');
    });

    it('Reseal after minutes with nothing installed is the ESP switched off; an ESP profile disabled on purpose is its own', () => {
        appAnswers('reseal button came up after 2 min and no apps installed', 'flow-success-caveat');
        appAnswers('i disabled the esp profile but devices still show the esp', 'esp-disable-profile');
    });

    it('where to read how long a run took is not how long runs take', () => {
        appAnswers('my supervisor wants to know how long each laptop took at the bench', 'tip-elapsed-time');
        appAnswers('how long should provisioning take', 'tip-expected-duration');
    });

    it('the documented policy conflicts as one list; a single policy reported is its own card', () => {
        appAnswers('which gpos break white glove', 'admin-policy-conflicts-list');
        appAnswers('applocker policy rebooted the device during esp', 'error-policy-applocker-reboot');
    });

    it('a profile setting named by what it is for, not by the technician the question mentions', () => {
        appAnswers('which setting in the deployment profile must be on so the technician can pre-provision', 'step-6');
        appAnswers('does the language option in the autopilot profile change how I get into pre-provisioning', 'admin-profile-oobe-settings');
    });

    it('limits, S mode and ESP settings by their on-screen names find their cards', () => {
        appAnswers('user already has many devices, what is the default limit', 'req-device-limits');
        appAnswers('msi apps wont install, laptop is in S mode', 'error-s-mode-win32-blocked');
        appAnswers('only show page to devices provisioned by out-of-box experience, what does it do', 'esp-oobe-only');
        appAnswers('can the user log on with a smartcard at oobe', 'req-no-smart-card-at-oobe');
    });

    it('a report still red after a Retry worked is the known issue; the report in general is the report card', () => {
        appAnswers('try again fixed it but intune report still red', 'error-report-failure-after-retry');
        appAnswers('which report shows autopilot deployments', 'logs-admin-reports');
    });
});

describe('understanding: an error code answers for the phase the question names', () => {
    it('a code listed for two phases gives the entry of the phase asked about, the usual one otherwise', () => {
        expect(matchIntent('0x800705b4 but during account setup, not device setup', understanding)).toMatchObject({ kind: 'answer', entryId: 'error-0x800705b4-account-setup' });
        expect(matchIntent('got 0x800705B4 in the user phase', understanding)).toMatchObject({ kind: 'answer', entryId: 'error-0x800705b4-account-setup' });
        expect(matchIntent('0x800705b4 at securing your hardware', understanding)).toMatchObject({ kind: 'errorCode', code: '0x800705B4' });
        expect(matchIntent('what is 0x800705b4', understanding)).toMatchObject({ kind: 'errorCode', code: '0x800705B4' });
        expect(errorEntryForCode('0x800705b4')?.id).toBe('error-0x800705b4');
    });
});

describe('understanding: screens and over-declines left from the ninth round (issue 9)', () => {

    it('a QR code seen after picking provisioning is the QR card; what follows the pick is still the configuration screen', () => {
        appAnswers('qr code after picking the provisioning option - do i need to scan it', 'tip-qr-companion-app');
        appAnswers('blue page after i chose provisioning has a qr in the corner, what do i do with it', 'tip-qr-companion-app');
        appAnswers('after picking provisioning what screen comes', 'flow-config-screen');
        appAnswers('which option do i pick after the windows key', 'flow-options-screen');
    });

    it('what a phase is doing asks about the phase itself; how long it spins is still the duration', () => {
        appAnswers("'Securing your hardware' sits there with the dots spinning, what is it actually doing", 'esp-device-preparation');
        appAnswers('whats going on during securing your hardware, the little dots just spin', 'esp-device-preparation');
        appAnswers('how long should the dots spin on securing hardware', 'tip-expected-duration');
        appAnswers('which 3 lines are under device preparation', 'esp-device-preparation');
        // The lines under each ESP phase are that phase's card.
        appAnswers('what are the lines under device setup on the esp', 'esp-device-setup');
        appAnswers('what does the esp show under account setup', 'esp-account-setup');
        appAnswers('what does identifying mean under device setup', 'esp-identifying');
    });

    it('Wi-Fi at the bench is the network card; screens shown although the profile hides them are the no-network card', () => {
        appAnswers('site only has guest wifi, is wifi ok for the technician flow', 'req-network');
        appAnswers('laptop has no ethernet port, is wi-fi fine for the technician flow', 'req-network');
        appAnswers('the profile hides region and keyboard but i was still asked', 'flow-extra-screens');
        appAnswers('profile is set to skip region and keyboard but the device still asked me', 'flow-extra-screens');
        // A lost connection mid-run stays the interruption card.
        appAnswers('wifi dropped halfway through device setup', 'flow-interrupted');
    });

    it('business words and products being deployed are the object of the question, not its subject', () => {
        appAnswers("for the client's inventory spreadsheet, what info is on the green screen at the end", 'flow-success-reseal');
        appAnswers('what details does the success screen list? the customer wants them on their asset sheet', 'flow-success-reseal');
        appAnswers('client wants Salesforce and Citrix preloaded before shipping, does that happen at the bench or when the user logs in', 'overview-what-installs');
        appAnswers('customer wants Cisco AnyConnect and their ERP client ready before delivery, which bit installs when', 'overview-what-installs');
        appDeclines('how do I set up Citrix StoreFront');
        appDeclines('how much does Citrix cost per user');
        appDeclines('how do i make a pivot table in excel');
        appDeclines("what's the best asset management software");
    });

    it('"logs in" at the end of a clause is signing in; logs on a stick are files', () => {
        appAnswers('win10 failed screen, how do i get the logs onto a usb key', 'logs-collect');
    });
});

describe('understanding: registration, import and the checks before going on site (know6)', () => {

    it('the import how-to and the wait after it are the import card; a real failure stays the failure card', () => {
        appAnswers('where do I import the hash file and what then', 'admin-import-hash-csv');
        appAnswers('imported the csv 5 min ago, nothing in the list', 'admin-import-hash-csv');
        appAnswers('hit sync again and it said to wait', 'admin-import-hash-csv');
        appAnswers('did the import 10 minutes ago and the serial still isnt there', 'admin-import-hash-csv');
        appAnswers('import says invalid file', 'error-hash-import-fails');
        appAnswers('csv import fails with Edm.Binary error', 'error-hash-import-fails');
    });

    it('listed under Autopilot devices but not in Intune devices is registered, not enrolled', () => {
        appAnswers('device shows under Autopilot devices but not under Intune all devices — did registration fail?', 'admin-registered-vs-enrolled');
        appAnswers('registered the device yesterday, still no entry in intune device list, is that broken', 'admin-registered-vs-enrolled');
    });

    it('the hash of a device already in use, a clean-up that deleted the objects, a registration after OOBE began', () => {
        appAnswers('collect hardware hash from a machine somebody is already using', 'admin-hash-existing-device');
        appAnswers('can i export the hash from windows settings on a running laptop', 'admin-hash-existing-device');
        appAnswers('entra stale device cleanup removed the objects, how do we fix the autopilot devices', 'error-entra-objects-cleaned-up');
        appAnswers('device was already powered on at oobe when we added it to autopilot, how do i get autopilot to kick in', 'error-registered-after-oobe-started');
        appAnswers('profile assigned after the device booted, restart oobe?', 'error-registered-after-oobe-started');
    });

    it('another organisation on the screens is the other tenant; a sign-in with another tenant\'s account stays its own', () => {
        appAnswers('the autopilot configuration page has the wrong organization on it', 'error-registered-other-tenant');
        appAnswers('device is registered in the wrong tenant, how do i move it', 'error-registered-other-tenant');
        appAnswers('import fails with 808 ZtdDeviceAssignedToOtherTenant', 'error-registered-other-tenant');
        appAnswers('that username looks like it belongs to another organization', 'error-tenant-mismatch');
    });

    it('checks before going on site find the profile status; which ESP wins is not which deployment profile wins', () => {
        appAnswers('before starting a batch of 20 what do i verify in the portal', 'admin-profile-status');
        appAnswers('anything to confirm in intune before i drive out to the customer', 'admin-profile-status');
        appAnswers('how do i know the devices are ready before i start white glove', 'admin-profile-status');
        appAnswers('several ESP profiles target one device, which one applies', 'esp-targeting');
        appAnswers('esp profile priority how is it decided', 'esp-targeting');
        appAnswers('which deployment profile wins', 'admin-profile-priority');
    });

    it('a user missing when assigning is the licence card', () => {
        appAnswers('assign user search returns nothing for this person', 'error-assign-user-not-listed');
        appAnswers("can't find the user in select user when assigning the device", 'error-assign-user-not-listed');
        appAnswers('why cant i pick the user when assigning the device', 'error-assign-user-not-listed');
    });
});

describe('understanding: pasted names, screens by their title, the tool at hand (issue 9, set K classes)', () => {

    it('a CamelCase name only one or two entries use decides among them, whatever registry path or baseline stands beside it', () => {
        const named = (text: string) => expect(['error-policy-autologon', 'admin-policy-conflicts-list']).toContain((appUnderstanding.understand(text) as { entryId?: string }).entryId);
        named('a security baseline sets AutoAdminLogon to 0');
        named('HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon AutoAdminLogon=0 from our hardening GPO');
        named('our CIS policy writes autoadminlogon 0, does that matter for white glove');
        appAnswersOnAnyOs('PreferredAadTenantDomainName is set by policy, problem?', 'error-policy-autologon');
        appAnswersOnAnyOs('CloudAssignedTenantId is empty, what does that tell me', 'error-autopilot-disabled-registry');
    });

    it('a screen quoted by its title is where the technician is, unless they say it never came', () => {
        appAnswersOnAnyOs('did the 5x windows key thing, got "What would you like to do", which one', 'flow-options-screen');
        appAnswersOnAnyOs('hit the win key five times, now it asks what would you like to do. w10. pick?', 'flow-options-screen');
        appAnswersOnAnyOs('pressed win key 5 times but nothing happened, no what would you like to do screen', 'error-win-key-does-nothing');
        appAnswersOnAnyOs('what comes after what would you like to do', 'flow-config-screen');
    });

    it('the tool the technician already has open is how they look, not what they ask', () => {
        appAnswersOnAnyOs('where are the IME logs, I have shift f10 open', 'logs-ime');
        appAnswersOnAnyOs('opened a command prompt, how do I check the tpm', 'tip-check-tpm');
        appAnswersOnAnyOs('OOBE says no internet but ping works from shift f10', 'req-network-ncsi');
        appAnswersOnAnyOs('how do I open shift f10', 'tip-shift-f10');
        appAnswersOnAnyOs('what can I do in shift f10', 'tip-shift-f10');
    });

    it('what the user may do when an app fails is the setting; a report of a stuck ESP stays the stuck card', () => {
        appAnswersOnAnyOs('if an app fails can the user skip the ESP or is it blocked forever', 'esp-allow-use-on-error');
        appAnswersOnAnyOs('user stuck in account setup on windows 11, how does she open the diagnostics page', 'esp-log-collection');
        appAnswersOnAnyOs('esp stuck on apps 2 of 5 for an hour', 'error-esp-stuck');
        appDoesNotAnswer('the user is on the privacy screen during account setup, can we hide it', 'esp-log-collection');
    });

    it('the failure screen\'s buttons and the value of pre-provisioning', () => {
        appAnswersOnAnyOs('red screen, what buttons do I get', 'flow-failure');
        appAnswersOnAnyOs('what options are there on the failure screen', 'flow-failure');
        appAnswersOnAnyOs('why would a customer pay for white glove when the user can do autopilot themselves', 'overview-what-is');
        appAnswersOnAnyOs("what's the point of pre-provisioning if users can run autopilot themselves", 'overview-what-is');
    });
});

describe('understanding: a requirement with a negation is a setting question, not a fault (issue 9, set L classes)', () => {

    it('"must not", "shouldn\'t", "don\'t want" ask how to get it; a report of what happened stays a fault', () => {
        appAnswersOnAnyOs('users must not be local admins, which setting in the profile', 'admin-user-account-type');
        appAnswersOnAnyOs("we don't want users to see the privacy screen", 'userflow-privacy-screen');
        appAnswersOnAnyOs('user is admin but we set standard in the profile', 'error-user-is-local-admin');
        appAnswersOnAnyOs('the user should not be admin but he is', 'error-user-is-local-admin');
    });

    it('which ESP phases run at the bench and which at the user is the technician-flow ESP card', () => {
        appAnswersOnAnyOs("which parts of the ESP happen at our bench and which at the user's desk", 'flow-esp');
    });
});

describe('understanding: TPM, network and ESP situations (know7)', () => {
    const attestationCards = ['esp-device-preparation', 'error-securing-hardware-slow'];

    it('what "Securing your hardware" is doing, however long it sat there, is a card that says TPM attestation', () => {
        for (const text of [
            "it sat on securing hardware for a few minutes, what's it doing there",
            'securing your hardware for ten minutes, what is it actually doing?',
            'what is the device doing when it says securing your hardware',
            'the laptop is on securing your hardware for a while now, what is it checking'
        ]) {
            const understood = appUnderstanding.understand(text);
            expect(understood.kind).toBe('answer');
            expect(attestationCards).toContain(understood.kind === 'answer' ? understood.entryId : '');
        }
        for (const id of attestationCards) expect(`${getEntry(id)!.short} ${getEntry(id)!.details.join(' ')}`).toMatch(/TPM (?:key )?attestation/);
    });

    it('a phase asked what it is or does is a question of its own, not a follow-up; "and in device setup?" still is one', () => {
        expect(appUnderstanding.followUpFacets('what does registering your device for mobile management do')).toBeUndefined();
        expect(appUnderstanding.followUpFacets('what is securing your hardware for')).toBeUndefined();
        expect(appUnderstanding.followUpFacets('and in device setup?')).toMatchObject({ phase: ['deviceSetup'] });
        expect(appUnderstanding.followUpFacets('what about account setup')).toMatchObject({ phase: ['accountSetup'] });
        expect(appUnderstanding.followUpFacets('what is it in device setup', true)).toMatchObject({ phase: ['deviceSetup'] });
        expect(matchIntent('what does securing your hardware do', appUnderstanding)).toMatchObject({ kind: 'answer', entryId: 'esp-device-preparation' });
        expect(matchIntent('what does device setup do', appUnderstanding)).toMatchObject({ kind: 'answer', entryId: 'esp-device-setup' });
    });

    it('a long wait at the Intune line is the enrollment-settings card; a VM and a coded failure keep theirs', () => {
        appAnswers('registering your device for mobile management has been spinning forever', 'error-registering-mobile-management-stuck');
        appAnswers('why does it hang on registering your device for mobile management', 'error-registering-mobile-management-stuck');
        appAnswers('white glove never gets past registering for mobile management', 'error-registering-mobile-management-stuck');
        appAnswers('lab machine fails at preparing your device for mobile management', 'error-vm-preparing-mobile-management');
        expect(matchIntent('Registering your device for mobile management (Failed: 3, 0x801C03EA)', appUnderstanding)).toMatchObject({ kind: 'errorCode', code: '0x801C03EA' });
    });

    it('attestation failing after Reset is the known issue; what Reset does stays the Retry or Reset card', () => {
        appAnswers('esp failed, I hit reset, and now it fails at tpm attestation', 'error-attestation-after-reset');
        appAnswers('reset the device from the esp error and now attestation fails every time', 'error-attestation-after-reset');
        appAnswers('after reset on the red screen the second try fails securing hardware', 'error-attestation-after-reset');
        appAnswers('retry or reset?', 'flow-retry-reset');
    });

    it('the attestation hosts through a firewall are the TPM URL card, which names the wildcard; all Autopilot URLs stay the endpoints card', () => {
        appAnswers('what do I need to allow on the firewall for tpm attestation', 'req-tpm-endpoints');
        appAnswers('is there a wildcard for the attestation service', 'req-tpm-endpoints');
        appAnswers('attestation fails, which urls must be open', 'req-tpm-endpoints');
        expect(getEntry('req-tpm-endpoints')!.details.join(' ')).toContain('wildcard *.microsoftaik.azure.net');
        appAnswers('what urls and ports does autopilot need open', 'req-network-endpoints');
    });

    it('"no internet" on a working network is the NCSI card; Wi-Fi at the bench stays the network card', () => {
        appAnswers('windows shows no internet access on a working network during oobe', 'req-network-ncsi');
        appAnswers("device claims it's offline even though other pcs on the same switch are fine", 'req-network-ncsi');
        appAnswers('the no internet message shows at oobe though websites open fine', 'req-network-ncsi');
        appAnswers('is wifi ok for the technician flow', 'req-network');
    });

    it('a test account that cannot join more devices is the Entra device limit', () => {
        appAnswers('the test account we use for autopilot testing cant join any more devices', 'req-device-limits');
        appAnswers('technician account hit some limit on joined devices', 'req-device-limits');
        appAnswers('how many devices can one account join to entra before it stops', 'req-device-limits');
        expect(getEntry('req-device-limits')!.short).toMatch(/Maximum number of devices per user.*default 50/);
    });

    it('an ESP still showing after its profile was disabled or unassigned, and the ESP error text, have their cards', () => {
        appAnswers('we unassigned the esp from the group, why do people still get the status page at sign-in', 'esp-disable-profile');
        appAnswers('turned off the esp profile, still shows on machines already enrolled', 'esp-disable-profile');
        appAnswers('is it possible to customise the message users see when the esp fails', 'esp-custom-message');
        appAnswers('Show custom message when time limit or error occur: what goes in it', 'esp-custom-message');
        appAnswers('the esp timed out after 60 minutes', 'error-esp-timeout');
    });
});

describe('understanding: the user getting the device, a join failing after a clean-up (issue 9)', () => {

    it('"when they get it" is the moment the user flow starts, not only who is meant', () => {
        appAnswersOnAnyOs('what does the user do when they get the laptop from us', 'userflow-what-user-does');
        appAnswersOnAnyOs('what should I tell the staff to do when they receive it', 'userflow-what-user-does');
        appAnswersOnAnyOs('once she gets the device what does she see', 'userflow-what-user-does');
    });

    it('a device clean-up is housekeeping, unless a join fails since', () => {
        appAnswersOnAnyOs('someone ran a stale device cleanup in entra and now the join fails', 'error-entra-objects-cleaned-up');
        appDeclines('clean up stale devices in entra');
        appDeclines('how do I delete stale devices from entra');
    });
});

describe('scope: a phone number on the ESP error screen is its custom message; a Teams phone number is not ours', () => {
    it('answers the first, declines the second', () => {
        expect(appUnderstanding.understand('can the error page show our helpdesk phone number instead of the generic text')).toEqual({ kind: 'answer', entryId: 'esp-custom-message' });
        expect(appUnderstanding.understand('assign a phone number to a user in teams').kind).toBe('decline');
        expect(appUnderstanding.understand('how do I get a phone number for our new starter').kind).toBe('decline');
    });
});

describe('understanding: shorthand for the product, pasted registry names, device names, the local admin password (und6)', () => {
    it('"preprov" beside a neighbour\'s everyday words keeps the question ours; the neighbour alone is declined', () => {
        appAnswersOnAnyOs('user wants to finish the preprov at home', 'userflow-what-user-needs');
        appAnswersOnAnyOs('can I run the pre-prov tech flow on the guest wifi at home', 'req-network');
        expect(appUnderstanding.understand('company portal app fails during preprov').kind).not.toBe('decline');
        appDeclines('company portal wont open on my laptop');
        // "wg" is also WireGuard: beside a VPN it does not make the question ours.
        appDeclines('set up the wg vpn client');
    });

    it('a CamelCase name the knowledge writes is a deployment word; an everyday Windows word is not', () => {
        appAnswers('TenantMatched = 0', 'logs-registry');
        appAnswers('CloudAssignedTenantDomain is blank on this laptop', 'error-autopilot-disabled-registry');
        expect(knowledgeSearch.namesIdentifier!('where is TenantMatched')).toBe(true);
        expect(knowledgeSearch.namesIdentifier!('how do I update PowerShell')).toBe(false);
        expect(knowledgeSearch.namesIdentifier!('what is in ProgramData')).toBe(false);
    });

    it('a device name from an asset tag or the serial is the profile\'s name template; the restart and the save error keep theirs', () => {
        appAnswers('device name like the asset tag', 'admin-device-name-template');
        appAnswers('device naming template with asset tag', 'admin-device-name-template');
        appAnswers('can we name the pcs CONTOSO plus the serial', 'admin-device-name-template');
        appAnswers('why did the laptop reboot right after I hit provision', 'flow-device-rename-reboot');
        appAnswers('an error occurred while creating autopilot profile', 'error-profile-name-template');
        expect(getEntry('admin-device-name-template')!.short).toMatch(/%SERIAL%.*%RAND:6%/);
    });

    it('the local admin password is LAPS; local admin rights are the user account type', () => {
        appAnswers('where do I find the local admin password after preprov', 'userflow-laps');
        appAnswers('local admin password for a preprovisioned device', 'userflow-laps');
        appAnswers('will users have local admin after white glove', 'admin-user-account-type');
        appAnswers('will the user be local admin', 'admin-user-account-type');
    });
});

describe('understanding: a thing set against another, chat fillers in a follow-up, the report after a long run (und6)', () => {
    it('"a real laptop not a VM" does not pick the VM card; a VM named as the subject still does', () => {
        appAnswers('real laptop not a vm, stuck at preparing your device for mobile management', 'error-registering-mobile-management-stuck');
        appAnswers('test vm fails at preparing your device for mobile management', 'error-vm-preparing-mobile-management');
        appDoesNotAnswer('not the tpm step but the apps step fails', 'error-0x800705b4');
    });

    it('"tho", "btw" in a short follow-up are chat, not a new question', () => {
        expect(appUnderstanding.followUpFacets('for the end user tho, not me')).toEqual(expect.objectContaining({ audience: ['user'] }));
        expect(appUnderstanding.followUpFacets('what about win 11 btw')).toEqual(expect.objectContaining({ os: ['win11'] }));
        expect(appUnderstanding.followUpFacets('for the end user tho, what licence do they need')).toBeUndefined();
    });

    it('a deployment over an hour missing from the report is its known issue; a Retry kept as failed is the other one', () => {
        appAnswers('autopilot report doesnt show my device that took 2 hours', 'error-report-long-deployment');
        appAnswers('report still says failed after retry worked', 'error-report-failure-after-retry');
        appAnswers('where can i see how long provisioning took', 'tip-elapsed-time');
    });

    it('Windows Hello turned off for everyone is declined; the PIN prompt after pre-provisioning is answered', () => {
        appDeclines('how do i turn off windows hello on all pcs');
        appDeclines('disable windows hello for the whole company');
        appAnswers('can we turn off the hello pin prompt after preprov', 'userflow-windows-hello-pin');
    });
});

describe('understanding: a phone that scans the QR code, apps assigned as Available (und6)', () => {
    it('"on my phone" beside the QR code is the companion app; something else on a phone is declined', () => {
        appAnswers('does the qr code work with the intune app on my phone', 'tip-qr-companion-app');
        appAnswers('scan the qr on my phone to assign a user', 'tip-qr-companion-app');
        appDeclines('how do i install outlook on my phone');
    });

    it('an app assigned as Available is the "what installs" answer, which says only Required apps install', () => {
        appAnswers('app set as available in intune didnt install during preprov', 'overview-what-installs');
        expect(getEntry('overview-what-installs')!.details.join(' ')).toMatch(/Required.*Available/);
    });
});

describe('understanding: a bare follow-up that names a part of the last answer stays on it (und7)', () => {
    const tpmUrls = () => getEntry('req-tpm-endpoints')!;
    it.each(['ok and for the amd ones?', 'for amd?', 'amd ones?', 'ok and qualcomm?', 'the qualcomm ones', 'cool, and intel?'])(
        'after the TPM URLs, "%s" is the same card (its AMD/Qualcomm/Intel line), not an AMD error card',
        (text) => {
            expect(appUnderstanding.understand(text, tpmUrls())).toEqual({ kind: 'answer', entryId: 'req-tpm-endpoints' });
        }
    );

    it('without a topic, or naming something the last answer does not say, the question is read on its own', () => {
        expect(appUnderstanding.understand('amd ones?')).not.toEqual({ kind: 'answer', entryId: 'req-tpm-endpoints' });
        expect(appUnderstanding.understand('bitlocker?', tpmUrls())).not.toEqual({ kind: 'answer', entryId: 'req-tpm-endpoints' });
    });
});

describe('understanding: a question passed on is read as the question itself (und7)', () => {
    it.each([
        ['Dana (owner) asks: why is the first login still slow', 'userflow-esp'],
        ['the owner asks: why is the first sign-in still slow', 'userflow-esp'],
        ['my boss wants to know what does reseal do', 'flow-success-reseal'],
        ['Priya from finance asks, can i upload the device id myself with powershell', 'admin-register-devices-yourself']
    ])('"%s" answers %s', (text, id) => {
        appAnswers(text, id);
    });

    it('the frame is taken off only when someone passes the question on', () => {
        expect(withoutRelayedFrame('Dana (owner) asks: if we did the heavy stuff already, why does the first login still take a while')).toBe(
            'if we did the heavy stuff already, why does the first login still take a while'
        );
        expect(withoutRelayedFrame('My boss wants to know why it takes so long')).toBe('why it takes so long');
        expect(withoutRelayedFrame('question from our MD: do we need this')).toBe('do we need this');
        // The user and the device are people and things of the deployment; a product is no name.
        expect(withoutRelayedFrame('the user asks for a pin')).toBe('the user asks for a pin');
        expect(withoutRelayedFrame('Windows asks for a PIN after reseal')).toBe('Windows asks for a PIN after reseal');
    });

    it('a relayed question is declined or answered as it would be unrelayed', () => {
        appDeclines('my boss wants to know how many licences do we have left');
        expect(appUnderstanding.understand('Dana (owner) asks: if we did the heavy stuff already, why does the first login still take a while').kind).toBe('answer');
    });
});

describe('facets: device preparation is the technician\'s, a tenant\'s own names say nothing (und7)', () => {
    it('the first login is not answered with the securing-your-hardware card (device preparation does not run again)', () => {
        appAnswers('why is the first login still slow', 'userflow-esp');
    });

    it('a group named AP-Bench-Devices does not make the question the technician\'s', () => {
        expect(readFacets("does the group 'AP-Bench-Devices' go in the mdm user scope").audience).toEqual([]);
        appAnswers("does the group 'AP-Bench-Devices' go in the mdm user scope", 'step-1');
    });
});

describe('understanding: where the user works is no Windows edition (und7)', () => {
    it.each(['she works from home, will the laptop set up fine there', 'our staff work from home, does pre-provisioning still work', 'works from home, will she get the enrollment status page'])(
        '"%s" does not get the Home edition card',
        (text) => {
            appDoesNotAnswer(text, 'error-0x80180022');
            expect(appUnderstanding.understand(text).kind).toBe('answer');
        }
    );

    it('Windows Home as an edition still finds the edition answers', () => {
        expect(['req-windows-edition', 'error-0x80180022']).toContain((appUnderstanding.understand('the laptop is windows 11 home edition') as { entryId: string }).entryId);
    });
});

describe('understanding: asking about a screen is not reporting a fault (und7)', () => {
    it.each([
        ["what's the screen called after Windows key ×5", 'flow-options-screen'],
        ['whats the name of the screen after win key x5', 'flow-options-screen'],
        ["after hitting the windows key five times, what's that screen called", 'flow-options-screen'],
        ['on the options screen now, which one do I click', 'flow-options-screen'],
        ["what is 'Securing your hardware' actually doing", 'esp-device-preparation'],
        ['what exactly happens during account setup', 'esp-account-setup'],
        ['what is the green screen with the reseal button', 'flow-success-reseal']
    ])('"%s" answers %s', (text, id) => {
        appAnswersOnAnyOs(text, id);
    });

    it('the same screen with a failure reported is the fault card', () => {
        appAnswers('windows key five times does nothing', 'error-win-key-does-nothing');
    });
});

describe('understanding: knowledge classes of issue 9 (know9)', () => {
    it('"where do I make / build the profile (group)" reaches the step that creates it, and step 6 names Windows PC', () => {
        appAnswersOnAnyOs('where do i make the autopilot profile in intune', 'step-6');
        appAnswersOnAnyOs('where in intune do you set up the pre-provisioning profile', 'step-6');
        appAnswersOnAnyOs('which platform do i choose when making the deployment profile', 'step-6');
        appAnswersOnAnyOs('where do i make the device group for autopilot', 'step-4');
        expect(getEntry('step-6')!.details.join(' ')).toMatch(/Windows PC.*HoloLens/);
    });

    it('a motherboard, system board or TPM swap as the cause of a symptom reaches the new-hash entry', () => {
        appAnswersOnAnyOs('laptop came back with a new motherboard, now autopilot doesnt recognise it', 'req-hardware-change-new-hash');
        appAnswersOnAnyOs('system board was replaced under warranty and now it isnt recognised as an autopilot device', 'req-hardware-change-new-hash');
        appAnswersOnAnyOs('after the motherboard swap the profile isnt applying on windows 10', 'req-hardware-change-new-hash');
        // A status value named after the repair stays on the status card, which says the same fix.
        appAnswersOnAnyOs('new mainboard from dell repair, device shows attention required', 'error-profile-assignment-stuck');
        expect(getEntry('req-hardware-change-new-hash')!.short).toMatch(/deregister it, then register it again with the new hardware hash/);
    });

    it('after the technician flow the device is already enrolled and in Intune', () => {
        appAnswersOnAnyOs('after the technician flow is the device already in intune all devices', 'admin-registered-vs-enrolled');
        appAnswersOnAnyOs('after the tech part, does it show up in all devices', 'admin-registered-vs-enrolled');
        expect(getEntry('admin-registered-vs-enrolled')!.short).toMatch(/already Entra joined, enrolled/);
    });

    it('the wait before the user flow, the user apps, the pre-filled username and the first OOBE screen are said plainly', () => {
        expect(getEntry('userflow-wait-90-minutes')!.short).toMatch(/90 minutes.*token/);
        expect(getEntry('overview-what-installs')!.short).toMatch(/Account setup/);
        const step7 = getEntry('step-7')!;
        expect(step7.kind === 'step' && step7.pitfalls.join(' ')).toMatch(/pre-filled/);
        appAnswersOnAnyOs('will the users email already be in the box at sign in', 'step-7');
        expect(getEntry('flow-win-key')!.details.join(' ')).toMatch(/first OOBE screen.*before Next/);
    });

    it('a reboot right after the network connects, a profile fixed while at OOBE, a Microsoft account screen for the user', () => {
        appAnswersOnAnyOs('connected ethernet and it restarted before i could press the windows key', 'error-oobe-update-reboot');
        appAnswersOnAnyOs('after joining wifi it said installing updates and restarted', 'error-oobe-update-reboot');
        appAnswersOnAnyOs('i fixed the profile assignment in intune but the device is already at oobe, do i need to reimage', 'error-registered-after-oobe-started');
        appAnswersOnAnyOs('how do i make the device download the new profile without reimaging', 'error-registered-after-oobe-started');
        appAnswersOnAnyOs('after reseal the user gets asked for a microsoft account', 'error-entra-sign-in-missing');
    });

    it('the CSV rules Excel breaks, the time to Assigned, a device switched on again after Reseal', () => {
        const csv = getEntry('error-hash-import-fails')!;
        expect(csv.kind === 'error' && csv.fix.join(' ')).toMatch(/no extra columns, no quotation marks, and ANSI/);
        expect(getEntry('admin-profile-status')!.details.join(' ')).toMatch(/minutes to hours/);
        expect(getEntry('flow-after-reseal')!.details.join(' ')).toMatch(/by mistake\? Nothing is broken/);
    });
});

describe('knowledge facts from a second read set (know10)', () => {
    const shown = (id: string) => {
        const e = getEntry(id)!;
        return [e.title, e.short, ...e.details, ...(e.kind === 'error' ? [e.where, e.cause, ...e.fix] : [])].join(' ');
    };

    it('an ESP for a user group is not used in the technician flow: its timeout too; the device group ESP or the default (60) applies', () => {
        appAnswers('we set 120 minutes on the ESP for the user group but the technician run still fails at 60', 'error-esp-user-targeted-blocking-apps');
        appAnswers('our esp is assigned to all users, does the technician flow use it?', 'error-esp-user-targeted-blocking-apps');
        // Either card says the technician flow uses the device group's ESP, else the default one.
        const which = appUnderstanding.understand('which ESP does pre-provisioning use if mine targets users');
        expect(which.kind === 'answer' && ['esp-targeting', 'error-esp-user-targeted-blocking-apps'].includes(which.entryId)).toBe(true);
        appAnswers('can I assign the ESP to a user group for preprov', 'esp-targeting');
        expect(getEntry('error-esp-user-targeted-blocking-apps')!.short).toMatch(/timeout.*device group.*default ESP \(60 minutes\)/);
    });

    it('"Install Windows quality updates" says it depends on "Block device use" = Yes', () => {
        appAnswers('does install windows quality updates need block device use on?', 'esp-quality-updates');
        expect(getEntry('esp-quality-updates')!.short).toMatch(/Block device use until all apps and profiles are installed" = Yes/);
    });

    it('blocked services: Autopilot continues and apps still install from the cloud without DO peers; "DO" the verb is no service', () => {
        appAnswers('DO is blocked, will apps still install in the ESP?', 'req-network-optional-services');
        appAnswers('Windows Update is blocked, can Autopilot continue?', 'req-network-optional-services');
        appAnswers('our firewall blocks delivery optimization, problem for white glove?', 'req-network-optional-services');
        expect(getEntry('req-network-optional-services')!.short).toMatch(/continues.*still install.*cloud/);
        expect(knowledgeSearch.search('do blocked urls stop the esp')[0]?.entry.id).not.toBe('req-network-optional-services');
    });

    it('a user-group ESP card gives the priority rule in its fix, which the card shows', () => {
        const entry = getEntry('error-esp-user-targeted-blocking-apps')!;
        expect(entry.kind === 'error' && entry.fix.join(' ')).toMatch(/highest-priority/);
    });

    it('0x801C03F3 says how to recover: delete the Autopilot registration, re-import the hash', () => {
        expect(shown('error-0x801c03f3')).toMatch(/Autopilot registration/);
        expect(shown('error-0x801c03f3')).toMatch(/re-import its hardware hash/);
    });

    it('the configuration screen names Refresh on Windows 11 too, with a restart as the other way', () => {
        appAnswersOnAnyOs('device wasn\'t in the group yet when I got to the config screen on w11, now it is, what do I do', 'flow-config-screen');
        const entry = getEntry('flow-config-screen')!;
        expect(entry.os?.win11).toMatch(/Refresh/);
        expect(entry.details.join(' ')).not.toMatch(/Uncertain/);
        expect(entry.details.join(' ')).toMatch(/shutdown \/r \/t 0/);
        expect(shown('error-device-not-in-group-yet')).toMatch(/Refresh/);
    });

    it('readiness questions reach the requirements card, which names the user-driven profile, ESP, group, registration, TPM and network', () => {
        appAnswers('what must already work before we start pre-provisioning', 'req-overview');
        appAnswers('what has to be in place before we can start white glove', 'req-overview');
        const short = getEntry('req-overview')!.short;
        for (const fact of [/user-driven/, /Allow pre-provisioned deployment/, /ESP/, /device group/, /registered/, /TPM 2\.0/, /[Nn]etwork/]) expect(short).toMatch(fact);
    });

    it('the success screen lists what it shows (for a ticket screenshot) and Reseal', () => {
        appAnswersOnAnyOs('what info is on the success screen, I need to screenshot it for the ticket', 'flow-success-reseal');
        appAnswersOnAnyOs('provisioning finished, what does the completion screen list', 'flow-success-reseal');
        expect(getEntry('flow-success-reseal')!.short).toMatch(/organization name.*Autopilot profile.*assigned user.*elapsed time.*Reseal/);
    });

    it('the Shift+F10 card powers off as well as restarts', () => {
        appAnswers('shift f10 how do i power off the device from the command prompt', 'tip-shift-f10');
        // "Turn the PC off" with the device named between the words is switching it off too.
        appAnswers('how to turn the pc off at oobe', 'tip-shift-f10');
        appAnswers('someone turned the laptop off during device setup', 'flow-interrupted');
        expect(getEntry('tip-shift-f10')!.short).toMatch(/shutdown \/s \/t 0/);
    });

    it('reimaged to an older build: supported version, KB5015020, re-register only if gone or hardware changed', () => {
        const text = shown('error-profile-not-applied-kb5015020');
        expect(text).toMatch(/currently supported Windows version/);
        expect(text).toMatch(/re-register/);
    });

    describe('u2 classes: device lifecycle, settings by what they do, what installs when, requirements asked short', () => {
        it.each([
            // A device passed from a leaver to the next person: the admin's and the bench's question, no end user.
            ['the accountant left, can we white glove her old laptop again for her replacement', 'req-reuse-device'],
            ['giving last term\'s student laptops to a different class, pre-provision them again - what first?', 'req-reuse-device'],
            // A quoted Profile status value is its card's subject.
            ["two serials read 'Fix pending' in the autopilot list", 'error-profile-assignment-stuck'],
            // A setting's effect for the user is the admin's question.
            ['how do I turn on a reset option for the user when the ESP errors', 'esp-block-device-use'],
            // A setting's name with its modal changed quotes it.
            ["in our tenant users can't join devices to entra, does that matter for pre-provisioning", 'step-2'],
            // "My part" is the technician's share.
            ['which apps land during my part of white glove and which wait for the user', 'overview-what-installs']
        ])('"%s" → %s', (text, id) => appAnswers(text, id));

        it.each([
            'how many a1 licences for 250 students do we need',
            'hand out the visio licences to the new designers',
            'enable multi factor sign in for everyone with the authenticator app',
            'how do I reset a forgotten local admin pwd on an old desktop'
        ])('declines the neighbour "%s"', (text) => appDeclines(text));

        it('keeps ours what a neighbour\'s word stands beside: the TPM vendor URL for a firewall rule, a CSV imported, the failure screen text', () => {
            appAnswers('intel ek cert url for our firewall rule', 'req-tpm-endpoints');
            appAnswersOnAnyOs('hit import with the csv and nothing happened, it had been opened in excel', 'error-hash-import-fails');
            appAnswers('can we put our service desk number on the esp error text', 'esp-custom-message');
        });
    });
});

describe('understanding: a question with nothing of its own asks about the last answer, never declined (issue 9, class 6)', () => {
    const failure = () => getEntry('flow-failure')!;
    it.each(['why?', 'how come?', 'ok, why', 'where?', 'how long?', 'really?'])('after the failure screen, "%s" stays on it', (text) => {
        expect(appUnderstanding.understand(text, failure())).toEqual({ kind: 'answer', entryId: 'flow-failure' });
    });

    it.each(['what do the buttons do?', 'where are the logs?', 'what are the buttons for?'])('after the failure screen, "%s" names a part of it and stays on it', (text) => {
        expect(appUnderstanding.understand(text, failure())).toEqual({ kind: 'answer', entryId: 'flow-failure' });
    });

    it('without a topic a bare "why?" has nothing to lean on', () => {
        expect(appUnderstanding.understand('why?').kind).not.toBe('answer');
    });

    it('something else asked after an answer is still read on its own', () => {
        expect(appUnderstanding.understand('how do I make coffee?', failure()).kind).toBe('decline');
        expect(appUnderstanding.understand('lol', failure()).kind).not.toBe('answer');
    });
});

describe('understanding: a bare follow-up naming what a related entry says goes to that entry (issue 9, class 6)', () => {
    const checks = () => getEntry('error-tpm-attestation-checks')!;
    it.each(['and qualcomm?', 'ok and for amd?', 'intel ones?'])('after the attestation checks, "%s" is the TPM URLs card, which names each chip vendor', (text) => {
        expect(appUnderstanding.understand(text, checks())).toEqual({ kind: 'answer', entryId: 'req-tpm-endpoints' });
    });

    it('what the last answer itself names stays on it', () => {
        expect(appUnderstanding.understand('and event 208?', checks())).toEqual({ kind: 'answer', entryId: 'error-tpm-attestation-checks' });
    });
});
