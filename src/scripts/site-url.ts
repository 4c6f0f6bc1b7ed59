/**
 * Completes the site paths printed by a build without SITE_URL (src/lib/site-url.ts) with the
 * address the page was loaded from, so a reader sees and copies a working absolute URL, never the
 * build's placeholder domain. `data-site-url` holds the path: an element's text becomes the
 * absolute URL; `data-site-href` does the same for an `<a>`'s href, with `data-scheme` (webcal:)
 * replacing http(s): when given.
 */
import { cleanUrl } from '../lib/site-url';

for (const el of document.querySelectorAll<HTMLElement>('[data-site-url]')) {
	el.textContent = cleanUrl(el.dataset.siteUrl!, location.origin);
}
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-site-href]')) {
	const url = cleanUrl(a.dataset.siteHref!, location.origin);
	a.href = a.dataset.scheme ? url.replace(/^https?:/, a.dataset.scheme) : url;
}
// Printed links show their full address (print.css): a build without SITE_URL could not give the origin.
if (!document.documentElement.style.getPropertyValue('--origin')) {
	document.documentElement.style.setProperty('--origin', JSON.stringify(location.origin));
}
