import { OpenIdKeys, SigningKeysUnavailableError } from '../../src/server/openIdKeys';
import { OpenIdAuthority, TEST_KID } from '../support/openIdAuthority';
import { silentLogger } from '../support/silentLogger';

describe('OpenIdKeys: bounded, cached, shared fetching of channel signing keys', () => {
    let authority: OpenIdAuthority;
    beforeEach(async () => (authority = await new OpenIdAuthority().start()));
    afterEach(async () => authority.stop());

    it('fetches once for many concurrent requests and serves later ones from the cache', async () => {
        const keys = new OpenIdKeys({ metadataUrl: authority.metadataUrl, timeoutMs: 2000, logger: silentLogger });
        const found = await Promise.all(Array.from({ length: 20 }, () => keys.getKey(TEST_KID)));
        expect(found.every((k) => k?.key.includes('BEGIN PUBLIC KEY'))).toBe(true);
        await keys.getKey(TEST_KID);
        expect(authority.hits).toBe(2);
    });

    it('keeps the last good keys when a refresh fails', async () => {
        // A deadline a busy machine still meets for the first fetch (200 ms failed it under a parallel test run); the
        // hung refresh then waits it out once.
        const keys = new OpenIdKeys({ metadataUrl: authority.metadataUrl, timeoutMs: 1500, logger: silentLogger, refreshMs: 0, failureBackoffMs: 0 });
        expect(await keys.getKey(TEST_KID)).not.toBeNull();
        authority.mode = 'hang';
        expect(await keys.getKey(TEST_KID)).not.toBeNull();
    });

    it('answers null for an unknown kid, refetching at most once per interval', async () => {
        const keys = new OpenIdKeys({ metadataUrl: authority.metadataUrl, timeoutMs: 2000, logger: silentLogger });
        expect(await keys.getKey(TEST_KID)).not.toBeNull();
        const hits = authority.hits;
        for (let i = 0; i < 10; i += 1) expect(await keys.getKey(`forged-${i}`)).toBeNull();
        expect(authority.hits).toBe(hits);
    });

    it('says plainly that no key can be had when the authority never answered', async () => {
        authority.mode = 'hang';
        const keys = new OpenIdKeys({ metadataUrl: authority.metadataUrl, timeoutMs: 100, logger: silentLogger });
        await expect(keys.getKey(TEST_KID)).rejects.toBeInstanceOf(SigningKeysUnavailableError);
    });
});
