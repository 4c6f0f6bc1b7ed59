/**
 * What goes wrong on a page as the browser tests watch it: Content-Security-Policy violations
 * reported on the console, script errors, console errors, requests that fail or are answered with an
 * error, and requests to any other site (the site makes none: no CDN, no tracking).
 */
import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';

/**
 * An init script (`page.addInitScript`, `context.addInitScript`): every CSP violation is written
 * to the console as an error, `CSP violation: <directive> <blocked URI> <sample>`.
 */
export const reportCspViolations = () =>
	document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));

/**
 * Starts recording what goes wrong on `page`, served from `origin`: script errors, console errors
 * (CSP violations among them, with reportCspViolations), failed or error responses, and requests to
 * another origin (`data:` and `blob:` URLs are the page's own). `stop()` ends the recording.
 */
export function watchTroubles(page: Page, origin: string): { found: string[]; stop: () => void } {
	const found: string[] = [];
	const onError = (e: Error) => found.push(`script error: ${e.message}`);
	const onConsole = (m: ConsoleMessage) => m.type() === 'error' && found.push(`console: ${m.text()}`);
	const onRequest = (r: Request) => {
		const url = new URL(r.url());
		if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') found.push(`request to another origin: ${r.url()}`);
	};
	const onResponse = (r: Response) => r.status() >= 400 && found.push(`${r.status()} ${r.url()}`);
	const onFailed = (r: Request) => found.push(`${r.failure()?.errorText} ${r.url()}`);
	page.on('pageerror', onError).on('console', onConsole).on('request', onRequest).on('response', onResponse).on('requestfailed', onFailed);
	return { found, stop: () => void page.off('pageerror', onError).off('console', onConsole).off('request', onRequest).off('response', onResponse).off('requestfailed', onFailed) };
}
