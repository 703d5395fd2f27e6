import type { Activity } from 'botbuilder';
import { isTimeZone } from '../cards/formatTime';

/**
 * The technician's IANA time zone, as Teams sends it: `localTimezone` on the activity, or the `clientInfo` entity's
 * `timezone`. Undefined (times then show in UTC) when neither is there or the name is not one the runtime knows.
 */
export function timeZoneOf(activity: Partial<Activity>): string | undefined {
    const clientInfo = activity.entities?.find((entity) => entity.type === 'clientInfo') as { timezone?: unknown } | undefined;
    const candidates = [activity.localTimezone, clientInfo?.timezone];
    return candidates.find((zone): zone is string => typeof zone === 'string' && isTimeZone(zone));
}
