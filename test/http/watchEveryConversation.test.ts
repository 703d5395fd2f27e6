import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { buildBot, type Bot } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import { messageActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

const TENANT = 'tenant-every';
const STALLED = '5CD3384F7K';
const FAILED = '038511294557';
const READY = 'CZC2410A01';

/**
 * Issue 10, "every watch gets its own single alert", and issue 12, "never twice": one device watched from a personal
 * chat, then (after the monitor has already read it) from a group chat and a team channel, over real HTTP on both
 * sides. Each conversation is told once about the state the device is already in, stalled, failed or ready: in the
 * answer to its watch, so the monitor sends none of it again, restart included.
 */
describe('every conversation watching a device gets its own alert', () => {
    let dataDir: string;
    let channel: FakeChannel;

    beforeAll(async () => {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'watch-every-'));
        channel = await new FakeChannel().start();
    });
    /** Bots still running, stopped even when an expectation fails so the test run can exit. */
    const running: Bot[] = [];
    afterEach(async () => {
        for (const bot of running.splice(0)) await bot.stop();
    });
    afterAll(async () => {
        await channel.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
    });

    async function boot(): Promise<{ bot: Bot; url: string }> {
        const settings = loadSettings({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PLAYGROUND: 'off', MONITOR_POLL_SECONDS: '3600' });
        const bot = await buildBot(settings, silentLogger, { graphRetryDelaySeconds: 0 });
        return { bot, url: (await bot.start())! };
    }

    const places: Record<string, Partial<Activity>> = {
        personal: { conversation: { id: 'a:every-personal', conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' } },
        group: { conversation: { id: '19:every-group@thread.v2', conversationType: 'groupChat', tenantId: TENANT, isGroup: true, name: 'Bench' } },
        channel: {
            conversation: { id: '19:every-channel@thread.tacv2;messageid=1700000000000', conversationType: 'channel', tenantId: TENANT, isGroup: true, name: '' },
            channelData: { tenant: { id: TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:every-channel@thread.tacv2' } }
        }
    };

    async function say(url: string, place: string, text: string): Promise<string> {
        const before = channel.received.length;
        const response = await fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(messageActivity(text, { serviceUrl: channel.serviceUrl, ...places[place] }))
        });
        expect(response.status).toBe(200);
        return (await channel.waitForReplies(before + 1))[before].body.summary as string;
    }

    /** Alert cards received since `from`, as `conversation serial: title`. */
    function alertsSince(from: number): string[] {
        return channel.received.slice(from).flatMap((received) => {
            const card = received.body.attachments?.[0]?.content;
            if (!card || !JSON.stringify(card).includes('alertKind')) return [];
            const texts = JSON.stringify(card);
            const serial = [STALLED, FAILED, READY].find((s) => texts.includes(s));
            const title = /Provisioning looks stalled|Provisioning failed|Ready to Reseal/.exec(texts)?.[0];
            const place = Object.keys(places).find((p) => received.path.includes(encodeURIComponent(places[p].conversation!.id)));
            return [`${place} ${serial}: ${title}`];
        });
    }

    /** What each watch answer says of a device already there. */
    const toldNow: Record<string, RegExp> = {
        [STALLED]: new RegExp(`^Watching ${STALLED}\\. It already looks stalled: running for \\d+ (min|h)`),
        [FAILED]: new RegExp(`^Watching ${FAILED}\\. It has already failed\\.`),
        [READY]: new RegExp(`^${READY} is already ready to Reseal: nothing left to watch for`)
    };

    test('personal first, then a group and a channel on the unchanged devices: each told in its answer, no alert repeats it', async () => {
        const { bot, url } = await boot();
        running.push(bot);
        const from = channel.received.length;
        for (const serial of [STALLED, FAILED, READY]) expect(await say(url, 'personal', `notify me about ${serial}`)).toMatch(toldNow[serial]);
        await bot.deps.monitor.runCycle();

        for (const place of ['group', 'channel']) {
            for (const serial of [STALLED, FAILED, READY]) expect(await say(url, place, `watch ${serial}`)).toMatch(toldNow[serial]);
        }
        await bot.deps.monitor.runCycle();
        await bot.deps.monitor.runCycle();
        await bot.stop();
        running.splice(0);
        const restarted = await boot();
        running.push(restarted.bot);
        await restarted.bot.deps.monitor.runCycle();
        expect(alertsSince(from)).toEqual([]);
    });
});
