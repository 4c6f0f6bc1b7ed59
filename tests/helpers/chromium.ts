/**
 * Where Debian's Chromium is and how it is started: no side effects, so that the browser tier's
 * global set-up (tests/setup/browser.ts) and the test files share one definition.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);

/** Headless Chromium with the flags this machine needs (no sandbox as root, no background traffic). */
export const LAUNCH_OPTIONS: LaunchOptions = {
	executablePath: CHROMIUM,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** The key under which the global set-up provides the shared browser's WebSocket endpoint. */
export const ENDPOINT_KEY = 'chromiumEndpoint';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The WebSocket endpoint of the one Chromium the browser tier shares (tests/setup/browser.ts). */
		chromiumEndpoint?: string;
	}
}
