/** Finds Windows/HRESULT error codes in free text, whatever notation the technician typed or pasted. */

const INT32_MIN = -0x80000000;
const UINT32_LIMIT = 0x100000000;
/** Negative decimals must be at least this far from zero, so ordinary numbers like -12 are not codes. */
const MIN_NEGATIVE_CODE = -0x10000000;

/**
 * One scan, left to right, so codes come out in the order they were written:
 * 1) 0x + 8 hex digits; 2) 9-10 digit decimals, optionally negative; 3) a bare 8-hex-digit token.
 * Tokens glued to letters or digits (serial numbers, KB numbers) are skipped by the look-arounds, and so is the
 * first block of a GUID (an Autopilot id such as 8f1a2b3c-1234-…).
 */
const CODE_PATTERN = /(?<![0-9a-z])(?:0x([0-9a-f]{8})|(-?\d{9,10})|([0-9a-f]{8})(?!-[0-9a-f]{4}-))(?![0-9a-z])/gi;

/** `0x` + 8 upper-case hex digits, from a signed (int32) or unsigned (uint32) value. */
export function toCanonicalHex(n: number): string {
    if (!Number.isInteger(n) || n < INT32_MIN || n >= UINT32_LIMIT) {
        throw new RangeError(`not a 32-bit integer: ${n}`);
    }
    return '0x' + (n >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

function fromDecimal(text: string): string | undefined {
    const n = Number(text);
    if (n < 0) {
        return n >= INT32_MIN && n <= MIN_NEGATIVE_CODE ? toCanonicalHex(n) : undefined;
    }
    // Unsigned form of a failure code: the high bit is set.
    return n >= 0x80000000 && n < UINT32_LIMIT ? toCanonicalHex(n) : undefined;
}

function fromBareHex(token: string): string | undefined {
    // Without 0x, only HRESULT-looking failures (8 or C first) with a digit in them, so words and serials stay out.
    if (!/^[8c]/i.test(token) || !/\d/.test(token.slice(1))) {
        return undefined;
    }
    return '0x' + token.toUpperCase();
}

/** A code with or without its `0x` in the canonical form the knowledge lists it by: `800705b4` → `0x800705B4`. */
export function canonicalCode(code: string): string {
    return '0x' + code.replace(/^0x/i, '').toUpperCase();
}

/** `text` with everything written like an error code (hex with or without 0x, decimal) taken out: the words around it. */
export function withoutErrorCodes(text: string): string {
    return text.replace(CODE_PATTERN, ' ');
}

/** Canonical codes (`0x800705B4`) found in `text`, in order of appearance, without duplicates. */
export function findErrorCodes(text: string): string[] {
    const found: string[] = [];
    for (const match of text.matchAll(CODE_PATTERN)) {
        const [, hex, decimal, bare] = match;
        const code = hex ? '0x' + hex.toUpperCase() : decimal ? fromDecimal(decimal) : fromBareHex(bare ?? '');
        if (code && !found.includes(code)) {
            found.push(code);
        }
    }
    return found;
}
