import { matchAssignCommand } from '../../src/assign/commands';

const ZTD = 'e13be37b-0c1d-4f5e-9a8b-1234567890ab';

describe('assignment commands in chat', () => {
    it.each([
        ['assign ana.silva@contoso.com to PF3XYZ12', { kind: 'assign', user: 'ana.silva@contoso.com', device: 'PF3XYZ12' }],
        ['give PF3XYZ12 to Ana Silva', { kind: 'assign', user: 'Ana Silva', device: 'PF3XYZ12' }],
        ['please assign Ana Silva to device PF3XYZ12.', { kind: 'assign', user: 'Ana Silva', device: 'PF3XYZ12' }],
        ['assign PF3XYZ12 to ana', { kind: 'assign', user: 'ana', device: 'PF3XYZ12' }],
        ['assign user Ana Costa to pf3xyz12', { kind: 'assign', user: 'Ana Costa', device: 'pf3xyz12' }],
        ['hand laptop PF3XYZ12 over to Tom Becker', { kind: 'assign', user: 'Tom Becker', device: 'PF3XYZ12' }],
        ['give it to Ana', { kind: 'assign', user: 'Ana' }],
        ['assign ana to this device', { kind: 'assign', user: 'ana' }],
        [`assign ana.silva@contoso.com to ${ZTD}`, { kind: 'assign', user: 'ana.silva@contoso.com', device: ZTD }],
        ['set the user of PF3XYZ12 to Ana Silva', { kind: 'assign', user: 'Ana Silva', device: 'PF3XYZ12' }],
        ['make Ana Silva the user of PF3XYZ12', { kind: 'assign', user: 'Ana Silva', device: 'PF3XYZ12' }],
        ['assign a user to PF3XYZ12', { kind: 'assign', device: 'PF3XYZ12' }],
        ['assign PF3XYZ12', { kind: 'assign', device: 'PF3XYZ12' }],
        ['remove the user from PF3XYZ12', { kind: 'unassign', device: 'PF3XYZ12' }],
        ['unassign PF3XYZ12', { kind: 'unassign', device: 'PF3XYZ12' }],
        ['remove the assigned user from this device', { kind: 'unassign' }],
        ['who changed PF3XYZ12', { kind: 'history', device: 'PF3XYZ12' }],
        ['who changed PF3XYZ12?', { kind: 'history', device: 'PF3XYZ12' }],
        ['who assigned the user of PF3XYZ12', { kind: 'history', device: 'PF3XYZ12' }],
        ['assignment history for PF3XYZ12', { kind: 'history', device: 'PF3XYZ12' }]
    ])('%s', (text, expected) => {
        expect(matchAssignCommand(text)).toEqual(expected);
    });

    it.each([
        'how do I assign a user to a device?',
        'assign a user to a device',
        'should I assign a user before pre-provisioning?',
        'give this to the helpdesk',
        'give me step 8 for Windows 11',
        'status PF3XYZ12',
        'what does assigning a user do',
        'remove the user',
        ''
    ])('leaves "%s" to the rest of the chat', (text) => {
        expect(matchAssignCommand(text)).toBeUndefined();
    });
});
