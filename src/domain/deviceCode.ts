/**
 * The QR code on the Windows Autopilot configuration screen, as a phone's camera or a QR reader shows its text: a
 * JSON blob `{"BlockSequence":{"Id":…,"ZtdId":"<guid>",…,"SequenceBlockNumber":1,"TotalBlocks":1}}`, sometimes after
 * a label such as "Data to encode", or just the ZtdId (the device's Autopilot id). Pure: text in, device id out.
 */
import { isGuid } from './identifiers';

/** Why a pasted code names no device; each has its own plain answer. */
export type DeviceCodeProblem =
    /** It is the configuration screen's blob, but cut off or damaged before the ZtdId could be read. */
    | 'unreadable'
    /** A complete blob without a ZtdId field (or an empty one). */
    | 'noZtdId'
    /** A ZtdId that is not a whole GUID: usually a code copied in part. */
    | 'badZtdId';

export type DeviceCode = { kind: 'ztdId'; ztdId: string } | { kind: 'problem'; problem: DeviceCodeProblem };

/** Labels QR readers and technicians put before the content. */
const LABEL = /^(?:status(?:\s+of)?|find|look\s?up|show|device|data to encode|qr(?:\s*code)?(?:\s*(?:text|content|data))?|ztd\s*id|ztdid|autopilot\s*id|code|text|content)\s*[:=-]?\s*/i;
/** The markers of the configuration screen's code; text without them is not a QR blob. */
const MARKER = /"?\b(?:BlockSequence|ZtdId)\b"?\s*:/i;
const ZTD_FIELD = /"ZtdId"\s*:\s*"([^"]*)"?/i;

const bareGuid = (text: string) => text.replace(/^\{(.*)\}$/, '$1').trim();

/** The ZtdId of a parsed blob, nested under BlockSequence (what the screen shows) or at the top level. */
function ztdIdOf(blob: unknown): unknown {
    if (blob === null || typeof blob !== 'object') return undefined;
    const record = blob as Record<string, unknown>;
    const keyed = (object: Record<string, unknown>, name: string) => Object.entries(object).find(([key]) => key.toLowerCase() === name)?.[1];
    const sequence = keyed(record, 'blocksequence');
    const nested = sequence !== null && typeof sequence === 'object' ? keyed(sequence as Record<string, unknown>, 'ztdid') : undefined;
    return nested ?? keyed(record, 'ztdid');
}

function fromZtdValue(value: unknown): DeviceCode {
    if (typeof value !== 'string' || value.trim() === '') return { kind: 'problem', problem: 'noZtdId' };
    const id = bareGuid(value);
    return isGuid(id) ? { kind: 'ztdId', ztdId: id.toLowerCase() } : { kind: 'problem', problem: 'badZtdId' };
}

/**
 * The device a pasted QR text names, a problem when it is the screen's code but cannot be used, or undefined when the
 * text is not a device code at all (so the chat reads it as a question).
 */
export function parseDeviceCode(rawText: string): DeviceCode | undefined {
    const text = rawText.trim().replace(LABEL, '').trim();
    if (isGuid(bareGuid(text))) return { kind: 'ztdId', ztdId: bareGuid(text).toLowerCase() };
    if (!MARKER.test(text)) return undefined;
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start !== -1 && end > start) {
        try {
            return fromZtdValue(ztdIdOf(JSON.parse(text.slice(start, end + 1))));
        } catch {
            // Damaged or cut off: the ZtdId may still be readable below.
        }
    }
    // A blob cut off after its ZtdId still names the device; one cut inside it does not.
    const field = ZTD_FIELD.exec(text);
    if (field && isGuid(bareGuid(field[1]))) return { kind: 'ztdId', ztdId: bareGuid(field[1]).toLowerCase() };
    if (field) return { kind: 'problem', problem: field[1].trim() === '' ? 'noZtdId' : 'badZtdId' };
    return { kind: 'problem', problem: 'unreadable' };
}
