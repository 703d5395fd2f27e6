import type { OsVariant } from '../knowledge/types';

/** One column of OS-specific wording. */
export interface OsWording {
    label: string;
    text: string;
}

export const osLabels: Record<OsVariant, string> = { win10: 'Windows 10', win11: 'Windows 11' };

const osOrder: OsVariant[] = ['win10', 'win11'];

/**
 * The wording to show: only the device's OS when it is known and has its own text,
 * otherwise every variant side by side (Windows 10 first), or one column when they say the same.
 */
export function osWording(byOs: Partial<Record<OsVariant, string>> | undefined, os?: OsVariant): OsWording[] {
    if (!byOs) {
        return [];
    }
    const variants = os && byOs[os] ? [os] : osOrder.filter((variant) => byOs[variant]);
    if (variants.length > 1 && variants.every((variant) => byOs[variant] === byOs[variants[0]])) {
        return [{ label: 'Windows 10 and 11', text: byOs[variants[0]] ?? '' }];
    }
    return variants.map((variant) => ({ label: osLabels[variant], text: byOs[variant] ?? '' }));
}
