import { MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { TurnState } from '@microsoft/teams-ai';
import { getEntry, stepEntry } from '../../src/knowledge';
import {
    checklistTicks,
    clearChecklist,
    forgetConversation,
    recall,
    rememberDevice,
    rememberFlowScreen,
    rememberTopic,
    saveChecklistTicks,
    type AppState,
    type ConversationState
} from '../../src/memory/conversationMemory';
import { messageActivity } from '../support/activities';

async function freshState(): Promise<AppState> {
    const state = new TurnState<ConversationState>();
    await state.load(new TurnContext(new TestAdapter(), messageActivity('hi')), new MemoryStorage());
    return state;
}

describe('conversation memory', () => {
    it('a step becomes the topic and what "next" moves through; a flow screen takes over "next"', async () => {
        const state = await freshState();
        rememberTopic(state, stepEntry(4)!, 'win11');
        expect(recall(state)).toMatchObject({ lastEntryId: 'step-4', lastStep: 4, lastView: 'step', os: 'win11' });
        rememberFlowScreen(state, 2);
        expect(recall(state)).toMatchObject({ flowIndex: 2, lastView: 'flow', lastStep: 4 });
        rememberTopic(state, getEntry('flow-win-key')!);
        expect(recall(state)).toMatchObject({ lastEntryId: 'flow-win-key', lastView: 'entry', os: 'win11' });
    });

    it('keeps checklist ticks per device, whatever the case of the serial, and a generic one', async () => {
        const state = await freshState();
        saveChecklistTicks(state, 'pf3xyz12', { tpm: true });
        saveChecklistTicks(state, undefined, { wired: true });
        expect(checklistTicks(state, 'PF3XYZ12')).toEqual({ tpm: true });
        expect(checklistTicks(state)).toEqual({ wired: true });
        clearChecklist(state, 'PF3XYZ12');
        expect(checklistTicks(state, 'PF3XYZ12')).toEqual({});
        expect(checklistTicks(state)).toEqual({ wired: true });
    });

    it('starting over forgets topic, device and OS but keeps the checklists', async () => {
        const state = await freshState();
        rememberDevice(state, 'PF3XYZ12', 'win10');
        rememberTopic(state, stepEntry(2)!);
        saveChecklistTicks(state, 'PF3XYZ12', { tpm: true });
        forgetConversation(state);
        expect(recall(state).lastSerial).toBeUndefined();
        expect(recall(state).os).toBeUndefined();
        expect(recall(state).lastStep).toBeUndefined();
        expect(checklistTicks(state, 'PF3XYZ12')).toEqual({ tpm: true });
    });
});
