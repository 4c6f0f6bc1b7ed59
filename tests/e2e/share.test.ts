/**
 * In a real browser: the copy-link element copies a heading's link and a citation, and the whole
 * roadmap prints one action per page with no navigation. Chromium is Debian's; without it these
 * tests skip, except under CI=true where a missing browser is a failure.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { serveDist, type StaticServer } from '../helpers/server';

describe.runIf(hasBrowser)('in a browser', () => {
	let server: StaticServer;
	let browser: Browser;
	let context: BrowserContext;

	beforeAll(async () => {
		server = await serveDist();
		browser = await launchBrowser();
		context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('a heading anchor still goes to its section, and copies its full link', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/fr/a-propos/`);
		const anchor = page.locator('copy-link.heading-anchor a').first();
		await anchor.click();
		expect(new URL(page.url()).hash).toBe('#ce-que-ce-site-reproduit');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/fr/a-propos/#ce-que-ce-site-reproduit`);
		await expect.poll(() => page.locator('copy-link.heading-anchor [role=status]').first().textContent()).toBe('Lien copié');
		await page.close();
	});

	test('the citation button appears with JavaScript and copies the citation', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/en/actions/7/`);
		const button = page.locator('.cite > copy-link button');
		expect(await button.isVisible()).toBe(true);
		await button.click();
		const expected = (await page.locator('.cite .citation').textContent())!.replace(/\s+/g, ' ').trim();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
		expect(expected).toContain('25 April 2019');
		await expect.poll(() => page.locator('.cite > copy-link [role=status]').textContent()).toBe('Citation copied');
		await page.close();
	});

	test('the whole roadmap prints without navigation, with link URLs, one action per page', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/en/roadmap/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('body > header').isVisible()).toBe(false);
		expect(await page.locator('footer').isVisible()).toBe(false);
		const breaks = await page.$$eval('.roadmap-action', (els) => els.map((el) => getComputedStyle(el).breakBefore));
		expect(breaks.filter((b) => b === 'page')).toHaveLength(26 - 5); // the first action of each axis follows its axis heading
		expect(await page.$$eval('section.axis', (els) => els.map((el) => getComputedStyle(el).breakBefore))).toEqual(Array(5).fill('page'));
		const after = await page.$eval('.roadmap-action h3 a', (a) => getComputedStyle(a, '::after').content);
		expect(after).toContain('/en/actions/1/');
		const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThanOrEqual(27);
		await page.close();
	});
});
