import { allEntries, errorEntryForCode, getEntry, type ErrorEntry } from '../../src/knowledge';
import { troubleshootingEntries, troubleshootingErrors } from '../../src/knowledge/troubleshooting';
import { knowledgeSearch } from '../support/knowledge';

const added = [...troubleshootingErrors, ...troubleshootingEntries];

describe('troubleshooting knowledge from the public docs', () => {
    test('covers at least 60 documented errors, event IDs and symptoms', () => {
        expect(troubleshootingErrors.length).toBeGreaterThanOrEqual(60);
    });

    test('every entry is registered in the knowledge base', () => {
        for (const entry of added) {
            expect(getEntry(entry.id)).toBe(entry);
        }
        expect(allEntries.length).toBe(new Set(allEntries.map((e) => e.id)).size);
    });

    test.each(added.map((e) => [e.id, e] as const))('%s names a memdocs page and has several phrasings', (_, e) => {
        expect(e.source).toMatch(/^memdocs (?:autopilot|memdocs\/intune)\/[a-z0-9/-]+\.(?:md|yml)(?:; |$)/);
        expect(e.keywords.length).toBeGreaterThanOrEqual(3);
        const title = e.title.toLowerCase();
        for (const keyword of e.keywords) {
            expect(keyword).toBe(keyword.toLowerCase());
            expect(keyword).not.toBe(title);
        }
    });

    test.each(troubleshootingErrors.map((e) => [e.id, e] as const))('%s says what to do, in order', (_, e) => {
        expect(e.fix.length).toBeGreaterThan(0);
        expect(e.where.trim()).not.toBe('');
        expect(e.cause.trim()).not.toBe('');
        expect(e.escalate.trim()).not.toBe('');
    });

    test('the demo tenant\'s failing app code and its documented neighbours resolve', () => {
        for (const code of ['0x87D1041C', '0x87D103E8', '0x8000FFFF', '0x80073CFF', '0x80CF201C', '0x80073CF0',
            '0x80073CF3', '0x80073CFB']) {
            expect(errorEntryForCode(code)?.codes).toContain(code);
        }
        expect(errorEntryForCode('0x87d1041c')?.id).toBe('error-0x87d1041c');
    });

    test('enrollment codes from the Intune troubleshooting page resolve', () => {
        for (const code of ['0x80180003', '0x8018000A', '0x80180026', '0x8018002B', '0x80180022', '0x8007064C']) {
            expect(errorEntryForCode(code)?.id).toBe(`error-${code.toLowerCase()}`);
        }
    });

    test.each(['100', '163', '171', '807', '809', '815', '908', '76'])('Autopilot/MDM event %s has an entry',
        (id) => {
            const entry = getEntry(`error-event-${id}`) as ErrorEntry | undefined;
            expect(entry?.kind).toBe('error');
            expect(entry?.title).toContain(id);
        });

    test.each([
        ['0x87D1041C', 'error-0x87d1041c'],
        ['event 908 serial number mismatch', 'error-event-908'],
        ['ZtdDeviceIsNotRegistered in the event log', 'error-event-807'],
        ['import of the csv does nothing', 'error-hash-import-fails'],
        ['event 251 AIK certificate acquisition returned an HRESULT', 'error-tpm-attestation-checks'],
        ['tpmtool getdeviceinformation says ready for attestation false', 'error-tpm-attestation-checks'],
        ['MDM wins over Group Policy conflict', 'error-policy-mdm-wins-over-gp']
    ])('"%s" finds %s first', (question, id) => {
        expect(knowledgeSearch.search(question, 1)[0]?.entry.id).toBe(id);
    });
});
