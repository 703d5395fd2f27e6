import type { Attachment } from 'botbuilder';
import template from '../../cards/espTips.json';
import type { EspDetailTips, EspPhase, OsVariant } from '../knowledge/types';
import { osLabels } from './osWording';
import { CardTemplate } from './template';

/** A collapsible per-OS section; its `id` is the ToggleVisibility target. */
export interface EspTipsSection {
    id: string;
    label: string;
    show: string;
    hide: string;
    steps: string[];
    isVisible: boolean;
}

export interface EspPhaseView {
    name: string;
    when: string;
}

export interface EspTipsCardData {
    /** The device's OS, or null when unknown (then both sections start collapsed). */
    osLabel: string | null;
    sections: EspTipsSection[];
    phases: EspPhaseView[];
}

const phaseTiming: Record<EspPhase['runsIn'], string> = {
    technician: 'Technician flow',
    user: 'Waits for the user',
    both: 'Technician flow, again for the user'
};

const sectionOrder: OsVariant[] = ['win10', 'win11'];

export function espTipsCardData(tips: EspDetailTips, os?: OsVariant): EspTipsCardData {
    return {
        osLabel: os ? osLabels[os] : null,
        sections: sectionOrder.map((variant) => ({
            id: `${variant}Tips`,
            label: osLabels[variant],
            ...tips[variant],
            isVisible: variant === os
        })),
        phases: tips.phases.map((phase) => ({ name: phase.name, when: phaseTiming[phase.runsIn] }))
    };
}

const espTipsTemplate = new CardTemplate<EspTipsCardData>('espTips', template);

export function espTipsCard(data: EspTipsCardData): Attachment {
    return espTipsTemplate.attachment(data);
}
