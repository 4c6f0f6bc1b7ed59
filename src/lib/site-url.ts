/**
 * The site's public address, when it has one. Built without SITE_URL, astro.config.mjs uses a
 * placeholder on a reserved top-level domain (RFC 2606: `.example`, `.invalid`, `.test`,
 * `.localhost`): such an address is never shown to a reader. Pages then print site paths and the
 * browser completes them with the address the page was loaded from (src/scripts/site-url.ts).
 */

/** Whether `site` is a placeholder address rather than the site's real one. */
export function isPlaceholderSite(site: string | URL | undefined): boolean {
	if (!site) return true;
	const host = new URL(site).hostname;
	return /(?:^|\.)(?:example|invalid|test|localhost)$/.test(host);
}

/** A site path in a form fit to show: absolute on the real site, the bare path on a placeholder. */
export function readerUrl(path: string, site: string | URL | undefined): string {
	return isPlaceholderSite(site) ? path : new URL(path, site).href;
}

/** A site path made absolute against an origin, without query or fragment: a clean permanent URL. */
export function cleanUrl(path: string, origin: string): string {
	const url = new URL(path, origin);
	url.search = '';
	url.hash = '';
	return url.href;
}
