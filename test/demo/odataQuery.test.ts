import {
    ODataQueryError,
    applySelect,
    bindFilter,
    decodeSkipToken,
    encodeSkipToken,
    evaluateFilter,
    parseExpand,
    parseFilter,
    parseSelect,
    parseTop,
    readQueryOptions,
    takePage
} from '../../src/demo/odataQuery';

const PROPERTIES = ['id', 'serialNumber', 'groupTag', 'addressableUserName', 'eventDateTime', 'errorCode', 'tracked'];
const TYPE = 'microsoft.graph.test';

function matches(filter: string, record: Record<string, unknown>): boolean {
    return evaluateFilter(bindFilter(parseFilter(filter), PROPERTIES, TYPE), record);
}

describe('parseFilter / evaluateFilter', () => {
    const device = { id: 'A1', serialNumber: 'PF3XYZ12', groupTag: 'EMEA-Sales', addressableUserName: "Sean O'Brien" };

    it('matches contains() as a case-insensitive substring', () => {
        expect(matches("contains(serialNumber,'xyz1')", device)).toBe(true);
        expect(matches("contains(serialNumber, 'PF3')", device)).toBe(true);
        expect(matches("contains(serialNumber,'ZZZ')", device)).toBe(false);
    });

    it('matches eq case-insensitively and ne', () => {
        expect(matches("serialNumber eq 'pf3xyz12'", device)).toBe(true);
        expect(matches("serialNumber eq 'PF3XYZ1'", device)).toBe(false);
        expect(matches("serialNumber ne 'PF3XYZ1'", device)).toBe(true);
    });

    it("reads a doubled quote as an escaped quote (O''Brien)", () => {
        const parsed = parseFilter("addressableUserName eq 'Sean O''Brien'");
        expect(parsed).toMatchObject({ kind: 'compare', right: { kind: 'literal', value: "Sean O'Brien" } });
        expect(matches("contains(addressableUserName,'O''Brien')", device)).toBe(true);
        expect(matches("contains(addressableUserName,'OBrien')", device)).toBe(false);
    });

    it('combines and / or / not with parentheses and startswith/endswith', () => {
        const combined = "startswith(serialNumber,'PF') and (groupTag eq 'x' or endswith(groupTag,'sales'))";
        expect(matches(combined, device)).toBe(true);
        expect(matches("not contains(serialNumber,'PF')", device)).toBe(false);
        expect(matches("contains(serialNumber,'PF') eq false", device)).toBe(false);
        expect(matches("tolower(serialNumber) eq 'pf3xyz12'", device)).toBe(true);
    });

    it('compares date-times, numbers, booleans, null and type-cast property paths', () => {
        const event = { eventDateTime: '2025-03-02T10:46:12Z', errorCode: -2016345060, tracked: true, groupTag: null };
        expect(matches('eventDateTime ge 2025-03-01T00:00:00Z', event)).toBe(true);
        expect(matches('microsoft.graph.Something/eventDateTime lt 2025-03-02T10:00:00Z', event)).toBe(false);
        expect(matches('errorCode eq -2016345060', event)).toBe(true);
        expect(matches('tracked eq true', event)).toBe(true);
        expect(matches('groupTag eq null', event)).toBe(true);
    });

    it('matches unquoted GUIDs', () => {
        const id = '6f1c2d3e-0000-4a5b-9c8d-1234567890ab';
        expect(matches(`id eq ${id}`, { id: id.toUpperCase() })).toBe(true);
    });

    it.each([
        "serialNumber eq 'unterminated",
        'serialNumber eq',
        "serialNumber 'x'",
        "contains(serialNumber 'x')",
        "(serialNumber eq 'x'",
        "serialNumber eq 'x')",
        'serialNumber eq #',
        '',
        "and eq 'x'"
    ])('rejects bad syntax %p with ODataQueryError', filter => {
        expect(() => parseFilter(filter)).toThrow(ODataQueryError);
    });

    it('rejects unknown properties with Graph wording', () => {
        expect(() => bindFilter(parseFilter("serial eq 'x'"), PROPERTIES, TYPE)).toThrow(
            "Could not find a property named 'serial' on type 'microsoft.graph.test'."
        );
    });

    it('binds property names case-insensitively to their canonical spelling', () => {
        expect(matches("SERIALNUMBER eq 'PF3XYZ12'", device)).toBe(true);
    });
});

describe('$select, $expand, $top, $skiptoken', () => {
    it('parses $select to canonical names and applies it', () => {
        const select = parseSelect('ID, serialnumber', PROPERTIES, TYPE);
        expect(select).toEqual(['id', 'serialNumber']);
        const record = { id: '1', serialNumber: 'S', groupTag: 'G' };
        expect(applySelect(record, select)).toEqual({ id: '1', serialNumber: 'S' });
        expect(parseSelect('*', PROPERTIES, TYPE)).toBeUndefined();
        expect(() => parseSelect('id,nope', PROPERTIES, TYPE)).toThrow(ODataQueryError);
    });

    it('parses $expand with a nested $select', () => {
        const navigation = ['deploymentProfile', 'intendedDeploymentProfile'];
        const expand = 'deploymentProfile($select=id,displayName),intendedDeploymentProfile';
        expect(parseExpand(expand, navigation, TYPE)).toEqual([
            { name: 'deploymentProfile', select: 'id,displayName' },
            { name: 'intendedDeploymentProfile' }
        ]);
        expect(() => parseExpand('nope', ['deploymentProfile'], TYPE)).toThrow(ODataQueryError);
        expect(() => parseExpand('deploymentProfile(', ['deploymentProfile'], TYPE)).toThrow(ODataQueryError);
    });

    it('accepts non-negative integer $top only', () => {
        expect(parseTop(undefined)).toBeUndefined();
        expect(parseTop('5')).toBe(5);
        expect(parseTop('0')).toBe(0);
        for (const bad of ['-1', '1.5', 'ten', '']) {
            expect(() => parseTop(bad)).toThrow(ODataQueryError);
        }
    });

    it('round-trips skip tokens and rejects forged ones', () => {
        expect(decodeSkipToken(encodeSkipToken(50))).toBe(50);
        expect(decodeSkipToken(undefined)).toBe(0);
        expect(() => decodeSkipToken('garbage!')).toThrow(ODataQueryError);
        expect(() => decodeSkipToken(Buffer.from('offset:5').toString('base64url'))).toThrow(ODataQueryError);
    });

    it('pages an array', () => {
        const items = Array.from({ length: 7 }, (_, index) => index);
        expect(takePage(items, 0, 3)).toEqual({ items: [0, 1, 2], nextOffset: 3 });
        expect(takePage(items, 6, 3)).toEqual({ items: [6] });
        expect(takePage(items, 0, 0)).toEqual({ items: [] });
    });

    it('reads query options with or without $, and refuses duplicates', () => {
        const options = readQueryOptions(new URLSearchParams("filter=a eq 'b'&$TOP=3&other=1"));
        expect(options.get('$filter')).toBe("a eq 'b'");
        expect(options.get('$top')).toBe('3');
        expect(options.has('other')).toBe(false);
        expect(() => readQueryOptions(new URLSearchParams('$top=1&top=2'))).toThrow(ODataQueryError);
    });
});
