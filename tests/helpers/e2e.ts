/**
 * The set-up every browser suite shares: the built site served on 127.0.0.1, started before the
 * suite and stopped after it, and the browser tier's one Chromium, connected to for the suite.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { hasBrowser, launchBrowser, sharedBrowser } from './browser';
import { serveDist, type ServeOptions, type StaticServer } from './server';

export { hasBrowser };

/** A context of the suite's browser that may read and write the clipboard, on the suite's site (see ownBrowser). */
export async function clipboardContext(site: { readonly url: string; readonly browser: Browser }): Promise<BrowserContext> {
	const context = await site.browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
	return context;
}

export interface SiteOptions extends ServeOptions {
	/**
	 * A Chromium of the file's own instead of the tier's shared one: a browser has one clipboard, which
	 * the contexts of every file connected to it share, so a file that reads what it copied must not
	 * share it with another file copying at the same time (one did: paragraph-anchors.test.ts read the
	 * link share.test.ts had just copied).
	 */
	ownBrowser?: boolean;
}

/**
 * Registers the suite's set-up and tear-down; read `site.url` and `site.browser` inside tests. The
 * site is served as static hosts serve it, unless the suite says otherwise: with the headers of
 * dist/_headers (`headers`: the site's Content-Security-Policy as a header too, which applies to the
 * whole page with the page's own <meta> one), and `revalidate`: within a context, a page or script
 * seen before is asked for again and answered "not modified", so the browser reuses its copy and the
 * code it compiled from it, as it does for a reader going from page to page. (The audits' CPU time went
 * down by about a tenth: no script compiled anew on every page.)
 */
export function useSite({ ownBrowser, ...options }: SiteOptions = {}): { readonly url: string; readonly browser: Browser } {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		if (!hasBrowser) return;
		server = await serveDist({ headers: true, revalidate: true, ...options });
		browser = await (ownBrowser ? launchBrowser() : sharedBrowser());
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
