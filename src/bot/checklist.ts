import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { checklistCard, checklistCardData, type ChecklistCardData, IntuneAnswers } from '../cards/checklistCard';
import { Verb } from '../cards/verbs';
import { checklistItems } from '../knowledge';
import { isSerialNumber } from '../domain/identifiers';
import type { DeviceStatus } from '../status/types';
import type { BotDeps } from './deps';
import { watchPlace } from './watchPlace';
import { CardUpdate, onCardAction, replyWith, showWorking } from './replies';
import { checklistTicks, clearChecklist, rememberDevice, saveChecklistTicks, type AppState, type ChecklistTicks } from '../memory/conversationMemory';

/** What Intune can answer on the checklist, from a device's live status. */
function intuneAnswers(status: DeviceStatus): IntuneAnswers {
    return {
        registered: true,
        profileAssigned: status.profile.assignment === 'Assigned',
        preProvisioningAllowed: status.profile.preProvisioningAllowed,
        userAssigned: Boolean(status.device.assignedUser)
    };
}

/** Toggle values arrive as the strings 'true' / 'false'; anything that is not a checklist item is ignored. */
function ticksFrom(data: Record<string, unknown>): ChecklistTicks {
    return Object.fromEntries(checklistItems.filter((item) => item.id in data).map((item) => [item.id, String(data[item.id]) === 'true']));
}

function serialFrom(data: { serial?: unknown }): string | undefined {
    return typeof data.serial === 'string' && isSerialNumber(data.serial) ? data.serial : undefined;
}

/** A button that names a device the bot cannot read (not a serial): refused, never saved into another checklist. */
const unreadableSerial = (data: { serial?: unknown }) => data.serial !== undefined && data.serial !== null && serialFrom(data) === undefined;
const unreadableSerialText = (nothing: string) => `That button names a device I can't read, so I ${nothing}. Ask me for the checklist again, for example: checklist PF3XYZ12`;

/** Intune's live answers for a device; without them when Intune cannot be asked right now. */
async function intuneFor(deps: BotDeps, serial: string): Promise<{ answers?: IntuneAnswers; note?: string }> {
    try {
        const found = await deps.statusService.lookup(serial);
        if (found.kind === 'found') return { answers: intuneAnswers(found.status) };
        return { answers: { registered: false }, note: `Intune has no Autopilot device with serial ${serial}.` };
    } catch (error) {
        deps.logger.warn({ err: (error as Error).message, serial }, 'checklist without Intune data');
        return { note: 'Intune could not be asked right now, so nothing is pre-filled.' };
    }
}

/**
 * The pre-flight checklist with saved ticks, pre-filled from Intune for a known device. `done` says what just
 * happened; given as a function it is worded from the card itself, so its figures are the card's.
 */
export async function checklistView(
    context: TurnContext,
    state: AppState,
    deps: BotDeps,
    serial?: string,
    done?: string | ((card: ChecklistCardData) => string)
): Promise<CardUpdate> {
    if (serial) rememberDevice(state, serial);
    const ticks = checklistTicks(state, serial);
    if (serial) await showWorking(context);
    const intune = serial ? await intuneFor(deps, serial) : {};
    const watching = serial ? deps.watches.isWatching(watchPlace(context), serial) : false;
    const shown = { serial, ticks, intune: intune.answers, watching };
    const said = typeof done === 'function' ? done(checklistCardData([...checklistItems], shown)) : done;
    const note = [said, intune.note].filter(Boolean).join(' ') || undefined;
    const data = checklistCardData([...checklistItems], { ...shown, note });
    const heading = serial ? `Pre-flight checklist for ${serial}: ${data.progress}.` : `Pre-flight checklist: ${data.progress}.`;
    return { summary: [said ?? heading, intune.note].filter(Boolean).join(' '), card: checklistCard(data) };
}

export async function showChecklist(context: TurnContext, state: AppState, deps: BotDeps, serial?: string): Promise<void> {
    await replyWith(context, await checklistView(context, state, deps, serial));
}

export function registerChecklist(app: Application<AppState>, deps: BotDeps): void {
    app.adaptiveCards.actionSubmit<Record<string, unknown>>(Verb.checklist, async (context, state, data) =>
        showChecklist(context, state, deps, serialFrom(data))
    );

    // Save and Reset answer with the same card, updated where it is.
    onCardAction<Record<string, unknown>>(app, Verb.checklistSave, async (context, state, data) => {
        if (unreadableSerial(data)) return unreadableSerialText('saved nothing');
        const serial = serialFrom(data);
        const ticks = ticksFrom(data);
        saveChecklistTicks(state, serial, ticks);
        // Worded from the card: Intune's live answers win over ticks, so the count is the card's, never the ticks'.
        return checklistView(context, state, deps, serial, (card) => {
            const overruled = card.items.filter((item) => ticks[item.id] === true && item.value === 'false').length;
            const intune = overruled > 0 ? ` Intune says ${overruled === 1 ? 'one item you ticked is' : `${overruled} items you ticked are`} not done yet (in red).` : '';
            return `Saved${serial ? ` for ${serial}` : ''}: ${card.progress}.${intune}`;
        });
    });

    onCardAction<Record<string, unknown>>(app, Verb.checklistReset, async (context, state, data) => {
        if (unreadableSerial(data)) return unreadableSerialText('cleared nothing');
        const serial = serialFrom(data);
        clearChecklist(state, serial);
        return checklistView(context, state, deps, serial, `Cleared the saved ticks${serial ? ` for ${serial}` : ''}.`);
    });
}
