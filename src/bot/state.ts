import type { DefaultConversationState, TurnState } from '@microsoft/teams-ai';
import type { OsVariant } from '../knowledge/types';

/** Ticks of one checklist: item id → done. */
export type ChecklistTicks = Record<string, boolean>;

/** Where the conversation stands, so "next", "back" and "and on Windows 11?" mean something. */
export interface ConversationState extends DefaultConversationState {
    lastEntryId?: string;
    lastStep?: number;
    flowIndex?: number;
    lastView?: 'step' | 'flow' | 'entry';
    os?: OsVariant;
    lastSerial?: string;
    /** Saved checklist ticks, by serial (upper case) or GENERIC_CHECKLIST. */
    checklists?: Record<string, ChecklistTicks>;
}

export const GENERIC_CHECKLIST = '*';

export type AppState = TurnState<ConversationState>;
