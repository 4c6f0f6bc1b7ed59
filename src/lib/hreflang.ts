/**
 * Reads the `<link rel="alternate" hreflang>` tags of a built page: the translations the page
 * itself declares. The sitemap copies them, so that it and the pages can never disagree.
 */

/** One translation of a page. */
export interface Alternate {
	/** A language code, or `x-default`. */
	lang: string;
	/** Absolute URL. */
	url: string;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The alternates declared in a page's HTML, in document order.
 * @example alternatesInHtml('<link rel="alternate" hreflang="en" href="https://x/en/">') // [{ lang: 'en', url: 'https://x/en/' }]
 */
export function alternatesInHtml(html: string): Alternate[] {
	const head = html.split(/<\/head>/i)[0] ?? '';
	return [...head.matchAll(/<link\b[^>]*>/gi)].flatMap(([tag]) => {
		const lang = attr(tag, 'hreflang');
		const url = attr(tag, 'href');
		return attr(tag, 'rel') === 'alternate' && lang && url ? [{ lang, url: url.replace(/&amp;/g, '&') }] : [];
	});
}
