/** Case numbers as people write them: `ESC-12`, `esc 12`, `ESC12`, `#12` is not enough (too ambiguous in chat). */

const prefix = 'ESC';

export function formatCaseNumber(number: number): string {
    return `${prefix}-${number}`;
}

const casePattern = /\besc[\s#-]*0*(\d{1,9})\b/i;

/** The first case number mentioned in `text`, or undefined. */
export function findCaseNumber(text: string): number | undefined {
    const match = casePattern.exec(text);
    if (!match) return undefined;
    const number = Number(match[1]);
    return number > 0 && Number.isSafeInteger(number) ? number : undefined;
}
