import { matchEscalationCommand } from '../../src/escalation/commands';

describe('escalation commands in chat', () => {
    it.each([
        ['use this channel for escalations', { kind: 'registerChannel' }],
        ['Please use this channel as the helpdesk channel', { kind: 'registerChannel' }],
        ['set this as the helpdesk channel', { kind: 'registerChannel' }],
        ['send escalations here', { kind: 'registerChannel' }],
        ['this is the helpdesk channel', { kind: 'registerChannel' }],
        ['where do escalations go?', { kind: 'whereChannel' }],
        ['which channel do escalations go to', { kind: 'whereChannel' }],
        ["what's the helpdesk channel?", { kind: 'whereChannel' }],
        ['who gets escalations', { kind: 'whereChannel' }],
        ['escalate PF3XYZ12 red screen after the apps step', { kind: 'escalate', rest: 'PF3XYZ12 red screen after the apps step' }],
        ['pls escalate this to the helpdesk: stuck on apps', { kind: 'escalate', rest: 'stuck on apps' }],
        ['escalate', { kind: 'escalate', rest: '' }],
        ['esclate PF3XYZ12', { kind: 'escalate', rest: 'PF3XYZ12' }],
        ['send PF3XYZ12 to the helpdesk, red screen', { kind: 'escalate', rest: 'PF3XYZ12 , red screen' }],
        ['note for ESC-12: retried, same error', { kind: 'note', caseNumber: 12, text: 'retried, same error' }],
        ['add a note to esc 3 - swapped the cable', { kind: 'note', caseNumber: 3, text: 'swapped the cable' }],
        ['ESC-4: it came back after reboot', { kind: 'note', caseNumber: 4, text: 'it came back after reboot' }],
        ['show ESC-12', { kind: 'show', caseNumber: 12 }],
        ['ESC-12', { kind: 'show', caseNumber: 12 }],
        ["what's happening with esc-7?", { kind: 'show', caseNumber: 7 }],
        ['take ESC-9', { kind: 'take', caseNumber: 9 }],
        ['resolve ESC-9: replaced the TPM board', { kind: 'resolve', caseNumber: 9, text: 'replaced the TPM board' }],
        ['my open cases', { kind: 'myCases' }],
        ['show my escalations', { kind: 'myCases' }],
        ['open cases', { kind: 'openCases' }],
        ['list open escalations?', { kind: 'openCases' }]
    ])('%s', (text, command) => expect(matchEscalationCommand(text)).toEqual(command));

    it.each([
        'when should I escalate a 0x800705b4?',
        'escalate or retry?',
        'escalate to microsoft support?',
        'escalate to the OEM',
        'escalate?',
        'create a teams channel for the helpdesk',
        'escalate when the ESP times out?',
        'how do I escalate',
        'status PF3XYZ12',
        'what is step 8',
        'use this for step 8',
        'note that the TPM is 2.0',
        ''
    ])('%s is not an escalation command', (text) => expect(matchEscalationCommand(text)).toBeUndefined());
});
