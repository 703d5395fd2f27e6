import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { checklistCard, checklistCardData, IntuneAnswers } from '../cards/checklistCard';
import { Verb } from '../cards/verbs';
import { checklistItems } from '../knowledge';
import { isSerialNumber } from '../domain/identifiers';
import type { DeviceStatus } from '../status/types';
import type { BotDeps } from './deps';
import { watchPlace } from './watchPlace';
import { reply } from './replies';
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

/** The pre-flight checklist with saved ticks, pre-filled from Intune for a known device. */
export async function showChecklist(context: TurnContext, state: AppState, deps: BotDeps, serial?: string, savedNote?: string): Promise<void> {
    if (serial) rememberDevice(state, serial);
    const ticks = checklistTicks(state, serial);
    const intune = serial ? await intuneFor(deps, serial) : {};
    const watching = serial ? deps.watches.isWatching(watchPlace(context), serial) : false;
    const data = checklistCardData([...checklistItems], { serial, ticks, intune: intune.answers, watching });
    const heading = savedNote ?? (serial ? `Pre-flight checklist for ${serial}.` : 'Pre-flight checklist for the technician flow.');
    await reply(context, [heading, intune.note].filter(Boolean).join(' '), checklistCard(data));
}

export function registerChecklist(app: Application<AppState>, deps: BotDeps): void {
    app.adaptiveCards.actionSubmit<Record<string, unknown>>(Verb.checklist, async (context, state, data) =>
        showChecklist(context, state, deps, serialFrom(data))
    );

    app.adaptiveCards.actionSubmit<Record<string, unknown>>(Verb.checklistSave, async (context, state, data) => {
        const serial = serialFrom(data);
        const ticks = ticksFrom(data);
        saveChecklistTicks(state, serial, ticks);
        const done = Object.values(ticks).filter(Boolean).length;
        await showChecklist(context, state, deps, serial, `Saved: ${done} of ${checklistItems.length} ticked${serial ? ` for ${serial}` : ''}.`);
    });

    app.adaptiveCards.actionSubmit<Record<string, unknown>>(Verb.checklistReset, async (context, state, data) => {
        const serial = serialFrom(data);
        clearChecklist(state, serial);
        await showChecklist(context, state, deps, serial, `Cleared the checklist${serial ? ` for ${serial}` : ''}.`);
    });
}
