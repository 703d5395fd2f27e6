import { ConfigError, loadSettings } from '../../src/config';

describe('escalation settings', () => {
    it('are off or empty by default', () => {
        expect(loadSettings({}).escalation).toEqual({ defaultChannelId: undefined, adminIds: [], autoEscalateAfterMinutes: undefined });
    });

    it('read the helpdesk channel, admin ids (any case, any separator) and the auto-escalation delay', () => {
        const settings = loadSettings({
            HELPDESK_CHANNEL_ID: '19:abc123@thread.tacv2',
            HELPDESK_ADMIN_IDS: '0E1B6A2C-1111-4A2B-9C3D-00000000A001, 0e1b6a2c-2222-4a2b-9c3d-00000000b002;0e1b6a2c-3333-4a2b-9c3d-00000000c003',
            AUTO_ESCALATE_AFTER_MINUTES: '30'
        });
        expect(settings.escalation).toEqual({
            defaultChannelId: '19:abc123@thread.tacv2',
            adminIds: ['0e1b6a2c-1111-4a2b-9c3d-00000000a001', '0e1b6a2c-2222-4a2b-9c3d-00000000b002', '0e1b6a2c-3333-4a2b-9c3d-00000000c003'],
            autoEscalateAfterMinutes: 30
        });
    });

    it.each([
        ['HELPDESK_CHANNEL_ID', 'General'],
        ['HELPDESK_ADMIN_IDS', 'alex@contoso.com'],
        ['AUTO_ESCALATE_AFTER_MINUTES', '0'],
        ['AUTO_ESCALATE_AFTER_MINUTES', 'soon']
    ])('a bad %s (%s) stops the start with a message naming it', (name, value) => {
        expect(() => loadSettings({ [name]: value })).toThrow(ConfigError);
        expect(() => loadSettings({ [name]: value })).toThrow(name);
    });
});
