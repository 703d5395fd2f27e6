/**
 * What voice-to-text makes of a technician's words, read back as typed: acronyms spelt letter by letter ("E S P",
 * "T P M", "O O B E") and error codes said digit by digit ("zero x eight one zero three nine zero zero one"). Technicians
 * at a bench dictate on their phones; the rest of understanding only knows the written forms. Pure: text in, text out.
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

function joinedLetters(run: string): string {
    const letters = run.split(' ');
    if (letters.length === 2 && letters.some((letter) => letter === 'I' || letter === 'A')) return run;
    return letters.join('');
}

function spokenCode(_whole: string, digits: string): string {
    const said = digits.trim().split(/[\s,-]+/);
    return `0x${said.map((d) => DIGIT_WORDS[d.toLowerCase()] ?? d.toUpperCase()).join('')}`;
}

/** The message with dictated acronyms and codes written as a technician would type them; unchanged when it has none. */
export function asTyped(text: string): string {
    // Most messages have neither: two capitals apart (case matters, as for the letters) or a lone x.
    const spelt = /[A-Z] [A-Z]/.test(text) ? text.replace(SPELT_LETTERS, joinedLetters) : text;
    return /\bx\b/i.test(spelt) ? spelt.replace(SPOKEN_CODE, spokenCode) : spelt;
}
