/**
 * Screenshots of a real session for the README ("What it looks like"): the bot in local mode (the same wiring as
 * `npm start`: demo Graph tenant, Microsoft 365 Agents Playground), driven through the playground's web UI in
 * Debian's headless Chromium, each moment captured at a wide desktop width and at phone width.
 * Run: npm run screenshots [-- --out=docs/images]   (needs /usr/bin/chromium; not part of `npm test`)
 *
 * Nothing leaves the machine: the bot, the demo tenant and the playground listen on loopback, and the browser aborts
 * every request that is not for 127.0.0.1 / localhost (the playground's CDN fonts fall back to local ones).
 */
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { loadSettings } from '../src/config';
import { createLogger } from '../src/logger';
import { startService, type RunningService } from '../src/index';
import { DEMO_TIMELINE } from '../src/demo/scenarios/demoDevices';
import { assertChromium, chromiumOfflineArgs, chromiumPath } from './cardPreview';

/** The widths a shot is taken at: the desktop playground, and a phone (the chat pane alone, cards at full width). */
export const shotLayouts = {
    wide: { width: 1280, minHeight: 900 },
    phone: { width: 360, minHeight: 740 }
} as const;
export type ShotLayout = keyof typeof shotLayouts;

/** Every moment the session captures, in order; the README embeds each (test/unit/playgroundScreenshots.test.ts). */
export const SESSION_SHOTS = [
    'chat-welcome-and-help',
    'chat-answer-with-typo',
    'status-card',
    'status-card-refreshed',
    'escalation-1-register-channel',
    'watch-and-alert',
    'escalation-2-technician-escalates',
    'escalation-3-channel-case-card',
    'escalation-4-taken',
    'escalation-5-resolved',
    'escalation-6-technician-updates'
] as const;
export type ShotName = (typeof SESSION_SHOTS)[number];

/** Tallest screenshot: a turn taller than this is cut at the bottom rather than producing a banner-long image. */
const MAX_SHOT_HEIGHT = 2600;

/** `name.png` for the wide shot, `name-phone.png` for the phone one. */
export function shotFileName(name: string, layout: ShotLayout): string {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`shot name must be kebab-case: ${name}`);
    return layout === 'wide' ? `${name}.png` : `${name}-${layout}.png`;
}

/** The browser may reach the bot's own servers on this machine and nothing else. */
export function isLoopbackUrl(url: string): boolean {
    return /^(https?|wss?):\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i.test(url);
}

/** Height of a viewport that shows `contentPx` of conversation beside `chromePx` of header and compose box. */
export function viewportHeight(contentPx: number, chromePx: number, layout: ShotLayout): number {
    const wanted = Math.ceil(contentPx + chromePx + 24);
    return Math.min(MAX_SHOT_HEIGHT, Math.max(shotLayouts[layout].minHeight, wanted));
}

/** What one turn produced, as the playground shows it: bot bubbles added, and whether an existing one changed. */
export interface TurnOutcome {
    newBubbles: number;
    changedInPlace: boolean;
}

/** A sentence for the console when a turn did not look as expected (the script reports; it does not fix the bot). */
export function turnProblem(what: string, outcome: TurnOutcome, expected: { newBubbles: number; inPlace?: boolean }): string | undefined {
    if (outcome.newBubbles !== expected.newBubbles) {
        return `${what}: expected ${expected.newBubbles} new bot bubble(s), saw ${outcome.newBubbles}`;
    }
    if (expected.inPlace && !outcome.changedInPlace) return `${what}: the card did not change in place`;
    return undefined;
}

async function freePort(): Promise<number> {
    return new Promise((done, fail) => {
        const server = createServer();
        server.once('error', fail);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as { port: number };
            server.close(() => done(port));
        });
    });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
        try {
            const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
            if (response.ok) return;
        } catch {
            // not listening yet
        }
        if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
        await sleep(250);
    }
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** A rectangle of the page, in CSS pixels. */
type Rect = { x: number; y: number; width: number; height: number };

/**
 * The playground's UI, as the script drives it: its ARIA labels, Fluent UI cards (channel threads) and Adaptive
 * Card buttons. Every wait ends by a deadline; what looked wrong is collected in `problems`.
 */
export class PlaygroundPage {
    readonly problems: string[] = [];

    constructor(
        readonly page: Page,
        private readonly outDir: string
    ) {}

    /** Every message of the open personal chat (bot and user), in order. */
    rows(): Locator {
        return this.page.locator('[aria-label="Message header"]').locator('xpath=../..');
    }

    /** Threads of the open channel, newest first (the first Fluent card is the "Start a new post" box). */
    thread(index: number): Locator {
        return this.page.locator('[role="group"].fui-Card').nth(index + 1);
    }

    /** The bot's avatar marks each message it wrote, in a chat or a channel thread. */
    private botBubbles(): Locator {
        return this.page.locator('[role="img"][aria-label="Test Bot"]');
    }

    lastBotMessage(): Locator {
        return this.rows().filter({ has: this.page.locator('[aria-label="Message author"]') }).last();
    }

    private async snapshot(): Promise<{ count: number; text: string }> {
        const count = await this.botBubbles().count();
        const text = await this.page.evaluate(() => Array.from(document.querySelectorAll('.ac-adaptiveCard, [role="group"].fui-Card, [aria-label="Message header"]')).map((el) => (el.closest('[role="group"]') ?? el.parentElement?.parentElement ?? el).textContent ?? '').join('\n'));
        return { count, text };
    }

    /**
     * Waits until the bot has answered: at least `atLeast` new bubbles (or, with 0, any change of text), then
     * nothing new for `settleMs`. Returns what changed, so a turn that looked wrong can be told.
     */
    private async settle(before: { count: number; text: string }, atLeast: number, timeoutMs = 30_000, settleMs = 2000): Promise<TurnOutcome> {
        const until = Date.now() + timeoutMs;
        let last = await this.snapshot();
        let stableSince = Date.now();
        for (;;) {
            await sleep(200);
            const now = await this.snapshot();
            if (now.count !== last.count || now.text !== last.text) stableSince = Date.now();
            last = now;
            const arrived = atLeast > 0 ? now.count - before.count >= atLeast : now.text !== before.text;
            if ((arrived && Date.now() - stableSince >= settleMs) || Date.now() > until) break;
        }
        return { newBubbles: last.count - before.count, changedInPlace: last.text !== before.text };
    }

    async open(conversation: 'Personal Chat' | 'General' | 'Announcements'): Promise<void> {
        await this.page.getByText(conversation, { exact: true }).first().click();
        await sleep(1000);
    }

    /** Types into the personal chat's compose box and sends, as a person would; waits for the bot's answer. */
    async say(text: string, expectBubbles = 1): Promise<Locator> {
        const first = this.rows().nth(await this.rows().count());
        const before = await this.snapshot();
        await this.page.locator('[data-lexical-editor="true"]').last().click();
        await this.page.keyboard.type(text);
        await this.page.keyboard.press('Enter');
        this.check(`"${text}"`, await this.settle(before, expectBubbles), { newBubbles: expectBubbles });
        return first;
    }

    /** Starts a channel post that @mentions the bot (picked from the mention list, as in Teams); returns its thread. */
    async post(text: string): Promise<Locator> {
        const before = await this.snapshot();
        await this.page.locator('[data-lexical-editor="true"]').first().click();
        await this.page.keyboard.type('@Test');
        await this.page.locator('[aria-label="Typeahead menu"]').getByText('Test Bot').click();
        await this.page.keyboard.type(` ${text}`);
        await this.page.getByRole('button', { name: 'Post', exact: true }).click();
        this.check(`"@Test Bot ${text}"`, await this.settle(before, 1), { newBubbles: 1 });
        return this.thread(0);
    }

    /** Presses a card button in `message`; `inPlace` when the card itself should change and nothing be added. */
    async press(title: string, message: Locator, expected: { newBubbles: number; inPlace?: boolean }): Promise<void> {
        const before = await this.snapshot();
        await message.getByRole('button', { name: title, exact: true }).last().click();
        this.check(`button "${title}"`, await this.settle(before, expected.newBubbles), expected);
    }

    async botBubbleCount(): Promise<number> {
        return this.botBubbles().count();
    }

    /** Messages that arrived while another conversation was open, counted on coming back. */
    /**
     * Proactive messages (a case taken, then resolved) are sent after the invoke that caused them has been answered, so
     * the last of them may still be on its way when the chat is opened: wait up to `timeoutMs` for the expected count.
     */
    async expectArrived(what: string, countBefore: number, expected: number, timeoutMs = 15_000): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        let arrived = (await this.botBubbleCount()) - countBefore;
        while (arrived < expected && Date.now() < deadline) {
            await sleep(250);
            arrived = (await this.botBubbleCount()) - countBefore;
        }
        this.check(what, { newBubbles: arrived, changedInPlace: true }, { newBubbles: expected });
    }

    /** Waits (up to `timeoutMs`) for one message nobody asked for, e.g. a monitor alert. */
    async waitForProactive(what: string, timeoutMs: number): Promise<void> {
        this.check(what, await this.settle(await this.snapshot(), 1, timeoutMs), { newBubbles: 1 });
    }

    private check(what: string, outcome: TurnOutcome, expected: { newBubbles: number; inPlace?: boolean }): void {
        const problem = turnProblem(what, outcome, expected);
        if (problem) {
            this.problems.push(problem);
            console.warn(`  ! ${problem}`);
        }
    }

    /**
     * Captures the conversation from `from` to the end of `to` (default: the last message), at both widths. The
     * viewport grows to fit, so a tall card is seen whole; at phone width only the chat pane is kept and cards span
     * it, as on a phone.
     */
    async capture(name: ShotName, from: Locator, to: Locator = from): Promise<void> {
        await this.dismissNotices();
        const files: string[] = [];
        for (const layout of ['wide', 'phone'] as const) {
            const { width, minHeight } = shotLayouts[layout];
            await this.page.setViewportSize({ width, height: minHeight });
            await this.phoneLayout(layout === 'phone');
            await sleep(400);
            const measured = await this.measure(from, to);
            await this.page.setViewportSize({ width, height: viewportHeight(measured.contentPx, measured.chromePx, layout) });
            await sleep(400);
            const pane = await this.scrollTo(from);
            const file = join(this.outDir, shotFileName(name, layout));
            await this.page.screenshot({ path: file, clip: layout === 'phone' ? pane : undefined, animations: 'disabled', caret: 'hide' });
            files.push(file);
        }
        await this.phoneLayout(false);
        await this.page.setViewportSize({ width: shotLayouts.wide.width, height: shotLayouts.wide.minHeight });
        console.log(`  ${name}: ${files.map((file) => relative(process.cwd(), file)).join(', ')}`);
    }

    /** Height from the top of `from` to the bottom of `to`, and the viewport height the scrolling chat does not use. */
    private async measure(from: Locator, to: Locator): Promise<{ contentPx: number; chromePx: number }> {
        const [start, end] = [await from.elementHandle(), await to.elementHandle()];
        return this.page.evaluate(
            ([a, b]) => {
                let scroller: HTMLElement | null = a.parentElement;
                while (scroller && !(/auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
                return {
                    contentPx: b.getBoundingClientRect().bottom - a.getBoundingClientRect().top,
                    chromePx: window.innerHeight - (scroller?.clientHeight ?? window.innerHeight)
                };
            },
            [start!, end!] as const
        );
    }

    /** Scrolls the chat so `from` is at the top; returns the chat column's rectangle (what a phone shows). */
    private async scrollTo(from: Locator): Promise<Rect | undefined> {
        return from.evaluate((start) => {
            start.scrollIntoView({ block: 'start' });
            let pane: HTMLElement | null = start.parentElement;
            while (pane && !(/auto|scroll/.test(getComputedStyle(pane).overflowY))) pane = pane.parentElement;
            if (!pane) return undefined;
            pane.scrollTop = Math.max(0, pane.scrollTop - 12);
            // From the pane's top (not the page header) down to the compose box beneath it, when there is one.
            const r = (pane.parentElement ?? pane).getBoundingClientRect();
            const top = Math.max(0, pane.getBoundingClientRect().top);
            return { x: Math.max(0, r.left), y: top, width: Math.min(r.width, window.innerWidth), height: Math.min(r.bottom, window.innerHeight) - top };
        });
    }

    /**
     * The playground is a desktop page: its chat column keeps a 600 px minimum, cards a fixed 450 px, and bot messages
     * a 100 px right margin. At phone width those are lifted (and paddings tightened) on the way from each card up to
     * the scrolling pane, so cards span the screen about as wide as Teams mobile draws them (~300 px).
     */
    private async phoneLayout(on: boolean): Promise<void> {
        await this.page.evaluate((enable) => {
            const saved = 'data-shots-style';
            for (const el of Array.from(document.querySelectorAll<HTMLElement>(`[${saved}]`))) {
                const original = el.getAttribute(saved) ?? '';
                if (original) el.setAttribute('style', original);
                else el.removeAttribute('style');
                el.removeAttribute(saved);
            }
            if (!enable) return;
            const isPane = (el: HTMLElement) => /auto|scroll/.test(getComputedStyle(el).overflowY);
            const cards = Array.from(document.querySelectorAll<HTMLElement>('.ac-adaptiveCard'));
            // Text bubbles: the content beside each message header.
            const texts = Array.from(document.querySelectorAll<HTMLElement>('[aria-label="Message header"] + *'));
            for (const card of [...cards, ...texts]) {
                // A card and its three wrappers (the 450 px box and the message bubble) take the width they are given.
                let depth = cards.includes(card) ? 0 : 4;
                let inBubble = true;
                for (let el: HTMLElement | null = card; el && el !== document.body; el = el.parentElement, depth += 1) {
                    inBubble &&= !isPane(el);
                    if (el.hasAttribute(saved)) continue;
                    const css = getComputedStyle(el);
                    el.setAttribute(saved, el.getAttribute('style') ?? '');
                    const set = (property: string, value: string) => el!.style.setProperty(property, value, 'important');
                    set('min-width', '0');
                    set('max-width', '100%');
                    if (depth < 4) set('width', 'auto');
                    if (depth === 3) set('flex-grow', '1'); // the bubble fills its row, short cards too
                    if (!inBubble) continue; // above the pane only the minimum widths go
                    for (const side of ['left', 'right']) {
                        if (parseFloat(css.getPropertyValue(`margin-${side}`)) > 4) set(`margin-${side}`, '4px');
                        if (el !== card && parseFloat(css.getPropertyValue(`padding-${side}`)) > 6) set(`padding-${side}`, '6px');
                    }
                    if (parseFloat(css.columnGap) > 8) set('column-gap', '8px');
                }
            }
        }, on);
    }

    /** The playground's "Your response was sent to the app" bar after a card action: its own chrome, not the bot's. */
    async dismissNotices(): Promise<void> {
        const notices = this.page.getByText('Your response was sent to the app');
        for (let i = await notices.count(); i > 0; i -= 1) {
            await notices.first().locator('xpath=ancestor::*[.//button][1]').getByRole('button').last().click().catch(() => undefined);
            await sleep(200);
        }
    }
}

interface Session {
    service: RunningService;
    context: BrowserContext;
    workDir: string;
}

export async function startSession(): Promise<Session & { url: string; startedAt: number }> {
    assertChromium();
    const workDir = mkdtempSync(join(tmpdir(), 'playground-screenshots-'));
    const playgroundPort = await freePort();
    // The playground (a child of the bot) logs to ./devTools by default; keep its log with the rest of the run.
    process.env.M365_AGENTS_PLAYGROUND_LOGFILE = join(workDir, 'playground.log');
    // The same settings path as `npm start`, from a clean environment so a deployment's BOT_ID or Graph settings in the
    // shell cannot leak in; a quick monitor and stall threshold so the demo clock's moves alert within minutes.
    const settings = loadSettings({
        PORT: '0',
        PLAYGROUND: 'on',
        PLAYGROUND_PORT: String(playgroundPort),
        DATA_DIR: join(workDir, 'data'),
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
        MONITOR_POLL_SECONDS: '5',
        STALL_AFTER_MINUTES: '1'
    });
    const service = await startService(settings, createLogger(settings.logLevel));
    // The demo clock starts with the bot: its devices move at fixed minutes after this.
    const startedAt = Date.now();
    let context: BrowserContext | undefined;
    try {
        const url = `http://localhost:${playgroundPort}`;
        await waitForHttp(url, 30_000);
        context = await chromium.launchPersistentContext(join(workDir, 'chromium'), {
            executablePath: chromiumPath,
            headless: true,
            args: chromiumOfflineArgs,
            viewport: { width: shotLayouts.wide.width, height: shotLayouts.wide.minHeight },
            deviceScaleFactor: 1,
            locale: 'en-US',
            timezoneId: 'UTC'
        });
        await context.route('**/*', (route) => (isLoopbackUrl(route.request().url()) ? route.continue() : route.abort()));
        return { service, context, workDir, url, startedAt };
    } catch (error) {
        await context?.close();
        await service.stop();
        rmSync(workDir, { recursive: true, force: true });
        throw error;
    }
}

/** The session the README shows, in the order a technician and a helpdesk would live it. */
async function playSession(ui: PlaygroundPage, startedAt: number): Promise<void> {
    // 1. Personal chat: the welcome, help, a question with a typo.
    await ui.page.locator('.ac-adaptiveCard').first().waitFor({ timeout: 30_000 });
    await ui.say('help');
    await ui.capture('chat-welcome-and-help', ui.rows().first(), ui.rows().last());
    let turn = await ui.say('how do i start pre-provisoning on w11');
    await ui.capture('chat-answer-with-typo', turn, ui.rows().last());

    // 2. A status card, then Refresh a minute later: the same card changes, no second one.
    turn = await ui.say('status PF3XYZ12');
    const statusCard = ui.lastBotMessage();
    await ui.capture('status-card', turn, ui.rows().last());
    await sleep(61_000); // the minutes on the card move on, so the in-place update is visible
    await ui.press('Refresh', statusCard, { newBubbles: 0, inPlace: true });
    await ui.capture('status-card-refreshed', turn, ui.rows().last());

    // 3. A helpdesk channel is chosen in a team, so an alert's Escalate has somewhere to go.
    await ui.open('Announcements');
    const registration = await ui.post('use this channel for escalations');
    await ui.capture('escalation-1-register-channel', registration);

    // 4. Watch the device that fails on the demo clock; its alert arrives in the same chat.
    await ui.open('Personal Chat');
    turn = await ui.say('watch R90W2K4F');
    const failsInMs = DEMO_TIMELINE.failEnds * 60_000 - (Date.now() - startedAt);
    await ui.waitForProactive('monitor alert for R90W2K4F', Math.max(0, failsInMs) + 60_000);
    const alert = ui.lastBotMessage();
    await ui.capture('watch-and-alert', turn, ui.rows().last());

    // 5. Escalate from the alert: the technician gets the case number, the channel a new thread with the case card.
    const beforeEscalation = ui.rows().nth(await ui.rows().count());
    await ui.press('Escalate to helpdesk', alert, { newBubbles: 1 });
    await ui.capture('escalation-2-technician-escalates', alert, ui.rows().last());
    const technicianBubbles = await ui.botBubbleCount();
    await ui.open('Announcements');
    const caseThread = ui.thread(0);
    await ui.capture('escalation-3-channel-case-card', caseThread);
    await ui.press('Take', caseThread, { newBubbles: 0, inPlace: true });
    await ui.capture('escalation-4-taken', caseThread);
    await caseThread.locator('textarea, input[type="text"]').first().fill('Repackaged Contoso Field Agent with a fixed detection rule; redeployed, passed.');
    await ui.press('Resolve', caseThread, { newBubbles: 0, inPlace: true });
    await ui.capture('escalation-5-resolved', caseThread);

    // 6. The technician heard back in their own chat at each change.
    await ui.open('Personal Chat');
    await ui.expectArrived('updates to the technician (taken, resolved)', technicianBubbles, 2);
    await ui.capture('escalation-6-technician-updates', beforeEscalation, ui.rows().last());
}

async function main(): Promise<void> {
    const outArg = process.argv.find((arg) => arg.startsWith('--out='));
    const outDir = resolve(outArg ? outArg.slice('--out='.length) : 'docs/images');
    mkdirSync(outDir, { recursive: true });
    const session = await startSession();
    const stop = async () => {
        await session.context.close().catch(() => undefined);
        await session.service.stop();
        rmSync(session.workDir, { recursive: true, force: true });
    };
    process.once('SIGINT', () => void stop().then(() => process.exit(130)));
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    const ui = new PlaygroundPage(page, outDir);
    try {
        await page.goto(session.url);
        await playSession(ui, session.startedAt);
    } finally {
        await stop();
    }
    if (ui.problems.length > 0) {
        console.warn(`${ui.problems.length} thing(s) looked wrong:\n${ui.problems.map((p) => `  - ${p}`).join('\n')}`);
        process.exitCode = 1;
    }
}

if (require.main === module) {
    main().catch((error: Error) => {
        console.error(`screenshots failed: ${error.stack ?? error.message}`);
        process.exit(1);
    });
}
