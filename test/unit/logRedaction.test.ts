import { EventEmitter } from 'node:events';
import { buildBot } from '../../src/compose/buildBot';
import { createAdapter } from '../../src/server/botAdapter';
import { loadSettings } from '../../src/config';
import { guardProcess } from '../../src/server/processGuards';
import { openDatabase } from '../../src/store/database';
import { inConversation, messageActivity } from '../support/activities';
import { capturedLog } from '../support/capturedLog';
import { OfflineCredentials, OpenIdAuthority, TEST_APP_ID, TEST_TENANT_ID } from '../support/openIdAuthority';

const PASSWORD = 'Bot-Password-Never-Logged-7f3a';
const TOKEN_SECRET = 'TokenSecretPartNeverLogged';

/**
 * Secrets stay out of the log at every level (issue 8 item 7): the bot password and callers' tokens never appear,
 * even at trace, and stack traces only appear at debug.
 */
describe('log redaction', () => {
    it('redacts secrets in the paths the logger knows', () => {
        const log = capturedLog('trace');
        log.logger.info({ req: { headers: { authorization: `Bearer ${TOKEN_SECRET}` } }, config: { bot: { password: PASSWORD } }, x: { secret: PASSWORD } }, 'probe');
        expect(log.raw()).not.toContain(TOKEN_SECRET);
        expect(log.raw()).not.toContain(PASSWORD);
        expect(log.raw()).toContain('[redacted]');
    });

    it('never writes the bot password or a caller token, however the request fails', async () => {
        const log = capturedLog('trace');
        const authority = await new OpenIdAuthority().start();
        const settings = loadSettings({ BOT_ID: TEST_APP_ID, BOT_PASSWORD: PASSWORD, ALLOWED_TENANT_IDS: TEST_TENANT_ID, PLAYGROUND: 'off', PORT: '0', HOST: '127.0.0.1' });
        const adapter = createAdapter({ bot: settings.bot, logger: log.logger, credentialsFactory: new OfflineCredentials(), authOverrides: authority.authOverrides() });
        const bot = await buildBot(settings, log.logger, { adapter, db: openDatabase(':memory:'), graphBaseUrl: 'http://127.0.0.1:9', ai: null });
        const url = (await bot.start())!;
        try {
            const forged = authority.token({ secret: TOKEN_SECRET }, { kid: 'unknown-kid' });
            for (const authorization of [`Bearer ${TOKEN_SECRET}`, `Bearer ${forged}`, `Basic ${TOKEN_SECRET}`]) {
                await fetch(`${url}/api/messages`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', authorization },
                    body: JSON.stringify(messageActivity('step 1', { serviceUrl: 'http://127.0.0.1:9', ...inConversation('redaction', TEST_TENANT_ID) }))
                });
            }
        } finally {
            await bot.stop();
            await authority.stop();
        }
        expect(log.lines.length).toBeGreaterThan(0);
        expect(log.raw()).not.toContain(PASSWORD);
        expect(log.raw()).not.toContain(TOKEN_SECRET);
        expect(log.raw()).not.toContain(forgedPayloadMarker());
    });

    it('logs stack traces only at debug', () => {
        const info = capturedLog('info');
        const target = new EventEmitter();
        const remove = guardProcess(info.logger, target as unknown as NodeJS.Process);
        target.emit('unhandledRejection', new Error('boom'));
        remove();
        expect(info.raw()).toContain('boom');
        expect(info.raw()).not.toMatch(/\bat .*:\d+:\d+/);
    });
});

/** The base64url of the claim that carries the secret inside a JWT, which must not be logged either. */
function forgedPayloadMarker(): string {
    return Buffer.from(`"secret":"${TOKEN_SECRET}"`).toString('base64url').slice(4, 24);
}
