import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { isLoopbackUrl, SESSION_SHOTS, shotFileName, turnProblem, viewportHeight } from '../../scripts/playground-screenshots';

/** The pure parts of `npm run screenshots` (the session itself needs Chromium and is not part of `npm test`). */
describe('playground screenshots', () => {
    const root = join(__dirname, '..', '..');

    it('names the wide and the phone shot of a moment', () => {
        expect(shotFileName('status-card', 'wide')).toBe('status-card.png');
        expect(shotFileName('status-card', 'phone')).toBe('status-card-phone.png');
        expect(() => shotFileName('Status Card', 'wide')).toThrow(/kebab-case/);
    });

    it('lets the browser reach only this machine', () => {
        for (const url of ['http://localhost:56150/', 'ws://localhost:56150/ws', 'http://127.0.0.1:3978/api/messages', 'http://[::1]:80/']) {
            expect(isLoopbackUrl(url)).toBe(true);
        }
        for (const url of ['https://res-1.cdn.office.net/fonts/segoe.woff2', 'http://localhost.example.com/', 'http://10.0.0.1/', 'file:///etc/passwd']) {
            expect(isLoopbackUrl(url)).toBe(false);
        }
    });

    it('grows the viewport to fit a turn, within bounds', () => {
        expect(viewportHeight(100, 150, 'wide')).toBe(900);
        expect(viewportHeight(1000, 150, 'wide')).toBe(1174);
        expect(viewportHeight(1000, 0, 'phone')).toBe(1024);
        expect(viewportHeight(10_000, 150, 'phone')).toBe(2600);
    });

    it('says when a turn shows more bubbles than one answer, or a card did not change in place', () => {
        expect(turnProblem('"help"', { newBubbles: 1, changedInPlace: true }, { newBubbles: 1 })).toBeUndefined();
        expect(turnProblem('"help"', { newBubbles: 2, changedInPlace: true }, { newBubbles: 1 })).toMatch(/expected 1 new bot bubble\(s\), saw 2/);
        expect(turnProblem('button "Refresh"', { newBubbles: 1, changedInPlace: true }, { newBubbles: 0, inPlace: true })).toMatch(/saw 1/);
        expect(turnProblem('button "Refresh"', { newBubbles: 0, changedInPlace: false }, { newBubbles: 0, inPlace: true })).toMatch(/did not change in place/);
    });

    it('has every shot in docs/images and embedded in the README', () => {
        const readme = readFileSync(join(root, 'README.md'), 'utf8');
        for (const name of SESSION_SHOTS) {
            for (const layout of ['wide', 'phone'] as const) {
                const file = `docs/images/${shotFileName(name, layout)}`;
                expect(existsSync(join(root, file))).toBe(true);
                expect(readme).toContain(file);
            }
        }
    });
});
