import type { Client } from '@microsoft/microsoft-graph-client';
import { GraphProblem, toGraphProblem } from './graphProblem';
import { filterParam, odataString } from './odata';
import type { DirectoryUser } from './types';

const USERS = '/users';
const USER_FIELDS = 'id,displayName,userPrincipalName,mail,givenName,surname,jobTitle';

/**
 * Intention-named reads of Entra users (application permission User.Read.All), for assigning a user to a device.
 * Only filters Graph supports without advanced queries (eq, startswith on these properties), so no ConsistencyLevel.
 */
export class UserDirectory {
    constructor(private readonly client: Client) {}

    /**
     * People a technician means by `query`: an exact UPN or mail address when it has an @, otherwise everyone whose
     * display name, first name, last name or UPN starts with it. At most `limit`, by display name.
     */
    async usersMatching(query: string, limit = 10): Promise<DirectoryUser[]> {
        const text = query.trim();
        if (text === '') return [];
        const literal = odataString(text);
        const filter = text.includes('@')
            ? `userPrincipalName eq ${literal} or mail eq ${literal}`
            : ['displayName', 'givenName', 'surname', 'userPrincipalName'].map((field) => `startswith(${field},${literal})`).join(' or ');
        const users = await this.list(`${USERS}?$filter=${filterParam(filter)}&$select=${USER_FIELDS}&$top=${Math.max(limit, 1)}`);
        return users.sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? '')).slice(0, limit);
    }

    /** One user by UPN (what a chooser button carries), undefined when there is none. */
    async userByPrincipalName(userPrincipalName: string): Promise<DirectoryUser | undefined> {
        const literal = odataString(userPrincipalName.trim());
        const users = await this.list(`${USERS}?$filter=${filterParam(`userPrincipalName eq ${literal}`)}&$select=${USER_FIELDS}`);
        return users.find((u) => (u.userPrincipalName ?? '').toLowerCase() === userPrincipalName.trim().toLowerCase());
    }

    private async list(path: string): Promise<DirectoryUser[]> {
        try {
            const page = (await this.client.api(path).version('v1.0').get()) as { value?: unknown };
            if (!page || !Array.isArray(page.value)) throw new GraphProblem('unreadable', `Graph answered ${USERS} without a list of results`);
            return (page.value as DirectoryUser[]).filter((u) => typeof u?.userPrincipalName === 'string' && u.userPrincipalName !== '');
        } catch (error) {
            throw toGraphProblem(error, path);
        }
    }
}
