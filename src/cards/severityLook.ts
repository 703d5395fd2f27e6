import type { Severity } from '../status/types';

/** How a severity is drawn: the header band's container style and the colour of its one strong line. */
export interface SeverityLook {
    headerStyle: 'good' | 'attention' | 'warning' | 'emphasis';
    textColor: 'Good' | 'Attention' | 'Warning' | 'Accent';
}

/**
 * The one home of severity → colour, shared by every card that shows a device's state (status, alert, watch list):
 * failed = attention (red), stalled = warning (amber), ready = good (green), anything else = the neutral accent.
 */
const looks: Record<Severity, SeverityLook> = {
    good: { headerStyle: 'good', textColor: 'Good' },
    attention: { headerStyle: 'attention', textColor: 'Attention' },
    warning: { headerStyle: 'warning', textColor: 'Warning' },
    info: { headerStyle: 'emphasis', textColor: 'Accent' }
};

export function severityLook(severity: Severity): SeverityLook {
    return looks[severity];
}
