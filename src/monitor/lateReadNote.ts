import type { GraphProblemKind } from '../graph/graphProblem';

/**
 * How long a watched device may go unread before its watchers are told its alerts may be late: several cycles, so a
 * short burst of throttling (retried within the cycle, caught up on the next) says nothing, and never under 15 minutes.
 */
export function lateReadAfterMinutes(pollSeconds: number): number {
    return Math.max(15, Math.ceil((3 * pollSeconds) / 60));
}

/** Said once per outage in each conversation watching the device; the alert itself still comes when Intune answers. */
export function lateReadNote(serial: string, minutes: number, problem: GraphProblemKind | undefined): string {
    const why = problem === 'throttled' ? 'Intune has been throttling my requests' : 'Intune has not been answering me';
    return (
        `${why} for ${minutes} min, so I could not check ${serial}: an alert about it may come late. ` +
        `I keep trying and will tell you as soon as I can read it. "status ${serial}" tries now.`
    );
}
