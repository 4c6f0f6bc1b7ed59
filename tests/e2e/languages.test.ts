/** In a real browser: the root page chooses a language, and remembers the reader's choice. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/server';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	if (!hasBrowser) return;
	server = await serveDist();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe.skipIf(!hasBrowser)('the root page', () => {
	test('sends a browser that prefers English to /en/', async () => {
		const context = await browser.newContext({ locale: 'en-GB' });
		const page = await context.newPage();
		await page.goto(server.url + '/');
		await page.waitForURL(server.url + '/en/');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await context.close();
	});

	test('lets a French browser choose, and without JavaScript shows both choices', async () => {
		for (const options of [{ locale: 'fr-FR' }, { locale: 'en-GB', javaScriptEnabled: false }]) {
			const context = await browser.newContext(options);
			const page = await context.newPage();
			await page.goto(server.url + '/');
			expect(new URL(page.url()).pathname).toBe('/');
			expect(await page.locator('a[hreflang=fr]').first().getAttribute('href')).toBe('/fr/');
			expect(await page.locator('a[hreflang=en]').first().getAttribute('href')).toBe('/en/');
			await context.close();
		}
	});

	test('remembers the language the reader switched to', async () => {
		const context = await browser.newContext({ locale: 'fr-FR' });
		const page = await context.newPage();
		await page.goto(server.url + '/fr/actions/6/');
		await page.click('a[data-lang-switch]');
		await page.waitForURL(server.url + '/en/actions/6/');
		await page.goto(server.url + '/');
		await page.waitForURL(server.url + '/en/');
		await context.close();
	});
});
