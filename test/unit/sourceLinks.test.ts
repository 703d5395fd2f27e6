import { sourceLinks, sourceNote } from '../../src/cards/sourceLinks';
import { allEntries } from '../../src/knowledge';

describe('knowledge sources as public links', () => {
    it.each([
        ['memdocs autopilot/pre-provision.md', 'https://learn.microsoft.com/autopilot/pre-provision'],
        ['memdocs autopilot/tutorial/pre-provisioning/azure-ad-join-esp.md', 'https://learn.microsoft.com/autopilot/tutorial/pre-provisioning/azure-ad-join-esp'],
        // Include files are not pages: the page that embeds them is.
        ['memdocs autopilot/tutorial/includes/tips-esp-progress.md', 'https://learn.microsoft.com/autopilot/tutorial/pre-provisioning/azure-ad-join-technician-flow'],
        ['memdocs intune/enrollment/windows-enrollment-status.md', 'https://learn.microsoft.com/intune/intune-service/enrollment/windows-enrollment-status'],
        ['SupportArticles-docs understand-troubleshoot-esp.md', 'https://learn.microsoft.com/troubleshoot/mem/intune/device-enrollment/understand-troubleshoot-esp']
    ])('%s → %s', (source, url) => {
        expect(sourceLinks(source)).toEqual([{ title: 'Learn more', url }]);
    });

    it('keeps a documentation issue as its own link and community mentions as words', () => {
        expect(sourceLinks('memdocs autopilot/pre-provision.md; memdocs issue #1648').map((link) => link.title)).toEqual(['Learn more', 'GitHub issue #1648']);
        expect(sourceLinks('community (call4cloud.nl)')).toEqual([]);
        expect(sourceNote('memdocs autopilot/known-issues.md; community (call4cloud.nl)')).toBe('Also from community (call4cloud.nl).');
        expect(sourceNote('community table')).toBe('From community table.');
        expect(sourceNote('memdocs autopilot/known-issues.md')).toBeNull();
    });

    it('gives every knowledge entry a link or a word about where it comes from, never a repository path', () => {
        for (const entry of allEntries) {
            const links = sourceLinks(entry.source);
            const note = sourceNote(entry.source);
            expect(links.length > 0 || note !== null).toBe(true);
            expect(links.every((link) => /^https:\/\/(learn\.microsoft\.com|github\.com)\//.test(link.url))).toBe(true);
            expect(note ?? '').not.toMatch(/\.md\b|memdocs/);
        }
    });
});
