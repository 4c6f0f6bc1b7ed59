/**
 * The set-up every browser suite shares: the built site served on 127.0.0.1, started before the
 * suite and stopped after it, and the browser tier's one Chromium, connected to for the suite.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { hasBrowser, sharedBrowser } from './browser';
import { serveDist, type ServeOptions, type StaticServer } from './server';

export { hasBrowser };

/** A context of the suite's browser that may read and write the clipboard, on the suite's site. */
export async function clipboardContext(site: { readonly url: string; readonly browser: Browser }): Promise<BrowserContext> {
	const context = await site.browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
	return context;
}

/** Registers the suite's set-up and tear-down; read `site.url` and `site.browser` inside tests. */
export function useSite(options: ServeOptions = {}): { readonly url: string; readonly browser: Browser } {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		if (!hasBrowser) return;
		server = await serveDist(options);
		browser = await sharedBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get url() {
			return server!.url;
		},
		get browser() {
			return browser!;
		},
	};
}
