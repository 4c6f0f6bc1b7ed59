/** In a real browser: small screens, the remembered theme without a flash, and print. */
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSite } from '../helpers/e2e';

const site = useSite();

const samples = ['/fr/', '/en/actions/8/', '/fr/axes/2/', '/fr/calendrier/', '/en/connections/', '/fr/glossaire/', '/en/organisations/cnam/', '/fr/edito-des-pilotes/'];

describe.skipIf(!hasBrowser)('layout', () => {
	test('at 320 px wide nothing overflows the page: wide tables scroll inside themselves', async () => {
		const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
		for (const path of samples) {
			await page.goto(site.url + path);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, path).toBeLessThanOrEqual(320);
		}
		await page.close();
	});

	test('a chosen dark theme applies before the first paint, with no flash of light', async () => {
		const context = await site.browser.newContext({ colorScheme: 'light' });
		await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
		const page = await context.newPage();
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				(window as unknown as { firstTheme: string }).firstTheme = getComputedStyle(document.body).backgroundColor;
			});
		});
		await page.goto(site.url + '/fr/actions/5/');
		const first = await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme);
		expect(first).toBe('rgb(21, 23, 28)');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		await context.close();
	});

	test('the theme follows the system setting when the reader has not chosen', async () => {
		const context = await site.browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(site.url + '/en/');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 28)');
		expect(await page.getAttribute('theme-toggle button', 'aria-pressed')).toBe('true');
		await context.close();
	});

	test('printing hides the navigation and uses light colours', async () => {
		const context = await site.browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(site.url + '/fr/actions/11/');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('body > header').isVisible()).toBe(false);
		expect(await page.locator('.breadcrumb').isVisible()).toBe(false);
		expect(await page.locator('main .prose').isVisible()).toBe(true);
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
		await context.close();
	});
});
