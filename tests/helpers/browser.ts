/**
 * Debian's Chromium driven by playwright-core. Without a browser the browser suites skip with a
 * clear message, except under CI=true, where a missing browser is a failure.
 */
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { BROWSER, BROWSER_LAUNCH_OPTIONS, CHROMIUM, ENDPOINT_KEY, hasBrowser, LAUNCH_OPTIONS } from './chromium.ts';

export { BROWSER, CHROMIUM, hasBrowser };

if (!hasBrowser) {
	const message = `No Chromium at ${CHROMIUM}: install Debian's "chromium-headless-shell" or "chromium" package (or set CHROMIUM_PATH) to run the browser tests.`;
	if (process.env.CI === 'true') throw new Error(message);
	console.warn(`Skipping browser tests. ${message}`);
}

/** Launches headless Chromium as the tests drive it. */
export const launchBrowser = (): Promise<Browser> => chromium.launch(LAUNCH_OPTIONS);

/** Launches Debian's Chromium browser, headless: for scripts that measure or picture what readers get. */
export const launchFullBrowser = (): Promise<Browser> => chromium.launch(BROWSER_LAUNCH_OPTIONS);

/**
 * The browser tier's one Chromium (started by tests/setup/browser.ts), connected to from this test
 * file; a file run outside that set-up launches its own. Closing what this returns closes the
 * contexts this file opened and disconnects, leaving the shared browser to the other files.
 */
export function sharedBrowser(): Promise<Browser> {
	const endpoint = inject(ENDPOINT_KEY);
	return endpoint ? chromium.connect(endpoint) : launchBrowser();
}
