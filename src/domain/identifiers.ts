/**
 * How devices are named: serial numbers, Autopilot (ZTD) ids and Intune ids. The one home of these rules, used by
 * the chat (finding a serial in a sentence), the status lookup (what may be sent to Graph) and the demo tenant.
 */
import { findErrorCodes } from './errorCodes';

/** How long a serial number may be, as OEMs print them. */
export const SERIAL_LENGTH = { min: 4, max: 30 } as const;

/** Serial numbers as OEMs print them: letters, digits and hyphens, not starting with a hyphen. */
const SERIAL = new RegExp(`^[A-Za-z0-9][A-Za-z0-9-]{${SERIAL_LENGTH.min - 1},${SERIAL_LENGTH.max - 1}}$`);

/** The serial rule in words, for a person who sent something else. */
export const SERIAL_RULE_IN_WORDS = `${SERIAL_LENGTH.min} to ${SERIAL_LENGTH.max} letters, digits or hyphens`;

/** Autopilot (ZTD) ids, Intune managed device ids and Entra device ids are GUIDs. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The all-zero GUID Graph returns for a device that never enrolled. */
export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

export function isSerialNumber(text: string): boolean {
    return SERIAL.test(text);
}

export function isGuid(text: string): boolean {
    return GUID.test(text);
}

/**
 * Inside a sentence, where most words are not serials, a serial also has five characters or more and a digit, so
 * words ("hello"), short tokens ("mp4") and the names below stay words.
 */
export const MIN_SERIAL_IN_TEXT = 5;
/** Tokens that pass the shape but are Windows, tool and step names. */
const NOT_SERIALS = new Set(['w32tm', 'windows10', 'windows11', 'win10', 'win11', 'w10', 'w11', 'step1', 'office365', 'm365', 'apv1', 'apv2', 't568a', 't568b']);
/** The accounts Windows creates during setup ("defaultuser0", "kioskuser0"), however they are typed. */
const SETUP_ACCOUNT = /^(?:defaultuser|kioskuser)\d+$/i;
/**
 * Words after which a short token is a model, part or place ("HP M479", "ThinkPad T14s", "room 4B12"), not a piece
 * of a serial: brands, product lines and the things technicians name by a model number.
 */
const NAMES_A_MODEL =
    /^(?:hp|dell|lenovo|acer|asus|msi|samsung|lg|fujitsu|toshiba|dynabook|panasonic|getac|microsoft|apple|intel|amd|nvidia|epson|brother|canon|xerox|kyocera|ricoh|lexmark|zebra|honeywell|datalogic|lytx|samsara|logitech|jabra|poly|plantronics|cisco|yealink|benq|eizo|viewsonic|philips|ryzen|core|xeon|thinkpad|thinkcentre|thinkbook|ideapad|yoga|latitude|precision|optiplex|vostro|inspiron|xps|alienware|elitebook|probook|zbook|elitedesk|prodesk|elite|envy|spectre|pavilion|omen|laserjet|officejet|deskjet|pixma|surface|pro|studio|model|models|type|printer|printers|screen|dock|docking|station|router|switch|room|floor|building|desk|office|order|po|part|sku|gen|generation|series|version|build)$/i;
/**
 * Words after which a number is a reference, never a device, whatever the sentence asks ("failed with error 50126"),
 * and the makers of TPM chips, whose part numbers ("Infineon SLB9672") name a chip, never a device.
 */
const NAMES_A_REFERENCE = /^(?:error|errors|failure|code|event|eventid|aadsts|case|ticket|incident|inc|ref|reference|kb|hresult|template|infineon|nuvoton|stmicro|stmicroelectronics)$/i;
/**
 * Technology names with a number in them: a platform or word, then digits ("Win32App", "x64", "IPv6", "SHA256",
 * "TPM2", "SLB9672", "Event-153", "step-8", "802.1x"), optionally a word after ("WPA2-Enterprise"); versions ("v2"), function keys ("F10") and
 * durations ("ESP-60min", "90MIN"); Windows releases, alone or after the Windows they belong to ("22H2", "W11-23H2",
 * "win10-1809", "Win10_21H2"). Serials are not built like that.
 */
const TECHNICAL_NAME =
    /^(?:(?:w|win|windows)[-_]?(?:10|11)[-_]?)?(?:v|ver|version)?[-_]?\d{2}h[12]$|^(?:w|win|windows)[-_]?(?:10|11)[-_](?:v|ver|version)?(?:1[5-9]\d{2}|20[01]\d)$|^(?:aadsts|esp|win|windows|x|arm|amd|ipv|sha|base|utf|tpm|slb|npct|md|kb|event|id|step|stage|phase|build|version|ver|rev|office|gen|pkcs|rfc|iso|usb|hdmi|wpa|dot|net|python|node|vc|ie|edge|server|error|code|port|tls|ssl|http|https)-?\d+(?:-?[a-z]+)?$|^\d+(?:st|nd|rd|th|h\d|gb|mb|tb|kb|ghz|mhz|px|min|mins|ms|s|x)$|^v\d{1,2}$|^f\d{1,2}$|\d(?:min|mins|minutes|hrs?|hours|days?)$/i;

/**
 * A name written in mixed case ("kioskUser0", "defaultUser1", "SecureW2", "PaperCut3"): a capitalised word inside it and
 * another change of case. Accounts, settings and products are written so; serials are printed in capitals and typed in
 * one case, or with a stray capital ("czc2410A01", "Pf3xyz12" at the start of a sentence), never as words. So is a
 * capital beside a run of four small letters or more ("3Dconnexion"), and a code ending in a capitalised word ("OA3Tool").
 */
const isMixedCaseName = (token: string): boolean =>
    (/[A-Z][a-z]{2,}/.test(token) && /[a-z][A-Z]|[A-Z][a-z]+.*[A-Z]|[\dA-Z][A-Z][a-z]{2,}$/.test(token)) || (/[A-Z]/.test(token) && /[a-z]{4,}/.test(token));
/**
 * A model in the plural, or a model's own "s" ("old Z640s with TPM 1.2", "our T480s", "the 930Es"): capitals and
 * digits, then a small "s". A serial is written in one case throughout.
 */
const isModelWithS = (token: string): boolean => /^[A-Z]{0,3}\d{2,4}[A-Z]{0,2}s$/.test(token) && /\d/.test(token);
/** A product line written as one CamelCase word ("DesignJet", "EliteBook"): what follows it is its model ("DesignJet T1700"). */
const PRODUCT_LINE = /^[A-Z][a-z]+[A-Z][a-z]+$/;

/**
 * A service desk's record number: its kind's prefix, then the number ServiceNow and its kin give it ("CHG0048812",
 * "INC0012345", "RITM0098765"). A ticket or a change is no device, whatever is asked of it.
 */
const RECORD = String.raw`(?:inc|chg|ritm|req|prb|sctask|ctask|ptask)\d{5,10}`;
const SERVICE_DESK_RECORD = new RegExp(`^${RECORD}$`, 'i');
/** A service desk record named in a message: the ticketing tool's question, not a device's. */
export const SERVICE_DESK_RECORD_IN_TEXT = new RegExp(String.raw`\b${RECORD}\b`, 'i');

/**
 * A device name template, not a device: a part of it stands for what Intune fills in ("BR-0421-serialnumber",
 * "LAP-%SERIAL%", "KIOSK-%RAND:4%", "HQ-XXXX").
 */
const TEMPLATE_PART = /^(?:%?serial(?:number|no|num)?%?|%rand(?::\d+)?%|rand(?:om)?|x{3,}|n{3,}|#{2,})$/i;
const isNameTemplate = (token: string): boolean => token.includes('-') && token.split('-').some((part) => TEMPLATE_PART.test(part));
/**
 * A site, gate or bay code: letters, a hyphen and a short number ("RIG-7", "GATE-12", "BAY-3"). Places and assets
 * written this way are no device serial; serials with a prefix carry a longer number ("HX-77821", "SN-88A71C").
 */
const PLACE_CODE = /^[A-Za-z]{2,}-\d{1,3}$/;

/**
 * Words joined by hyphens ("Autopilot-Laptops-2026", "wg-bench-devices"): two parts or more are words of three letters
 * or more, not all in capitals. A name someone gave a group or a profile; serials are printed in capitals.
 */
function isWordsJoined(token: string): boolean {
    return token.split('-').filter((part) => /^[A-Za-z]{3,}$/.test(part) && /[a-z]/.test(part)).length >= 2;
}

/**
 * The everyday words and units that hyphens join to a number or to each other ("up-to-10", "one-to-one", "24-hour",
 * "4-digit", "30-min", "5-to-10", "a 200-unit pallet", "a 40-laptop order"): a quantity or a range, as technicians write them, never a part of a serial.
 */
const JOINED_WORD = /^(?:up|to|per|and|or|of|by|in|on|one|two|three|four|five|six|seven|eight|nine|ten|step|time|times|hour|hours|hr|hrs|min|mins|minute|minutes|sec|secs|second|seconds|day|days|week|weeks|month|months|year|years|digit|digits|char|chars|character|characters|letter|letters|bit|bits|gb|mb|tb|core|cores|inch|page|pages|user|users|app|apps|seat|seats|unit|units|device|devices|laptop|laptops|pc|pcs|desktop|desktops|machine|machines|max|odd|ish|plus)$/;

/**
 * A quantity or a range written with hyphens: a part is an everyday word in lower case (serials are printed in capitals,
 * so "AB-CDE-1234" stays one), or every part a short number ("90-120").
 */
function isQuantityOrRange(token: string): boolean {
    const parts = token.split('-');
    return parts.length >= 2 && (parts.some((part) => JOINED_WORD.test(part)) || parts.every((part) => /^\d{1,3}$/.test(part)));
}

/** A name in quotes after what it names ("group 'AP-Devices-01'", 'profile "WG-STD-2"'): that object's name, no device. */
const QUOTED_NAME = /\b(?:groups?|tags?|profiles?|polic(?:y|ies)|rings?|apps?|packages?|scripts?|filters?|called|named)\s+['"“‘`]([^'"”’`]{1,60})['"”’`]/gi;

/** A group tag named without quotes ("the ones tagged DENT01", "group tag SITE-RUGGED", "OrderID:NYC01"): a tag, no device. */
const TAG_NAME = /\b(?:tagged(?:\s+(?:as|with))?|group[\s-]*tag(?:ged)?|order[\s-]*id)\s*[:=]?\s*([A-Za-z0-9][\w-]{1,30})\b/gi;

/** The words of objects named in the message (a quoted group, profile or app; a group tag): names, never devices. */
function objectNames(text: string): Set<string> {
    return new Set([...text.matchAll(QUOTED_NAME), ...text.matchAll(TAG_NAME)].flatMap((match) => wordsOf(match[1])));
}

/** A word of a sentence that names a device. */
function namesDevice(token: string): boolean {
    return (
        isSerialNumber(token) &&
        token.length >= MIN_SERIAL_IN_TEXT &&
        /\d/.test(token) &&
        !NOT_SERIALS.has(token.toLowerCase()) &&
        !SETUP_ACCOUNT.test(token) &&
        !TECHNICAL_NAME.test(token) &&
        !SERVICE_DESK_RECORD.test(token) &&
        !isMixedCaseName(token) &&
        !isModelWithS(token) &&
        !isWordsJoined(token) &&
        !isNameTemplate(token) &&
        !PLACE_CODE.test(token) &&
        !isQuantityOrRange(token) &&
        // Dates are not serials either.
        !/^\d{4}-\d{2}-\d{2}$/.test(token) &&
        // Error codes, years and KB articles are numbers technicians paste next to serials.
        findErrorCodes(token).length === 0 &&
        !/^(\d{1,4}|kb\d+)$/i.test(token)
    );
}

/** Autopilot (ZTD) ids and other device GUIDs written in `text` ("status 6f9a1c2e-…"), in order. */
export function findDeviceGuids(text: string): string[] {
    return text
        .split(/[\s,;:()[\]{}"'`<>]+/)
        .map((token) => token.replace(/[.?!]+$/, ''))
        .filter((token) => isGuid(token) && token !== EMPTY_GUID);
}

/** Words that offer what follows as an example or a format ("e.g. ASSET-0042", "for instance 123456", "such as"). */
const OFFERS_AN_EXAMPLE = /^(?:e\.?g|eg|ex|i\.?e|example|instance|like)$/i;
/** "Looks like", "seems like": what follows is said to be so, not offered as an example. */
const SAYS_IT_IS = /^(?:looks?|seems?|sounds?|feels?)$/i;

/**
 * The i-th word is offered as an example or a format ("can the device name be our asset tag, like 2045187",
 * "something like 123456", "e.g. ASSET-0042"): a question about naming or settings, not a device asked about.
 */
function offeredAsExample(tokens: string[], i: number): boolean {
    const before = tokens[i - 1] ?? '';
    if (/^as$/i.test(before)) return /^such$/i.test(tokens[i - 2] ?? '');
    return OFFERS_AN_EXAMPLE.test(before) && !(/^like$/i.test(before) && SAYS_IT_IS.test(tokens[i - 2] ?? ''));
}

/** Words after which a hex string is an object's id from a log line ("policy with id: 5d1f…", "AppId 3fa2…"). */
const NAMES_AN_ID = /^(?:id|ids|appid|app-id|policyid|objectid|guid|correlationid|activityid|requestid|sessionid|tenantid|userid|groupid|profileid|payloadid|policy|app|application|package)$/i;

/**
 * The i-th word is a piece of a GUID pasted from a log line: hex in lower case, as logs write ids, cut off with
 * "…", "..." or a trailing hyphen, or after the word "id" ("policy with id: 5d1f...", "AppId 3fa2…"). Neither a device
 * nor a fragment of one to answer "too short" about; "5CD3..." in capitals is still a cut-off serial.
 */
function pastedIdPiece(rawTokens: string[], i: number): boolean {
    const raw = rawTokens[i] ?? '';
    const hex = raw.replace(/(?:\.+|…+)$/, '').replace(/-+$/, '');
    if (!/^[0-9a-f]+(?:-[0-9a-f]+)*$/.test(hex) || !/[a-f]/.test(hex) || !/\d/.test(hex)) return false;
    return /(?:-|\.{2,}|…)$/.test(raw) || (i > 0 && NAMES_AN_ID.test(rawTokens[i - 1]));
}

/** A Microsoft certification exam's code ("MD-102", "az-104"), in a message about exams or certifications. */
const EXAM_CODE = /^(?:md|ms|az|sc|ai|dp|pl|mb)-\d{3}$/i;
const ABOUT_EXAMS = /\b(?:exams?|certs?|certifications?|certified|study\w*|pass(?:ed|ing)?|course|training|learning path|which one should i take)\b/i;

/**
 * Units and counted things after a number ("26000 lbs", "1200 devices", "500 USD"): the number is a quantity, never a
 * serial, even an all-digit one like a Surface's.
 */
const UNIT = /^(?:lbs?|pounds?|kgs?|kilos?|grams?|g|tons?|tonnes?|km|kms|miles?|mi|ft|feet|inch(?:es)?|cm|mm|m|metres?|meters?|psi|bar|mph|kph|l|litres?|liters?|gal(?:lons?)?|usd|eur|gbp|dollars?|euros?|devices?|laptops?|pcs?|units?|users?|seats?|licen[cs]es?|items?|rows?|entries|people|employees?|trucks?|tablets?)$/i;
const numberBeforeUnit = (tokens: string[], i: number): boolean => /^\d+$/.test(tokens[i]) && i + 1 < tokens.length && UNIT.test(tokens[i + 1]);
/**
 * A message about money ("the monthly payment on 38000 at 6.9 percent", "budget of 45000 for laptops"): its plain
 * numbers are amounts. A Surface's all-digit serial has twelve digits; an amount seldom has more than nine. A percentage
 * alone says nothing of money: a device's progress is one ("is 31415926 still at 60%?").
 */
const ABOUT_MONEY = /\b(?:payments?|loans?|interest|apr|mortgage|salary|salaries|price[sd]?|costs?|budget|invoices?|quotes?|monthly|annual|dollars?|euros?|pounds|usd|eur|gbp)\b|[$€£]/i;
const amountOfMoney = (token: string, aboutMoney: boolean): boolean => aboutMoney && /^\d{1,9}$/.test(token);

/** Device names (serials) in `text`, in order and in their original case. */
export function findSerials(text: string): string[] {
    const raw = rawWordsOf(text);
    const tokens = wordsOf(text);
    const names = objectNames(text);
    const exams = ABOUT_EXAMS.test(text);
    const money = ABOUT_MONEY.test(text);
    return tokens.filter(
        (token, i) =>
            namesDevice(token) &&
            !numberBeforeUnit(tokens, i) &&
            !amountOfMoney(token, money) &&
            !(exams && EXAM_CODE.test(token)) &&
            !names.has(token) &&
            !(i > 0 && NAMES_A_REFERENCE.test(tokens[i - 1])) &&
            !offeredAsExample(tokens, i) &&
            !pastedIdPiece(raw, i)
    );
}

/**
 * A part of a serial too short to name one device ("5CD3"): letters and digits mixed, under the length a serial in a
 * sentence needs. The chat answers it "too short" rather than guess, or use the last device in its place.
 */
const rawWordsOf = (text: string) => text.split(/[\s,;:()[\]{}"'`]+/);
const wordsOf = (text: string) => rawWordsOf(text).map((token) => token.replace(/[.?!]+$/, ''));

/** The i-th word comes after a brand or product line ("HP M479"; "EliteBook 840 G10": after the line's own number). */
function followsModelWord(tokens: string[], i: number): boolean {
    return (
        (i > 0 && (NAMES_A_MODEL.test(tokens[i - 1]) || NAMES_A_REFERENCE.test(tokens[i - 1]) || PRODUCT_LINE.test(tokens[i - 1]))) ||
        (i > 1 && /^\d+$/.test(tokens[i - 1]) && NAMES_A_MODEL.test(tokens[i - 2]))
    );
}

/**
 * Serial-shaped words of `text` written as a model number after a brand or product line ("Epson ET-2850"). Whether
 * one is still a device depends on the sentence (asking for its status, it is): the caller decides.
 */
export function findModelNumbers(text: string): string[] {
    const tokens = wordsOf(text);
    return tokens.filter((token, i) => followsModelWord(tokens, i) && namesDevice(token));
}

/** Words after which a model number is a computer's ("model 21HDCTO1WW", "Lenovo 20XW00GUUK"), not a printer's or a dock's. */
const NAMES_A_COMPUTER = /^(?:model|type|mtm|sku|hp|dell|lenovo|acer|asus|fujitsu|toshiba|dynabook|panasonic|getac|microsoft|thinkpad|thinkcentre|thinkbook|latitude|precision|optiplex|vostro|elitebook|probook|zbook|elitedesk|prodesk|surface)$/i;

/** The model numbers of `text` that name a computer: read as the device they name, never looked up as serials. */
export function findComputerModels(text: string): string[] {
    const tokens = wordsOf(text);
    return tokens.filter((token, i) => i > 0 && NAMES_A_COMPUTER.test(tokens[i - 1]) && namesDevice(token));
}

export function findShortSerial(text: string): string | undefined {
    const raw = rawWordsOf(text);
    const tokens = wordsOf(text);
    return tokens.find(
        (token, i) =>
            !followsModelWord(tokens, i) &&
            !pastedIdPiece(raw, i) &&
            !offeredAsExample(tokens, i) &&
            token.length >= 2 &&
            token.length < MIN_SERIAL_IN_TEXT &&
            /^[A-Za-z0-9-]+$/.test(token) &&
            /\d/.test(token) &&
            /[A-Za-z]/.test(token) &&
            !NOT_SERIALS.has(token.toLowerCase()) &&
            !SETUP_ACCOUNT.test(token) &&
            !TECHNICAL_NAME.test(token) &&
        !isMixedCaseName(token) &&
            findErrorCodes(token).length === 0
    );
}
