/** The bot's knowledge of Autopilot pre-provisioning, as typed data. Written from the shared domain digest. */

export type OsVariant = 'win10' | 'win11';

export type EntryKind =
    | 'overview' // what pre-provisioning is, the two flows, why
    | 'requirement' // hardware, edition, network, licences
    | 'step' // one of the 9 tutorial steps
    | 'flow' // a screen or action of the technician flow (Step 8)
    | 'tip' // technician-flow tips
    | 'esp' // Enrollment Status Page phases and settings
    | 'userFlow' // Step 9 details and timing rules
    | 'logs' // collecting and reading logs
    | 'admin' // the Intune admin's side: Autopilot devices list, profile status, groups, profile settings
    | 'error'; // an error code or a symptom

/** What every entry has, whatever its kind. */
interface EntryBase {
    /** Stable id, kebab-case, prefixed by kind: `step-5`, `flow-win-key`, `error-0x800705b4`. */
    id: string;
    kind: EntryKind;
    title: string;
    /** One to three short sentences: what a technician reads first. Plain text, no markdown headings. */
    short: string;
    /** Further facts, one short sentence each. */
    details: string[];
    /** Wording that differs between Windows 10 and Windows 11; absent when both are the same. */
    os?: Partial<Record<OsVariant, string>>;
    /** Ids of other entries worth offering next. Every id must exist. */
    related: string[];
    /** The document it came from, e.g. `memdocs autopilot/pre-provision.md`. */
    source: string;
    /** Extra phrasings and synonyms used for retrieval only (never shown). */
    keywords: string[];
    /** The tutorial step (1-9) this entry belongs to, if any. */
    step?: number;
    /** Terms this entry is the definition of: "what is the ESP" answers with the entry that defines `ESP`. */
    defines?: string[];
    /**
     * Settings this entry is the home of, by their on-screen names (or the choice between their on-screen values,
     * "joined or hybrid joined"): a question that quotes one is about this entry,
     * whatever alternative it weighs beside it (see settingNames.ts). Only for entries about that one setting. A screen's
     * own title, when no other screen could be meant by it ("What would you like to do?"), is such a name too: the
     * technician quoting it is on that screen, whatever key they pressed to get there. So is a status value only one
     * entry explains ("Attention required" in the Profile status column).
     */
    settings?: string[];
    /**
     * false: reached only by the rule that names it (a neighbour's comparison with pre-provisioning, see
     * ScopeTopic.comparison), never by retrieval, so the neighbour's words in other questions do not pull them here.
     */
    searchable?: false;
}

/** An entry of any kind but step and error: title, summary and facts are all it has. */
export interface TopicEntry extends EntryBase {
    kind: Exclude<EntryKind, 'step' | 'error'>;
}

export interface StepEntry extends EntryBase {
    kind: 'step';
    step: number;
    /** Where the setting lives (portal path). */
    where: string;
    /** The settings and values that matter. */
    values: string[];
    pitfalls: string[];
}

export interface ErrorEntry extends EntryBase {
    kind: 'error';
    /** Canonical codes: `0x` + 8 upper-case hex digits, e.g. `0x800705B4`. Empty for a symptom with no code. */
    codes: string[];
    /** The screen or phase where it shows. */
    where: string;
    cause: string;
    /** What the technician does now, in order. */
    fix: string[];
    /** When to hand the device to the helpdesk. */
    escalate: string;
    /**
     * A code of a neighbour's deployment (a hybrid join code): the id of the out-of-scope topic whose decline answers it
     * when the question names that deployment too, with its title as the line that says what the code is.
     */
    declinedAs?: string;
}

/** A knowledge entry; its `kind` tells which fields it has beyond the common ones. */
export type KnowledgeEntry = TopicEntry | StepEntry | ErrorEntry;

/** One screen of the technician flow, in order, for the walkthrough card. */
export interface FlowScreen {
    order: number;
    title: string;
    /** What the technician sees and does on Windows 10. */
    win10: string;
    /** What the technician sees and does on Windows 11. */
    win11: string;
    /** The knowledge entry with more about this screen. */
    entryId: string;
}

/** Which checklist items Intune (Graph) can answer for a known device. */
export type IntuneCheck = 'registered' | 'profileAssigned' | 'preProvisioningAllowed' | 'userAssigned';

export interface ChecklistItem {
    id: string;
    label: string;
    /** One line: why it matters. */
    why: string;
    optional?: boolean;
    intuneCheck?: IntuneCheck;
}

export interface EspPhase {
    name: 'Device preparation' | 'Device setup' | 'Account setup';
    /** Which flow runs it during pre-provisioning. */
    runsIn: 'technician' | 'user' | 'both';
    tracks: string;
}

/** How to show and hide ESP details, per OS, and which phases run when. */
export interface EspDetailTips {
    win10: { show: string; hide: string; steps: string[] };
    win11: { show: string; hide: string; steps: string[] };
    phases: EspPhase[];
}
