/**
 * Knowledge entries name their sources as repository paths ("memdocs autopilot/pre-provision.md"); people need the
 * public page. This is the one place that knows how Microsoft Learn publishes those repositories.
 */

/** A public page a card opens with Action.OpenUrl. */
export interface SourceLink {
    title: string;
    url: string;
}

const learn = 'https://learn.microsoft.com';

/**
 * Include files are not pages of their own (docfx excludes `includes/`): the tutorial's pages embed them, and every
 * include the knowledge base cites is part of the Entra join technician-flow page.
 */
const pageOfIncludes: Record<string, string> = {
    'autopilot/tutorial/includes/': 'autopilot/tutorial/pre-provisioning/azure-ad-join-technician-flow.md'
};

/** Repository folder → where Learn publishes it (each docset's docfx.json `dest`). */
const publishedAt: [prefix: string, base: string][] = [
    ['autopilot/', `${learn}/autopilot/`],
    // The Intune docset moved under intune-service/; Learn keeps the page names.
    ['intune/', `${learn}/intune/intune-service/`]
];

/** Markdown and YAML (FAQ) pages publish under their name without the extension. */
const pageFile = /\.(md|yml)$/;

function memdocsUrl(repositoryPath: string): string | undefined {
    // Some entries name the path with the repository folder in front ("memdocs/intune/…").
    const path = repositoryPath.replace(/^memdocs\//, '');
    const include = Object.keys(pageOfIncludes).find((prefix) => path.startsWith(prefix));
    const page = include ? pageOfIncludes[include] : path;
    const published = publishedAt.find(([prefix]) => page.startsWith(prefix));
    if (!published || !pageFile.test(page)) return undefined;
    return published[1] + page.slice(published[0].length).replace(pageFile, '');
}

/** One part of a `source` string ("memdocs …", "SupportArticles-docs …", "memdocs issue #N", "community …"). */
function linkOf(part: string): Omit<SourceLink, 'title'> & { kind: 'page' | 'issue' } | undefined {
    const issue = /^memdocs issue #(\d+)$/i.exec(part);
    if (issue) return { kind: 'issue', url: `https://github.com/MicrosoftDocs/memdocs/issues/${issue[1]}` };
    const memdocs = /^memdocs (\S+\.(?:md|yml))$/i.exec(part);
    if (memdocs) {
        const url = memdocsUrl(memdocs[1]);
        return url ? { kind: 'page', url } : undefined;
    }
    const support = /^SupportArticles-docs (\S+)\.md$/i.exec(part);
    if (support) return { kind: 'page', url: `${learn}/troubleshoot/mem/intune/device-enrollment/${support[1]}` };
    return undefined;
}

/** What a source string cites besides pages (community reports), worded for people; null when nothing. */
export function sourceNote(source: string): string | null {
    const rest = source
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part && !linkOf(part) && !/^(memdocs|SupportArticles-docs) /i.test(part));
    if (rest.length === 0) return null;
    return `${sourceLinks(source).length > 0 ? 'Also from' : 'From'} ${rest.join('; ')}.`;
}

/**
 * "Learn more" for the first page, "More (2)", "More (3)" for the rest (three fit side by side on a phone), GitHub issues
 * by number; community mentions have no page and stay out.
 */
export function sourceLinks(source: string): SourceLink[] {
    const links = source
        .split(';')
        .map((part) => linkOf(part.trim()))
        .filter((link): link is NonNullable<typeof link> => link !== undefined);
    const unique = links.filter((link, i) => links.findIndex((other) => other.url === link.url) === i);
    let pages = 0;
    return unique.map(({ kind, url }) => {
        if (kind === 'issue') return { title: `GitHub issue #${url.split('/').pop()}`, url };
        pages += 1;
        return { title: pages === 1 ? 'Learn more' : `More (${pages})`, url };
    });
}
