/**
 * What the build changes in a page's HTML before Pagefind indexes it (only the index's copy: the
 * served page is untouched). Pagefind joins the text of adjacent elements without a space, so
 * `<dd>APA</dd><dd>Allocation…` became "APAAllocation" in excerpts: a space after each closing
 * block tag keeps words apart. And pages that gather many subjects (home, timeline, connections,
 * glossary, organisations) get a low content weight, so that the action a query is about comes
 * before them; they still answer queries that only they can.
 */

/** Block elements after which the index needs a space. */
const BLOCK_END = /<\/(p|li|dd|dt|td|th|h[1-6]|div|section|article|aside|header|footer|nav|ul|ol|dl|tr|table|caption|figcaption|blockquote|summary|details|figure|pre)>/g;

/**
 * Site paths of pages that gather many subjects, and their content weight (Pagefind's default is
 * 1; https://pagefind.app/docs/weighting/).
 */
export const GATHERING_PAGES: readonly [RegExp, number][] = [
	[/^\/(fr|en)\/$/, 0.25], // home
	[/^\/fr\/calendrier\/$|^\/en\/timeline\/$/, 0.25],
	[/^\/fr\/liens\/$|^\/en\/connections\/$/, 0.25],
	[/^\/fr\/glossaire\/$|^\/en\/glossary\/$/, 0.25],
	[/^\/fr\/acteurs\/|^\/en\/organisations\//, 0.25],
];

/** The content weight of the page at `path`: lower for pages that gather many subjects. */
export const contentWeight = (path: string): number => GATHERING_PAGES.find(([pattern]) => pattern.test(path))?.[1] ?? 1;

/**
 * The HTML Pagefind should index for the page at `path`: spaces after block ends, and the page's
 * content weight on its `data-pagefind-body` element when it is not the default.
 * @example htmlForIndex('/fr/', '<main data-pagefind-body><p>a</p><p>b</p></main>')
 * // '<main data-pagefind-body data-pagefind-weight="0.25"><p>a</p> <p>b</p> </main> '
 */
export function htmlForIndex(path: string, html: string): string {
	const weight = contentWeight(path);
	const spaced = html.replace(BLOCK_END, '$& ');
	return weight === 1 ? spaced : spaced.replace(/(<main\b[^>]*\bdata-pagefind-body)/, `$1 data-pagefind-weight="${weight}"`);
}
