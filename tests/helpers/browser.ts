/**
 * Debian's Chromium driven by playwright-core. Without a browser the browser suites skip with a
 * clear message, except under CI=true, where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);

if (!hasBrowser) {
	const message = `No Chromium at ${CHROMIUM}: install Debian's "chromium" package (or set CHROMIUM_PATH) to run the browser tests.`;
	if (process.env.CI === 'true') throw new Error(message);
	console.warn(`Skipping browser tests. ${message}`);
}

/** Launches headless Chromium with the flags this machine needs (no sandbox as root, no background traffic). */
export const launchBrowser = (): Promise<Browser> =>
	chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
