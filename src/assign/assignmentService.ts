import { randomUUID } from 'node:crypto';
import type { AutopilotGraph } from '../graph/autopilotGraph';
import { withAnswerDeadline } from '../graph/answerDeadline';
import { GraphProblem } from '../graph/graphProblem';
import type { DirectoryUser } from '../graph/types';
import type { UserDirectory } from '../graph/userDirectory';
import type { DeviceStatusService, StatusLookup } from '../status/statusService';
import type { DeviceStatus } from '../status/types';
import type { Assigner, AssignmentRecord, PendingAssignment, SqliteAssignmentStore } from '../store/assignments';

/** How long a confirmation card can be confirmed: long enough to check the screen, short enough to be current. */
export const CONFIRMATION_MINUTES = 10;
/** Buttons a phone-width chooser can show. */
export const MAX_CHOICES = 6;

/** The device being changed, as Intune has it now. */
export interface AssignTarget {
    serial: string;
    autopilotId: string;
    currentUser?: string;
    currentDisplayName?: string;
}

/** A device lookup that found no single device: the status wording answers it. */
export type DeviceMiss = { kind: 'device'; lookup: Exclude<StatusLookup, { kind: 'found' }> };

export type Prepared =
    | { kind: 'refused' }
    | DeviceMiss
    | { kind: 'askUser'; device: AssignTarget }
    | { kind: 'noUser'; device: AssignTarget; query: string }
    | { kind: 'choose'; device: AssignTarget; query: string; users: DirectoryUser[]; more: boolean }
    | { kind: 'unchanged'; device: AssignTarget }
    | { kind: 'confirm'; device: AssignTarget; token: string; pending: PendingAssignment; expiresAt: Date };

export type Confirmed =
    | { kind: 'refused' }
    | { kind: 'expired' | 'used'; pending: PendingAssignment }
    | { kind: 'unknown' }
    | { kind: 'done'; pending: PendingAssignment; status?: DeviceStatus };

export interface AssignmentServiceOptions {
    graph: AutopilotGraph;
    directory: UserDirectory;
    statusService: DeviceStatusService;
    store: SqliteAssignmentStore;
    now: () => Date;
    /** ASSIGNERS: Entra object ids, lower case; empty means everyone may assign. */
    assignerIds: readonly string[];
    answerTimeoutMs: number;
}

/**
 * Assigning a user to an Autopilot device from chat: find the device and the user, offer a confirmation that can be
 * used once before it expires, write, audit. Nothing is written before Confirm. Everything is keyed by tenant.
 */
export class AssignmentService {
    private readonly assigners: ReadonlySet<string>;

    constructor(private readonly options: AssignmentServiceOptions) {
        this.assigners = new Set(options.assignerIds.map((id) => id.toLowerCase()));
    }

    /** Anyone when ASSIGNERS is unset; otherwise only the Entra object ids it lists. */
    mayAssign(by: Assigner): boolean {
        return this.assigners.size === 0 || (by.aadObjectId !== undefined && this.assigners.has(by.aadObjectId.toLowerCase()));
    }

    /** "assign <user> to <device>": the chooser, the confirmation, or why neither. `exact`: a UPN from a chooser button. */
    prepareAssign(tenantId: string, by: Assigner, deviceQuery: string, userQuery: string | undefined, exact = false): Promise<Prepared> {
        if (!this.mayAssign(by)) return Promise.resolve({ kind: 'refused' });
        return this.withinDeadline(async () => {
            const device = await this.target(deviceQuery);
            if (device.kind === 'device') return device;
            const target = device.target;
            if (!userQuery) return { kind: 'askUser', device: target };
            const users = exact
                ? [await this.options.directory.userByPrincipalName(userQuery)].filter((u): u is DirectoryUser => u !== undefined)
                : await this.options.directory.usersMatching(userQuery, MAX_CHOICES + 1);
            if (users.length === 0) return { kind: 'noUser', device: target, query: userQuery };
            if (users.length > 1) return { kind: 'choose', device: target, query: userQuery, users: users.slice(0, MAX_CHOICES), more: users.length > MAX_CHOICES };
            const user = users[0];
            const upn = user.userPrincipalName!;
            if (target.currentUser?.toLowerCase() === upn.toLowerCase()) return { kind: 'unchanged', device: target };
            return this.offer(tenantId, by, target, { userPrincipalName: upn, displayName: user.displayName || upn });
        });
    }

    /** "remove the user from <device>": the confirmation, or that nobody is assigned. */
    prepareUnassign(tenantId: string, by: Assigner, deviceQuery: string): Promise<Prepared> {
        if (!this.mayAssign(by)) return Promise.resolve({ kind: 'refused' });
        return this.withinDeadline(async () => {
            const device = await this.target(deviceQuery);
            if (device.kind === 'device') return device;
            if (!device.target.currentUser) return { kind: 'unchanged', device: device.target };
            return this.offer(tenantId, by, device.target, undefined);
        });
    }

    /** Confirm on a confirmation card: writes once, audits, and reads the device again to show what changed. */
    async confirm(tenantId: string, by: Assigner, token: string): Promise<Confirmed> {
        if (!this.mayAssign(by)) return { kind: 'refused' };
        const now = this.options.now();
        const claim = this.options.store.claim(tenantId, token, now);
        if (claim.kind !== 'claimed') return claim;
        const { pending } = claim;
        try {
            await this.withinDeadline(() =>
                pending.after
                    ? this.options.graph.assignUserToDevice(pending.autopilotId, pending.after.userPrincipalName, pending.after.displayName)
                    : this.options.graph.unassignUserFromDevice(pending.autopilotId)
            );
        } catch (error) {
            // Nothing was written: the same card may be confirmed again once the cause is fixed.
            this.options.store.release(tenantId, token);
            throw error;
        }
        this.options.store.record(tenantId, {
            serial: pending.serial,
            autopilotId: pending.autopilotId,
            at: now.toISOString(),
            action: pending.after ? 'assigned' : 'unassigned',
            by,
            before: pending.before,
            after: pending.after?.userPrincipalName,
            afterDisplayName: pending.after?.displayName
        });
        // The change is made and recorded; a status that cannot be read now only costs the card.
        const lookup = await this.options.statusService.lookup(pending.serial).catch((error: unknown) => {
            if (error instanceof GraphProblem) return undefined;
            throw error;
        });
        return { kind: 'done', pending, status: lookup?.kind === 'found' ? lookup.status : undefined };
    }

    /** Cancel on a confirmation card: it writes nothing any more. */
    cancel(tenantId: string, token: string): void {
        this.options.store.withdraw(tenantId, token, this.options.now());
    }

    /** "who changed <device>": the audit trail, newest first. */
    async history(tenantId: string, deviceQuery: string): Promise<DeviceMiss | { kind: 'history'; serial: string; records: AssignmentRecord[] }> {
        const lookup = await this.options.statusService.lookup(deviceQuery);
        if (lookup.kind !== 'found') return { kind: 'device', lookup };
        return { kind: 'history', serial: lookup.status.serial, records: this.options.store.history(tenantId, lookup.status.serial) };
    }

    private async target(deviceQuery: string): Promise<DeviceMiss | { kind: 'target'; target: AssignTarget }> {
        const lookup = await this.options.statusService.lookup(deviceQuery);
        if (lookup.kind !== 'found') return { kind: 'device', lookup };
        const { serial, device } = lookup.status;
        const identity = device.autopilotId ? await this.options.graph.identityById(device.autopilotId) : undefined;
        if (!identity) return { kind: 'device', lookup: { kind: 'notFound', query: deviceQuery, closeMatches: [] } };
        return {
            kind: 'target',
            target: {
                serial,
                autopilotId: identity.id,
                currentUser: identity.userPrincipalName || undefined,
                currentDisplayName: identity.addressableUserName || undefined
            }
        };
    }

    private offer(tenantId: string, by: Assigner, device: AssignTarget, after: PendingAssignment['after']): Prepared {
        const now = this.options.now();
        this.options.store.forgetExpired(new Date(now.getTime() - 24 * 60 * 60_000));
        const pending: PendingAssignment = {
            serial: device.serial,
            autopilotId: device.autopilotId,
            before: device.currentUser,
            beforeDisplayName: device.currentDisplayName,
            after,
            requestedBy: by
        };
        const token = randomUUID();
        const expiresAt = new Date(now.getTime() + CONFIRMATION_MINUTES * 60_000);
        this.options.store.saveConfirmation(tenantId, token, pending, expiresAt);
        return { kind: 'confirm', device, token, pending, expiresAt };
    }

    private withinDeadline<T>(work: () => Promise<T>): Promise<T> {
        return withAnswerDeadline(this.options.answerTimeoutMs, work);
    }
}
