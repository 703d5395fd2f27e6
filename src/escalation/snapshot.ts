import type { ChecklistItem } from '../knowledge/types';
import type { DeviceStatus } from '../status/types';
import type { DeviceSnapshot } from './types';

/**
 * What the helpdesk is shown about the device: its live status when escalated and the technician's checklist ticks.
 * `ticks` is item id → ticked; absent when the technician never saved the checklist for this device.
 */
export function deviceSnapshot(status: DeviceStatus, items: readonly ChecklistItem[], ticks?: Record<string, boolean>, alertKind?: string): DeviceSnapshot {
    return {
        headline: status.headline,
        severity: status.severity,
        explanation: status.explanation,
        phases: status.phases,
        failures: status.failures,
        errorCode: status.errorCode,
        elapsedMinutes: status.elapsedMinutes,
        alertKind,
        checklist: ticks && Object.keys(ticks).length > 0 ? checklistState(items, ticks) : undefined,
        checkedAt: status.checkedAt
    };
}

function checklistState(items: readonly ChecklistItem[], ticks: Record<string, boolean>): DeviceSnapshot['checklist'] {
    return {
        done: items.filter((item) => ticks[item.id]).map((item) => item.label),
        open: items.filter((item) => !ticks[item.id] && !item.optional).map((item) => item.label)
    };
}
