/**
 * Routes one Graph request (already past faults) to the tenant's data and shapes the answer as Graph does:
 * `@odata.context`, `value`, `@odata.nextLink`, version-specific properties, Graph error bodies.
 * Synchronous and side-effect free apart from the user-assignment actions.
 */

import type { FaultSpec } from './faults';
import {
    AUTOPILOT_EVENTS,
    AUTOPILOT_IDENTITIES,
    DEPLOYMENT_PROFILES,
    MANAGED_DEVICES,
    POLICY_STATUS_DETAILS,
    USERS,
    type GraphRecord,
    type GraphVersion,
    type ResourceDescriptor
} from './graphResources';
import {
    INVALID_JSON_MESSAGE,
    badRequest,
    graphError,
    methodNotAllowed,
    noContent,
    notFound,
    ok,
    segmentNotFound,
    type GraphRequestContext,
    type GraphResponse
} from './graphHttp';
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
    projectProperties,
    readQueryOptions,
    takePage,
    type ExpandItem,
    type FilterExpression,
    type FilterOperand
} from './odataQuery';
import type { TenantState } from './tenantState';

export interface GraphRouterRequest {
    method: string;
    /** Raw (still percent-encoded) path including the version, e.g. `/beta/deviceManagement/autopilotEvents`. */
    path: string;
    /** Raw query string without `?`. */
    query: string;
    bodyText?: string;
    context: GraphRequestContext;
}

export interface GraphRouterDependencies {
    state: TenantState;
    faults: FaultSpec;
    /** Known only once the server listens, hence a function. */
    baseUrl: () => string;
}

/** A collection member plus how to expand its navigation properties. */
interface Item {
    record: GraphRecord;
    expand?: (navigation: string) => GraphRecord | GraphRecord[] | null;
}

/** ASP.NET OData's wording when a query option is switched off for a resource. */
const optionNotAllowed = (option: string): string =>
    `Query option '${option}' is not allowed. ` +
    "To allow it, set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.";

const COLLECTIONS: readonly ResourceDescriptor[] = [
    AUTOPILOT_IDENTITIES,
    AUTOPILOT_EVENTS,
    MANAGED_DEVICES,
    DEPLOYMENT_PROFILES
];

/** `/v1.0/a/b('k')` → version `v1.0`, segments `['a', 'b', 'k']`; throws URIError on bad percent-encoding. */
export function splitGraphPath(rawPath: string): { version: string; segments: string[] } {
    const decoded = rawPath
        .split('/')
        .filter(segment => segment !== '')
        .map(segment => decodeURIComponent(segment));
    const segments: string[] = [];
    for (const segment of decoded.slice(1)) {
        // OData key syntax: windowsAutopilotDeviceIdentities('id') is the same as .../id
        const keyed = /^([A-Za-z_$][\w.$]*)\('?([^'()]*)'?\)$/.exec(segment);
        if (keyed) {
            segments.push(keyed[1], keyed[2]);
        } else {
            segments.push(segment);
        }
    }
    return { version: decoded[0] ?? '', segments };
}

/**
 * The Graph JS SDK only recognises absolute URLs starting with `https://`; given our `http://` nextLink,
 * `client.api(nextLink)` (and PageIterator) request `{base}/{defaultVersion}/http://{host}/{version}/...`.
 * Unwraps that back to `/{version}/...` when the embedded host is this server, so SDK paging works unchanged.
 */
export function unwrapSdkAbsolutePath(rawPath: string, baseUrl: string): string {
    const match = /^\/[^/]+\/https?:\/+([^/]+)(\/.*)?$/i.exec(rawPath);
    const ownHost = baseUrl.replace(/^https?:\/\//i, '').toLowerCase();
    return match && match[1].toLowerCase() === ownHost ? (match[2] ?? '/') : rawPath;
}

export function asGraphVersion(version: string): GraphVersion | undefined {
    const lowered = version.toLowerCase();
    return lowered === 'v1.0' ? 'v1.0' : lowered === 'beta' ? 'beta' : undefined;
}

export class GraphRouter {
    constructor(private readonly deps: GraphRouterDependencies) {}

    handle(request: GraphRouterRequest): GraphResponse {
        try {
            return this.route(request);
        } catch (error) {
            if (error instanceof ODataQueryError) {
                return badRequest(error.message, request.context);
            }
            if (error instanceof URIError) {
                return badRequest('The request URI is not valid: malformed percent-encoding.', request.context);
            }
            const message = error instanceof Error ? error.message : String(error);
            return graphError(500, 'InternalServerError', `Demo tenant error: ${message}`, request.context);
        }
    }

    private route(request: GraphRouterRequest): GraphResponse {
        const { context } = request;
        const { version: rawVersion, segments } = splitGraphPath(request.path);
        if (rawVersion === '') {
            return segmentNotFound('/', context);
        }
        const version = asGraphVersion(rawVersion);
        if (!version) {
            // Real Graph says 400 here; the demo treats any unroutable path as 404 so callers see one shape.
            return notFound(`Invalid version: ${rawVersion}`, context);
        }
        const [root, collectionName, id, action, ...extra] = segments;
        if (root !== undefined && root.toLowerCase() === 'users') {
            return this.users(request, version, segments.slice(1));
        }
        if (root === undefined || root.toLowerCase() !== 'devicemanagement') {
            return segmentNotFound(root ?? rawVersion, context);
        }
        if (collectionName === undefined) {
            return segmentNotFound(root, context);
        }
        const descriptor = COLLECTIONS.find(
            candidate => candidate.entitySet.toLowerCase() === collectionName.toLowerCase()
        );
        if (!descriptor) {
            return segmentNotFound(collectionName, context);
        }
        if (!descriptor.versions.includes(version)) {
            // What Graph answers when a beta-only resource is called on v1.0.
            return badRequest(`Resource not found for the segment '${descriptor.entitySet}'.`, context);
        }
        if (extra.length > 0) {
            return segmentNotFound(extra[0], context);
        }
        const method = request.method.toUpperCase();
        const route = { request, version, descriptor, method };

        if (id === undefined) {
            return method === 'GET' ? this.list(route) : methodNotAllowed(method, context);
        }
        if (action === undefined) {
            return method === 'GET' ? this.get(route, id) : methodNotAllowed(method, context);
        }
        return this.subResource(route, id, action);
    }

    /** `/users` and `/users/{id or UPN}`, read-only. */
    private users(request: GraphRouterRequest, version: GraphVersion, rest: string[]): GraphResponse {
        const method = request.method.toUpperCase();
        if (method !== 'GET') {
            return methodNotAllowed(method, request.context);
        }
        if (rest.length > 1) {
            return segmentNotFound(rest[1], request.context);
        }
        const items = this.deps.state.users().map(user => ({ record: { ...user } as GraphRecord }));
        if (rest.length === 0) {
            return this.collection(request, version, USERS, items, 'users');
        }
        const key = rest[0].toLowerCase();
        const item = items.find(
            candidate => String(candidate.record.id).toLowerCase() === key || String(candidate.record.userPrincipalName).toLowerCase() === key
        );
        if (!item) {
            return notFound(`Resource '${rest[0]}' does not exist or one of its queried reference-property objects are not present.`, request.context);
        }
        return this.entity(request, version, USERS, item, 'users');
    }

    private list(route: Route): GraphResponse {
        const { request, version, descriptor } = route;
        const now = request.context.now;
        const state = this.deps.state;
        const serialMay = serialHint(request);
        let items: Item[];
        switch (descriptor) {
            case AUTOPILOT_IDENTITIES:
                items = state
                    .identities()
                    .filter(view => !serialMay || serialMay(view.identity.serialNumber))
                    .map(view => identityItem(view));
                break;
            case AUTOPILOT_EVENTS:
                items = state.events(now, serialMay).map(event => this.eventItem(event));
                break;
            case MANAGED_DEVICES:
                items = state.managedDevices(now, serialMay).map(device => ({ record: { ...device } }));
                break;
            default:
                items = state.deploymentProfiles().map(profile => ({ record: { ...profile } }));
        }
        return this.collection(request, version, descriptor, items, `deviceManagement/${descriptor.entitySet}`);
    }

    private get(route: Route, id: string): GraphResponse {
        const { request, version, descriptor } = route;
        const now = request.context.now;
        const state = this.deps.state;
        let item: Item | undefined;
        switch (descriptor) {
            case AUTOPILOT_IDENTITIES: {
                const view = state.identity(id);
                item = view && identityItem(view);
                break;
            }
            case AUTOPILOT_EVENTS: {
                const event = state.event(id, now);
                item = event && this.eventItem(event);
                break;
            }
            case MANAGED_DEVICES: {
                const device = state.managedDevice(id, now);
                item = device && { record: { ...device } };
                break;
            }
            default: {
                const profile = state
                    .deploymentProfiles()
                    .find(candidate => candidate.id.toLowerCase() === id.toLowerCase());
                item = profile && { record: { ...profile } };
            }
        }
        if (!item) {
            const typeName = descriptor.typeName.replace('microsoft.graph.', '');
            return notFound(`The ${typeName} with id '${id}' was not found.`, request.context);
        }
        return this.entity(request, version, descriptor, item, `deviceManagement/${descriptor.entitySet}`);
    }

    private subResource(route: Route, id: string, action: string): GraphResponse {
        const { request, version, descriptor, method } = route;
        const lowered = action.toLowerCase();
        if (descriptor === AUTOPILOT_EVENTS && lowered === 'policystatusdetails') {
            if (method !== 'GET') {
                return methodNotAllowed(method, request.context);
            }
            const details = this.deps.state.policyStatusDetails(id);
            if (!details) {
                return notFound(`The deviceManagementAutopilotEvent with id '${id}' was not found.`, request.context);
            }
            const items = details.map(detail => ({ record: { ...detail } }));
            const path = `deviceManagement/autopilotEvents('${id}')/policyStatusDetails`;
            return this.collection(request, version, POLICY_STATUS_DETAILS, items, path);
        }
        const isUserAction = lowered === 'assignusertodevice' || lowered === 'unassignuserfromdevice';
        if (descriptor === AUTOPILOT_IDENTITIES && isUserAction) {
            if (method !== 'POST') {
                return methodNotAllowed(method, request.context);
            }
            return lowered === 'assignusertodevice' ? this.assignUser(request, id) : this.unassignUser(request, id);
        }
        return segmentNotFound(action, request.context);
    }

    private assignUser(request: GraphRouterRequest, id: string): GraphResponse {
        const body = parseJsonBody(request.bodyText);
        if (body === INVALID) {
            return badRequest(INVALID_JSON_MESSAGE, request.context);
        }
        const fields = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as GraphRecord) : {};
        const userPrincipalName = fields.userPrincipalName;
        const addressableUserName = fields.addressableUserName ?? '';
        if (typeof userPrincipalName !== 'string' || userPrincipalName.trim() === '') {
            const message = "The parameter 'userPrincipalName' is required and must be a non-empty string.";
            return badRequest(message, request.context);
        }
        if (typeof addressableUserName !== 'string') {
            return badRequest("The parameter 'addressableUserName' must be a string.", request.context);
        }
        const updated = this.deps.state.setAssignedUser(id, { userPrincipalName, addressableUserName });
        return updated ? noContent() : identityNotFound(id, request.context);
    }

    private unassignUser(request: GraphRouterRequest, id: string): GraphResponse {
        if (parseJsonBody(request.bodyText) === INVALID) {
            return badRequest(INVALID_JSON_MESSAGE, request.context);
        }
        return this.deps.state.setAssignedUser(id, undefined) ? noContent() : identityNotFound(id, request.context);
    }

    private eventItem(event: object): Item {
        const record = { ...event } as GraphRecord;
        return {
            record,
            expand: () => (this.deps.state.policyStatusDetails(String(record.id)) ?? []).map(detail => ({ ...detail }))
        };
    }

    private collection(
        request: GraphRouterRequest,
        version: GraphVersion,
        descriptor: ResourceDescriptor,
        items: Item[],
        contextPath: string
    ): GraphResponse {
        const params = new URLSearchParams(request.query);
        const options = readQueryOptions(params);
        const properties = descriptor.properties[version];
        if (descriptor === AUTOPILOT_EVENTS && options.has('$orderby')) {
            // Not accepted by the Autopilot report backend (digest §6.1): sort client-side.
            return badRequest(optionNotAllowed('OrderBy'), request.context);
        }
        let filter: FilterExpression | undefined;
        const filterText = options.get('$filter');
        if (filterText !== undefined) {
            if (descriptor === AUTOPILOT_EVENTS && this.deps.faults.rejectEventFilter) {
                return badRequest(optionNotAllowed('Filter'), request.context);
            }
            filter = bindFilter(parseFilter(filterText), properties, descriptor.typeName);
        }
        const select = parseSelect(options.get('$select'), properties, descriptor.typeName);
        const navigation = descriptor.navigationProperties[version];
        const expand = parseExpand(options.get('$expand'), navigation, descriptor.typeName);
        const expandSelects = this.expandSelects(expand, version);
        const top = parseTop(options.get('$top'));
        const offset = decodeSkipToken(options.get('$skiptoken'));
        const pageSize = Math.min(top ?? descriptor.defaultPageSize, descriptor.maxPageSize);

        // The filter only names properties of this version (bindFilter checked), so it reads the record as is;
        // only the page is projected.
        const matching = filter ? items.filter(item => evaluateFilter(filter!, item.record)) : items;
        const page = takePage(matching, offset, pageSize);
        const body: GraphRecord = { '@odata.context': this.contextUrl(version, contextPath, select, expand) };
        if (page.nextOffset !== undefined) {
            body['@odata.nextLink'] = this.nextLink(request, page.nextOffset);
        }
        body.value = page.items.map(item => shape(item, projectProperties(item.record, properties), select, expand, expandSelects));
        return ok(body);
    }

    private entity(
        request: GraphRouterRequest,
        version: GraphVersion,
        descriptor: ResourceDescriptor,
        item: Item,
        contextPath: string
    ): GraphResponse {
        const options = readQueryOptions(new URLSearchParams(request.query));
        const properties = descriptor.properties[version];
        const select = parseSelect(options.get('$select'), properties, descriptor.typeName);
        const navigation = descriptor.navigationProperties[version];
        const expand = parseExpand(options.get('$expand'), navigation, descriptor.typeName);
        const expandSelects = this.expandSelects(expand, version);
        const projected = projectProperties(item.record, properties);
        return ok({
            '@odata.context': `${this.contextUrl(version, contextPath, select, expand)}/$entity`,
            ...shape(item, projected, select, expand, expandSelects)
        });
    }

    /** Validates `$select` nested in `$expand` against the target type. */
    private expandSelects(expand: ExpandItem[], version: GraphVersion): Map<string, string[] | undefined> {
        const selects = new Map<string, string[] | undefined>();
        for (const item of expand) {
            const target = item.name === 'policyStatusDetails' ? POLICY_STATUS_DETAILS : DEPLOYMENT_PROFILES;
            selects.set(item.name, parseSelect(item.select, target.properties[version], target.typeName));
        }
        return selects;
    }

    private contextUrl(
        version: GraphVersion,
        path: string,
        select: string[] | undefined,
        expand: ExpandItem[]
    ): string {
        const parts = [...(select ?? []), ...expand.map(item => `${item.name}()`)];
        const projection = select || expand.length > 0 ? `(${parts.join(',')})` : '';
        return `${this.deps.baseUrl()}/${version}/$metadata#${path}${projection}`;
    }

    /** Absolute, same base, same query options, new `$skiptoken` — as Graph builds it. */
    private nextLink(request: GraphRouterRequest, offset: number): string {
        const query: string[] = [];
        for (const [name, value] of new URLSearchParams(request.query)) {
            if (name.replace(/^\$/, '').toLowerCase() === 'skiptoken') {
                continue;
            }
            query.push(`${encodeQueryName(name)}=${encodeURIComponent(value)}`);
        }
        query.push(`$skiptoken=${encodeSkipToken(offset)}`);
        return `${this.deps.baseUrl()}${request.path}?${query.join('&')}`;
    }
}

interface Route {
    request: GraphRouterRequest;
    version: GraphVersion;
    descriptor: ResourceDescriptor;
    method: string;
}

const SERIAL_PROPERTIES = new Set(['serialnumber', 'deviceserialnumber']);

/**
 * A cheap pre-filter for a $filter that is one test of a serial against a string (`eq`, `contains`, `startswith`):
 * every record it drops, the full filter would drop too. Large tenants (a benchmark fleet) then skip building records
 * that cannot match. Undefined when there is no such filter (or it does not parse: the full path reports that).
 */
function serialHint(request: GraphRouterRequest): ((serial: string) => boolean) | undefined {
    const text = new URLSearchParams(request.query).get('$filter');
    if (!text) return undefined;
    let expression: FilterExpression;
    try {
        expression = parseFilter(text);
    } catch {
        return undefined;
    }
    const serialLiteral = (subject: FilterOperand, value: FilterOperand): string | undefined =>
        subject.kind === 'property' && subject.path.length === 1 && SERIAL_PROPERTIES.has(subject.path[0].toLowerCase()) && value.kind === 'literal' && typeof value.value === 'string'
            ? value.value.toLowerCase()
            : undefined;
    let literal: string | undefined;
    if (expression.kind === 'compare' && expression.operator === 'eq') literal = serialLiteral(expression.left, expression.right);
    // A serial that equals, contains, starts or ends with the literal always contains it.
    if (expression.kind === 'match' && expression.expected) literal = serialLiteral(expression.subject, expression.search);
    if (literal === undefined) return undefined;
    const needle = literal;
    return serial => (serial ?? '').toLowerCase().includes(needle);
}

function identityItem(view: ReturnType<TenantState['identities']>[number]): Item {
    return {
        record: { ...view.identity },
        expand: navigation => {
            const profile =
                navigation === 'deploymentProfile' ? view.deploymentProfile : view.intendedDeploymentProfile;
            return profile ? { ...profile } : null;
        }
    };
}

function shape(
    item: Item,
    projected: GraphRecord,
    select: string[] | undefined,
    expand: ExpandItem[],
    expandSelects: Map<string, string[] | undefined>
): GraphRecord {
    const shaped = applySelect(projected, select);
    for (const { name } of expand) {
        const related = item.expand ? item.expand(name) : null;
        const relatedSelect = expandSelects.get(name);
        shaped[name] = Array.isArray(related)
            ? related.map(record => applySelect(record, relatedSelect))
            : related && applySelect(related, relatedSelect);
    }
    return shaped;
}

function identityNotFound(id: string, context: GraphRequestContext): GraphResponse {
    return notFound(`The windowsAutopilotDeviceIdentity with id '${id}' was not found.`, context);
}

/** Keeps `$` readable in query names (`$filter`, not `%24filter`). */
function encodeQueryName(name: string): string {
    return encodeURIComponent(name).replace(/^%24/, '$');
}

const INVALID = Symbol('invalid JSON');

/** Parsed JSON, null for an empty body, INVALID for anything unparsable. */
function parseJsonBody(text: string | undefined): unknown {
    if (text === undefined || text.trim() === '') {
        return null;
    }
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return INVALID;
    }
}
