/**
 * Renders expanded cards with the official Adaptive Cards JS renderer in Debian's headless Chromium:
 * one HTML page per card (screenshotted to PNG), or all cards on one page dumped as DOM for a test.
 * The page gets only expanded card JSON; templating happens in Node.
 */
import { execFile } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { promisify } from 'util';
import { teamsHostConfig, Theme, themePalettes } from './teamsHostConfig';

export interface PreviewCard {
    id: string;
    card: object;
}

/** How wide Teams draws the card, and in which theme. */
export interface PreviewLayout {
    widthPx: number;
    theme: Theme;
}

/**
 * The widths Teams gives a card: a phone (~320 px), the desktop chat column (~450 px) and a wide channel post.
 * Every card must fit all three.
 */
export const teamsCardWidths = { mobile: 320, chat: 450, wide: 700 } as const;

export const defaultLayout: PreviewLayout = { widthPx: teamsCardWidths.chat, theme: 'light' };

export const chromiumPath = '/usr/bin/chromium';
export const chromiumInstallHint =
    `Chromium not found at ${chromiumPath}. Install it (as root): apt-get update && apt-get install -y chromium`;

const pageMargin = 20;
const sdkUrl = pathToFileURL(resolve(__dirname, '../node_modules/adaptivecards/dist/adaptivecards.min.js')).href;

function windowSize(layout: PreviewLayout, heightPx: number): string {
    return `--window-size=${layout.widthPx + 2 * pageMargin},${heightPx}`;
}

export function assertChromium(): void {
    if (!existsSync(chromiumPath)) {
        throw new Error(chromiumInstallHint);
    }
}

function pageStyle({ widthPx, theme }: PreviewLayout): string {
    const palette = themePalettes[theme];
    return `
body { margin: ${pageMargin}px; background: ${palette.page}; font-family: 'Segoe UI', 'Liberation Sans', sans-serif; }
.card-frame { width: ${widthPx}px; margin-bottom: ${pageMargin}px; background: ${palette.backgrounds.default}; border-radius: 6px;
    box-shadow: 0 1px 2px rgba(0, 0, 0, 0.14); overflow: hidden; }
.card-error { color: #C4314B; padding: 16px; }
.ac-pushButton { background: ${palette.button.background}; color: ${palette.button.text}; border: 1px solid ${palette.button.border};
    border-radius: 4px; min-height: 32px; padding: 4px 12px; font: 600 14px 'Segoe UI', 'Liberation Sans', sans-serif;
    overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.ac-pushButton:hover { background: ${palette.button.hover}; }
.ac-input-container input[type=checkbox] { width: 16px; height: 16px; margin: 2px 8px 0 0; accent-color: #5B5FC7; }
.ac-toggleInput label, .ac-input-container label { color: ${palette.foregrounds.default.default}; }
`;
}

/** Bold and line breaks: the Markdown the cards use, enough for text to render. */
const pageScript = `
function tinyMarkdown(text) {
    var escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return escaped.replace(/\\*\\*(.+?)\\*\\*/g, '<strong>$1</strong>').replace(/\\n/g, '<br>');
}
AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = tinyMarkdown(text);
    result.didProcess = true;
};
var hostConfig = new AdaptiveCards.HostConfig(JSON.parse(document.getElementById('host-config').textContent));
JSON.parse(document.getElementById('cards').textContent).forEach(function (entry) {
    var frame = document.createElement('div');
    frame.className = 'card-frame';
    frame.setAttribute('data-card-id', entry.id);
    document.body.appendChild(frame);
    try {
        var card = new AdaptiveCards.AdaptiveCard();
        card.hostConfig = hostConfig;
        card.parse(entry.card);
        frame.appendChild(card.render());
    } catch (error) {
        frame.className += ' card-error';
        frame.setAttribute('data-error', String(error));
        frame.textContent = 'Render failed: ' + error;
    }
    frame.setAttribute('data-height', String(frame.offsetHeight));
    // What Teams would cut off: button titles and unwrapped text wider than their box, content wider than the card.
    var clipped = [];
    frame.querySelectorAll('.ac-pushButton > div, .ac-textBlock').forEach(function (element) {
        if (element.offsetParent !== null && element.scrollWidth > element.clientWidth + 1) clipped.push(element.textContent.trim());
    });
    if (frame.scrollWidth > frame.clientWidth + 1) clipped.push('(card content wider than the card)');
    frame.setAttribute('data-clipped', JSON.stringify(clipped));
});
document.getElementById('cards').remove();
document.getElementById('host-config').remove();
`;

/** JSON inside a script tag: `<` escaped so card text can never close the tag. */
function scriptJson(id: string, value: unknown): string {
    return `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}

export function previewPageHtml(cards: PreviewCard[], layout: PreviewLayout = defaultLayout): string {
    return [
        '<!DOCTYPE html>',
        '<html lang="en"><head><meta charset="utf-8"><title>Card preview</title>',
        `<style>${pageStyle(layout)}</style>`,
        `<script src="${sdkUrl}"></script>`,
        '</head><body>',
        scriptJson('host-config', teamsHostConfig(layout.theme)),
        scriptJson('cards', cards),
        `<script>${pageScript}</script>`,
        '</body></html>'
    ].join('\n');
}

/** Headless, no GPU, and nothing phoned home (updates, sync, QUIC probes, first-run pages); shared by every script. */
export const chromiumOfflineArgs = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];

const execFileAsync = promisify(execFile);

async function runChromium(extraArgs: string[]): Promise<string> {
    assertChromium();
    const profile = mkdtempSync(join(tmpdir(), 'card-preview-chromium-'));
    try {
        const { stdout } = await execFileAsync(
            chromiumPath,
            [
                ...chromiumOfflineArgs,
                `--user-data-dir=${profile}`,
                '--allow-file-access-from-files',
                '--hide-scrollbars',
                '--virtual-time-budget=5000',
                ...extraArgs
            ],
            { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 90_000 }
        );
        return stdout;
    } finally {
        rmSync(profile, { recursive: true, force: true });
    }
}

export interface RenderedCard {
    id: string;
    /** Visible text of the rendered card. */
    text: string;
    heightPx: number;
    /** Button titles and texts cut off at this width. */
    clipped: string[];
    error?: string;
}

/** Renders all cards on one page with a single Chromium run (`--dump-dom`). */
export async function renderCardsInChromium(cards: PreviewCard[], workDir: string, layout: PreviewLayout = defaultLayout): Promise<RenderedCard[]> {
    const pagePath = join(workDir, `all-cards-${layout.widthPx}-${layout.theme}.html`);
    writeFileSync(pagePath, previewPageHtml(cards, layout));
    const dom = await runChromium([windowSize(layout, 800), '--dump-dom', pathToFileURL(pagePath).href]);
    return renderedCards(dom);
}

function renderedCards(dom: string): RenderedCard[] {
    return dom
        .split('<div class="card-frame')
        .slice(1)
        .map((chunk) => {
            const openTag = chunk.slice(0, chunk.indexOf('>'));
            const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(openTag)?.[1];
            return {
                id: htmlText(attribute('data-card-id') ?? ''),
                text: htmlText(chunk.slice(chunk.indexOf('>') + 1)),
                heightPx: Number(attribute('data-height') ?? 0),
                clipped: JSON.parse(htmlText(attribute('data-clipped') ?? '[]')) as string[],
                error: attribute('data-error')
            };
        });
}

function htmlText(html: string): string {
    return html
        .replace(/<[^>]*>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
}

/** Writes `<dir>/<name>.html` and screenshots it to `<dir>/<name>.png`, as tall as the card. */
export async function screenshotCard(card: PreviewCard, heightPx: number, outDir: string, layout: PreviewLayout = defaultLayout, name = card.id): Promise<string> {
    const htmlPath = join(outDir, `${name}.html`);
    const pngPath = join(outDir, `${name}.png`);
    writeFileSync(htmlPath, previewPageHtml([card], layout));
    const windowHeight = Math.max(heightPx, 40) + 2 * pageMargin;
    await runChromium([windowSize(layout, windowHeight), `--screenshot=${pngPath}`, pathToFileURL(htmlPath).href]);
    return pngPath;
}
