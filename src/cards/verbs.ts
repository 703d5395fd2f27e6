/**
 * The verbs carried in card actions' `data.verb`. Card templates use these strings; bot routes match them.
 * Data each verb carries is given beside it.
 */
export const Verb = {
    /** `{ id }` — show a knowledge entry. */
    showEntry: 'showEntry',
    /** `{ step }` — show a tutorial step card (1-9), as a new message. */
    showStep: 'showStep',
    /** `{ step }` — the step card's Previous/Next: the step in place of that card (Action.Execute). */
    stepPage: 'stepPage',
    /** `{ index }` — technician-flow walkthrough, screen `index` (Action.Execute: updates the card in place). */
    flowStep: 'flowStep',
    /** `{}` — open the walkthrough at its first screen, as a new message. */
    flowStart: 'flowStart',
    /** `{ serial? }` — show the pre-flight checklist. */
    checklist: 'checklist',
    /** `{ serial?, <itemId>: 'true'|'false', ... }` — save the ticks. */
    checklistSave: 'checklistSave',
    /** `{ serial? }` — clear the ticks. */
    checklistReset: 'checklistReset',
    /** `{ os? }` — ESP show/hide details tips. */
    espTips: 'espTips',
    /** `{ serial }` — device status (Refresh). */
    status: 'status',
    /** `{ serial, card? }` — watch a device and alert on stall/fail/ready; `card` (WatchButtonCard) is updated in place. */
    watch: 'watch',
    /** `{ serial, card? }` — stop watching a device in this conversation; `card` is updated in place. */
    unwatch: 'unwatch',
    /** `{ card? }` — stop watching every device in this conversation; `card` is updated in place. */
    unwatchAll: 'unwatchAll',
    /** `{ serial, minutes, card?, deployment?, alert? }` — no stall alerts for that device here for a while; an alert is redrawn in place. */
    snooze: 'snooze',
    /** `{ serial, alertKind?, note? }` — escalate a device to the helpdesk. */
    escalate: 'escalate',
    /** `{ caseNumber }` — helpdesk takes the case (Action.Execute on the channel card). */
    caseTake: 'caseTake',
    /** `{ caseNumber, note }` — a note on the case, from the channel card or the technician's update card. */
    caseNote: 'caseNote',
    /** `{ caseNumber, note }` — helpdesk resolves the case; the note says how. */
    caseResolve: 'caseResolve',
    /** `{ caseNumber }` — the channel card's `refresh`: every viewer gets the current card. */
    caseRefresh: 'caseRefresh',
    /** `{ caseNumber }` — the case and its history. */
    caseShow: 'caseShow',
    /** `{ serial }` — ask who gets the device (the Assign user button). */
    assignUser: 'assignUser',
    /** `{ serial, user }` — look up the typed name or e-mail. */
    assignFind: 'assignFind',
    /** `{ serial, upn }` — the person chosen among several matches. */
    assignPick: 'assignPick',
    /** `{ serial }` — remove the assigned user (asks for confirmation). */
    assignRemove: 'assignRemove',
    /** `{ token }` — write the assignment the confirmation card shows, once. */
    assignConfirm: 'assignConfirm',
    /** `{ token }` — the confirmation card writes nothing. */
    assignCancel: 'assignCancel',
    /** `{}` — the help card. */
    help: 'help'
} as const;

export type VerbName = (typeof Verb)[keyof typeof Verb];

/** The cards whose Watch/Unwatch buttons redraw them in place, named in the button's `data.card`. */
export type WatchButtonCard = 'status' | 'checklist' | 'watchList' | 'alert';
