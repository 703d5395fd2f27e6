/** The current time, injected everywhere time matters so tests, the demo tenant and the monitor can fix it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
