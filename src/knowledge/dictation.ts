/**
 * What voice-to-text makes of a technician's words, read back as typed: acronyms spelt letter by letter ("E S P",
 * "T P M", "O O B E", our own in lower case too: "t p m"), error codes said digit by digit ("zero x eight one zero three
 * nine zero zero one") or in groups ("0 x 8018 0014"), versions said as words ("two point oh", "windows ten"); and codes
 * copied from a photo of the screen, a letter standing for a digit ("0x8O1CO3EA"). Technicians at a bench dictate on
 * their phones and copy what a night shift photographed; the rest of understanding only knows the written forms. Pure:
 * text in, text out.
 */

/**
 * Capital letters said one by one, separated by single spaces: "E S P", "T P M", "I M E". Two letters only when neither
 * is "I" or "A", which are words ("A B test", "I O"); three or more always. Lower-case letters never: "a b c" is prose.
 */
const SPELT_LETTERS = /(?<![\p{L}\p{N}])[A-Z](?: [A-Z]){1,5}(?![\p{L}\p{N}])/gu;

/**
 * Our acronyms spelt in lower case, as phone dictation often writes them ("do the laptops need t p m two point oh"): only
 * these, so prose in single letters ("a b c") stays as it is.
 */
const OUR_ACRONYMS = new Set(['esp', 'tpm', 'oobe', 'ime', 'mdm', 'hwid', 'ztd', 'upn', 'mfa', 'oem', 'csv', 'cab']);
const SPELT_SMALL_LETTERS = /(?<![\p{L}\p{N}])[a-z](?: [a-z]){1,3}(?![\p{L}\p{N}])/gu;

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
 * "0 x 8018 0014": a code dictated in groups of digits after "0 x". Only when the groups add up to the eight places a
 * code has, so "0 x 4 2" or a sum stays a sum.
 */
const GROUPED_CODE = /\b0\s+x((?:\s+[0-9a-f]{2,6}){2,4})\b/gi;
/** Windows by its number said as a word ("windows ten versus eleven"): as typed, "Windows 10 versus Windows 11". */
const SPOKEN_WINDOWS = /\b(windows|win)\s+(ten|eleven)\b(?:(\s+(?:versus|vs\.?|or|and|to|compared\s+(?:to|with))\s+)(ten|eleven)\b)?/gi;
const WINDOWS_NUMBERS: Readonly<Record<string, string>> = { ten: '10', eleven: '11' };
/** A version said as words ("two point oh", "one point two"): the number, as "TPM 2.0" is written. */
const SPOKEN_DECIMAL = /\b(zero|one|two|three|four|five|six|seven|eight|nine|\d)\s+point\s+(oh|o|zero|one|two|three|four|five|six|seven|eight|nine|\d)\b/gi;

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

function groupedCode(whole: string, groups: string): string {
    const places = groups.replace(/\s+/g, '');
    return places.length === 8 ? `0x${places.toUpperCase()}` : whole;
}

function spokenDecimal(_whole: string, units: string, tenths: string): string {
    const digit = (said: string) => DIGIT_WORDS[said.toLowerCase()] ?? said;
    return `${digit(units)}.${digit(tenths)}`;
}

function spokenWindows(_whole: string, name: string, said: string, between?: string, other?: string): string {
    const number = (word: string) => WINDOWS_NUMBERS[word.toLowerCase()];
    return other ? `${name} ${number(said)}${between}${name} ${number(other)}` : `${name} ${number(said)}`;
}

function smallLetters(run: string): string {
    const joined = run.replace(/ /g, '');
    return OUR_ACRONYMS.has(joined) ? joined.toUpperCase() : run;
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
    const capitals = /[A-Z] [A-Z]/.test(text) ? text.replace(SPELT_LETTERS, joinedLetters) : text;
    const spelt = /\b[a-z] [a-z]\b/.test(capitals) ? capitals.replace(SPELT_SMALL_LETTERS, smallLetters) : capitals;
    const spoken = /\bx\b/i.test(spelt) ? spelt.replace(SPOKEN_CODE, spokenCode).replace(GROUPED_CODE, groupedCode) : spelt;
    const decimal = /\spoint\s/i.test(spoken) ? spoken.replace(SPOKEN_DECIMAL, spokenDecimal) : spoken;
    const windows = /\s(?:ten|eleven)\b/i.test(decimal) ? decimal.replace(SPOKEN_WINDOWS, spokenWindows) : decimal;
    return /x[0-9a-f]*[OIl]/i.test(windows) ? windows.replace(PHOTO_CODE, photoCode) : windows;
}
