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
import { teamsHostConfig } from './teamsHostConfig';

export interface PreviewCard {
    id: string;
    card: object;
}

export const chromiumPath = '/usr/bin/chromium';
export const chromiumInstallHint =
    `Chromium not found at ${chromiumPath}. Install it (as root): apt-get update && apt-get install -y chromium`;

/** Teams draws cards about this wide in a desktop chat; the window is 520 px. */
const cardWidth = 480;
const pageMargin = 20;
const sdkUrl = pathToFileURL(resolve(__dirname, '../node_modules/adaptivecards/dist/adaptivecards.min.js')).href;

function windowSize(heightPx: number): string {
    return `--window-size=${cardWidth + 2 * pageMargin},${heightPx}`;
}

export function assertChromium(): void {
    if (!existsSync(chromiumPath)) {
        throw new Error(chromiumInstallHint);
    }
}

const pageStyle = `
body { margin: ${pageMargin}px; background: #F0F0F0; font-family: 'Segoe UI', 'Liberation Sans', sans-serif; }
.card-frame { width: ${cardWidth}px; margin-bottom: ${pageMargin}px; background: #FFF; border-radius: 6px;
    box-shadow: 0 1px 2px rgba(0, 0, 0, 0.14); overflow: hidden; }
.card-error { color: #C4314B; padding: 16px; }
.ac-pushButton { background: #FFF; color: #242424; border: 1px solid #D1D1D1; border-radius: 4px; min-height: 32px;
    padding: 4px 12px; font: 600 14px 'Segoe UI', 'Liberation Sans', sans-serif; overflow: hidden;
    text-overflow: ellipsis; white-space: nowrap; }
.ac-pushButton:hover { background: #F5F5F5; }
.ac-input-container input[type=checkbox] { width: 16px; height: 16px; margin: 2px 8px 0 0; accent-color: #5B5FC7; }
`;

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
});
document.getElementById('cards').remove();
document.getElementById('host-config').remove();
`;

/** JSON inside a script tag: `<` escaped so card text can never close the tag. */
function scriptJson(id: string, value: unknown): string {
    return `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}

export function previewPageHtml(cards: PreviewCard[]): string {
    return [
        '<!DOCTYPE html>',
        '<html lang="en"><head><meta charset="utf-8"><title>Card preview</title>',
        `<style>${pageStyle}</style>`,
        `<script src="${sdkUrl}"></script>`,
        '</head><body>',
        scriptJson('host-config', teamsHostConfig),
        scriptJson('cards', cards),
        `<script>${pageScript}</script>`,
        '</body></html>'
    ].join('\n');
}

const execFileAsync = promisify(execFile);

async function runChromium(extraArgs: string[]): Promise<string> {
    assertChromium();
    const profile = mkdtempSync(join(tmpdir(), 'card-preview-chromium-'));
    try {
        const { stdout } = await execFileAsync(
            chromiumPath,
            [
                '--headless',
                '--no-sandbox',
                '--disable-gpu',
                '--disable-quic',
                '--no-first-run',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync',
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
    error?: string;
}

/** Renders all cards on one page with a single Chromium run (`--dump-dom`). */
export async function renderCardsInChromium(cards: PreviewCard[], workDir: string): Promise<RenderedCard[]> {
    const pagePath = join(workDir, 'all-cards.html');
    writeFileSync(pagePath, previewPageHtml(cards));
    const dom = await runChromium([windowSize(800), '--dump-dom', pathToFileURL(pagePath).href]);
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

/** Writes `<dir>/<id>.html` and screenshots it to `<dir>/<id>.png`, as tall as the card. */
export async function screenshotCard(card: PreviewCard, heightPx: number, outDir: string): Promise<string> {
    const htmlPath = join(outDir, `${card.id}.html`);
    const pngPath = join(outDir, `${card.id}.png`);
    writeFileSync(htmlPath, previewPageHtml([card]));
    const windowHeight = Math.max(heightPx, 40) + 2 * pageMargin;
    await runChromium([windowSize(windowHeight), `--screenshot=${pngPath}`, pathToFileURL(htmlPath).href]);
    return pngPath;
}
