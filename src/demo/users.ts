/**
 * The demo tenant's people (Entra users), in Graph's shape: the users its devices already belong to, and others to
 * assign, including two who share a first name (Ana Silva, Ana Costa) so the chooser shows.
 */
import type { DirectoryUser } from '../graph/types';
import { demoGuid } from './demoGuid';

export interface DemoUser extends Required<Omit<DirectoryUser, 'mail' | 'givenName' | 'surname' | 'jobTitle'>> {
    givenName: string;
    surname: string;
    mail: string;
    jobTitle: string;
    accountEnabled: boolean;
}

const PEOPLE: [givenName: string, surname: string, jobTitle: string][] = [
    ['Ana', 'Silva', 'Finance analyst'],
    ['Ana', 'Costa', 'Sales manager'],
    ['Tom', 'Becker', 'Engineer'],
    ['Li', 'Wei', 'Designer'],
    ['Jonas', 'Weber', 'Controller'],
    ['Noah', 'Fischer', 'Support engineer'],
    ['Marta', 'Kowalska', 'HR partner'],
    ['Sam', 'Taylor', 'Account executive'],
    ['Priya', 'Nair', 'Data scientist'],
    ['Omar', 'Haddad', 'Project manager'],
    ['Grace', 'Kim', 'Legal counsel'],
    ['Diego', 'Ramos', 'Field engineer'],
    ['Megan', 'Bowen', 'Marketing manager'],
    ['Alex', 'Wilber', 'IT technician']
];

export function demoUsers(): DemoUser[] {
    return PEOPLE.map(([givenName, surname, jobTitle]) => {
        const upn = `${givenName}.${surname}@contoso.com`.toLowerCase();
        return {
            id: demoGuid(`user:${upn}`),
            displayName: `${givenName} ${surname}`,
            givenName,
            surname,
            userPrincipalName: upn,
            mail: upn,
            jobTitle,
            accountEnabled: true
        };
    });
}

/** The demo user a device record names; an unknown name is a mistake in the demo data, so it throws. */
export function demoUserNamed(displayName: string): DemoUser {
    const user = demoUsers().find(candidate => candidate.displayName === displayName);
    if (!user) {
        throw new Error(`No demo user is named "${displayName}" (src/demo/users.ts)`);
    }
    return user;
}
