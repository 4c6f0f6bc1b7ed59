/**
 * Where Debian's Chromium is and how it is started: no side effects, so that the browser tier's
 * global set-up (tests/setup/browser.ts) and the test files share one definition.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright-core';

/** Debian's Chromium browser (package `chromium`): the scripts that measure or picture pages use it. */
export const BROWSER = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What the tests drive: Debian's `chromium-headless-shell` when it is installed (the same Chromium
 * build without the browser's windowing and UI layers, made for automation: the browser tier took
 * about half the CPU time with it, 356 → 206 s on two cores), else the browser itself.
 */
const SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync(SHELL) ? SHELL : BROWSER);
export const hasBrowser = existsSync(CHROMIUM);

/** The flags this machine needs (no sandbox as root, no background traffic). */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Headless Chromium as the tests start it, with V8's optimising compilers (Maglev, TurboFan) off: the
 * tests' JavaScript is short-lived (axe once or twice per page, each page a new document), so the
 * optimised code rarely pays for its compiling. The browser tier took about 12 % less CPU (170 and
 * 183 s against 194 and 208 s, interleaved runs on 7 December) though a hot loop runs 1.6 times
 * slower; what a page does is unchanged. The scripts that measure pages keep the browser as readers
 * have it (BROWSER_LAUNCH_OPTIONS).
 */
export const LAUNCH_OPTIONS: LaunchOptions = { executablePath: CHROMIUM, args: [...ARGS, '--js-flags=--no-opt,--no-maglev'] };

/** Debian's Chromium browser, headless, as the scripts start it. */
export const BROWSER_LAUNCH_OPTIONS: LaunchOptions = { executablePath: BROWSER, args: ARGS };

/** The key under which the global set-up provides the shared browser's WebSocket endpoint. */
export const ENDPOINT_KEY = 'chromiumEndpoint';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The WebSocket endpoint of the one Chromium the browser tier shares (tests/setup/browser.ts). */
		chromiumEndpoint?: string;
	}
}
