import type { StatusNotice } from '../cards/statusCard';
import type { GraphProblem } from '../graph/graphProblem';
import type { ToldNow } from '../monitor/watchService';
import { humanMinutes } from '../status/time';

/**
 * What a watch answer says when the device is already where an alert would tell it, after its subject ("It", a
 * serial): the alert's news, said once in the answer instead of again by the monitor a moment later.
 */
export function alreadyText(told: ToldNow): string {
    const span = humanMinutes(told.minutes) ?? 'a long time';
    switch (told.kind) {
        case 'stalled':
            return told.stallCause === 'quiet' ? `already looks stalled: no sign of progress for ${span}` : `already looks stalled: running for ${span}`;
        case 'failed':
            return 'has already failed';
        case 'timedOut':
            return 'has already finished, but the ESP timed out';
        case 'ready':
            return 'is already ready to Reseal';
        case 'completed':
            return 'has already finished its deployment';
    }
}

/** The same news at the top of the status card the watch is answered with. */
export function toldNotice(told: ToldNow, watching: boolean): StatusNotice {
    return {
        text: `It ${alreadyText(told)}.`,
        detail: watching ? undefined : 'Nothing left to watch for, so I am not watching it.'
    };
}

/** Why Graph could not be read just now, in a clause (the watch goes on regardless). */
function passingTrouble(problem: GraphProblem): string {
    switch (problem.kind) {
        case 'throttled':
            return 'Intune is busy: Microsoft Graph is throttling requests';
        case 'timeout':
            return 'Microsoft Graph did not answer in time';
        case 'network':
            return 'I could not reach Microsoft Graph';
        default:
            return 'Microsoft Graph is not answering';
    }
}

/** A watch kept without reading the device: said honestly, with what comes next. */
export function unreadWatchText(serial: string, problem: GraphProblem, where: string, ttlHours: number): string {
    return (
        `I couldn't read ${serial} just now (${passingTrouble(problem)}). I'm watching it and will tell you ${where} when it stalls, fails ` +
        `or is ready to Reseal (for the next ${ttlHours} h), or if Intune has no such device. Say "stop watching ${serial}" to end it.`
    );
}
