import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBot, type Bot } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import { startDemoTenant, type DemoTenant } from '../../src/demo/demoTenant';
import { DEMO_TIMELINE } from '../../src/demo/scenarios/demoDevices';
import { messageActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

const POLL_MS = 5_000;
/** The silent device started 2 minutes before the tenant: it is in progress when watched, stalled a minute later. */
const STALL_AFTER_MINUTES = 3;
const SILENT_STARTED = -2;

/**
 * The "done when", over real HTTP on both sides: a technician watches the demo tenant's three moving devices
 * in their own words, the monitor polls every 5 s with STALL_AFTER_MINUTES=3 (the silent device is in progress when
 * watched, stalled a minute later), one alert each arrives at the channel, the bot restarts, and nothing repeats.
 * Time is the demo tenant's clock, stepped one poll interval at a time.
 */
describe('watching the moving demo devices end to end', () => {
    let dataDir: string;
    let channel: FakeChannel;
    let demo: DemoTenant;
    let t: number;
    const now = () => new Date(t);
    const started = Date.now();

    beforeAll(async () => {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-e2e-'));
        channel = await new FakeChannel().start();
        t = started;
        demo = await startDemoTenant({ now, startedAt: new Date(started) });
    });
    afterAll(async () => {
        await demo.close();
        await channel.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
    });

    async function boot(): Promise<{ bot: Bot; url: string }> {
        // The monitor's own timer is slowed right down: the test runs each cycle itself, stepping the clock.
        const settings = loadSettings({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PLAYGROUND: 'off', MONITOR_POLL_SECONDS: '3600', STALL_AFTER_MINUTES: STALL_AFTER_MINUTES.toString() });
        const bot = await buildBot(settings, silentLogger, { graphBaseUrl: demo.baseUrl, graphRetryDelaySeconds: 0, now });
        return { bot, url: (await bot.start())! };
    }

    async function say(url: string, text: string): Promise<string> {
        const before = channel.received.length;
        const response = await fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(messageActivity(text, { serviceUrl: channel.serviceUrl, timestamp: now() }))
        });
        expect(response.status).toBe(200);
        return (await channel.waitForReplies(before + 1))[before].body.summary as string;
    }

    /** Alerts received so far, as `serial: title` with the simulated second they arrived. */
    const alerts: { text: string; at: number }[] = [];
    function collect(from: number): void {
        for (const received of channel.received.slice(from)) {
            const card = received.body.attachments?.[0]?.content;
            // Alert cards are the ones whose Escalate button carries the alert kind.
            if (!card || !JSON.stringify(card).includes('alertKind')) continue;
            const texts = (card.body[0].items as { text: string }[]).map((item) => item.text);
            alerts.push({ text: `${texts.find((x) => x.startsWith('Device '))?.split(' ')[1]}: ${texts.find((x) => /stalled|failed|Reseal/.test(x))}`, at: (t - started) / 1000 });
        }
    }

    async function pollUntil(minutes: number, bot: Bot): Promise<void> {
        while (t - started < minutes * 60_000) {
            t += POLL_MS;
            const before = channel.received.length;
            await bot.deps.monitor.runCycle();
            collect(before);
        }
    }

    test('one alert each, promptly; a restart repeats nothing', async () => {
        const first = await boot();
        expect(await say(first.url, 'watch 5CD4017HJT')).toMatch(/^Watching 5CD4017HJT\. Right now: Provisioning in progress/);
        expect(await say(first.url, 'ping me if R90W2K4F gets stuck')).toMatch(/^Watching R90W2K4F\. Right now: Ready for the technician flow/);
        expect(await say(first.url, 'let me know when CZC5120M7Q is done')).toMatch(/^Watching CZC5120M7Q/);

        await pollUntil(DEMO_TIMELINE.successEnds + 1, first.bot);
        expect(alerts.map((a) => a.text)).toEqual(['5CD4017HJT: Provisioning looks stalled', 'R90W2K4F: Provisioning failed', 'CZC5120M7Q: Ready to Reseal']);
        // Each within one poll interval of becoming true.
        expect(alerts[0].at - (STALL_AFTER_MINUTES + SILENT_STARTED) * 60).toBeLessThanOrEqual(POLL_MS / 1000);
        expect(alerts[1].at - DEMO_TIMELINE.failEnds * 60).toBeLessThanOrEqual(POLL_MS / 1000);
        expect(alerts[2].at - DEMO_TIMELINE.successEnds * 60).toBeLessThanOrEqual(POLL_MS / 1000);
        await first.bot.stop();

        const second = await boot();
        await pollUntil(DEMO_TIMELINE.successEnds + 3, second.bot);
        expect(alerts).toHaveLength(3);
        expect(await say(second.url, 'what am I watching')).toBe('Watching 5CD4017HJT, R90W2K4F.');
        await second.bot.stop();
    });
});
