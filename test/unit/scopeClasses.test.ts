import { matchIntent } from '../../src/bot/intents';
import { getEntry } from '../../src/knowledge';
import { readFacets } from '../../src/knowledge/facets';
import { findSerials, findShortSerial } from '../../src/domain/identifiers';
import { withoutSetAside } from '../../src/knowledge/setAside';
import { outcome, understanding } from '../support/knowledge';

describe('the end user at home is the user flow, not general IT', () => {
    test.each([
        ['the user is at home, what will she see when she turns it on', 'userflow-what-user-does'],
        ['will the user get an mfa prompt the first time she signs in from home', 'userflow-sign-in'],
        ['she only has wifi at home, is that ok for the user part', 'userflow-what-user-needs'],
        ['why is the first login slow for the user at home when we did the bench part already', 'userflow-esp'],
        ['user at home got a local account screen instead of the company sign in', 'error-entra-sign-in-missing'],
        ['the user at home sees a screen asking for a network, what should she pick', 'userflow-what-user-needs'],
        ["user turned it on at home with no wifi and it's stuck on 'Let's connect you to a network'", 'userflow-what-user-needs'],
        ['user working from home on wifi, what screens she will get first', 'userflow-what-user-does'],
        ["she's working from home, will the laptop ask her to sign in with her work account", 'userflow-sign-in']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    test.each([
        'will my user at home be asked for mfa during setup',
        'user at home sees "let\'s set things up for work or school"',
        'new starter is remote, first sign-in at home takes ages'
    ])('"%s" is answered, not declined', (text) => {
        expect(understanding.understand(text).kind).toBe('answer');
    });

    test.each([
        ['how do I fix my home wifi', 'general-it'],
        ['my home router keeps dropping the connection', 'general-it'],
        ['can I work from home on my personal laptop', 'general-it'],
        ['user wants to print at home', 'general-it'],
        ['home network is slow for teams calls', 'general-it'],
        ['the vpn does not connect from home', 'vpn-and-remote-access'],
        ['user at home forgot her password', 'accounts-and-identity']
    ])('home as the subject, with no setup of the user\'s: "%s" is declined as %s', (text, topic) => {
        expect(outcome(text)).toBe(`decline:${topic}`);
    });
});

describe('a neighbour word that only says how or where does not make the question the neighbour\'s', () => {
    test.each([
        ['1641 on the printer driver app', 'error-app-reboot'],
        ['the printer driver app returns 3010', 'error-app-reboot'],
        ['printer driver package exit code 1603', 'error-win32-return-codes'],
        ['esp says the printer driver package failed, exit code 1618', 'error-win32-return-codes'],
        ['opened the hash csv in excel and saved it, now the import fails', 'error-hash-import-fails'],
        ['I fixed the user in Intune on my phone, do I restart the laptop?', 'flow-config-screen'],
        ['fixed the user assignment in intune on my phone, what now on the config screen', 'flow-config-screen'],
        ['laptop back from warranty repair shows attention required', 'error-profile-assignment-stuck'],
        ['after the warranty repair it says fix pending', 'error-profile-assignment-stuck']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    test.each([
        ['the printer driver will not install on my pc', 'windows-configuration'],
        ['how do i deploy a printer driver as a win32 app', 'windows-configuration'],
        ['push the Canon print driver to all users', 'windows-configuration'],
        ['excel crashes when opening large files', 'general-it'],
        ['warranty repair for a cracked screen', 'general-it'],
        ["my iphone won't sync mail", 'phones-and-macs']
    ])('the neighbour as the subject: "%s" is declined as %s', (text, topic) => {
        expect(outcome(text)).toBe(`decline:${topic}`);
    });

    it('an admin task done on a phone: the phone is where, not what', () => {
        expect(withoutSetAside('I fixed the user in Intune on my phone, do I restart the laptop?')).toBe(
            'I fixed the user in Intune , do I restart the laptop?'
        );
        expect(withoutSetAside('changed it in the portal from my iphone, does the laptop pick it up')).not.toMatch(/iphone/);
        // Without the admin tool before it, the phone stays the subject.
        expect(withoutSetAside('install teams on my phone')).toBe('install teams on my phone');
    });
});

describe('declines that were answered: licences, hardware, consumer setup, OEM tools, the device preparation policy', () => {
    test.each([
        ['can I move the windows oem licence from an old laptop to the new one', 'licensing-and-activation'],
        ['transfer our oem windows license to a replacement pc', 'licensing-and-activation'],
        ['we need to buy enterprise upgrades for 40 pro laptops', 'activation-and-upgrades'],
        ['where do we get windows enterprise upgrade licences', 'activation-and-upgrades'],
        ['the fan got really loud after the last update', 'general-it'],
        ['fan spins up like a jet engine after updating', 'general-it'],
        ['how do i skip the microsoft account screen on a windows 11 home laptop', 'windows-setup-outside-autopilot'],
        ['set up windows 11 home without a microsoft account', 'windows-setup-outside-autopilot'],
        ['bypass the microsoft account sign in on a consumer win11 home pc', 'windows-setup-outside-autopilot'],
        ['dell command update keeps popping up', 'oem-tools'],
        ['hp support assistant pops up on every login, how to stop it', 'oem-tools'],
        ['lenovo vantage keeps nagging the users', 'oem-tools'],
        ['supportassist pops up after the user signs in', 'oem-tools'],
        ['the device preparation intune policy shows only some apps during oobe', 'device-preparation'],
        ['which apps show in the device preparation page of the policy', 'device-preparation'],
        ['apps in the policy for device preparation, how many can I add', 'device-preparation'],
        ['device prep pol app list', 'device-preparation'],
        ['the app list in device preparation', 'device-preparation']
    ])('"%s" is declined as %s', (text, topic) => {
        expect(outcome(text)).toBe(`decline:${topic}`);
    });

    test.each([
        ['which windows edition and licence does pre-provisioning need', 'req-overview'],
        ['does pre-provisioning work on windows 11 home', 'req-windows-edition'],
        ['do I need enterprise for white glove', 'req-windows-edition'],
        ['can I skip the microsoft account screen during oobe with autopilot', 'admin-profile-oobe-settings'],
        ['dell command update reboots the laptop during the esp', 'error-app-reboot']
    ])('their deployment twins stay ours: "%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    test.each(['the fan is loud during the esp, is it normal', 'hp support assistant fails to install in the esp', 'stuck at device preparation on the ESP'])(
        '"%s" is answered',
        (text) => {
            expect(understanding.understand(text).kind).toBe('answer');
        }
    );
});

describe('the serial rule: quantities, ranges and pasted log ids are no devices', () => {
    test.each([
        'can one account join up-to-10 devices',
        'is it one-to-one, one user per device',
        'the 24-hour window for the technician flow, does it matter',
        'we have 5-to-10 laptops a day to white glove',
        'is there a 30-min limit on the esp',
        'our first-time setup takes 90-120 min',
        'is a 4-digit pin ok',
        'how is the 48-hour reseal deadline counted',
        'the log says policy with id: 5d1f... failed',
        'AppId 3fa2… shows error in the ime log',
        'ime log: app 7c9e... failed with 0x87d1041c',
        'policy id 5d1f4a2c-... failed in the esp'
    ])('"%s" names no device, not even a piece of one', (text) => {
        expect(findSerials(text)).toEqual([]);
        expect(findShortSerial(text)).toBeUndefined();
        expect(['status', 'serialTooShort']).not.toContain(matchIntent(text, understanding).kind);
    });

    test.each([
        ['how is HX-77821 doing', 'HX-77821'],
        ['is ABC-00917 stuck?', 'ABC-00917'],
        ['status PF3XYZ12', 'PF3XYZ12'],
        ['any news on 5CG2301XYZ', '5CG2301XYZ'],
        ['is AB-CDE-1234 done', 'AB-CDE-1234'],
        ['any news on PF3XYZ12...', 'PF3XYZ12']
    ])('real serials stay devices: "%s" looks up %s', (text, serial) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'status', serial });
    });

    it('a cut-off serial in capitals is still answered "too short"', () => {
        expect(findShortSerial('how is 5CD3 doing')).toBe('5CD3');
        expect(findShortSerial('status 5CD3...')).toBe('5CD3');
    });
});

describe('adjacent work declined with where to go: imaging, Windows support dates, licence counts, travel, ConfigMgr, exports, GPO enrollment, Autopilot Reset, packaging', () => {
    test.each([
        ['how do I make a bootable usb to reinstall windows 11', 'windows-setup-outside-autopilot'],
        ['need to reimage a few laptops from a usb stick with the windows iso', 'windows-setup-outside-autopilot'],
        ['where do I download the windows 11 iso', 'windows-setup-outside-autopilot'],
        ['create windows install media for our techs', 'windows-setup-outside-autopilot'],
        ['whats the best way to wipe and reinstall windows from usb', 'windows-setup-outside-autopilot'],
        ['when does windows 10 support end', 'windows-lifecycle'],
        ['windows 10 end of support, what happens to our laptops after october 2025', 'windows-lifecycle'],
        ['is windows 10 still supported', 'windows-lifecycle'],
        ['do we need to pay for windows 10 extended security updates', 'windows-lifecycle'],
        ['our w10 machines go out of support soon what do we do', 'windows-lifecycle'],
        ['how many licences do we have left', 'other-admin-features'],
        ['how many intune licenses are still free in our tenant', 'other-admin-features'],
        ['licence count for e5', 'other-admin-features'],
        ['user is travelling abroad and conditional access blocks her sign in', 'accounts-and-identity'],
        ['can staff sign in from abroad, ca policy keeps blocking', 'accounts-and-identity'],
        ['sign in blocked while abroad', 'accounts-and-identity'],
        ['how do I see hardware inventory in configmgr', 'other-intune-features'],
        ['collect hardware inventory of the fleet', 'other-intune-features'],
        ['configmgr client not installing on new laptops', 'other-intune-features'],
        ['export the device list from intune to csv', 'other-admin-features'],
        ['download a list of all managed devices as csv', 'other-admin-features'],
        ['how do I get a csv of all our intune devices', 'other-admin-features'],
        ['enroll devices with a gpo', 'other-intune-features'],
        ['auto enrollment through group policy for domain joined pcs', 'other-intune-features'],
        ['can we enroll existing pcs in intune via gpo', 'other-intune-features'],
        ['autopilot reset a laptop that a user already has', 'autopilot-reset'],
        ['how do I run autopilot reset on a device in use', 'autopilot-reset'],
        ['use autopilot reset to hand a laptop to a new starter', 'autopilot-reset'],
        ['autopilot reset ran into trouble, recovery environment not found', 'autopilot-reset'],
        ['package an exe as a win32 app', 'other-intune-features'],
        ['how do I wrap an msi into intunewin', 'other-intune-features']
    ])('"%s" is declined as %s', (text, topic) => {
        expect(outcome(text)).toBe(`decline:${topic}`);
    });

    test.each([
        'on windows 11 what does the end user click after typing their password',
        'reimaged the laptop with a usb and now the hash is different, do I need to reimport',
        'reinstalled windows from usb, do I need to upload the hash again',
        'can I pre-provision a windows 10 device',
        'does white glove work on w10',
        'does the device need an intune licence for pre-provisioning',
        'the esp shows the configmgr client failing to install',
        'group policy and mdm policy conflict during pre-provisioning, which wins',
        'gpo breaks the esp',
        'export the hardware hashes to csv for import',
        'conditional access blocks the enrollment at oobe',
        'reset on the red screen says autopilot reset ran into trouble',
        'reset on the red screen, will it start again'
    ])('its deployment twin stays ours: "%s" is answered', (text) => {
        expect(understanding.understand(text).kind).toBe('answer');
    });

    it('the Autopilot Reset decline says it is a different Autopilot feature', () => {
        const intent = matchIntent('use autopilot reset to hand a laptop to a new starter', understanding);
        expect(intent.kind === 'outOfScope' && intent.topic?.redirect).toMatch(/different Autopilot feature/);
    });
});

describe('the end user at home asking what she meets before sign-in (region, keyboard, network) is the user flow', () => {
    test.each([
        ['the user is at home on wifi, what screens will she see before sign-in', 'userflow-what-user-does'],
        ['she is at home, which screens come before the work sign in', 'userflow-what-user-does'],
        ['remote user on home wifi, does she get the network page', 'userflow-what-user-needs']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    test.each([
        "she'll be on her home wifi, will it ask her for region and keyboard",
        'user at home: does she have to pick a network first before signing in',
        'home user, will she get the language and keyboard screens'
    ])('"%s" is answered, not declined', (text) => {
        expect(understanding.understand(text).kind).toBe('answer');
    });

    test.each([
        ['home wifi password for the user', 'general-it'],
        ['user at home has no internet', 'general-it'],
        ["user's home router blocks something, how to configure it", 'general-it']
    ])('her home network as the subject: "%s" is declined as %s', (text, topic) => {
        expect(outcome(text)).toBe(`decline:${topic}`);
    });
});

describe("an installer's exit code with an app named as a detail is the app's result, not the app's product", () => {
    test.each([
        ['and 1641? seeing that on the printer driver app', 'error-app-reboot'],
        ['3010 on the vpn client app, is that bad', 'error-app-reboot'],
        ['the scanner driver app gives 1603', 'error-win32-return-codes'],
        ['getting 1618 on the adobe reader app during esp', 'error-another-installation'],
        ['installer returned 1618 on the citrix workspace app', 'error-win32-return-codes']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    test.each([
        ['the vpn does not connect from home', 'vpn-and-remote-access'],
        ['push the Canon print driver to all users', 'windows-configuration']
    ])('without a code the product is the subject: "%s" is declined as %s', (text, topic) => {
        expect(outcome(text)).toBe(`decline:${topic}`);
    });
});

describe('a screenshot of the technician flow\'s result screen is the deployment, not general IT (know10)', () => {
    test.each([
        ['what info is on the success screen, I need to screenshot it for the ticket', 'flow-success-reseal'],
        ['what should be in the screenshot of the green screen', 'flow-success-reseal']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    test.each(['how do I take a screenshot', 'screenshot tool is missing on my pc'])('"%s" is still general IT', (text) => {
        expect(outcome(text)).toBe('decline:general-it');
    });
});

describe('more neighbours declined: Delivery Optimization, kiosks with assigned access, MDM vs MAM, USB blocking, driver updates, identity sync', () => {
    test.each([
        ['how do I configure delivery optimization for our office', 'other-intune-features'],
        ['set up a kiosk with assigned access for the reception pc', 'other-autopilot-modes'],
        ['mdm vs mam which one for byod', 'other-intune-features'],
        ['how to block usb storage with intune', 'other-intune-features'],
        ['driver update policy in intune, how do I approve drivers', 'other-intune-features'],
        ['enable password writeback', 'accounts-and-identity']
    ])('"%s" is declined as %s', (text, topic) => {
        expect(outcome(text)).toBe(`decline:${topic}`);
    });

    test.each([
        'delivery optimization makes the esp slow',
        'the kiosk profile fails during the esp',
        'how many devices can a user enroll',
        'windows update reboots the laptop during pre-provisioning',
        'usb is blocked so I cannot copy the logs off the laptop'
    ])('its deployment twin stays ours: "%s" is not declined', (text) => {
        expect(understanding.understand(text).kind).not.toBe('decline');
    });
});

describe('neighbours from a fresh round of probes: servers, SSO for other apps, phishing, fleet app removal, Windows Backup, BitLocker rollout, battery life', () => {
    test.each([
        ['how do I join a windows server 2022 to entra', 'linux-and-other-systems'],
        ['how do I set up sso for salesforce in entra', 'accounts-and-identity'],
        ['our tenant got a phishing email, what do we do', 'general-it'],
        ['how to uninstall an app from all laptops via intune', 'other-intune-features'],
        ['how do I set up windows backup for organizations', 'other-intune-features'],
        ['how to enable bitlocker on existing laptops through intune', 'other-intune-features'],
        ['how long does a laptop battery last', 'general-it']
    ])('"%s" is declined as %s', (text, topic) => {
        expect(outcome(text)).toBe(`decline:${topic}`);
    });

    test.each([
        'bitlocker didnt turn on after pre-provisioning',
        'the vpn profile fails during the esp',
        'teams installer fails in the esp',
        'the proxy on our windows server blocks the tpm urls',
        'the battery died during the esp, do I start over'
    ])('its deployment twin stays ours: "%s" is not declined', (text) => {
        expect(understanding.understand(text).kind).not.toBe('decline');
    });
});

test('a device sent on to its user is a deployment question, not declined: "he works from home most days, can we ship it to him directly"', () => {
    expect(understanding.understand('he works from home most days, can we ship it to him directly').kind).not.toBe('decline');
});

/**
 * A family of neighbours declined as their topic, each beside deployment twins of the same words that stay ours.
 */
function neighbours(title: string, declined: [string, string][], twins: string[]): void {
    describe(title, () => {
        test.each(declined)('"%s" is declined as %s', (text, topic) => {
            expect(outcome(text)).toBe(`decline:${topic}`);
        });
        test.each(twins)('its deployment twin stays ours: "%s" is not declined', (text) => {
            expect(understanding.understand(text).kind).not.toBe('decline');
        });
    });
}

neighbours(
    'everyday neighbours of a technician: moving a person\'s files, directory housekeeping, W10 → W11 as a range, software for oneself, writing mail, FileVault, ADMX and browser policies, BIOS updates, domain join',
    [
        ['how to backup user files before reimaging manually with usmt', 'windows-setup-outside-autopilot'],
        ['how do I restore a deleted user in entra', 'accounts-and-identity'],
        ["powershell script to list all ad users who haven't logged in for 90 days", 'accounts-and-identity'],
        ['how do I upgrade windows 10 to 11 in place on existing fleet', 'activation-and-upgrades'],
        ['how do i install python on my work laptop', 'general-it'],
        ['can you help me write an email to my manager', 'chit-chat'],
        ['mac filevault escrow to intune not working', 'phones-and-macs'],
        ['chrome browser policies via intune admx ingestion', 'other-intune-features'],
        ['dell bios update via command line silent switches', 'oem-tools'],
        ['how do i join a pc to the on-prem domain manually', 'hybrid-join']
    ],
    [
        'do I need to update the bios before pre-provisioning',
        'tpm attestation fails on dell, do i need a bios update',
        'can the technician install apps on the laptop during the tech flow',
        'how do I get the hardware hash from my laptop',
        'we upgrade win 10 to 11 first then wg, does the hash change',
        'migrate user data to the new pre-provisioned laptop, when is the right moment',
        'the assigned user was deleted in entra, can i still pre-provision',
        'chrome is a required app, does it install in device setup'
    ]
);

neighbours(
    'more everyday neighbours: devices with Autopilot scenarios of their own, Apple tokens, clean-up rules, Azure, budgets, ordering things, offboarding, local networking',
    [
        ['hololens 2 autopilot enrollment steps', 'other-autopilot-modes'],
        ['apple vpp token renewal in intune', 'phones-and-macs'],
        ['device cleanup rules in intune, how to configure', 'other-intune-features'],
        ['how to create an azure vm for testing', 'other-admin-features'],
        ['budget approval for 50 new laptops', 'purchasing'],
        ['can you order me a new keyboard', 'desk-requests'],
        ['staff member left, how do i offboard them properly', 'accounts-and-identity'],
        ['dns not resolving internal names on some laptops', 'general-it']
    ],
    [
        'where do i create the deployment profile, windows pc or hololens?',
        'we ordered 50 laptops, how do i get them registered in autopilot',
        "a leaver's laptop needs to be redone for the next person, what first",
        'dns blocks ztd.dds.microsoft.com at the bench',
        'the device cleanup deleted our autopilot objects and now join fails',
        'vpp apps assigned to devices, do they install in device setup'
    ]
);

neighbours(
    'Windows on a PC already in use, and Microsoft 365 administration, are neighbours',
    [
        ['start menu not opening on windows 11', 'general-it'],
        ['change the display language to french on my pc', 'general-it'],
        ['my laptop screen is upside down', 'general-it'],
        ['how to connect two monitors to a laptop', 'general-it'],
        ['disk is full on c drive, what can i delete', 'general-it'],
        ['turn on hyper-v role on my laptop', 'general-it'],
        ['how to check warranty status of a dell laptop', 'general-it'],
        ['install visio on a users pc', 'general-it'],
        ['how to set up dkim and dmarc for our domain', 'other-admin-features'],
        ['sensitivity labels not showing in word', 'other-admin-features']
    ],
    [
        'the board was replaced under warranty and now the profile does not apply',
        "where's the start button on the configuration screen on w10",
        'is a phone hotspot ok for the technician flow',
        'win32 app requirement for free disk space not met during the esp',
        'which keyboard layout screen shows at oobe before the sign-in page'
    ]
);

neighbours(
    'Power Platform and Dynamics, coding help, certifications, opinions on makes and Windows versions',
    [
        ['power automate flow fails to send email', 'other-admin-features'],
        ['dynamics 365 sales licence question', 'other-admin-features'],
        ['python script to call graph api', 'desk-requests'],
        ['is windows 11 better than windows 10', 'desk-requests'],
        ['which is better, dell or hp laptops', 'desk-requests'],
        ['how do i become an intune admin, any certifications', 'desk-requests']
    ],
    [
        'is it better to have the OEM register the devices or upload the csv ourselves',
        'regex for the dynamic device group rule on group tag',
        'our power went out during device setup',
        'is pre-provisioning better on windows 11 than 10'
    ]
);

neighbours(
    'managing enrolled devices long after setup is Intune work, not pre-provisioning',
    [
        ['device shows non-compliant in intune weeks later, why', 'other-intune-features'],
        ['feature update to 24h2 for enrolled devices', 'other-intune-features'],
        ['how do i push a registry key with intune to all devices', 'other-intune-features'],
        ['how to see which apps are installed on enrolled laptops', 'other-intune-features'],
        ['how to retire a device that was lost', 'intune-remote-actions'],
        ['firewall policy in intune endpoint security', 'other-admin-features']
    ],
    [
        'a feature update ran during device setup and the esp failed',
        'the laptop was stolen before the user got it, what happens to its autopilot registration',
        'set a registry key during the esp on all devices',
        'device non-compliant right after the user signs in'
    ]
);

neighbours(
    'the network behind the desk, servers and backups, scripting, incidents, facilities, school tools, other MDMs, support cases and exams, repairs',
    [
        ['set up nps so wired 802.1x authenticates our laptops', 'network-access-and-pki'],
        ['ndes server keeps throwing errors on the connector', 'network-access-and-pki'],
        ['conditional forwarder for the partner domain not working', 'network-access-and-pki'],
        ['fslogix profiles not mounting on the session hosts', 'servers-and-virtualisation'],
        ['veeam job on the file server failed overnight', 'servers-and-virtualisation'],
        ['how do I loop over each row of a csv with powershell', 'scripting-help'],
        ['need a regular expression that matches uk postcodes', 'scripting-help'],
        ['someone in finance clicked a link in a dodgy mail, who handles the security incident', 'security-incidents'],
        ['my keycard wont open the 3rd floor', 'facilities-and-hr'],
        ['school data sync not creating the class teams', 'education-tools'],
        ['remove the airwatch agent from old windows machines', 'other-device-management'],
        ['where do i log a premier support ticket with microsoft', 'support-cases-and-training'],
        ['tips for passing the md-102 exam', 'support-cases-and-training'],
        ['how does the rma work for a laptop with a dead screen', 'hardware-returns']
    ],
    [
        'the bench network uses 802.1x, will pre-provisioning get through',
        'nps rejects the laptop at oobe before the tech flow',
        'which dns server do laptops need during white glove',
        'laptop back from rma with a new motherboard, do i re-import the hash',
        'powershell loop to collect hardware hashes from 20 laptops',
        'moving from airwatch to autopilot pre-provisioning, where do i start',
        'school laptops for the new term: white glove them before the class starts?'
    ]
);

neighbours(
    'Intune chores on devices long in use, and a user\'s daily sign-in troubles',
    [
        ['pc thats been enrolled for a year shows noncompliant all of a sudden', 'other-intune-features'],
        ['gpo not applying on a few desktops in the office', 'other-intune-features'],
        ['pkcs certificates expiring next month on the laptops', 'other-intune-features'],
        ['give the helpdesk an intune role that can only sync devices', 'intune-roles'],
        ['applocker rules to stop people running portable apps', 'other-intune-features'],
        ['app supersedence to replace old 7zip on user machines', 'other-intune-features'],
        ['her authenticator notifications stopped coming through', 'accounts-and-identity'],
        ['windows hello pin not working since monday for one user', 'accounts-and-identity']
    ],
    [
        'laptop in use for two years, wiped it, now white glove fails',
        'applocker policy restarts the device during the esp',
        'scep certificate never arrives during device setup',
        'mfa prompt during account setup never shows',
        'does the hello pin prompt come after reseal when the user signs in'
    ]
);

neighbours(
    'a helpdesk\'s other daily asks: BitLocker keys of machines in use, Hello face sign-in, group owners, OneNote and webinars, Sentinel, learning Intune, ITSM process',
    [
        ['how can the service desk look up bitlocker keys for staff laptops', 'desk-requests'],
        ['windows hello face stopped recognising him', 'accounts-and-identity'],
        ['make her owner of the group in entra', 'accounts-and-identity'],
        ['onenote wont open shared section', 'general-it'],
        ['sentinel alert rule for failed sign ins', 'security-incidents'],
        ['good course to learn intune from scratch', 'support-cases-and-training'],
        ['what goes to the change advisory board this week', 'desk-requests']
    ],
    [
        'bitlocker key not escrowed after white glove',
        'hello face setup prompt after reseal on the pre-provisioned laptop',
        'onenote fails to install during device setup in white glove'
    ]
);

test('the screen gone red is the failure screen, never small talk: "it went red" is not declined', () => {
    expect(understanding.understand('it went red').kind).not.toBe('decline');
    expect(understanding.understand('turned red after device setup').kind).not.toBe('decline');
});

neighbours(
    'a neighbour named as the thing to build or fix: Conditional Access, app packaging, kiosks, device preparation, hybrid join and its connector',
    [
        ['how do I set up conditional access to block non-compliant laptops', 'conditional-access'],
        ['create a conditional access policy for compliant devices only', 'other-admin-features'],
        ['require compliant devices with conditional access for all users', 'conditional-access'],
        ['how do I package an app as MSIX', 'app-packaging'],
        ['msix package signing certificate, how do I make one', 'app-packaging'],
        ['whats the best tool to repackage our apps as msix', 'app-packaging'],
        ['how do I build a kiosk for the lobby screens', 'other-autopilot-modes'],
        ['turn the reception pc into a kiosk', 'other-autopilot-modes'],
        ['how do I configure device preparation', 'device-preparation'],
        ['which should we use going forward, device prep or preprov', 'device-preparation'],
        ['is device preparation replacing pre-provisioning', 'device-preparation'],
        ['our hybrid join (HAADJ) devices with ODJ keep failing', 'hybrid-join'],
        ['the Intune Connector for AD is offline', 'hybrid-join'],
        ['ODJ blob never arrives on the HAADJ laptop', 'hybrid-join'],
        ['domain join profile fails', 'hybrid-join'],
        // Trouble on a device that is hybrid joined is hybrid's, whatever phase is named.
        ['esp stuck on a hybrid joined laptop at the school waiting for the dc', 'hybrid-join'],
        ['the hybrid joined device fails at the ESP', 'hybrid-join'],
        ['set up CA so only compliant laptops can reach email', 'conditional-access'],
        ["what's the best way to package an app for intune", 'app-packaging']
    ],
    [
        'device blocked by CA right after the user signs in',
        'conditional access blocks enrollment during the esp',
        'MSIX app fails with 0x80073CFF during the ESP',
        "msix app won't install during device setup",
        'kiosk vs pre-provisioning, can I pre-provision a kiosk',
        'can we pre-provision the kiosk devices too',
        'device preparation phase stuck on securing hardware',
        'is hybrid join covered?',
        'does this bot cover hybrid join',
        'is hybrid join supported by this bot',
        'does pre-provisioning work on a hybrid joined laptop?'
    ]
);

test('whether the bot covers hybrid join is answered by the boundary card, not declined', () => {
    expect(matchIntent('is hybrid join covered?', understanding)).toMatchObject({ kind: 'answer', entryId: 'overview-hybrid-boundary' });
    expect(matchIntent('do you do hybrid?', understanding)).toMatchObject({ kind: 'answer', entryId: 'overview-hybrid-boundary' });
});

neighbours(
    'the first screen the end user meets at home is the user flow, not home networking',
    [['how do I fix my home wifi', 'general-it']],
    ["the user is at home on wifi, what's the first screen she gets", 'what screen will she see first at home']
);

describe('neighbours named by a product or a board, whatever deployment word their name holds', () => {
    test.each([
        ['how do i flash firmware on the ESP32 board for the site sensors', 'embedded-boards'],
        ['arduino for the gate sensors will not upload', 'embedded-boards'],
        ['autocad says license error after login', 'general-it'],
        ['the CAD software shows a licence expired message on the site laptop', 'licensing-and-activation'],
        ['ServiceNow: how to change assignment group on a ticket?', 'general-it'],
        ['HR portal not opening, how to check my leave balance', 'facilities-and-hr']
    ])('"%s" is declined as %s', (text, topic) => {
        expect(outcome(text)).toBe(`decline:${topic}`);
    });

    test.each(['the esp is stuck on apps', 'licence error for the user in intune at enrollment', 'which licences does pre-provisioning need', 'NTP blocked on the bench vlan, any issue?', '%RAND:x% what is x'])(
        '"%s" stays ours',
        (text) => {
            expect(outcome(text)).not.toMatch(/^decline/);
        }
    );
});

describe('who may register Autopilot devices is ours; Intune roles for anything else are not', () => {
    it.each([
        'custom RBAC role so branch IT can import hashes but nothing else, which permissions',
        'besides global admin, which built in intune role can register autopilot devices',
        'what do scope tags on the ESP profile restrict'
    ])('"%s" is answered by the roles card', (text) => {
        expect(understanding.understand(text)).toEqual({ kind: 'answer', entryId: 'admin-autopilot-roles' });
    });

    it.each(['how do I create a custom rbac role for the helpdesk', 'what are scope tags in intune'])('"%s" is declined as Intune roles', (text) => {
        expect(outcome(text)).toBe('decline:intune-roles');
    });
});

/**
 * Issue 9, sets X, Z and AA: near misses declined as their neighbour (a device in service, hybrid join's own work, a
 * ticket in the ticketing tool, people enrolled in a business system, a QR code elsewhere, our words in other trades); their
 * deployment twins stay ours, and hybrid's boundary card still answers whether and which.
 */
describe('near misses from sets X, Z and AA are declined as their neighbour, their twins stay ours', () => {
    it.each([
        ['TPM keeps asking for the bitlocker recovery key on a pilot laptop in service for months', 'decline:general-it'],
        ["clearing the TPM in firmware on a laptop that's in daily crew use", 'decline:general-it'],
        ['wifi at gate 5 keeps dropping on laptops already in service', 'decline:general-it'],
        ['user profile on the shared gate PC is corrupted, logs in with a temp profile', 'decline:general-it'],
        ['change the teams profile picture for the crew ops channel', 'decline:general-it'],
        ['open a ServiceNow ticket for the failed pre provisioning at branch twelve', 'decline:ticketing-tool'],
        ['how do I raise a ServiceNow ticket for a failed autopilot laptop?', 'decline:ticketing-tool'],
        ['enrolment of new cabin crew into the training LMS courses', 'decline:general-it'],
        ['provisioning accounts for new hires in the crew scheduling system', 'decline:general-it'],
        ['new teller enrolment in the payroll system starts monday, how do I add her', 'decline:general-it'],
        ["QR code on the branch printer config page won't scan with my phone", 'decline:general-it'],
        ["QR code boarding pass scanner at gate 12 isn't reading passes", 'decline:general-it'],
        ['provision new operator accounts in the DCS for the night shift', 'decline:general-it'],
        ['provisioning a new well tag in the SCADA historian', 'decline:general-it'],
        ['setting up the domain join profile and OU for hybrid pre-provisioning', 'decline:hybrid-join'],
        ['pre-provisioning hybrid joined laptops for the ops centre, the intune connector for AD keeps going inactive', 'decline:hybrid-join'],
        ['ESP pump on platform B keeps tripping on overload, what should we check?', 'decline:other-meanings'],
        ["autopilot on the supply vessel's DP system disengaged, who do I call?", 'decline:other-meanings'],
        ['we want to pre-provision laptops already in service again', 'answer'],
        ['ESP stuck on apps', 'answer'],
        ['the ESP on the rig laptop hangs at identifying', 'answer'],
        ['event 153 state change - what should it say when all is good?', 'answer']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });

    it.each([
        'scan the QR code on the config screen with the companion app',
        'the QR code on the result screen, what is it for',
        'enroll the laptops into intune',
        'escalate to helpdesk'
    ])('"%s" stays ours', (text) => {
        expect(outcome(text)).not.toMatch(/^decline/);
    });

    it.each([
        'new laptops: hybrid or entra join, what does MS recommend',
        'hybrid: does our bench need line of sight to a DC for the tech part',
        'does hybrid join work with pre-provisioning'
    ])('"%s" gets the boundary card', (text) => {
        expect(understanding.understand(text)).toEqual({ kind: 'answer', entryId: 'overview-hybrid-boundary' });
    });
});

/**
 * Issue 9, sets Y, AB and AC (seventh session): the organisation's own systems and equipment declined as their
 * neighbour, a walkthrough of something else declined as that thing's; their deployment twins stay ours.
 */
describe('near misses from sets Y, AB and AC are declined as their neighbour, their twins stay ours', () => {
    it.each([
        // Sets Y, AB and AC: the organisation's own systems and equipment, a keyboard to swap, a server's TPM, a recovery
        // key after a firmware update, a QR code made for Wi-Fi, bulk enrolment with Windows Configuration Designer.
        ['how do we provision the EPR clinical app for new nurse logins', 'decline:general-it'],
        ['our ESP rota system shows the wrong night shifts for me, fix it?', 'decline:general-it'],
        ['Can you enrol the new volunteers onto the Saturday rota system?', 'decline:general-it'],
        ['configure the imprivata badge tap agent profile on the ward PCs', 'decline:general-it'],
        ["the windows key on WOW 3's keyboard is stuck, do we swap the keyboard", 'decline:general-it'],
        ['infusion pump says TPM error after the firmware update, can you help', 'decline:other-meanings'],
        ['pager system reset itself after the power cut, how do I restore groups', 'decline:other-meanings'],
        ['tpm in the office server needs clearing how', 'decline:servers-and-virtualisation'],
        ["BitLocker is asking for a recovery key after the TPM update on a caseworker's laptop", 'decline:desk-requests'],
        ['need a qr code for the guest wifi at the office how do i make one', 'decline:general-it'],
        ['bulk enrolment ppkg with windows configuration designer for 30 school laptops', 'decline:windows-setup-outside-autopilot'],
        ['Can you draft a Conditional Access policy blocking non-compliant laptops from Outlook?', 'decline:conditional-access'],
        ['Can you walk me through setting up Autopilot device preparation policies?', 'decline:device-preparation'],
        ['can you walk me through setting up eduroam on the student laptops', 'decline:network-access-and-pki'],
        ['can I get a loaner while mine is repaired', 'decline:hardware-returns'],
        // Their deployment twins, and a walkthrough that names nothing else.
        ['walk me through the technician flow', 'flowWalkthrough'],
        ['walk me through the whole thing again step by step please', 'flowWalkthrough'],
        ['walk me through it', 'flowWalkthrough'],
        // "Order" as a sequence is not a purchase.
        ['Order to fully remove a donated laptop from our tenant before giving it away?', 'answer'],
        ['the loaner laptops show the qr code at setup, what now', 'answer'],
        ['the windows key does nothing when I press it five times', 'answer'],
        ['our ppkg breaks autopilot at oobe', 'answer']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });
});

/**
 * Issue 9, set AG (eighth session): volunteers who describe the screen in plain words, and our words in other senses.
 * Each row is a sentence of its own for the class, not one of the set's.
 */
describe('classes from set AG: plain-word screens, runs after Reseal, the ESP aimed at one device, our words elsewhere', () => {
    it.each([
        // A neighbour the leading card itself names is a detail: Configuration Manager as a source of hashes.
        ['we pulled hardware hashes out of SCCM, can we import them', 'admin-hash-existing-device'],
        // An ESP goes to groups: one device means a group with one member.
        ['can I assign the ESP to just one laptop to test it', 'esp-targeting'],
        ['target the enrollment status page at a single device', 'esp-targeting'],
        // OOBE's first screens by what they ask, and the Windows key called a button.
        ['the blue screen is asking what country I am in, what am I supposed to press', 'flow-win-key'],
        ['pressed the windows button five times and nothing happens', 'error-win-key-does-nothing'],
        ['it asks me to add a second keyboard layout, do I need one', 'flow-extra-screens'],
        // What the failure screen shows, and a device already resealed run again.
        ['what does the failure screen show besides the error code', 'flow-failure'],
        ['we already resealed this laptop, can we run pre-provisioning again', 'req-reuse-device'],
        ['need to redo white glove on that unit after reseal', 'req-reuse-device'],
        // The options screen's button after taking the option; the way in as a newcomer knows it.
        ['on windows 10 I picked windows autopilot provisioning, which button now', 'flow-options-screen'],
        ['how do we open the secret menu on the first setup screen', 'flow-win-key'],
        // The command prompt as a newcomer sees it; what must hold in Intune before a device starts.
        ['how do I open the cmd window on the setup screen', 'tip-shift-f10'],
        ['what should we check in Intune before we start the technician flow on a batch', 'admin-profile-status'],
        // The technician flow as what a setting turns on, the bench as a time, a person as what is assigned: the admin's.
        ['which profile setting turns on the technician flow', 'admin-allow-pre-provisioned'],
        ['how do I assign a particular teacher to a device before the bench', 'step-7'],
        ['where can I collect logs for the failed Win32 app in Intune', 'logs-ime'],
        // Two modes in one group, a clock showing a year long gone, the last thing before the device goes, a privacy
        // screen the profile was thought to hide.
        ['can the self-deploying kiosks and the pre-provisioned laptops use the same device group', 'admin-one-profile-per-mode'],
        ['the date on this laptop shows 2017, is that a problem for the setup', 'error-clock-skew'],
        ['what is the final step before the laptops get boxed', 'flow-success-reseal'],
        ['we saw the privacy settings screen after account setup started, we thought it was hidden', 'userflow-privacy-screen'],
        // Whether a user must be assigned: optional; and whether users need an Intune licence assigned to enroll.
        ['is it mandatory to assign a user to every laptop', 'step-7'],
        ['do we need to assign users before we pre-provision them', 'step-7'],
        ['do our users still have to be assigned Intune licences to enroll', 'req-intune-licence'],
        // When a long setup gives up by itself; a kid is the user who signs in; a student needing internet at home.
        ['device setup is at 45 minutes, when will it time out by itself', 'tip-expected-duration'],
        ['once the kid signs in and it finishes, what should they see', 'userflow-what-user-does'],
        ['does the student need internet at home to finish it', 'userflow-what-user-needs'],
        // Where an ESP profile is made: Step 5 and its path; where Account setup went is another question.
        ['in which menu do I make a new ESP profile', 'step-5'],
        ['where can we create our own enrollment status page', 'step-5'],
        // Which time server; Delivery Optimization off, or a room of devices each downloading every app.
        ['what ntp server do the devices use at oobe', 'req-network-endpoints'],
        ['if delivery optimization is disabled on our network will pre-provisioning break', 'req-network-optional-services'],
        ['with 200 laptops on the bench, can we stop every laptop downloading every app separately', 'req-network-optional-services'],
        // The ESP turned off to go faster; the user's own apps at the bench; a user who cannot be picked; a quoted setting
        // thought hidden is that setting's question, not the ESP details view.
        ['could we disable the ESP so the bench runs are faster', 'flow-success-caveat'],
        ['will the assigned user own apps come down at the bench or only when she signs in', 'step-7'],
        ['what does the user we assign to a laptop need', 'error-assign-user-not-listed'],
        ['I cannot find "Allow users to use device if installation error occurs" in the ESP, why is it hidden?', 'esp-allow-use-on-error'],
        // The Entra setting that lets users join devices, in plain words.
        ['which setting allows staff to join laptops to entra', 'step-2'],
        ['are users allowed to join devices needed when nobody signs in at the bench', 'step-2'],
        // The flow failed, asked which button; the success screen reached, asked what now.
        ['the white glove failed, which button do I press', 'flow-retry-reset'],
        ['we got the green screen, what now', 'flow-success-reseal'],
        // The user name already filled in on the sign-in page, asked whether pre-provisioning is still possible.
        ['the sign-in page shows the user name prefilled, can we still pre-provision it?', 'flow-win-key'],
        // Set AI (a staging facility): the ESP off to speed the line, what to confirm before a pallet, many units
        // downloading the same apps, the setting that holds the device until its apps are in, ports to open.
        ['to speed up the bench can we turn off the ESP', 'flow-success-caveat'],
        ['before we start the next pallet what we must confirm in intune first', 'admin-profile-status'],
        ['30 units downloading the same apps on one uplink, how to save bandwidth', 'req-network-optional-services'],
        ['which setting keeps the laptop from being used until the apps finish', 'esp-block-device-use'],
        ['which ports to open for autopilot on the staging network', 'req-network-endpoints'],
        // A newcomer passing a question on is no end user; screenshots as a reference are no subject; a virtual machine
        // for the technician flow, asked before anything failed.
        ['new tech at station 2 asking what key we press on the first screen for pre-provisioning', 'flow-win-key'],
        ['the what would you like to do menu looks different from our old guide screenshots, which one to click?', 'flow-options-screen'],
        ['can we try the technician flow on vmware VMs before the real laptops arrive?', 'error-virtual-machine'],
        // Set AJ: a card or badge to sign in at first setup, the CAB to read, the setting by its old name, the whole
        // process practised on a VM, what the failure screen's buttons each do, the sign-in page asking for a work email,
        // the user's password asked for the bench part.
        ['can the nurses tap their badge to sign in at first start-up', 'req-no-smart-card-at-oobe'],
        ['is there a script to make the autopilot.cab readable', 'logs-analyze-cab'],
        ['where is the white glove checkbox on the profile now', 'admin-allow-pre-provisioned'],
        ['can I practise the whole process on a VMware virtual machine', 'error-virtual-machine'],
        ['the error screen has buttons at the bottom, what do they each do', 'flow-retry-reset'],
        ['the page asks for a work email, do I type in my email to set it up for her', 'flow-win-key'],
        ["do I need the new hire's password for the bench part", 'tip-technician-no-account'],
        // A device group built from a group tag (sets Y, AI and AJ asked it in their words).
        ['we tag the laptops per branch, how do I build the dynamic group from the tag', 'admin-dynamic-group-rules'],
        // Device preparation asked to run again for the user; a list of the devices that went through; how Windows
        // decides it is online behind a content filter.
        ['when the user starts it, does device preparation run again?', 'userflow-esp'],
        ['where do I see which laptops went through setup and whether it worked', 'logs-admin-reports'],
        ['how does windows decide it has internet during setup, our content filter may block it', 'req-network-ncsi'],
        // Whether the seller can do the bench part: IT, the OEM or a reseller runs the technician flow.
        ['can our reseller run the technician flow for us', 'overview-two-flows']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        ['how do we reseal the cartons going back to the supplier', 'decline:other-meanings'],
        ['the ESP after-school club kids need the gym on friday', 'decline:other-meanings'],
        ['the new interactive whiteboards want to be enrolled, how', 'decline:other-meanings'],
        ['projectors in room 4 show a QR code at first boot, how do we set them up', 'decline:other-meanings'],
        // Accounts provisioned in another system: "provision" alone does not make it a deployment.
        ['provision staff accounts in Google Workspace for the new term', 'decline:education-tools'],
        // A complaint that names its own subject is no vague report; a website blocked by the filter is the network's.
        ['the coffee machine in the staff room is broken again, who fixes it', 'decline:service-desk'],
        ['the filter keeps blocking youtube on the laptops, can you unblock youtube', 'decline:network-access-and-pki'],
        // Set AI: a staging line's own tools, and our words in a factory's other senses.
        ['how do we flash the bios on 100 units with the usb flash utility before pre-provisioning', 'decline:staging-tools'],
        ['we need NIST 800-88 wipe certificates for the returned laptops', 'decline:staging-tools'],
        ['the reseal tape on packing station 2 keeps jamming', 'decline:other-meanings'],
        ['what is our OOBE failure rate per lot this month', 'decline:other-meanings'],
        ['TPM maintenance schedule for the conveyors', 'decline:other-meanings'],
        ['the warehouse robot drops out of autopilot mode near the dock', 'decline:other-meanings'],
        ['pre-provision the eSIMs with the carrier before shipping', 'decline:other-meanings'],
        // Set AJ (a nonprofit): accounts pre-provisioned elsewhere, white-glove onboarding from a marketing vendor,
        // another appliance's out-of-box setup, tamper-evident bags, a nonprofit grant applied for, a provisioning
        // package made with Windows Configuration Designer, a thank-you letter to write.
        ['can we pre-provision the donor accounts in our CRM before the campaign', 'decline:other-meanings'],
        ['our marketing agency offers white glove onboarding for the google ads account, is that the same thing?', 'decline:other-meanings'],
        ['the smart TV in the lounge keeps asking for an account in its out-of-box setup', 'decline:other-meanings'],
        ['how do I reseal the tamper-evident cash bags', 'decline:other-meanings'],
        ['how do we apply for the nonprofit grant for Business Premium', 'decline:licensing-and-activation'],
        ['Walt made a Windows Configuration Designer package, how do I apply it at setup', 'decline:windows-setup-outside-autopilot'],
        ['help me write a warm thank-you letter to our volunteers', 'decline:chit-chat'],
        // Their twins stay ours.
        ['should we update the bios before pre-provisioning to fix TPM attestation', 'answer'],
        ['the resealed machine went back on the shelf, when can the user sign in', 'answer'],
        ['we got Business Premium through the nonprofit program, is that enough for autopilot?', 'answer'],
        ['the pre-provision option is not in the list on the options screen', 'answer'],
        ['it is not working again', 'unsure'],
        ['the setup screen has three lines with dots, how can I see what its installing', 'espTips'],
        ['reseal it and put the laptop back in its box?', 'answer'],
        ['the ESP is slow for the student laptops', 'answer']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });

    it('a short follow-up whose own words name nothing asks about the last answer, not to be declined', () => {
        expect(understanding.understand("and if it's something I can't fix tonight?", getEntry('flow-retry-reset'))).toEqual({
            kind: 'answer',
            entryId: 'flow-retry-reset'
        });
        expect(understanding.understand("and if it's something I can't fix tonight?").kind).toBe('decline');
    });

    it('"where I change this?" after an answer asks where its setting is', () => {
        expect(understanding.understand('where I change this?', getEntry('error-esp-timeout'))).toEqual({ kind: 'answer', entryId: 'esp-timeout' });
    });

    it('a follow-up naming a button and a verb the last answer uses leans on it', () => {
        expect(understanding.understand('which button to start?', getEntry('flow-config-screen'))).toEqual({ kind: 'answer', entryId: 'flow-config-screen' });
    });

    it('a bare "how many times?" and a bound asked in more words lean on the last answer', () => {
        expect(understanding.understand('how many times?', getEntry('flow-win-key'))).toEqual({ kind: 'answer', entryId: 'flow-win-key' });
        expect(understanding.understand('and what is the longest it can wait in the cupboard before that', getEntry('userflow-wait-90-minutes'))).toEqual({
            kind: 'answer',
            entryId: 'userflow-six-months'
        });
    });

    it('a job before a device word says whose devices they are, not who asks', () => {
        expect(readFacets('join type on the profile for the student fleet').audience).toEqual([]);
        expect(readFacets('what does the student see at first sign-in').audience).toEqual(['user']);
    });
});

/**
 * Issue 9, set AK (ninth session): a hospital's night bench. Each row is a sentence of its own for the class, not one
 * of the set's.
 */
describe('classes from set AK: places named by a job, tools ruled out, situations read whole, clinical senses of our words', () => {
    it.each([
        // A job before a place says which place, not who asks; a two-word job assigned to a cart or kiosk is the user;
        // the portal ruled out rules out a tool, not the admin.
        ['the nurses station laptop is on the sign in page, how do I start pre-provisioning from there', 'flow-win-key'],
        ['how can I pre-assign a ward clerk to one particular workstation', 'step-7'],
        ['how do I pre-assign a user to one particular laptop', 'step-7'],
        ['can we assign the user to the device with graph rather than the portal', 'step-7'],
        // Situations read whole.
        ['we want the ESP failure to show our service desk number', 'esp-custom-message'],
        ['once the user ESP is done, then what', 'userflow-what-user-does'],
        ['our firewall blocks NCSI on the staging network, is that a problem for autopilot', 'req-network-ncsi'],
        ['which setting stops the doctor from reaching the desktop until everything is installed', 'esp-block-device-use'],
        ['the ethernet cable came out halfway through white glove, do we redo it', 'flow-interrupted'],
        ['how do I grab the hardware hash from a laptop sitting at OOBE', 'admin-hash-existing-device'],
        ['the region screen keeps showing though the profile is set to skip it', 'flow-extra-screens'],
        ['after reseal should we switch it back on to check the apps are there', 'flow-after-reseal'],
        ['after account setup is finished, what comes next for her', 'userflow-what-user-does']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        // Our words in a clinic's senses, something else provisioned, a record of the service desk, Apple's enrolment,
        // Autopilot Reset between shifts, badge-tap single sign-on.
        ['can the pharmacy reseal an opened sterile pack', 'decline:other-meanings'],
        ['the lab wants to know if a leaking specimen can be resealed or must be redrawn', 'decline:other-meanings'],
        ['what end-systolic pressure is normal on the echo', 'decline:other-meanings'],
        ['the blood analyzer is on its OOBE screen asking for a licence code', 'decline:other-meanings'],
        ['ask the TPM on the project board to sign off the rollout plan', 'decline:other-meanings'],
        ['who owns ticket TPM-2210', 'decline:other-meanings'],
        ['the vendor offers white glove go-live support, is it worth it', 'decline:other-meanings'],
        ['provision 40 switch ports on the new floor', 'decline:other-meanings'],
        ['what is the status of INC0034567', 'decline:ticketing-tool'],
        ['how do we set up automated device enrollment for the macs', 'decline:phones-and-macs'],
        ['how do we configure autopilot reset for the shared PCs between shifts', 'decline:autopilot-reset'],
        ['imprivata tap and go stopped working on the kiosks', 'decline:accounts-and-identity'],
        ['which user template do I copy for the agency staff', 'decline:accounts-and-identity'],
        // Their twins stay ours.
        ['the imprivata agent app in the ESP takes 40 minutes to install at the bench', 'answer'],
        ['the bench switch is patched, which firewall ports does pre-provisioning need', 'answer'],
        ['the TPM attestation failed on the nurse station pc', 'answer']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });

    it('the first thing to set up in the tenant is Step 1', () => {
        expect(matchIntent('new to this, where do we even start in the intune admin center', understanding)).toMatchObject({ kind: 'answer', entryId: 'step-1' });
    });

    it('a service desk record is no serial; a serial still is', () => {
        expect(findSerials('status of CHG0048812 please')).toEqual([]);
        expect(findSerials('status of PF3XYZ12 please')).toEqual(['PF3XYZ12']);
    });

    it('a job before a place says which place; the portal ruled out is no audience ruled out', () => {
        expect(readFacets('the nurse station pc is on the sign in page').audience).toEqual([]);
        expect(readFacets('assign a user with graph instead of the portal').not.audience).toEqual([]);
    });
});

/**
 * Issue 9, set AL (ninth session): a university's refresh desk. Each row is a sentence of its own for the class, not one
 * of the set's.
 */
describe('classes from set AL: a question before its aside, reminders, situations read whole, a campus\'s other senses', () => {
    it.each([
        // A question, then an aside that asks nothing: the question read alone.
        ['what is the max length for the computer name? our labs want LAB-PHYSICS-%SERIAL% lol', 'admin-device-name-template'],
        ['what editions of windows are supported? facilities bought some Home ones', 'req-windows-edition'],
        // "Again" as a reminder, "lol" and "I forgot" as asides.
        ['how many times is the windows key pressed again? i forgot', 'flow-win-key'],
        ['how many times do you hit the win key, forgot already lol', 'flow-win-key'],
        // Situations read whole.
        ['the apps row says "Identifying", what is it doing', 'esp-identifying'],
        ['why even do the technician part instead of just handing the laptop over', 'overview-vs-user-driven'],
        ['our reseller uploaded the hashes for us, how can I check they landed', 'admin-reseller-registration'],
        ['how can we verify the deployment profile is assigned before we unbox them', 'admin-profile-status'],
        ['we never assigned a profile to this one but it still did the autopilot screens', 'error-default-profile-applied'],
        ['where is the ESP in intune', 'step-5'],
        ['after several restarts the language, region and keyboard show on a single page', 'error-oobe-recovery-mode'],
        ['setup failed with an esp error at home, can the user do anything herself', 'esp-allow-use-on-error'],
        ["are the user's apps that were skipped at the bench installed in account setup", 'overview-what-installs'],
        // Whether to use a neighbour at all is its boundary card.
        ['is there any reason to go with hybrid join for the new laptops', 'overview-hybrid-boundary']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        // A product name in mixed case is no serial; the school tools named; our words in a campus's senses.
        ['SecureW2 will not install the wifi profile on a MacBook', 'decline:phones-and-macs'],
        ['how do I use the Set up School PCs app for the library', 'decline:education-tools'],
        ['express configuration for the lab in intune for education', 'decline:education-tools'],
        ['can the white glove move-in crew set up the dorm TVs', 'decline:other-meanings'],
        ['who installs software on the ESP 210 classroom machines', 'decline:other-meanings'],
        ['the exam envelope was opened by mistake, can we reseal it', 'decline:other-meanings'],
        ['the TPM capstone team needs a server for their project', 'decline:other-meanings'],
        ['the quest headsets are stuck at oobe pairing', 'decline:other-meanings'],
        // Their twins stay ours.
        ['does an intune for education licence cover autopilot', 'answer'],
        ['esp8266 boards for the robotics club', 'decline:embedded-boards']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });

    it('follow-ups: where a setting is, and a measure pointing back at the last answer', () => {
        expect(understanding.understand('where exactly is that setting in intune', getEntry('error-esp-timeout'))).toEqual({ kind: 'answer', entryId: 'esp-timeout' });
        expect(understanding.understand("what happens if we don't wait that long", getEntry('userflow-wait-90-minutes'))).toEqual({
            kind: 'answer',
            entryId: 'userflow-wait-90-minutes'
        });
    });

    it('a name in mixed case is no serial; a serial with a stray capital is', () => {
        expect(findSerials('SecureW2 and PaperCut3 and kioskUser0')).toEqual([]);
        expect(findSerials('status of czc2410A01')).toEqual(['czc2410A01']);
    });
});

/**
 * Issue 9, set AM (ninth session): a law and accounting firm, formal and terse. Each row is a sentence of its own for the
 * class, not one of the set's.
 */
describe('classes from set AM: screen lines pasted, formal questions, a firm\'s other senses of our words', () => {
    it.each([
        // A screen's line quoted as pasted is the subject, not only the phase it names.
        ['stuck on "Securing your hardware" for half an hour', 'error-securing-hardware-slow'],
        ['sitting at "Registering your device for mobile management" for 25 minutes', 'error-registering-mobile-management-stuck'],
        // Situations read whole.
        ['who is allowed to run the technician flow, can our supplier do it', 'overview-two-flows'],
        ['how do we show our helpdesk phone number on the screen when setup fails', 'esp-custom-message'],
        ['the diagnostics page does not open at OOBE, which setting enables it', 'esp-log-collection'],
        ["is the user's part quicker than with normal user-driven autopilot", 'overview-vs-user-driven'],
        ['my new laptop was pre-provisioned, what does that mean they did', 'overview-what-is']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        // Provisions as clauses or reserves, reseal of a court filing, ESP as e-signing or a share plan, a firm's
        // document-management and e-signature systems.
        ['are the warranty provisions in this contract standard', 'decline:other-meanings'],
        ['what is the bad debt provision for this client', 'decline:other-meanings'],
        ['the clerk says the filing must be resealed by the court', 'decline:other-meanings'],
        ['our ESP for e-signatures rejects the sender domain', 'decline:other-meanings'],
        ['what is the ESP holding period for the share plan', 'decline:other-meanings'],
        ['create a matter workspace in imanage for the new case', 'decline:general-it'],
        ['how do I give the new partner a docusign account', 'decline:general-it'],
        // Their twins stay ours.
        ['the imanage client app times out the ESP at the bench', 'answer'],
        ['when I first switch on my new laptop at home on wifi, what will I see', 'answer']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });

    it('a follow-up naming which devices by a clause after them still leans on the last answer', () => {
        expect(understanding.understand('and for the AMD ones we ordered last month?', getEntry('req-tpm-endpoints'))).toEqual({
            kind: 'answer',
            entryId: 'req-tpm-endpoints'
        });
    });
});

/**
 * Issue 9, set AN (ninth session): a public agency writing English as a second language. Each row is a sentence of its
 * own for the class, not one of the set's.
 */
describe('classes from set AN: English as a second language, a public agency\'s other senses of our words', () => {
    it.each([
        // "Since two hours" is "for two hours"; hours on the ESP asked as normal or not.
        ['since 3 hours the device setup is installing apps, is this normal?', 'tip-expected-duration'],
        ['device setup for 90 minutes now, should I stop it', 'tip-expected-duration'],
        // A checklist of their own named beside a question; the battery empty; what to check before the technician starts.
        ['what is shown on the success screen? our audit checklist needs it', 'flow-success-reseal'],
        ['the battery went empty in the middle of white glove and it switched off, what now', 'flow-interrupted'],
        ['what we must verify in intune before the technician starts?', 'admin-profile-status'],
        // Several ESPs, a role for a task, a CSV's maximum, Delivery Optimization forbidden, many devices each downloading.
        ['we have two ESP profiles, which one the device gets at the bench?', 'esp-targeting'],
        ['which role needs the helpdesk so they can only import autopilot devices', 'admin-autopilot-roles'],
        ['what is the maximum of devices per CSV', 'req-csv-limits'],
        ['delivery optimization is prohibited here, does pre-provisioning still work', 'req-network-optional-services'],
        ['we do 15 devices at once, do all of them download every app', 'req-network-optional-services'],
        ['how we create an own ESP profile?', 'step-5']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        // A tender written, ESP as the agency's own portal, data-protection requests, licensing by user or device, a
        // server's shielded VMs.
        ['please help me draft the tender for 500 laptops', 'decline:purchasing'],
        ['our ESP (electronic submission portal) rejects large files', 'decline:other-meanings'],
        ['the DPO got a subject access request, what must we hand over', 'decline:security-incidents'],
        ['is windows licensed per user or per device for us', 'decline:licensing-and-activation'],
        ['how do I set up the host guardian service for shielded VMs', 'decline:servers-and-virtualisation'],
        // Their twins stay ours.
        ['the laptops from the last tender came with windows 11 home, which editions are supported?', 'answer'],
        ['the CMOS battery is dead and the clock shows 2019, will it break pre-provisioning?', 'answer'],
        ['can we skip the user ESP (account setup) for the kiosks', 'answer']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });
});

/**
 * Issue 9, set AO (ninth session): a logistics company's loading-dock bench. Each row is a sentence of its own for the
 * class, not one of the set's.
 */
describe('classes from set AO: a loading dock is no docking station, a fleet\'s other senses of our words', () => {
    it.each([
        // "The dock" is a place here: the bench's network questions stay ours.
        ['the dock only has wifi, is a cable needed for white glove', 'req-network'],
        ['can our reseller register the laptops for us so we do not capture hashes on the dock', 'admin-reseller-registration'],
        // Situations read whole.
        ['reseal came up really quick and the apps were missing when she logged in', 'flow-success-caveat'],
        ['what is the start button called on the pre-provisioning screen', 'flow-config-screen'],
        ['pressed ctrl shift d on the red screen and nothing happened', 'esp-log-collection'],
        ['we need to redo the bench part on tablets we staged last week, anything in intune first', 'req-reuse-device'],
        ['which setting keeps the drivers from getting to the desktop before the apps are in', 'esp-block-device-use'],
        ['we only want to block on two apps, how', 'esp-blocking-apps'],
        ['can the staff reset the laptop themselves from the ESP error screen', 'esp-allow-use-on-error'],
        ['the tablet has no ethernet port, which screens will I see before it connects', 'flow-extra-screens'],
        ['if we assign the user first, does their name appear on the sign in page', 'step-7'],
        ['tapped the windows key loads of times on the region screen and nothing happens, how many times is it', 'error-win-key-does-nothing'],
        ['is there a tool to parse the autopilot cab', 'logs-analyze-cab']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        // A vehicle's ESP and TPM(S), a truck's ELD and dashcams, Cloud PCs, handheld scanners, route planning.
        ['the ESP warning light is on in the van', 'decline:other-meanings'],
        ['TPMS warning on the trailer tyres', 'decline:other-meanings'],
        ['how do I provision the new dashcams in the fleet', 'decline:other-meanings'],
        ['can we white glove cloud PCs in windows 365', 'decline:other-admin-features'],
        ['can we pre-provision the honeywell scanners like the laptops', 'decline:warehouse-hardware'],
        ['set up the route planning software for the depot', 'decline:general-it'],
        ['my dock firmware needs an update', 'decline:general-it'],
        // Their twins stay ours.
        ['the windows 11 tablets for the trucks fail at securing your hardware', 'answer']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });

    it('a number before a unit is no serial', () => {
        expect(findSerials('convert 26000 lbs to kg')).toEqual([]);
        expect(findSerials('status of 026500123457')).toEqual(['026500123457']);
    });
});

/**
 * Issue 9, ninth session: one of our words that other trades use too (reseal, ESP, OOBE, TPM, white glove, provision,
 * bench), alone in a longer message beside no word of a deployment, a device or a screen, is read as foreign: only a
 * strong match makes it ours. Rows are sentences of their own, not any set's.
 */
describe('a word other trades share, alone among words of another trade', () => {
    it.each([
        ['housekeeping asks how to reseal the minibar after the guest checks out', 'decline'],
        ['the ESP lamp on the delivery van dashboard keeps flashing', 'decline'],
        ['the butler team wants white gloves in a larger size for the gala dinner', 'decline'],
        ['provisioned the new keycard encoder for the third floor rooms this morning', 'decline']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text).split(':')[0]).toBe(expected);
    });

    it.each([
        // Two of our words together, the word asked about, a run's timing, the word as a phase: ours.
        ['what does ESP stand for, the night staff keep saying it', 'answer'],
        ['ESP finished and resealed, ship it today?', 'answer'],
        ['resealed them three weeks ago in the storeroom, still fine?', 'answer'],
        ['the fan is loud during the esp, is it normal', 'answer']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });
});

/**
 * Issue 9, set AT (ninth session): a broadcaster's service desk and its security engineer. Each row is a sentence of its
 * own for the class, not one of the set's.
 */
describe('classes from set AT: a newsroom\'s people and its other senses of our words', () => {
    it.each([
        ['when does the reporter finally get to the desktop?', 'userflow-what-user-does'],
        ['the edit ESP and the office ESP both target these laptops, which wins?', 'esp-targeting'],
        ['a registered laptop that is not in any of our groups still ran autopilot, why', 'error-default-profile-applied'],
        ['where are the win32 app logs on the device', 'logs-ime'],
        ['account setup shows identifying, what is it actually doing', 'esp-identifying'],
        ['what should I check in intune before I even power the laptop on', 'admin-profile-status']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        ['the electronic programme guide on the set-top box shows the wrong listings', 'decline:other-meanings'],
        ['the new camera keeps showing its OOBE language screen at every boot', 'decline:other-meanings'],
        ['creative cloud says the named user licence is signed in on too many machines', 'decline:licensing-and-activation'],
        ['please proofread the script for the evening bulletin', 'decline:chit-chat'],
        ['provision a new newsroom account for the freelancer', 'decline:accounts-and-identity'],
        // Their twins stay ours.
        ['will delivery optimisation help with the big adobe apps at the bench', 'answer']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });

    it('a lid shut beside the Reseal button is no physical seal', () => {
        expect(outcome('someone says Windows 11 has no Reseal button and you just shut the lid, true?')).not.toMatch(/^decline/);
    });
});

/**
 * Issue 9, sets AU, AW and AX (tenth session): an insurer's remote-first IT, a stadium's seasonal technicians and a
 * contact centre's IT associates. Each row is a sentence of its own for the class, not one of the sets'.
 */
describe('classes from sets AU, AW and AX: the user at home, the gap before them, our verbs on other things', () => {
    it.each([
        ['what does he do when he turns it on at home?', 'userflow-what-user-does'],
        ['when the user switches it on, what will he see?', 'userflow-what-user-does'],
        ['is home wifi fine for his part or does he need to come into the office', 'userflow-what-user-needs'],
        ['any peer to peer sharing between the laptops on the bench?', 'req-network-optional-services'],
        ['we never assigned a profile to this one, what happens when it boots?', 'error-default-profile-applied'],
        ['we did the bench part at 9am and the new hires log in at 10am, any problem?', 'userflow-wait-90-minutes'],
        ['which phases of the esp will she go through when she first logs in after reseal?', 'userflow-esp'],
        ['device setup is showing again for him although we already ran it on the bench', 'userflow-esp'],
        ['which lines are listed under device preparation?', 'esp-device-preparation'],
        ['how can I open a command prompt at oobe to check the network', 'tip-shift-f10'],
        ['account setup is done, what comes next?', 'userflow-what-user-does'],
        ['device setup is finished, what screen comes after that?', 'flow-success-reseal'],
        ['could the user have a retry button if an install fails at home?', 'esp-allow-use-on-error'],
        ['when do the user-targeted apps like the scheduling app get installed', 'overview-what-installs'],
        ['the receipt printer driver comes as an msi and the rest are win32, is that an issue?', 'overview-what-installs'],
        ['the warehouse only has wifi, can we still run pre-provisioning over wifi?', 'req-network'],
        ['the network dropped during device setup and it showed an error, now what?', 'flow-interrupted'],
        ['the "What would you like to do?" screen shows but the pre-provisioning option is missing', 'error-win-key-does-nothing'],
        ['can we do pre-provisioning using the hotel guest wifi?', 'req-network'],
        ['what changes between windows 10 and windows 11 on the bench screens?', 'overview-win10-vs-win11'],
        ['if we press Retry does it start over from the beginning?', 'flow-retry-reset'],
        ['what will the employee see once everything is done?', 'userflow-what-user-does'],
        ['the bios clock on these refurbished units was about a day out, is that a problem?', 'error-clock-skew'],
        ['does the authenticator prompt show up during her first login?', 'userflow-sign-in'],
        ['which ports must be open for the ntp sync at oobe?', 'req-network-endpoints'],
        ['a few of the cheap ones came with windows 11 home, will pre-provisioning work?', 'req-windows-edition'],
        ['should the proxy settings be pushed by an intune policy or configured on the proxy server?', 'error-proxy-by-policy'],
        ['can he use the laptop while account setup is still going?', 'esp-block-device-use']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        ['please pre-provision the weekend rota in the scheduling tool', 'decline:other-meanings'],
        ['can you provision fifty more seats in the dialler for the new campaign', 'decline:other-meanings'],
        ['the broker wants white glove treatment for its top clients', 'decline:other-meanings'],
        ['how do I cancel a motor policy mid-term for a customer', 'decline:other-meanings'],
        ['how is ESP calculated in the workforce report for the night queue', 'decline:other-meanings'],
        ['customers ask about the OOBE of the new modem they received', 'decline:other-meanings'],
        ['provisioning of new AD user accounts for the next intake', 'decline:accounts-and-identity'],
        ['autopilot reset for the laptops of leavers, how do we trigger it', 'decline:autopilot-reset'],
        ['book a cab for the late shift please', 'decline:other-meanings'],
        // Their twins stay ours.
        ['does pre-provisioning need an Intune licence for each user', 'answer'],
        ['pre-provision the laptops for the new hires next week, what do I check first', 'answer'],
        ['do the creative cloud apps install at her first sign in or later?', 'answer']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });

    it.each([
        ['what is the ESP timeout by default?', 'how would we extend it for the big CAD build', 'esp-timeout'],
        ['how do I start pre-provisioning from the first screen?', 'and on windows 11, what do I choose after that?', 'flow-options-screen'],
        ['how do we reuse a laptop that went through pre-provisioning before?', 'which error shows if we skip that?', 'error-0x80180014'],
        ['how long do we wait between reseal and the user flow?', 'why so long?', 'userflow-wait-90-minutes'],
        ['what does the user do when she gets the laptop?', 'and what is the longest it may wait on the shelf?', 'userflow-six-months']
    ])('after "%s", "%s" answers %s', (first, second, entryId) => {
        const answered = understanding.understand(first);
        expect(answered.kind).toBe('answer');
        const topic = answered.kind === 'answer' ? getEntry(answered.entryId) : undefined;
        expect(understanding.understand(second, topic)).toMatchObject({ kind: 'answer', entryId });
    });

    it('a phone that approves the user\'s sign-in serves the deployment, not a phone to manage', () => {
        expect(outcome('she has to approve a sign in on her phone during the first login, normal?')).not.toBe('decline:phones-and-macs');
    });
});

/**
 * Issue 9, set AY (tenth session): a car dealership group's IT person dictating into a phone, a sales manager and a
 * service advisor. Each row is a sentence of its own for the class, not one of the set's.
 */
describe('classes from set AY: dictated words, a dealership\'s own senses of our words', () => {
    it.each([
        ['is the bench part ours to do or can the store we order laptops from do it', 'overview-two-flows'],
        ['windows ten versus eleven on the pre provisioning screens, what changes', 'overview-win10-vs-win11'],
        ['it has sat on the status page all morning, will it ever time out', 'tip-expected-duration'],
        ['which option in the profile switches on white glove?', 'admin-allow-pre-provisioned'],
        ['how do we tie the new manager to her laptop before it ships', 'step-7'],
        ['can she just use the laptop while it is still on account setup?', 'esp-block-device-use'],
        ['could we add our desk phone number on the esp error screen', 'esp-custom-message'],
        ['my manager brought me a new laptop from IT, what should I do when I turn it on?', 'userflow-what-user-does'],
        ['the login already had my email filled in, is that malware?', 'step-7'],
        ['can I set it up at home on my own wifi, is that fine?', 'userflow-what-user-needs'],
        ['walk me through what the user sees when she opens the laptop', 'userflow-what-user-does']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        ['does the adaptive cruise control on the pickup count as autopilot?', 'decline:other-meanings'],
        ['the TPM warning came on in the sedan after new tires, how to clear it', 'decline:other-meanings'],
        ['how long should the windscreen reseal cure before delivery', 'decline:other-meanings'],
        ['print the pre-delivery inspection checklist for the vans', 'decline:other-meanings'],
        ['the toyota diagnostic tablet needs its techstream update', 'decline:other-meanings'],
        ['onboard the new finance manager into the DMS with a user ID', 'decline:general-it'],
        ['which CRM do other dealer groups like', 'decline:general-it'],
        // Their twins stay ours.
        ['what is on the pre-flight checklist for the bench?', 'checklist']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });
});

/**
 * Issue 9, set BA (tenth session): an architecture practice's IT manager, a junior bench technician and the practice
 * manager. Each row is a sentence of its own for the class, not one of the set's.
 */
describe('classes from set BA: models and products beside serials, the wait on the shelf, what is left for the user', () => {
    it.each([
        ['how long can a resealed laptop stay in the store room before it is a problem?', 'userflow-six-months'],
        ['we prep them on the bench Thursday, can the engineers use them Friday?', 'userflow-wait-90-minutes'],
        ['is the disk encryption turned on at the bench or only once the user signs in?', 'overview-what-installs'],
        ['what is left for the designer to do once they open the box?', 'userflow-esp'],
        ['is the users can join setting really needed for pre-provisioning?', 'step-2'],
        ['what should the technician check on the config screen before pressing next?', 'flow-config-screen']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        'our old T480s keep failing at securing your hardware',
        'the Wacom driver on the Z440s needs an update',
        'add the DesignJet T1700 to the new workstations',
        'the 3Dconnexion driver wants an update'
    ])('a model or a brand is no device to look up: "%s"', (text) => {
        expect(matchIntent(text, understanding).kind).not.toBe('status');
    });

    it.each([
        ['the Wacom driver OOBE wizard opens at every login, how do I stop it', 'decline:other-meanings'],
        // Their twins stay ours.
        ['can I still press the windows key thing on the language screen, or only at sign-in?', 'answer']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });
});

/**
 * Issue 9, set AZ (tenth session): a remote mine's site technicians and its head-office Intune engineer. Each row is a
 * sentence of its own for the class, not one of the set's.
 */
describe('classes from set AZ: first screens, the configuration screen, checks after an admin change', () => {
    it.each([
        ['at the first screen now, how do I get it into pre-provisioning without signing in?', 'flow-win-key'],
        ['the language picker is up, how do we get into pre-provisioning?', 'flow-win-key'],
        ['the config screen shows the old default profile instead of ours, do I restart?', 'flow-config-screen'],
        ['no cable in, chose the region and the keyboard, what comes next?', 'flow-extra-screens'],
        ['we run the bench part at the depot and courier them to the branches after, ok?', 'flow-after-reseal'],
        ['after export logs, where does the cab get saved?', 'logs-collect'],
        ['do staff have to be allowed to join devices for pre-provisioning?', 'step-2'],
        ['we imported the csv an hour ago and they are not in the autopilot devices list', 'admin-import-hash-csv'],
        ['which option turns on the windows key trick for technicians?', 'admin-allow-pre-provisioned'],
        ['this registered one never got any profile, what happens when it boots?', 'error-default-profile-applied'],
        ['I assigned a user to it, how can I verify it actually took?', 'step-7'],
        ['can we run the bench part again on the same laptop? the first run had the wrong driver', 'req-reuse-device'],
        ['what do we clear in intune before re-running pre-provisioning on last season\'s laptops?', 'req-reuse-device'],
        ['we only need 2 apps to hold the bench, the rest later', 'esp-blocking-apps'],
        ['can the esp error screen tell them to call the service desk on 2200?', 'esp-custom-message'],
        ['a driver switched on a resealed tablet at the depot, what does he see?', 'userflow-what-user-does'],
        ['how can we tell it is finished and not stuck on an app?', 'flow-success-reseal'],
        ['which policies are actually applied during device setup at the bench?', 'overview-what-installs'],
        ['what do we do at the bench and what does the user do afterwards?', 'overview-two-flows'],
        ['these are not in the device group yet, can we still start pre-provisioning?', 'admin-profile-status'],
        ['we do not want every user to join devices, only a group, is that possible?', 'step-2'],
        ['three ESP profiles target the same laptop, which is used?', 'esp-targeting'],
        ['there is no view diagnostics button on the failure screen, did we turn it off?', 'esp-log-collection'],
        ['is the esp even required, could we switch it off to go faster?', 'flow-success-caveat'],
        ['how can the user collect logs for us if her setup fails at home?', 'logs-collect'],
        ['with nobody signing in at the bench, how does the laptop prove itself to Entra?', 'esp-device-preparation'],
        ['what does the device get back from entra during device preparation?', 'esp-device-preparation'],
        ['it failed immediately after pressing next, nothing installed, where to look?', 'error-tpm-attestation-checks'],
        ['which columns does the csv need in its header?', 'req-csv-limits'],
        ['our default esp never shows anything, should we create another?', 'esp-show-progress'],
        ['her laptop rebooted during setup and now asks for her password again, expected?', 'userflow-credentials-after-reboot'],
        ['does a discrete tpm chip also download from the vendor, or only the firmware tpm?', 'req-tpm-endpoints'],
        ['our vpn profile targets devices, will the esp wait for it?', 'esp-device-setup'],
        ['if we put an app in the blocking apps list, does that install it?', 'esp-blocking-apps'],
        ['the user name is not pre-filled on the sign in page although we assigned the user', 'step-7'],
        ['which button does the user press after typing her password?', 'userflow-sign-in'],
        ['these were pre-provisioned last spring and sat in the store room since, still ok?', 'userflow-six-months']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        ['the autopilot on our haul trucks needs a software update', 'decline:other-meanings'],
        ['the TPM figures for the pit are down, work out tonnes per month', 'decline:other-meanings'],
        ['who signs off the ESP test on the plant emergency shutdown', 'decline:other-meanings'],
        ['the starlink dish needs provisioning at the camp', 'decline:other-meanings'],
        ['provision 20 new sims for the site routers', 'decline:other-meanings'],
        ['summarise this shift report for me', 'decline:chit-chat']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });

    it('a model in the plural is no device to look up', () => {
        expect(matchIntent('update the autopilot software on the 797Fs', understanding).kind).not.toBe('status');
    });

    it.each([
        // A group or Intune's device list is another card's question than the Autopilot list.
        ['imported the devices an hour ago and they are not in the dynamic group yet', 'admin-import-hash-csv']
    ])('"%s" does not answer %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).not.toMatchObject({ kind: 'answer', entryId });
    });
});

describe('classes from sets BF and BG: a lab\'s waits and limits, a service provider\'s own tools and other platforms', () => {
    it.each([
        // A service provider's RMM agent, multi-tenant portal and delegated access; an RMM agent the ESP installs stays ours.
        ['Datto RMM - how do we roll the agent out to the new clinic laptops during provisioning', 'decline:msp-tools'],
        ['kaseya agent keeps failing on the new win11 machines after setup', 'decline:msp-tools'],
        ['add the dental practice tenant to microsoft 365 lighthouse', 'decline:msp-tools'],
        ['request gdap access to the accountants so we can run their intune', 'decline:msp-tools'],
        // Other platforms by the names of their devices and systems.
        ['enrol the studio macs into intune automatically', 'decline:phones-and-macs'],
        ['chrome os flex enrollment for the old library laptops', 'decline:phones-and-macs'],
        ['our new mac mini needs enrolment, how', 'decline:phones-and-macs'],
        // Our words on packaging, a service priced, contacts provisioned, imaging for the bench.
        ['we need tamper-evident seals on the shipping boxes, which supplier', 'decline:other-meanings'],
        ['what should we bill per laptop for our "white glove" services', 'decline:other-meanings'],
        ['provision the new contacts for the bakery in our crm from a csv', 'decline:other-meanings'],
        ['sysprep the reference machine and capture it to wds for the bench', 'decline:windows-setup-outside-autopilot'],
        // The firewall appliance itself and leave are other teams'.
        ['sonicwall firmware update to the latest release', 'decline:vpn-and-remote-access'],
        ['how much pto do i have left this year', 'decline:facilities-and-hr'],
        // Our verbs on network records, cloud machines and accounts in another system; a vendor's price.
        ['pre-provision ip addresses for the new lab pcs in the ipam', 'decline:other-meanings'],
        ['can we pre-provision aws instances for the data team', 'decline:other-meanings'],
        ['provision a user account in the booking system for the new hire', 'decline:accounts-and-identity'],
        ['how much will lenovo charge to preload our image on 40 laptops', 'decline:purchasing'],
        // Rolled out to the devices already in use; a provisioning package applied at the first screen without Autopilot.
        ['deploy the new vpn client update to all the current workstations tonight', 'decline:other-intune-features'],
        ['the vendor sent a ppkg on a usb stick, how do i apply it on the first screen', 'decline:windows-setup-outside-autopilot'],
        // Reseal in the building trades; QR codes for labels.
        ['the glazing reseal on the north facade is due, who quotes for it', 'decline:other-meanings'],
        ['make qr codes for the asset labels on the new monitors', 'decline:other-meanings']
    ])('"%s" is %s', (text, expected) => {
        expect(outcome(text)).toBe(expected);
    });

    it.each([
        // The RMM agent as an app the ESP installs is the deployment's question.
        ['the ninjaone agent is a required win32 app, does device setup wait for it?', 'decline:msp-tools'],
        // A reseller's delegated access to register devices is partner registration.
        ['does our reseller need gdap to register our laptops in autopilot?', 'decline:msp-tools'],
        // A Mac's MAC address on the network is no Mac.
        ['nac needs the macs of the new laptops before the bench, where do I find them', 'decline:phones-and-macs']
    ])('"%s" is not %s', (text, declined) => {
        expect(outcome(text)).not.toBe(declined);
    });

    it.each([
        // A wait ahead, months long, asked whether it is fine: the six-month limit.
        ['this laptop is going to be stored until next year for a new starter, any problem?', 'userflow-six-months'],
        ['the prepared pc will sit in the cupboard for eight months, is that ok?', 'userflow-six-months'],
        // The user's network for their part.
        ['the user will only have a phone hotspot at the site, does she need to do anything different?', 'userflow-what-user-needs'],
        // A time limit said to be too short: the ESP timeout.
        ['90 minutes is not enough for all our cad apps, how do i raise it', 'esp-timeout'],
        // What Reseal does, and whether it restarts.
        ['what does the reseal button really do', 'flow-success-reseal'],
        ['will reseal restart the laptop into windows?', 'flow-after-reseal'],
        // How long a profile takes to show Assigned: it varies.
        ['how long until the deployment profile is assigned to the new serials?', 'admin-profile-status'],
        ['the laptops still show not assigned two hours later, how long should this take', 'admin-profile-status'],
        // Account setup absent or idle at the bench: expected, it waits for the user.
        ['why did account setup not appear when we prepped the laptops at the bench?', 'flow-esp'],
        ['account setup just sits there on the tech bench, is something wrong', 'flow-esp'],
        // The network gear failed under the devices and an error came: the network-lost card (logs, then Retry).
        ['the router restarted while six laptops were in device setup and they all show an error', 'flow-interrupted'],
        ['the wall port was flaky and the provisioning failed, plugged into another one, start over?', 'flow-interrupted'],
        // The profile assigned to the group, the devices not getting it.
        ['we assigned the deployment profile to the group yesterday but none of the devices show it', 'error-profile-assignment-stuck'],
        // The ESP running long, whether to worry; a failure at the same hour every time.
        ['device setup has been going for over an hour now, should i be concerned?', 'tip-expected-duration'],
        ['every time the bench run fails after exactly one hour, what is going on', 'esp-timeout'],
        // A user-context script during the ESP; an installer that restarts the device and the ESP hangs.
        ['our drive mapping script runs as the signed-in user and never runs at the bench', 'error-script-fails-during-esp'],
        ['the cad installer restarts the pc by itself and the esp is stuck after that', 'error-app-reboot'],
        // Group tags added in Excel: a CSV question, however the tags are written.
        ['the import fails since i added group tags to each row in excel', 'error-hash-import-fails'],
        // The user's name already on the sign-in page at the bench: never their password.
        ['the sign-in page on the bench pc has the user name pre-filled, should i enter their password?', 'flow-win-key'],
        // Just imported: the Windows key doing nothing; about to start.
        ['pressing the windows key does nothing, we only just registered it an hour ago', 'error-win-key-does-nothing'],
        ['we just uploaded the csv, can we start the bench now?', 'admin-profile-status'],
        // "Something went wrong" in OOBE with no code, on a network: blocked identity URLs.
        ['something went wrong shows in oobe as soon as it joins the warehouse wifi', 'error-oobeidps'],
        // Conditional Access blocking the enrollment at the bench.
        ['our ca policy requires compliant devices and now enrolment fails during pre-provisioning', 'error-conditional-access-enrollment'],
        // Someone other than the assigned user signing in.
        ['the laptop is assigned to Priya but a different nurse picked it up, can she log in?', 'error-adfs-other-user-signs-in'],
        // A device back from use or repair, to be done again: delete its Intune record first.
        ['this one came back from the field office after a repair, we need to redo it', 'req-reuse-device'],
        ['we did the whole bench prep for a contractor who left, can I run the same process again for the new person?', 'req-reuse-device'],
        // A network with a page to click through before the internet works.
        ['the hotel wifi wants you to accept terms on a page first, will the laptop cope during setup?', 'req-network-guest-wifi'],
        // What a screen shows, asked for a checklist: the screen, not the pre-flight checklist.
        ['for the bench checklist: what details should the student techs verify on the Windows Autopilot Configuration screen?', 'flow-config-screen'],
        // The configuration screen without a user: optional.
        ['the configuration page has the org name and profile but no user, is that ok?', 'flow-config-screen'],
        // What the user does, asked for a guide.
        ['what will the new starter actually have to do when she receives it? writing a handout', 'step-9'],
        // What installs while the device is with IT, against what waits for the user.
        ['what exactly is installed while the laptops sit on our tech bench, only device things?', 'overview-what-installs'],
        ['do user-targeted settings apply during pre-provisioning?', 'overview-what-installs'],
        // The success screen against the apps: it proves enrollment only.
        ['the success page came up but some apps are missing, how is that a success?', 'flow-success-caveat'],
        // Timing out again and again, asked what to change: the ESP time limit.
        ['the bench run keeps timing out with our big app list, what should we change', 'esp-timeout'],
        // Finished, and wanted at the user later the same day: the 90-minute wait.
        ['finished the bench part at 9, ok to ship it to the branch this afternoon?', 'userflow-wait-90-minutes'],
        // Two things asked side by side, whatever surrounds them.
        ['explain the difference between the tech flow and the user flow for our new interns please', 'overview-two-flows'],
        ['device preparation vs device setup on that progress screen, in plain words?', 'flow-esp'],
        ['account setup compared to device setup in a sentence', 'esp-overview'],
        // Windows 10 and 11 side by side, however the second is written; the option's name on one of them.
        ['are the buttons the same on windows 10 and 11 at the bench?', 'overview-win10-vs-win11'],
        ['one laptop is still on win10, what is the option called on that one', 'flow-options-screen'],
        // The hash sent from a device at OOBE.
        ['can we upload the hardware hash right from the oobe screen instead of a csv?', 'admin-hash-existing-device'],
        // Two profiles on one device or group: the oldest deployment profile wins; for the ESP, its priority.
        ['two deployment profiles target the same devices, which one wins?', 'admin-profile-priority'],
        ['both esp profiles are assigned to this group, which one applies', 'esp-targeting'],
        // The Enrolled date read as wrong.
        ['the enrolled date for these laptops is weeks before we set them up, why?', 'error-enrolled-date-not-user'],
        // The setting that turns on the technician flow; whether an ESP of one's own is needed.
        ['what option on the deployment profile turns on the technician phase?', 'admin-allow-pre-provisioned'],
        ['is the esp optional for pre-provisioning?', 'step-5'],
        ['we have the default esp, is that sufficient?', 'step-5'],
        // Assigned after the bench: the user flow installs it (a new app assigned is no person assigned).
        ['we assigned a new app to the laptops after reseal, will the user still get it?', 'userflow-assigned-after-reseal'],
        // Admin rights for the user: the profile's User account type.
        ['will our teachers be local admins on the new laptops?', 'admin-user-account-type'],
        // Nothing assigned yet: at least one app and one policy.
        ['nothing is assigned in the new tenant yet, does pre-provisioning still work?', 'tip-assignments'],
        // A restart straight after Provision; which comes first; whether the user sees the ESP at all.
        ['pressed next and the pc restarted immediately, is something wrong?', 'flow-provision'],
        ['which comes first, joining or the apps?', 'flow-esp'],
        ['will the staff even see the progress screen at all after what we did?', 'userflow-esp'],
        // Stored for months before the bench: the clock first. What to verify in the devices list.
        ['these laptops were in storage for eight months, anything we should do before we start?', 'error-clock-skew'],
        ['what should I check in the autopilot devices list first?', 'admin-profile-status'],
        ['what do we need in place before we start the bench on the new batch?', 'admin-profile-status'],
        // The ESP switched off so the run goes faster; why a custom ESP beside the default.
        ['could we turn the esp off for this batch so it finishes sooner', 'flow-success-caveat'],
        ['the tenant has a default esp, why should i create my own one?', 'step-5'],
        // What Securing your hardware is doing; internet when the user first turns it on.
        ['it has been on securing your hardware for ages, what is this step actually doing?', 'esp-device-preparation'],
        ['does the pc need a network when the nurse first turns it on?', 'userflow-what-user-needs']
    ])('"%s" answers %s', (text, entryId) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId });
    });

    it.each([
        // A count joined to its thing by a hyphen, an amount of money, a tool's name ending in a word, a cabling standard.
        'we have a 150-laptop order arriving, anything to check in intune first?',
        'the budget is 45000 for the refresh, does that cover intune?',
        'run the OA3Tool on the line before imaging',
        'terminate the cables to T568A at both ends'
    ])('"%s" names no device', (text) => {
        expect(findSerials(text)).toEqual([]);
    });
});
