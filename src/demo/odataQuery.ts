/**
 * OData query options as Microsoft Graph understands them, reduced to what the Intune resources need:
 * `$filter` (comparisons, and/or/not, contains/startswith/endswith, tolower/toupper), `$select`, `$expand`,
 * `$top` and `$skiptoken`. Pure functions: parse, then apply to plain arrays. Errors are ODataQueryError,
 * which the router answers with 400 BadRequest.
 */

import { isGuid } from '../domain/identifiers';
import type { GraphRecord } from './graphResources';

export class ODataQueryError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'ODataQueryError';
    }
}

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type MatchFunction = 'contains' | 'startswith' | 'endswith';
export type TransformFunction = 'tolower' | 'toupper' | 'trim';
export type LiteralType = 'string' | 'number' | 'boolean' | 'null' | 'dateTime' | 'guid';

export type FilterOperand =
    | { kind: 'property'; path: string[] }
    | { kind: 'literal'; value: string | number | boolean | null; literalType: LiteralType }
    | { kind: 'transform'; name: TransformFunction; argument: FilterOperand };

export type FilterExpression =
    | { kind: 'and' | 'or'; left: FilterExpression; right: FilterExpression }
    | { kind: 'not'; operand: FilterExpression }
    | { kind: 'compare'; operator: ComparisonOperator; left: FilterOperand; right: FilterOperand }
    | { kind: 'match'; name: MatchFunction; subject: FilterOperand; search: FilterOperand; expected: boolean };

export interface ExpandItem {
    name: string;
    /** Raw `$select` inside `name($select=a,b)`, validated by the caller against the target type. */
    select?: string;
}

const COMPARISON_OPERATORS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
const MATCH_FUNCTIONS: readonly string[] = ['contains', 'startswith', 'endswith'];
const TRANSFORM_FUNCTIONS: readonly string[] = ['tolower', 'toupper', 'trim'];
const RESERVED_WORDS: readonly string[] = [...COMPARISON_OPERATORS, 'and', 'or', 'not'];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
/** Characters a bare word (identifier, keyword, number, date-time, GUID, type cast) may contain. */
const WORD_CHAR = /[A-Za-z0-9_.:/+-]/;

interface Token {
    type: 'lparen' | 'rparen' | 'comma' | 'string' | 'word';
    text: string;
    position: number;
}

function tokenize(source: string): Token[] {
    const tokens: Token[] = [];
    let index = 0;
    while (index < source.length) {
        const char = source[index];
        if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
            index++;
        } else if (char === '(' || char === ')' || char === ',') {
            const type = char === '(' ? 'lparen' : char === ')' ? 'rparen' : 'comma';
            tokens.push({ type, text: char, position: index });
            index++;
        } else if (char === "'") {
            // OData string literal: a doubled quote is an escaped quote.
            const start = index;
            let value = '';
            index++;
            for (;;) {
                if (index >= source.length) {
                    const message = `There is an unterminated string literal at position ${start} in '${source}'.`;
                    throw new ODataQueryError(message);
                }
                if (source[index] === "'") {
                    if (source[index + 1] === "'") {
                        value += "'";
                        index += 2;
                        continue;
                    }
                    index++;
                    break;
                }
                value += source[index];
                index++;
            }
            tokens.push({ type: 'string', text: value, position: start });
        } else if (WORD_CHAR.test(char)) {
            const start = index;
            while (index < source.length && WORD_CHAR.test(source[index])) {
                index++;
            }
            tokens.push({ type: 'word', text: source.slice(start, index), position: start });
        } else {
            const message = `Syntax error: character '${char}' is not valid at position ${index} in '${source}'.`;
            throw new ODataQueryError(message);
        }
    }
    return tokens;
}

class FilterParser {
    private index = 0;

    constructor(
        private readonly source: string,
        private readonly tokens: Token[]
    ) {}

    parse(): FilterExpression {
        if (this.tokens.length === 0) {
            throw new ODataQueryError(`Expression expected at position 0 in '${this.source}'.`);
        }
        const expression = this.parseOr();
        const extra = this.peek();
        if (extra) {
            throw this.syntaxError(extra);
        }
        return expression;
    }

    private parseOr(): FilterExpression {
        return this.parseChain('or', () => this.parseAnd());
    }

    private parseAnd(): FilterExpression {
        return this.parseChain('and', () => this.parseUnary());
    }

    /** `operand keyword operand …`, grouped to the left; `and` binds tighter than `or` by calling order. */
    private parseChain(keyword: 'and' | 'or', operand: () => FilterExpression): FilterExpression {
        let left = operand();
        while (this.peekKeyword(keyword)) {
            this.index++;
            left = { kind: keyword, left, right: operand() };
        }
        return left;
    }

    private parseUnary(): FilterExpression {
        if (this.peekKeyword('not')) {
            this.index++;
            return { kind: 'not', operand: this.parseUnary() };
        }
        return this.parsePrimary();
    }

    private parsePrimary(): FilterExpression {
        const token = this.expectToken();
        if (token.type === 'lparen') {
            const inner = this.parseOr();
            this.expect('rparen');
            return inner;
        }
        const lowered = token.text.toLowerCase();
        if (token.type === 'word' && MATCH_FUNCTIONS.includes(lowered) && this.peek()?.type === 'lparen') {
            this.index++;
            const subject = this.parseOperand();
            this.expect('comma');
            const search = this.parseOperand();
            this.expect('rparen');
            const expected = this.parseBooleanSuffix();
            return { kind: 'match', name: lowered as MatchFunction, subject, search, expected };
        }
        this.index--;
        const left = this.parseOperand();
        const operatorToken = this.expectToken();
        const operator = operatorToken.text.toLowerCase();
        if (operatorToken.type !== 'word' || !COMPARISON_OPERATORS.includes(operator)) {
            throw this.syntaxError(operatorToken);
        }
        const right = this.parseOperand();
        return { kind: 'compare', operator: operator as ComparisonOperator, left, right };
    }

    /** `contains(a,'b') eq true` / `... eq false` — common in generated filters. */
    private parseBooleanSuffix(): boolean {
        const next = this.peek();
        if (!next || next.type !== 'word' || !['eq', 'ne'].includes(next.text.toLowerCase())) {
            return true;
        }
        this.index++;
        const value = this.expectToken();
        const lowered = value.text.toLowerCase();
        if (value.type !== 'word' || (lowered !== 'true' && lowered !== 'false')) {
            throw this.syntaxError(value);
        }
        return (lowered === 'true') === (next.text.toLowerCase() === 'eq');
    }

    private parseOperand(): FilterOperand {
        const token = this.expectToken();
        if (token.type === 'string') {
            return { kind: 'literal', value: token.text, literalType: 'string' };
        }
        if (token.type !== 'word') {
            throw this.syntaxError(token);
        }
        const text = token.text;
        const lowered = text.toLowerCase();
        if (lowered === 'true' || lowered === 'false') {
            return { kind: 'literal', value: lowered === 'true', literalType: 'boolean' };
        }
        if (lowered === 'null') {
            return { kind: 'literal', value: null, literalType: 'null' };
        }
        if (DATE_TIME.test(text)) {
            return { kind: 'literal', value: text, literalType: 'dateTime' };
        }
        if (isGuid(text)) {
            return { kind: 'literal', value: text, literalType: 'guid' };
        }
        if (NUMBER.test(text)) {
            return { kind: 'literal', value: Number(text), literalType: 'number' };
        }
        if (TRANSFORM_FUNCTIONS.includes(lowered) && this.peek()?.type === 'lparen') {
            this.index++;
            const argument = this.parseOperand();
            this.expect('rparen');
            return { kind: 'transform', name: lowered as TransformFunction, argument };
        }
        if (RESERVED_WORDS.includes(lowered)) {
            throw this.syntaxError(token);
        }
        return { kind: 'property', path: parsePropertyPath(text, token.position, this.source) };
    }

    private peek(): Token | undefined {
        return this.tokens[this.index];
    }

    private peekKeyword(keyword: string): boolean {
        const token = this.peek();
        return token !== undefined && token.type === 'word' && token.text.toLowerCase() === keyword;
    }

    private expectToken(): Token {
        const token = this.tokens[this.index];
        if (!token) {
            throw new ODataQueryError(`Expression expected at position ${this.source.length} in '${this.source}'.`);
        }
        this.index++;
        return token;
    }

    private expect(type: Token['type']): Token {
        const token = this.expectToken();
        if (token.type !== type) {
            throw this.syntaxError(token);
        }
        return token;
    }

    private syntaxError(token: Token): ODataQueryError {
        return new ODataQueryError(`Syntax error at position ${token.position} in '${this.source}'.`);
    }
}

/**
 * `serialNumber` → ['serialNumber']; `microsoft.graph.DeviceManagementAutopilotEvent/deploymentEndDateTime` drops the
 * type cast (community code uses that form on autopilotEvents); `a/b` walks into a complex property.
 */
function parsePropertyPath(text: string, position: number, source: string): string[] {
    const segments = text.split('/');
    const path = segments.filter((segment, index) => !(index < segments.length - 1 && segment.includes('.')));
    if (path.length === 0 || !path.every(segment => IDENTIFIER.test(segment))) {
        throw new ODataQueryError(`Syntax error at position ${position} in '${source}'.`);
    }
    return path;
}

export function parseFilter(source: string): FilterExpression {
    return new FilterParser(source, tokenize(source)).parse();
}

/** Rewrites property names to the type's spelling (Graph matches them case-insensitively) or rejects unknown ones. */
export function bindFilter(
    expression: FilterExpression,
    properties: readonly string[],
    typeName: string
): FilterExpression {
    const bindOperand = (operand: FilterOperand): FilterOperand => {
        if (operand.kind === 'property') {
            const [root, ...rest] = operand.path;
            return { kind: 'property', path: [canonicalProperty(root, properties, typeName), ...rest] };
        }
        if (operand.kind === 'transform') {
            return { ...operand, argument: bindOperand(operand.argument) };
        }
        return operand;
    };
    const bind = (node: FilterExpression): FilterExpression => {
        switch (node.kind) {
            case 'and':
            case 'or':
                return { kind: node.kind, left: bind(node.left), right: bind(node.right) };
            case 'not':
                return { kind: 'not', operand: bind(node.operand) };
            case 'compare':
                return { ...node, left: bindOperand(node.left), right: bindOperand(node.right) };
            case 'match':
                return { ...node, subject: bindOperand(node.subject), search: bindOperand(node.search) };
        }
    };
    return bind(expression);
}

function canonicalProperty(name: string, properties: readonly string[], typeName: string): string {
    const match = properties.find(property => property.toLowerCase() === name.toLowerCase());
    if (!match) {
        throw new ODataQueryError(`Could not find a property named '${name}' on type '${typeName}'.`);
    }
    return match;
}

interface ResolvedValue {
    value: unknown;
    literalType?: LiteralType;
}

function resolveOperand(operand: FilterOperand, record: GraphRecord): ResolvedValue {
    switch (operand.kind) {
        case 'literal':
            return { value: operand.value, literalType: operand.literalType };
        case 'property': {
            let value: unknown = record;
            for (const segment of operand.path) {
                value = value !== null && typeof value === 'object' ? (value as GraphRecord)[segment] : undefined;
            }
            return { value: value === undefined ? null : value };
        }
        case 'transform': {
            const inner = resolveOperand(operand.argument, record);
            if (typeof inner.value !== 'string') {
                return inner;
            }
            const transformed =
                operand.name === 'tolower'
                    ? inner.value.toLowerCase()
                    : operand.name === 'toupper'
                      ? inner.value.toUpperCase()
                      : inner.value.trim();
            return { value: transformed, literalType: inner.literalType };
        }
    }
}

/** Negative, zero or positive; undefined when the two values cannot be ordered. */
function compareValues(left: ResolvedValue, right: ResolvedValue): number | undefined {
    const a = left.value;
    const b = right.value;
    if (left.literalType === 'dateTime' || right.literalType === 'dateTime') {
        const timeA = typeof a === 'string' ? Date.parse(a) : NaN;
        const timeB = typeof b === 'string' ? Date.parse(b) : NaN;
        return Number.isNaN(timeA) || Number.isNaN(timeB) ? undefined : timeA - timeB;
    }
    if (typeof a === 'number' && typeof b === 'number') {
        return a - b;
    }
    if (typeof a === 'string' && typeof b === 'string') {
        // Intune compares strings (serials, enum names, GUIDs) without regard to case.
        const lowerA = a.toLowerCase();
        const lowerB = b.toLowerCase();
        return lowerA < lowerB ? -1 : lowerA > lowerB ? 1 : 0;
    }
    if (typeof a === 'boolean' && typeof b === 'boolean') {
        return a === b ? 0 : a ? 1 : -1;
    }
    return undefined;
}

function evaluateComparison(operator: ComparisonOperator, left: ResolvedValue, right: ResolvedValue): boolean {
    if (left.value === null || right.value === null) {
        const bothNull = left.value === null && right.value === null;
        return operator === 'eq' ? bothNull : operator === 'ne' ? !bothNull : false;
    }
    const order = compareValues(left, right);
    if (order === undefined) {
        return operator === 'ne';
    }
    switch (operator) {
        case 'eq':
            return order === 0;
        case 'ne':
            return order !== 0;
        case 'gt':
            return order > 0;
        case 'ge':
            return order >= 0;
        case 'lt':
            return order < 0;
        case 'le':
            return order <= 0;
    }
}

export function evaluateFilter(expression: FilterExpression, record: GraphRecord): boolean {
    switch (expression.kind) {
        case 'and':
            return evaluateFilter(expression.left, record) && evaluateFilter(expression.right, record);
        case 'or':
            return evaluateFilter(expression.left, record) || evaluateFilter(expression.right, record);
        case 'not':
            return !evaluateFilter(expression.operand, record);
        case 'compare':
            return evaluateComparison(
                expression.operator,
                resolveOperand(expression.left, record),
                resolveOperand(expression.right, record)
            );
        case 'match': {
            const subject = resolveOperand(expression.subject, record).value;
            const search = resolveOperand(expression.search, record).value;
            if (typeof subject !== 'string' || typeof search !== 'string') {
                return false;
            }
            // Case-insensitive, like Intune's contains() on serialNumber.
            const haystack = subject.toLowerCase();
            const needle = search.toLowerCase();
            const found =
                expression.name === 'contains'
                    ? haystack.includes(needle)
                    : expression.name === 'startswith'
                      ? haystack.startsWith(needle)
                      : haystack.endsWith(needle);
            return found === expression.expected;
        }
    }
}

/** `$select=a,b` → canonical names; undefined for no selection or `*`. */
export function parseSelect(
    source: string | undefined,
    properties: readonly string[],
    typeName: string
): string[] | undefined {
    if (source === undefined || source.trim() === '' || source.trim() === '*') {
        return undefined;
    }
    const names = source.split(',').map(name => name.trim());
    if (names.some(name => !IDENTIFIER.test(name))) {
        throw new ODataQueryError(`Syntax error in $select: '${source}'.`);
    }
    return [...new Set(names.map(name => canonicalProperty(name, properties, typeName)))];
}

/** `$expand=a,b($select=x,y)` → items with canonical navigation names. */
export function parseExpand(
    source: string | undefined,
    navigationProperties: readonly string[],
    typeName: string
): ExpandItem[] {
    if (source === undefined || source.trim() === '') {
        return [];
    }
    const items: ExpandItem[] = [];
    for (const part of splitTopLevel(source)) {
        const match = /^\s*([A-Za-z_*][A-Za-z0-9_]*)\s*(?:\((.*)\))?\s*$/.exec(part);
        if (!match) {
            throw new ODataQueryError(`Syntax error in $expand: '${source}'.`);
        }
        const [, name, options] = match;
        if (name === '*') {
            items.push(...navigationProperties.map(navigation => ({ name: navigation })));
            continue;
        }
        const item: ExpandItem = { name: canonicalProperty(name, navigationProperties, typeName) };
        if (options !== undefined && options.trim() !== '') {
            const selectMatch = /^\s*\$select\s*=\s*(.+?)\s*$/i.exec(options);
            if (!selectMatch) {
                throw new ODataQueryError(`Only $select is supported inside $expand: '${part}'.`);
            }
            item.select = selectMatch[1];
        }
        items.push(item);
    }
    return items;
}

/** Splits on commas outside parentheses; unbalanced parentheses are a syntax error. */
function splitTopLevel(source: string): string[] {
    const parts: string[] = [];
    let depth = 0;
    let current = '';
    for (const char of source) {
        if (char === '(') {
            depth++;
        } else if (char === ')') {
            depth--;
            if (depth < 0) {
                throw new ODataQueryError(`Syntax error: unbalanced parentheses in '${source}'.`);
            }
        }
        if (char === ',' && depth === 0) {
            parts.push(current);
            current = '';
        } else {
            current += char;
        }
    }
    if (depth !== 0) {
        throw new ODataQueryError(`Syntax error: unbalanced parentheses in '${source}'.`);
    }
    parts.push(current);
    return parts;
}

export function parseTop(source: string | undefined): number | undefined {
    if (source === undefined) {
        return undefined;
    }
    const trimmed = source.trim();
    if (!/^\d{1,9}$/.test(trimmed)) {
        throw new ODataQueryError(
            `Invalid value '${source}' for $top query option found. ` +
                'The $top query option requires a non-negative integer value.'
        );
    }
    return Number(trimmed);
}

const SKIP_TOKEN_PREFIX = 'demo-offset:';

/** The skip token is opaque to clients, as in Graph; inside it is just the offset of the next page. */
export function encodeSkipToken(offset: number): string {
    return Buffer.from(`${SKIP_TOKEN_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeSkipToken(token: string | undefined): number {
    if (token === undefined) {
        return 0;
    }
    const decoded = /^[A-Za-z0-9_-]+$/.test(token) ? Buffer.from(token, 'base64url').toString('utf8') : '';
    const match = /^demo-offset:(\d{1,9})$/.exec(decoded);
    if (!match) {
        throw new ODataQueryError(`The skip token value '${token}' is invalid.`);
    }
    return Number(match[1]);
}

/** Query options by canonical lower-case name (`$filter`); `$` is optional as on Graph. Duplicates are an error. */
export function readQueryOptions(params: URLSearchParams): Map<string, string> {
    const known = [
        '$filter',
        '$select',
        '$expand',
        '$top',
        '$skip',
        '$skiptoken',
        '$orderby',
        '$count',
        '$search',
        '$format'
    ];
    const options = new Map<string, string>();
    for (const [rawName, value] of params) {
        const lowered = rawName.trim().toLowerCase();
        const name = lowered.startsWith('$') ? lowered : `$${lowered}`;
        if (!known.includes(name)) {
            continue;
        }
        if (options.has(name)) {
            const message =
                `Query option '${name}' was specified more than once, ` + 'but it must be specified at most once.';
            throw new ODataQueryError(message);
        }
        options.set(name, value);
    }
    return options;
}

export function applySelect(record: GraphRecord, select: readonly string[] | undefined): GraphRecord {
    if (!select) {
        return { ...record };
    }
    const selected: GraphRecord = {};
    // Graph keeps the type annotation of derived types (deployment profiles) even under $select.
    if (typeof record['@odata.type'] === 'string') {
        selected['@odata.type'] = record['@odata.type'];
    }
    for (const name of select) {
        selected[name] = record[name] ?? null;
    }
    return selected;
}

/** Keeps only the properties a version exposes, in the descriptor's order. */
export function projectProperties(record: GraphRecord, properties: readonly string[]): GraphRecord {
    const projected: GraphRecord = {};
    if (typeof record['@odata.type'] === 'string') {
        projected['@odata.type'] = record['@odata.type'];
    }
    for (const name of properties) {
        if (name in record) {
            projected[name] = record[name];
        }
    }
    return projected;
}

export interface Page<T> {
    items: T[];
    /** Offset of the next page, absent on the last page. */
    nextOffset?: number;
}

export function takePage<T>(items: readonly T[], offset: number, pageSize: number): Page<T> {
    const pageItems = items.slice(offset, offset + pageSize);
    const nextOffset = offset + pageSize;
    return nextOffset < items.length && pageSize > 0 ? { items: pageItems, nextOffset } : { items: pageItems };
}
