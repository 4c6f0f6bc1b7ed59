/**
 * What goes wrong on a page as the browser tests watch it: Content-Security-Policy violations
 * reported on the console, script errors, console errors, and requests that fail or are answered
 * with an error.
 */
import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';

/**
 * An init script (`page.addInitScript`, `context.addInitScript`): every CSP violation is written
 * to the console as an error, `CSP violation: <directive> <blocked URI> <sample>`.
 */
export const reportCspViolations = () =>
	document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));

/**
 * Starts recording what goes wrong on `page`: script errors, console errors (CSP violations among
 * them, with reportCspViolations), and failed or error responses. `stop()` ends the recording.
 */
export function watchTroubles(page: Page): { found: string[]; stop: () => void } {
	const found: string[] = [];
	const onError = (e: Error) => found.push(`script error: ${e.message}`);
	const onConsole = (m: ConsoleMessage) => m.type() === 'error' && found.push(`console: ${m.text()}`);
	const onResponse = (r: Response) => r.status() >= 400 && found.push(`${r.status()} ${r.url()}`);
	const onFailed = (r: Request) => found.push(`${r.failure()?.errorText} ${r.url()}`);
	page.on('pageerror', onError).on('console', onConsole).on('response', onResponse).on('requestfailed', onFailed);
	return { found, stop: () => void page.off('pageerror', onError).off('console', onConsole).off('response', onResponse).off('requestfailed', onFailed) };
}
