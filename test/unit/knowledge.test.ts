import {
    allEntries,
    checklistItems,
    errorEntryForCode,
    flowScreenIndex,
    isTutorialStep,
    espDetailTips,
    getEntry,
    stepEntry,
    technicianFlow,
    tutorialStepCount,
    type EntryKind,
    type ErrorEntry
} from '../../src/knowledge';
import { knowledgeSearch, understanding } from '../support/knowledge';

const PREFIX: Record<EntryKind, string> = {
    overview: 'overview',
    requirement: 'req',
    step: 'step',
    flow: 'flow',
    tip: 'tip',
    esp: 'esp',
    userFlow: 'userflow',
    logs: 'logs',
    admin: 'admin',
    error: 'error'
};

const errors = allEntries.filter((e): e is ErrorEntry => e.kind === 'error');
const everyText = allEntries
    .flatMap((e) => [e.title, e.short, ...e.details, ...Object.values(e.os ?? {})])
    .concat(technicianFlow.flatMap((s) => [s.win10, s.win11]))
    .join('\n');

describe('knowledge entries', () => {
    test('ids are unique, kebab-case and prefixed by their kind', () => {
        const ids = allEntries.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const entry of allEntries) {
            expect(entry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)+$/);
            expect(entry.id.startsWith(PREFIX[entry.kind] + '-')).toBe(true);
        }
    });

    test.each(allEntries.map((e) => [e.id, e] as const))('%s is complete and links to existing entries', (id, e) => {
        expect(e.title.trim()).not.toBe('');
        expect(e.short.trim()).not.toBe('');
        expect(e.source.trim()).not.toBe('');
        expect(e.keywords.length).toBeGreaterThan(0);
        for (const related of e.related) {
            expect(related).not.toBe(id);
            expect(getEntry(related)).toBeDefined();
        }
    });

    test('every kind of entry exists', () => {
        const kinds = new Set(allEntries.map((e) => e.kind));
        expect([...kinds].sort()).toEqual(Object.keys(PREFIX).sort());
    });

    test.each(allEntries.filter((e) => e.searchable !== false).map((e) => [e.id, e.title] as const))('%s is found by its title', (id, title) => {
        const top3 = knowledgeSearch.search(title, 3).map((h) => h.entry.id);
        expect(top3).toContain(id);
    });

    // An entry kept out of retrieval is reached by the rule that names it: asked by its title, it answers.
    test.each(allEntries.filter((e) => e.searchable === false).map((e) => [e.id, e.title] as const))('%s is reached by its title', (id, title) => {
        expect(knowledgeSearch.search(title, 8).map((h) => h.entry.id)).not.toContain(id);
        expect(understanding.understand(title)).toEqual({ kind: 'answer', entryId: id });
    });
});

describe('steps', () => {
    test.each([1, 2, 3, 4, 5, 6, 7, 8, 9])('step %d is present with where, values and pitfalls', (n) => {
        const step = stepEntry(n);
        expect(step?.id).toBe(`step-${n}`);
        expect(step?.where.trim()).not.toBe('');
        expect(step?.values.length).toBeGreaterThan(0);
        expect(step?.pitfalls.length).toBeGreaterThan(0);
    });

    test('there are no other steps', () => {
        expect(stepEntry(0)).toBeUndefined();
        expect(stepEntry(10)).toBeUndefined();
        expect(allEntries.filter((e) => e.kind === 'step')).toHaveLength(9);
        expect(tutorialStepCount).toBe(9);
        expect([0, 1, 9, 10, 1.5].map(isTutorialStep)).toEqual([false, true, true, false, false]);
    });
});

describe('errors', () => {
    const codes = errors.flatMap((e) => e.codes);

    test('at least 28 entries and every code the digest names', () => {
        expect(errors.length).toBeGreaterThanOrEqual(28);
        // The digest names 14 distinct codes (13 Entra-join plus one hybrid-only); all must be here.
        expect(new Set(codes).size).toBeGreaterThanOrEqual(14);
        // A code may have a second entry for another phase (error-<code>-<phase>); exactly one keeps the plain id.
        const repeated = new Set(codes.filter((code, i) => codes.indexOf(code) !== i));
        for (const code of repeated) expect(errorEntryForCode(code)?.id).toBe(`error-${code.toLowerCase()}`);
    });

    test.each(codes)('%s is canonical and resolves to its entry', (code) => {
        expect(code).toMatch(/^0x[0-9A-F]{8}$/);
        expect(errorEntryForCode(code)?.codes).toContain(code);
        expect(errorEntryForCode(code.toLowerCase())).toBe(errorEntryForCode(code));
    });

    test.each(errors.map((e) => [e.id, e] as const))('%s has where, cause, fix and escalate', (id, e) => {
        expect(e.where.trim()).not.toBe('');
        expect(e.cause.trim()).not.toBe('');
        expect(e.fix.length).toBeGreaterThan(0);
        expect(e.escalate.trim()).not.toBe('');
        if (e.codes.length > 0) {
            expect(id).toMatch(new RegExp(`^error-${e.codes[0].toLowerCase()}(?:-[a-z-]+)?$`));
        }
    });

    test('community-only codes are marked as uncertain', () => {
        for (const code of ['0x81036502', '0x80072EE2']) {
            expect(errorEntryForCode(code)?.short).toMatch(/uncertain|community/i);
        }
    });

    test('unknown codes resolve to nothing', () => {
        expect(errorEntryForCode('0x12345678')).toBeUndefined();
    });
});

describe('technician flow walkthrough', () => {
    test.each([
        [0, 0],
        [2.7, 2],
        [-3, 0],
        [999, technicianFlow.length - 1],
        ['4', 4],
        ['junk', 0],
        [undefined, 0]
    ])('index %p shows screen %p', (index, screen) => expect(flowScreenIndex(index)).toBe(screen));

    test('screens are in order and point to flow entries', () => {
        expect(technicianFlow.map((s) => s.order)).toEqual(technicianFlow.map((_, i) => i + 1));
        for (const screen of technicianFlow) {
            expect(getEntry(screen.entryId)?.kind).toBe('flow');
        }
    });

    test.each(technicianFlow.map((s) => [s.title, s] as const))('"%s" has Windows 10 and 11 wording', (_, s) => {
        expect(s.win10.trim()).not.toBe('');
        expect(s.win11.trim()).not.toBe('');
    });

    test.each([
        ['What would you like to do?', 'Windows Autopilot provisioning', 'Pre-provision with Windows Autopilot'],
        ['Check the configuration', 'Windows Autopilot Configuration', 'Pre-provision with Windows Autopilot'],
        ['Start provisioning', 'Provision', 'Next'],
        ['ESP: device phases', 'Show details', '∨'],
        ['Success: Reseal', 'QR code', 'no QR code'],
        ['Failure: logs, then Retry or Reset', 'View diagnostics', 'Ctrl+Shift+D']
    ])('"%s" tells the OS versions apart', (title, win10, win11) => {
        const screen = technicianFlow.find((s) => s.title === title);
        expect(screen?.win10).toContain(win10);
        expect(screen?.win11).toContain(win11);
        expect(screen?.win10).not.toBe(screen?.win11);
    });

    test.each([
        'Windows Autopilot provisioning',
        'Continue',
        'Pre-provision with Windows Autopilot',
        'Windows Autopilot Configuration',
        'Provision',
        'View diagnostics',
        'Ctrl+Shift+D',
        'Export Logs',
        'Show details',
        'Hide details',
        '∨',
        '∧',
        'Sign in',
        'diagnostics page',
        'quality updates',
        '0x81039023',
        'KB5013943'
    ])('every Windows 10 / 11 difference is covered: %s', (text) => {
        expect(everyText).toContain(text);
    });

    test('entries whose wording differs carry it per OS', () => {
        for (const id of ['flow-options-screen', 'flow-config-screen', 'flow-provision', 'flow-esp', 'flow-failure',
            'flow-success-reseal', 'esp-show-details', 'userflow-sign-in', 'esp-quality-updates']) {
            const os = getEntry(id)?.os;
            expect(os?.win10).toBeDefined();
            expect(os?.win11).toBeDefined();
        }
        expect(getEntry('error-0x81039023')?.os?.win11).toBeDefined();
    });
});

describe('ESP detail tips', () => {
    test('both OS versions say how to show and hide, and phases run where they should', () => {
        expect(espDetailTips.win10.show).toBe('Show details');
        expect(espDetailTips.win10.hide).toBe('Hide details');
        expect(espDetailTips.win11.show).toContain('∨');
        expect(espDetailTips.win11.hide).toContain('∧');
        expect(espDetailTips.phases.map((p) => [p.name, p.runsIn])).toEqual([
            ['Device preparation', 'technician'],
            ['Device setup', 'both'],
            ['Account setup', 'user']
        ]);
    });
});

describe('checklist', () => {
    test('items are the specified ones, in order, with Intune checks where Graph can answer', () => {
        expect(checklistItems.map((i) => [i.id, i.intuneCheck, i.optional ?? false])).toEqual([
            ['check-registered', 'registered', false],
            ['check-device-group', undefined, false],
            ['check-profile-assigned', 'profileAssigned', false],
            ['check-preprovisioning-allowed', 'preProvisioningAllowed', false],
            ['check-esp-assigned', undefined, false],
            ['check-apps-policies', undefined, false],
            ['check-tpm', undefined, false],
            ['check-wired-network', undefined, false],
            ['check-clock', undefined, false],
            ['check-user-assigned', 'userAssigned', true]
        ]);
    });

    test.each(checklistItems.map((i) => [i.id, i] as const))('%s has a label and a one-line why', (_, item) => {
        expect(item.label.trim()).not.toBe('');
        expect(item.why.trim()).not.toBe('');
        expect(item.why).not.toContain('\n');
    });

    test('labels name what the spec asks for', () => {
        const labels = checklistItems.map((i) => i.label).join('\n');
        for (const text of ['Allow pre-provisioned deployment', 'Show app and profile configuration progress',
            'TPM 2.0', 'no VM', 'Wired', 'date and time', 'optional']) {
            expect(labels).toContain(text);
        }
    });
});
