/**
 * Debian's Chromium, driven by playwright-core (which downloads no browser of its own).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser is installed. */
export const hasChromium = existsSync(CHROMIUM);

/** Starts a headless Chromium with the flags that suit containers and CI; the caller closes it. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
}
