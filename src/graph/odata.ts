/** OData helpers: user input never reaches a filter unescaped. */

/** An OData string literal: single quotes doubled, then wrapped in quotes. */
export function odataString(value: string): string {
    return `'${value.replace(/'/g, "''")}'`;
}

/** A `$filter` query value, URL-encoded for use after `?$filter=`. */
export function filterParam(filter: string): string {
    return encodeURIComponent(filter);
}
