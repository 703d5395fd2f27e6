/** OData helpers: user input never reaches a filter unescaped. */

/** An OData string literal: single quotes doubled, then wrapped in quotes. */
export function odataString(value: string): string {
    return `'${value.replace(/'/g, "''")}'`;
}

/** A `$filter` query value, URL-encoded for use after `?$filter=`. */
export function filterParam(filter: string): string {
    return encodeURIComponent(filter);
}

/** Serial numbers as OEMs print them: letters, digits, hyphens; 4-30 characters. */
const SERIAL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{3,29}$/;

export function isValidSerial(serial: string): boolean {
    return SERIAL_PATTERN.test(serial);
}

/** Autopilot (ZTD) ids and managed device ids are GUIDs. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The all-zero GUID Graph returns for a device that never enrolled. */
export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';
