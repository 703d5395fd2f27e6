/**
 * What voice-to-text makes of a technician's words, read back as typed: acronyms spelt letter by letter ("E S P",
 * "T P M", "O O B E") and error codes said digit by digit ("zero x eight one zero three nine zero zero one"); and codes
 * copied from a photo of the screen, a letter standing for a digit ("0x8O1CO3EA"). Technicians at a bench dictate on
 * their phones and copy what a night shift photographed; the rest of understanding only knows the written forms. Pure:
 * text in, text out.
 */

/**
 * Capital letters said one by one, separated by single spaces: "E S P", "T P M", "I M E". Two letters only when neither
 * is "I" or "A", which are words ("A B test", "I O"); three or more always. Lower-case letters never: "a b c" is prose.
 */
const SPELT_LETTERS = /(?<![\p{L}\p{N}])[A-Z](?: [A-Z]){1,5}(?![\p{L}\p{N}])/gu;

const DIGIT_WORDS: Readonly<Record<string, string>> = {
    zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9'
};
const DIGIT = String.raw`(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|[0-9a-f])`;
/**
 * "Zero x eight one zero three nine zero zero one": a hexadecimal code read out, "zero x" (or "0x", "oh x") then at
 * least four digits or letters a–f, each said alone. Shorter runs are numbers in a sentence, not codes.
 */
const SPOKEN_CODE = new RegExp(String.raw`\b(?:zero|oh|0)\s*x((?:[\s,-]+${DIGIT}\b){4,8})`, 'gi');

/**
 * A code copied from a photo of the screen, with a letter for a digit that looks like it ("0x8O1CO3EA", "0x81O39001",
 * "Ox80180014"): eight hex places, at least one of them O, I or l. Read as the digits they stand for.
 */
const PHOTO_CODE = /\b[0O]x((?=[0-9a-f]*[OIl])[0-9a-fOIl]{8})\b/gi;

function photoCode(_whole: string, places: string): string {
    return `0x${places.replace(/[Oo]/g, '0').replace(/[Il]/g, '1').toUpperCase()}`;
}

function joinedLetters(run: string): string {
    const letters = run.split(' ');
    if (letters.length === 2 && letters.some((letter) => letter === 'I' || letter === 'A')) return run;
    return letters.join('');
}

function spokenCode(_whole: string, digits: string): string {
    const said = digits.trim().split(/[\s,-]+/);
    return `0x${said.map((d) => DIGIT_WORDS[d.toLowerCase()] ?? d.toUpperCase()).join('')}`;
}

/**
 * The message with dictated acronyms and codes, and codes copied from a photo, written as a technician would type them;
 * unchanged when it has none.
 */
export function asTyped(text: string): string {
    // Most messages have neither: two capitals apart (case matters, as for the letters) or a lone x.
    const spelt = /[A-Z] [A-Z]/.test(text) ? text.replace(SPELT_LETTERS, joinedLetters) : text;
    const spoken = /\bx\b/i.test(spelt) ? spelt.replace(SPOKEN_CODE, spokenCode) : spelt;
    return /x[0-9a-f]*[OIl]/i.test(spoken) ? spoken.replace(PHOTO_CODE, photoCode) : spoken;
}
