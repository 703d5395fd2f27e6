import { matchIntent } from '../../src/bot/intents';
import { withOurNames } from '../../src/knowledge/synonyms';
import { understanding } from '../support/knowledge';

describe('other names: read as the name the knowledge uses', () => {
    it.each([
        ['the success window came up, now what', 'the success screen came up, now what'],
        ['a window asks for a PIN', 'a screen asks for a PIN'],
        ['the progress display sits on apps', 'the progress screen sits on apps'],
        ['where do I make the enrollment status window profile', 'where do I make the enrollment status page profile'],
        ['enrolment status display in intune', 'enrolment status page in intune'],
        ['hybrid or AAD join?', 'hybrid or Entra join?'],
        ['Azure AD joined or hybrid', 'Entra joined or hybrid'],
        ['is it enrolled in Endpoint Manager', 'is it enrolled in Intune'],
        ['no MEM licence', 'no Intune licence'],
        ['name them WRD-<S/N>', 'name them WRD-<serial>'],
        ['a good notebook for developers', 'a good laptop for developers'],
        ['what does the employee see', 'what does the end user see'],
        ['how long does the engineer part take', 'how long does the technician part take'],
        ['my engineers at the bench', 'my technicians at the bench'],
        ['the fault screen', 'the failure screen'],
        ['the login with your work account page', 'the sign in with your work account page'],
        ['it went red in device setup', 'it got the red screen in device setup'],
        ['turned green at last', 'got the green screen at last'],
        ['is atleast 1 app needed', 'is at least 1 app needed'],
        ['can it run aswell', 'can it run as well'],
        // A job named as the person the device is for: the user Intune assigns, or the person at their device.
        ['how to assign a driver to an autopilot device', 'how to assign a user to an autopilot device'],
        ['no student assigned yet, which apps install', 'no user assigned yet, which apps install'],
        ['do I need the driver password during the tech phase', 'do I need the end user password during the tech phase'],
        ["the nurse's account is locked at sign-in", "the end user's account is locked at sign-in"],
        ['driver took the laptop and switched it on', 'end user took the laptop and switched it on'],
        ['when the teacher signs in, what runs', 'when the end user signs in, what runs'],
        // Issue 9, sets X and Z: more jobs (a bank's tellers, an airline's crews), after "will" too.
        ['what will cabin crew see when they open the box', 'what will end user see when they open the box'],
        ['will pilots end up local admin on the tablet', 'will end users end up local admin on the tablet'],
        ['how do I pre-assign the first officer to her tablet', 'how do I pre-assign the user to her tablet'],
        ['assign a teller to the device', 'assign a user to the device'],
        ['will the teller be a local admin after setup', 'will the end user be a local admin after setup'],
        // Autopilot shortened to AP beside what Autopilot has; a wireless access point stays one.
        ['now AP fails on those laptops', 'now Autopilot fails on those laptops'],
        ['the AP profile is not assigned', 'the Autopilot profile is not assigned'],
        ['the AP is dropping wifi', 'the AP is dropping wifi'],
        ['which event log has the ap stuff in it', 'which event log has the Autopilot stuff in it'],
        // Issue 9, set Y: shorthand typists' pre-provisioning and laptops.
        ['does that matter for pp', 'does that matter for pre-provisioning'],
        ['a lappy that already went thru pp', 'a laptop that already went thru pre-provisioning'],
        ["30 lappies pp'd yesterday", '30 laptops pre-provisioned yesterday'],
        // Set AB: anyone assigned to one device is the user; MFA described; "enough for AP".
        ['How do I pre-assign a caseworker to a specific laptop in Intune?', 'How do I pre-assign a user to a specific laptop in Intune?'],
        ['the extra security step on first sign-in', 'the MFA step on first sign-in'],
        ['is business premium enough for ap?', 'is business premium enough for Autopilot?']
    ])('"%s" reads "%s"', (text, read) => {
        expect(withOurNames(text)).toBe(read);
    });

    it.each([
        'we have a 90-minute window before go-live',
        'the maintenance window is tonight',
        'a window of two days',
        'open a command prompt window with shift+f10',
        'is it window 11 only',
        'change the display language',
        'the display name of the group',
        'the app uses a lot of mem',
        'MEMCM client on the device',
        'AADSTS50105 at sign-in',
        'my OneNote notebook',
        'what do I hand over to the engineers',
        // A device driver stays one.
        'no driver for the network card in OOBE',
        'the driver is missing for the nic',
        'assign the driver package to the device group',
        'driver update broke the touchpad',
        'see pp. 12 of the manual',
        'PP is the project lead',
        'assign the app to the device',
        'assign a profile to the laptop'
    ])('left as it is: "%s"', (text) => {
        expect(withOurNames(text)).toBe(text);
    });

    it.each([
        ['green window came up!! now what', 'green screen came up!! now what'],
        ['which window do i start from? it is on the language picker', 'which screen do i start from? it is on the language picker'],
        ['does the success display say how long it took', 'does the success screen say how long it took'],
        ['new laptops: hybrid or aad join, what does MS recommend', 'new laptops: hybrid or entra join, what does MS recommend'],
        ['is the device enrolled in MEM after i import the hash', 'is the device enrolled in intune after i import the hash'],
        ['what does the employee see when they open the box', 'what does the end user see when they open the box']
    ])('the bot answers "%s" as "%s"', (text, read) => {
        expect(matchIntent(text, understanding)).toEqual(matchIntent(read, understanding));
    });

    it.each(['it went red, what now', 'went red in device setup', 'laptop turned red after device setup'])('"%s" is the failure screen', (text) => {
        expect(matchIntent(text, understanding)).toMatchObject({ kind: 'answer', entryId: 'flow-failure' });
    });
});
