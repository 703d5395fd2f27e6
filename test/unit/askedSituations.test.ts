import { matchIntent } from '../../src/bot/intents';
import { getEntry } from '../../src/knowledge';
import { outcome, understanding } from '../support/knowledge';

/** Issue 9, set Q's classes (und8): situations whose words belong to other cards, read as a whole. */
describe('the technician at the sign-in page: never signs in, the Windows key five times', () => {
    test.each([
        "i'm at the sign in page, do i sign in with my admin account?",
        'at the sign-in screen should i log in with my admin account or not',
        'do i log in as admin at the company sign in page for white glove',
        "it's asking me to sign in, should I use my own account",
        'the username is already filled in, do I still press the windows key',
        'sign in page shows the users email already, do i still hit windows key 5 times',
        'the login screen came up with the user name prefilled, what do i do as the tech',
        // Issue 9, sets X and Z: the sign-in page named as Entra's, the technician's own account, "instead of signing in".
        'laptop is sitting on the entra sign in page, do I type my tech account first or something else',
        'new surface sitting on the entra sign in page. how do i get it into pre-provisioning instead of signing in?'
    ])('"%s" answers the Windows key card, not the user account type', (text) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId: 'flow-win-key' });
    });

    it('the card it answers with says not to sign in', () => {
        expect(getEntry('flow-win-key')!.short).toMatch(/do not sign in/i);
    });

    test.each([
        ['the user is at the sign in page, should she sign in with her work account', 'flow-win-key'],
        ['sign in page says something went wrong when I sign in', 'flow-win-key'],
        ['should users be standard users or admins', 'admin-user-account-type']
    ])('the user signing in, a problem, or the account type itself: "%s" is not this situation', (text, notThis) => {
        const intent = matchIntent(text, understanding);
        if (notThis === 'flow-win-key') expect(intent).not.toMatchObject({ entryId: 'flow-win-key' });
        else expect(intent).toMatchObject({ kind: 'answer', entryId: notThis });
    });
});

describe("the end user's side after entering their password is the user flow", () => {
    test.each([
        'for the user, not me: what happens after he enters the password',
        'what happens after the user enters his password on the resealed laptop',
        'after the end user types their password what do they see',
        'user put in her password, what comes next',
        'once she signs in with her password what happens'
    ])('"%s" answers what the user does and sees (Device setup again, Account setup)', (text) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId: 'userflow-what-user-does' });
        expect(getEntry('userflow-what-user-does')!.short).toMatch(/Device setup again and Account setup/);
    });

    test.each([
        'user enters her password and gets blocked by conditional access',
        'after the user signs in the device is not compliant'
    ])('a problem after the password keeps its own card: "%s"', (text) => {
        expect(matchIntent(text, understanding)).not.toMatchObject({ entryId: 'userflow-what-user-does' });
    });
});

describe('a result screen asked about for a ticket or a screenshot is ours', () => {
    test.each([
        ['what info is on the success page, my colleague wants a screenshot for the ticket', 'flow-success-reseal'],
        ['can i take a screenshot of the red screen for the ticket', 'flow-failure']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    test.each(['how do i take a screenshot', 'raise a ticket for a broken screen'])('a screenshot or ticket as the subject stays declined: "%s"', (text) => {
        expect(outcome(text)).toBe('decline:general-it');
    });
});

describe("a follow-up that sees the error on another Windows stays on that error", () => {
    const topic = getEntry('error-0x81039023');
    test.each([
        ['we also see it on w10 22h2, same KB?', 'win10'],
        ['we see it on 22h2 too', undefined]
    ])('"%s" after 0x81039023 is 0x81039023 again', (text, os) => {
        const intent = matchIntent(text, understanding, topic);
        expect(intent).toMatchObject({ kind: 'answer', entryId: 'error-0x81039023' });
        if (os) expect(intent).toMatchObject({ os });
    });

    it('without an error before it, or naming nothing of it, the question is read on its own', () => {
        expect(matchIntent('which windows editions support preprov', understanding, topic)).toMatchObject({ kind: 'answer', entryId: 'req-windows-edition' });
        expect(matchIntent('we also see it on w10 22h2', understanding)).not.toMatchObject({ entryId: 'error-0x81039023' });
    });
});

/** Issue 9, set Z: the options screen described without its name, after "the key" pressed a bunch of times. */
describe('the options screen in plain words', () => {
    test.each([
        'older w10 laptop. it asked me to pick something after I hit the key a bunch of times. which option?',
        'hit the windows key five times on a w11 surface, got a list asking what I want to do. which one?'
    ])('"%s" answers the options screen', (text) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId: expect.stringMatching(/^flow-options/) });
    });
});

/** Issue 9, sets V, X and Z: facts several writers asked for in their own words. */
describe('facts asked in plain words find their card', () => {
    test.each([
        ['filtering the autopilot devices list in intune gives weird results', 'admin-devices-list-filter'],
        ['OOBE shows language region and keyboard all on one page now, looks like recovery mode', 'error-oobe-recovery-mode'],
        ['what text shows on an ESP failure if we never customised anything?', 'esp-custom-message'],
        ['bench network needs a web login before internet, will pre provisioning work', 'req-network-guest-wifi'],
        ['how many devices can go in one autopilot CSV, we have a branch refresh of six hundred', 'req-csv-limits'],
        // The technicians a setting is for are not who asks: the admin's setting card.
        ['which ESP setting gives techs a collect logs button when something fails?', 'esp-log-collection'],
        ['returned tablet was pre-provisioned last month. can I just run the windows key thing again?', 'req-reuse-device'],
        // A VPN app chosen as one the ESP waits for is the blocking-apps setting, not remote access.
        ['only want the EFB app and the VPN to block, not every app. how do I set that?', 'esp-blocking-apps'],
        // Set AA: the hash's sensitivity, a subscription asked for a licence.
        ['is the 4K hardware hash sensitive? who should be registering?', 'admin-hash-sensitive'],
        ['which subscriptions cover autopilot?', 'req-intune-licence'],
        // Sets Z, AA and AC: mixing MSI (LOB) and Win32 apps asked before it fails: the card on what installs says not to.
        ['is it fine to mix MSI LOB apps and win32 apps in the bench build?', 'overview-what-installs'],
        ["we've got win32 and MSI line of business apps both on the group. ok for pre-prov?", 'overview-what-installs'],
        // Sets Y, AB and AC: the clock wrong or set from OOBE, whatever phase is named beside it.
        ['clock on this refurb laptop is like 20 min off does that matter for pre-provisioning', 'error-clock-skew'],
        ['laptop clock is hours out on the bench, does it matter', 'error-clock-skew'],
        ['how do I fix the time from the setup screen without a desktop?', 'error-clock-skew'],
        // The user's network at home: Wi-Fi is fine, region and keyboard come first.
        ['user at home on wifi got asked country and keyboard first. Is that expected?', 'userflow-what-user-needs'],
        ['does the end user need a cable at home or is wifi fine', 'userflow-what-user-needs'],
        // The failure screen, asked what to do now: save the logs first.
        ['preprov failed with a red screen, what do i do now', 'flow-failure'],
        ['failure screen on the bench, how do I proceed?', 'flow-failure'],
        // Sets W, AA and AC: no user assigned, asked which apps install.
        ['no user assigned to this laptop. will user-assigned apps go on during tech flow?', 'overview-no-assigned-user'],
        ['no driver assigned to this laptop in intune. which apps it gets at the bench then?', 'overview-no-assigned-user'],
        // Set Y: a CSP partner's consent and delegated admin permissions.
        ['do we need dap on the customer tenant just for autopilot registration', 'admin-reseller-registration'],
        // Set AB: the QR code as a square barcode.
        ["There's a square barcode thing on the setup screen. What is it for, do I need to scan it with something?", 'tip-qr-companion-app'],
        // Sets AB and AC: a device done before, asked to go through the flow again; the flow just failed, run it again?
        ["We did this laptop last month and now it's going to a new caseworker. Can I just redo the Windows key thing?", 'req-reuse-device'],
        ['re-imaged a laptop after a failed bench run, can it go through pre-prov a second time', 'req-reuse-device'],
        ['pre-prov failed, can I run it again?', 'flow-retry-reset'],
        // ...but not an app's quoted error, nor whether it failed, nor the user's ESP running again.
        ["apps fail w/ 'Another installation is in progress, please try again later' during WG", 'error-another-installation'],
        ['during Device setup machine restarted on its own!! is it failed? shall i start again', 'error-oobe-update-reboot'],
        // Sets AB and AC: the end user meeting the ESP after the bench; not a password asked again after a reboot.
        ['Caseworker rang: she sees the progress screen again at home. Did my bench work fail?', 'userflow-esp'],
        ['laptop was done at the bench but the nurse still waited 20 min at first login, why', 'userflow-esp'],
        ['device rebooted in middle of ESP at user side and asking pasword again. normal?', 'userflow-credentials-after-reboot'],
        // Set AB: Autopilot in Graph.
        ['Graph endpoint to list our Autopilot registered devices?', 'admin-graph-autopilot'],
        ['Which Graph enrollmentType value marks an Entra join pre-provisioned deployment?', 'admin-graph-autopilot'],
        // Set AC: what a screen shows, asked for a checklist, is that screen.
        ['what info is on the pre-prov config screen, team wants a checklist to eyeball', 'flow-config-screen'],
        // Sets Y and AC: the hash sent from OOBE without a CSV.
        ['can I upload the HWID straight from oobe without saving a csv', 'admin-hash-existing-device']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it('the failing-import card gives the exact header, and "Identifying" says what the device is calculating', () => {
        const importCard = getEntry('error-hash-import-fails') as { fix: string[] };
        expect(importCard.fix.join(' ')).toContain('Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User');
        expect(getEntry('error-identifying-stuck')!.short).toMatch(/working out \(calculating\) which apps and policies/);
    });

    it('cards name what several writers asked for: Provision or Next, the deployment service, priority', () => {
        expect(getEntry('flow-config-screen')!.details.join(' ')).toMatch(/press Provision on Windows 10, press Next on Windows 11/);
        expect(getEntry('req-network-endpoints')!.short).toMatch(/deployment service.*ztd\.dds\.microsoft\.com/);
        expect(getEntry('esp-targeting')!.short).toMatch(/highest priority/);
        expect(getEntry('tip-technician-no-account')!.details.join(' ')).toMatch(/Do not sign in/);
    });

    it('how long profile assignment takes is said to vary', () => {
        for (const id of ['error-profile-assignment-stuck', 'error-device-not-in-group-yet']) {
            expect(getEntry(id)!.short).toMatch(/varies \(minutes to hours\)/);
        }
    });
});
