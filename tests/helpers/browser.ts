/**
 * Debian's Chromium driven by playwright-core. Without a browser the browser suites skip with a
 * clear message, except under CI=true, where a missing browser is a failure.
 */
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, ENDPOINT_KEY, hasBrowser, LAUNCH_OPTIONS } from './chromium.ts';

export { CHROMIUM, hasBrowser };

if (!hasBrowser) {
	const message = `No Chromium at ${CHROMIUM}: install Debian's "chromium" package (or set CHROMIUM_PATH) to run the browser tests.`;
	if (process.env.CI === 'true') throw new Error(message);
	console.warn(`Skipping browser tests. ${message}`);
}

/** Launches headless Chromium with the flags this machine needs (no sandbox as root, no background traffic). */
export const launchBrowser = (): Promise<Browser> => chromium.launch(LAUNCH_OPTIONS);

/**
 * The browser tier's one Chromium (started by tests/setup/browser.ts), connected to from this test
 * file; a file run outside that set-up launches its own. Closing what this returns closes the
 * contexts this file opened and disconnects, leaving the shared browser to the other files.
 */
export function sharedBrowser(): Promise<Browser> {
	const endpoint = inject(ENDPOINT_KEY);
	return endpoint ? chromium.connect(endpoint) : launchBrowser();
}
