/** In a real browser: the root page chooses a language, and remembers the reader's choice. */
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSite } from '../helpers/e2e';

const site = useSite();

describe.skipIf(!hasBrowser)('the root page', () => {
	test('sends a browser that prefers English to /en/', async () => {
		const context = await site.browser.newContext({ locale: 'en-GB' });
		const page = await context.newPage();
		await page.goto(site.url + '/');
		await page.waitForURL(site.url + '/en/');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await context.close();
	});

	test('lets a French browser choose, and without JavaScript shows both choices', async () => {
		for (const options of [{ locale: 'fr-FR' }, { locale: 'en-GB', javaScriptEnabled: false }]) {
			const context = await site.browser.newContext(options);
			const page = await context.newPage();
			await page.goto(site.url + '/');
			expect(new URL(page.url()).pathname).toBe('/');
			expect(await page.locator('a[hreflang=fr]').first().getAttribute('href')).toBe('/fr/');
			expect(await page.locator('a[hreflang=en]').first().getAttribute('href')).toBe('/en/');
			await context.close();
		}
	});

	test('remembers the language the reader switched to', async () => {
		const context = await site.browser.newContext({ locale: 'fr-FR' });
		const page = await context.newPage();
		await page.goto(site.url + '/fr/actions/6/');
		await page.click('a[data-lang-switch]');
		await page.waitForURL(site.url + '/en/actions/6/');
		await page.goto(site.url + '/');
		await page.waitForURL(site.url + '/en/');
		await context.close();
	});
});
