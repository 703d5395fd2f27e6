/**
 * Tuning conversations, scored like the held-out set (through the real Application, on what the technician
 * sees). Written next to the knowledge base, so they only show the failure classes of issue 9 stay fixed;
 * the held-out set says how the bot does on questions nobody here wrote.
 */
import type { EvalItem } from './heldoutSet';

export const conversations: EvalItem[] = [
    // A device named anywhere in a sentence goes to Intune.
    { id: 't-s1', kind: 'status', text: 'how is HX-77821 doing', serial: 'HX-77821' },
    { id: 't-s2', kind: 'status', text: 'is ABC-00917 stuck?', serial: 'ABC-00917' },
    { id: 't-s3', kind: 'status', text: 'any news on 5CG3291LQX', serial: '5CG3291LQX' },
    { id: 't-s4', kind: 'status', text: 'can you check PW0B7K3M for me', serial: 'PW0B7K3M' },
    { id: 't-s5', kind: 'status', text: 'Lenovo PF4KX21Q is it still in device setup?', serial: 'PF4KX21Q' },
    // Facets choose the answer.
    { id: 't-a1', kind: 'answer', text: 'which ESP phases run for the end user, not at the bench', mustMention: [['account setup']] },
    { id: 't-a2', kind: 'answer', text: 'how do i show the esp details on w11', mustMention: [['∨', 'chevron']] },
    { id: 't-a3', kind: 'answer', text: 'dots keep spinning on identifying', mustMention: [['identifying']] },
    { id: 't-a4', kind: 'answer', text: 'the demo app fails with 0x87D1041C during device setup', mustMention: [['0x87D1041C']] },
    // Follow-ups keep the topic.
    { id: 't-f1', kind: 'followup', turns: ['how do i show details on the esp on windows 10', 'and on w11?'], mustMention: [['Windows 11']] },
    { id: 't-f2', kind: 'followup', turns: ['which esp phases run in the technician flow', 'what about for the end user?'], mustMention: [['account setup']] },
    // Only the OS, the audience or the phase changes; the topic stays.
    { id: 't-f3', kind: 'followup', turns: ["how can I see what's installing on the ESP on win10", 'and on w11?'], mustMention: [['∨', 'chevron']] },
    { id: 't-f4', kind: 'followup', turns: ['it went green, now what', 'what about for the user afterwards'], mustMention: [['sign-in page']] },
    { id: 't-f5', kind: 'followup', turns: ['win11 laptop gives 0x81039023', "and if it's on w10?"], mustMention: [['Windows 10'], ['KB5013942']] },
    { id: 't-f6', kind: 'followup', turns: ['what installs during device setup', 'and in account setup?'], mustMention: [['Account setup installs']] },
    // The end user by what they are at their site, or as she/he signing in.
    { id: 't-f7', kind: 'followup', turns: ['which esp phases run at the bench', 'ok and for the pupils when they first log in?'], mustMention: [['account setup']] },
    { id: 't-f8', kind: 'followup', turns: ['it went green, now what', 'and what does the nurse see when she signs in'], mustMention: [['sign-in page']] },
    // A question with nothing of its own ("why?", "what do the buttons do?") asks about the last answer: never declined.
    { id: 't-f23', kind: 'followup', turns: ['red screen after device setup', 'what are the buttons for?'], mustMention: [['Retry'], ['Reset']] },
    { id: 't-f24', kind: 'followup', turns: ['start the user flow within how many months', 'why?'], mustMention: [['certificate']] },
    // A short follow-up naming another chip vendor keeps the TPM topic; a chip vendor asked about alone does not.
    { id: 't-f9', kind: 'followup', turns: ['which tpm endpoints must be open on the firewall', 'and qualcomm?'], mustMention: [['spserv']] },
    { id: 't-f10', kind: 'followup', turns: ['tpm attestation urls for intel', 'what about snapdragon'], mustMention: [['spserv']] },
    { id: 't-o-chip', kind: 'decline', text: 'which snapdragon phone is best' },
    // A follow-up changes one facet in more words than the facet: which devices ("the older win10 boxes"), when the
    // user gets it ("when they switch it on after the holidays"), which case of the same error ("a brand new one").
    { id: 't-f11', kind: 'followup', turns: ['on w11 which option do i pick after pressing the windows key 5x', 'same thing but for the older win10 boxes?'], mustMention: [['Windows Autopilot provisioning']] },
    { id: 't-f12', kind: 'followup', turns: ['how do i expand the esp details on windows 11', 'and on the older w10 laptops?'], mustMention: [['Show details']] },
    { id: 't-f13', kind: 'followup', turns: ['which esp phases run at the bench', 'and what do the teachers get when they switch it on after the holidays'], mustMention: [['account setup']] },
    { id: 't-f14', kind: 'followup', turns: ['it went green, now what', 'what would the employee see on monday when they power it on'], mustMention: [['sign-in page']] },
    { id: 't-f15', kind: 'followup', turns: ['0x80180014 when i redeploy a laptop we reused', "what if it's a brand new one that was never enrolled?"], mustMention: [['0x80180014'], ['Enrollment restrictions']] },
    { id: 't-f16', kind: 'followup', turns: ['0x80180014 on a reused laptop', 'and if the laptop is straight from the oem?'], mustMention: [['0x80180014'], ['Enrollment restrictions']] },
    { id: 't-f17', kind: 'followup', turns: ['win11 laptop gives 0x81039023', 'same question for the win 10 machines'], mustMention: [['KB5013942']] },
    { id: 't-f18', kind: 'followup', turns: ['what installs during device setup', 'same thing for account setup next week?'], mustMention: [['Account setup installs']] },
    { id: 't-f20', kind: 'followup', turns: ['0x80180014 on a laptop we wiped and reused', 'same error but the device is brand new'], mustMention: [['Enrollment restrictions']] },
    { id: 't-f21', kind: 'followup', turns: ['which esp phases run at the bench', 'and what will the kids see when they log on in the fall'], mustMention: [['account setup']] },
    // A new question after a topic is still read as new; with nothing before, a phase asked about for someone is a question.
    { id: 't-a9', kind: 'answer', text: 'what does the user see during account setup', mustMention: [['Account setup installs']] },
    { id: 't-f22', kind: 'followup', turns: ['win 11: which option after the windows key five times', 'same screen shows no pre-provision option at all on w10'], mustMention: [['option missing', 'does nothing']] },
    { id: 't-f19', kind: 'followup', turns: ['0x80180014 on a reused laptop', 'what if the tpm attestation fails on securing your hardware, what does that mean?'], mustMention: [['attestation']] },
    // Out of scope: declined once.
    { id: 't-o1', kind: 'decline', text: "what's the weather tomorrow" },
    { id: 't-o2', kind: 'decline', text: 'tell me a joke' },
    { id: 't-o3', kind: 'decline', text: 'my outlook keeps crashing' },
    { id: 't-o4', kind: 'decline', text: 'what is the capital of france' },
    // Neighbours that share words with pre-provisioning (issue 9, class 5): declined once, with where to go.
    { id: 't-o5', kind: 'decline', text: 'activation says 0xC004F211 since the logic board swap' },
    { id: 't-o6', kind: 'decline', text: 'how do we switch our clients from kms to mak keys' },
    { id: 't-o7', kind: 'decline', text: 'colleague got a new phone, need to reset her authenticator' },
    { id: 't-o8', kind: 'decline', text: 'dynamic membership rule for all users in marketing' },
    { id: 't-o9', kind: 'decline', text: 'teams admin: how do I give someone a calling plan number' },
    { id: 't-o10', kind: 'decline', text: 'what exclusions does defender need for visual studio' },
    { id: 't-o11', kind: 'decline', text: 'device prep: can i limit which scripts run' },
    { id: 't-o12', kind: 'decline', text: 'is apv2 the same as white glove' },
    { id: 't-o13', kind: 'decline', text: 'my anyconnect client keeps asking for the password' },
    { id: 't-o14', kind: 'decline', text: 'printer HP m404 says offline again' },
    { id: 't-o15', kind: 'decline', text: 'the usb-c port on my laptop is loose' },
    // Their in-scope sides stay answered.
    { id: 't-a5', kind: 'answer', text: 'antivirus keeps breaking the win32 installs in the esp', mustMention: [['IMECache', 'Intune Management Extension']] },
    { id: 't-a6', kind: 'answer', text: 'device preparation hangs on securing your hardware', mustMention: [['TPM', 'attestation']] },
    // Compliance lost right after the user signs in is a pre-provisioning consequence; writing a policy is not ours.
    { id: 't-a7', kind: 'answer', text: 'after the user signs in CA blocks outlook, device shows not compliant', mustMention: [['compliance'], ['user flow']] },
    { id: 't-o16', kind: 'decline', text: 'how do i create a compliance policy requiring bitlocker' },
    // A screen named by its title: the Windows 10 option and button.
    { id: 't-a8', kind: 'answer', text: 'win10 what would you like to do screen, which option', mustMention: [['Windows Autopilot provisioning'], ['Continue']] },
    // A serial in any case and shape is looked up; a short model token in an ordinary sentence is not.
    { id: 't-s9', kind: 'status', text: 'what about pw0b7k3m, done yet?', serial: 'pw0b7k3m' },
    { id: 't-s6', kind: 'status', text: 'status of R9-0XK2', serial: 'R9-0XK2' },
    // A device named to ask its state is looked up; a number offered as an example is not (unit tests: serialsInSentences).
    { id: 't-s7', kind: 'status', text: 'how is 2045187 doing', serial: '2045187' },
    { id: 't-s8', kind: 'status', text: 'looks like 5CG3291LQX failed again', serial: '5CG3291LQX' },
    // tcls F: a flow screen named outright after another screen is read on its own; a bare "where in Intune?" after an
    // error gets the card whose fix names the admin-center place; "the maximum?" after the 90-minute wait is six months.
    { id: 't-f26', kind: 'followup', turns: ['what is on the configuration screen', 'and the button after the green screen?'], mustMention: [['Reseal']] },
    { id: 't-f27', kind: 'followup', turns: ['got 0x80180014 during pre-provisioning', 'where exactly in intune?'], mustMention: [['Enrollment restrictions']] },
    { id: 't-f28', kind: 'followup', turns: ['how long before the user can sign in', 'and the maximum before it becomes a problem?'], mustMention: [['6 months']] },
    { id: 't-f29', kind: 'followup', turns: ['0x800705b4 at securing your hardware', 'where exactly in intune?'], mustMention: [['0x800705B4']] },
    // u1: after the shipping answer, what the user sees is the user flow itself (their words choose among entries as close).
    { id: 't-f25', kind: 'followup', turns: ['the laptop powered off after reseal, do i ship it like this', 'and what will the nurse see when she unpacks it'], mustMention: [['sign-in', 'sign in'], ['Account setup']] }
];
