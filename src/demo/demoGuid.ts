import { createHash } from 'node:crypto';

/** A stable GUID derived from a name, so the demo tenant's ids are the same on every start. */
export function demoGuid(name: string): string {
    const hex = createHash('sha1').update(`autopilot-demo:${name}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
