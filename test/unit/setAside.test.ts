import { withoutSetAside } from '../../src/knowledge/setAside';
import { understanding } from '../support/knowledge';

describe('what a question sets aside', () => {
    it.each([
        ['not asking how to write a compliance policy! why does the laptop go non-compliant', 'why does the laptop go non-compliant'],
        // What the site does not have is a fact about it, not the subject.
        ['join type in the deployment profile for our setup (no on-prem AD)', 'join type in the deployment profile for our setup'],
        ['we have no domain controller at all, which join type', 'we have , which join type'],
        ["I'm not talking about conditional access, why is the device not compliant", 'why is the device not compliant'],
        ['not the profile assignment — I mean assigning the laptop to a person', 'I mean assigning the laptop to a person'],
        ['assign the laptop to a person, not the profile', 'assign the laptop to a person'],
        ["this isn't an outlook question: the office apps fail during device setup", 'the office apps fail during device setup'],
        ['never mind the printer, why does the esp hang on apps', 'why does the esp hang on apps'],
        ["I don't mean windows hello for business setup, the PIN screen after sign-in", 'the PIN screen after sign-in'],
        ['not compliance policies — why does the laptop go non compliant', 'why does the laptop go non compliant'],
        // "Not X but Y", and a short thing set against the one named right before it.
        ['not the tpm step but the apps step fails', 'but the apps step fails'],
        ['real laptop not a vm, stuck at preparing your device for mobile management', 'real laptop , stuck at preparing your device for mobile management'],
        ['on the dell not the hp, apps fail in device setup', 'on the dell , apps fail in device setup']
    ])('"%s" is asked without the part set aside', (text, rest) => {
        expect(withoutSetAside(text).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).toBe(rest);
    });

    it.each([
        'apps not installing during device setup',
        'not enrolling - what now',
        'the device is not the problem, the esp is',
        'it is not working after reseal',
        'not supported: what do I do now',
        'not working - the esp is stuck',
        // A state of the subject, not a second thing set against it.
        'why is the user not a local admin',
        'the hash is not a valid base64 string',
        'device setup not the account setup hangs'
    ])('a negated symptom is no set-aside: "%s" is read whole', (text) => {
        expect(withoutSetAside(text)).toBe(text);
    });

    it.each([
        ['on my phone, where is the enrollment status page setting in the admin center', 'where is the enrollment status page setting in the admin center'],
        ['replying from my mobile: how long does pre-provisioning take', 'how long does pre-provisioning take'],
        ['typing this on my phone, where do i import the hardware hash', 'where do i import the hardware hash'],
        ['on mobile atm - where is the autopilot profile in intune', 'where is the autopilot profile in intune'],
        ['how do I retry after the red screen (on my phone)', 'how do I retry after the red screen']
    ])('the phone a technician types on is an aside: "%s"', (text, rest) => {
        expect(withoutSetAside(text).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).toBe(rest);
    });

    it.each(['how do I install teams on my phone', 'how do I enroll an iphone', 'scan the qr with my phone to assign a user'])(
        'a phone that is the subject stays: "%s" is read whole',
        (text) => {
            expect(withoutSetAside(text)).toBe(text);
        }
    );

    it('a question that only sets something aside is read whole', () => {
        expect(withoutSetAside("I don't mean the esp")).toBe("I don't mean the esp");
    });
});

describe('a neighbour set aside decides neither scope nor the answer; the rest of the question does', () => {
    it.each([
        ['not asking how to create a compliance policy — why does the laptop go non-compliant right after first sign-in', 'error-non-compliant-user-flow'],
        ["not a defender question: antivirus blocks the win32 installs during the esp", 'error-antivirus-ime-cache'],
        ['not the autopilot profile assignment, I mean assigning the laptop to a person', 'step-7']
    ])('"%s" is answered', (text, entryId) => {
        expect(understanding.understand(text)).toEqual({ kind: 'answer', entryId });
    });

    it.each([
        ['on my phone, where is the enrollment status page setting in the admin center', 'step-5'],
        ['sorry on my phone, where do i find the deployment profile', 'step-6'],
        ['replying from my mobile: how long does pre-provisioning take', 'tip-expected-duration']
    ])('the phone typed on does not make a phone question: "%s" is answered', (text, entryId) => {
        expect(understanding.understand(text)).toEqual({ kind: 'answer', entryId });
    });

    it.each(['how do I enroll an iphone', 'how do I install teams on my phone', 'set up a work profile on android phones'])(
        'a phone as the subject is still declined: "%s"',
        (text) => {
            expect(understanding.understand(text)).toMatchObject({ kind: 'decline' });
        }
    );

    it.each([
        'not asking about the esp, how do I write a compliance policy for bitlocker',
        "I'm not asking about white glove: how do I set up a conditional access policy for countries"
    ])('a deployment word set aside does not keep a neighbour in scope: "%s" is declined', (text) => {
        expect(understanding.understand(text)).toMatchObject({ kind: 'decline' });
    });
});

describe('the tool a site moves from, named to compare, is no subject', () => {
    it.each([
        ['how long should pre provisioning take at the bench, our SCCM task sequence was about forty minutes', 'how long should pre provisioning take at the bench'],
        ['after the ESP finishes at the bench does it drop to a desktop like our SCCM task sequence did', 'after the ESP finishes at the bench does it drop to a desktop'],
        ['where do I set auto enrolment into intune? in SCCM the client just registered with the site', 'where do I set auto enrolment into intune'],
        ['dynamic device group rule for all autopilot devices, like a query collection in SCCM', 'dynamic device group rule for all autopilot devices'],
        ['in SCCM we named it in the TS. what macro puts the serial into the autopilot device name', 'what macro puts the serial into the autopilot device name'],
        ["for our SCCM people, what's the ESP roughly comparable to", "what's the ESP roughly comparable to"]
    ])('"%s" is asked without the comparison', (text, rest) => {
        expect(withoutSetAside(text).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).toBe(rest);
    });

    it.each(['how do I upgrade the SCCM client', 'we can pull HWIDs out of SCCM inventory', 'export the hashes from configmgr to a csv'])(
        'the tool as the subject stays: "%s" is read whole',
        (text) => {
            expect(withoutSetAside(text)).toBe(text);
        }
    );

    it.each([
        'how long should pre-provisioning take, our SCCM task sequence was about forty minutes',
        'in SCCM we just PXE booted. with autopilot pre-provisioning what do I press at the first screen',
        'after the ESP finishes at the bench does it drop to a desktop like our SCCM task sequence did'
    ])('"%s" is answered, not declined as Configuration Manager', (text) => {
        expect(understanding.understand(text).kind).toBe('answer');
    });
});
