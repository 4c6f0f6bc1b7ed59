/**
 * In a real browser: the copy-link element copies a heading's link and a citation, and the whole
 * roadmap prints one action per page with no navigation. Chromium is Debian's; without it these
 * tests skip, except under CI=true where a missing browser is a failure.
 */
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { clipboardContext, hasBrowser, useSite } from '../helpers/e2e';
import { ACTION_IDS } from '../helpers/frontmatter';

// It reads the clipboard: a browser of its own (see ownBrowser).
const site = useSite({ ownBrowser: true });

describe.skipIf(!hasBrowser)('in a browser', () => {
	let context: BrowserContext;
	let url: string;

	beforeAll(async () => {
		url = site.url;
		context = await clipboardContext(site);
	});

	test('a heading anchor still goes to its section, and copies its full link', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/fr/a-propos/`);
		const anchor = page.locator('copy-link.heading-anchor a').first();
		await anchor.click();
		expect(new URL(page.url()).hash).toBe('#ce-que-ce-site-reproduit');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}/fr/a-propos/#ce-que-ce-site-reproduit`);
		await expect.poll(() => page.locator('copy-link.heading-anchor [role=status]').first().textContent()).toBe('Lien copié');
		await page.close();
	});

	test('the citation button appears with JavaScript and copies the citation', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/en/actions/7/`);
		const button = page.locator('.cite > copy-link button');
		expect(await button.isVisible()).toBe(true);
		await button.click();
		const expected = (await page.locator('.cite .citation').textContent())!.replace(/\s+/g, ' ').trim();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
		expect(expected).toContain('25 April 2019');
		await expect.poll(() => page.locator('.cite > copy-link [role=status]').textContent()).toBe('Citation copied');
		await page.close();
	});

	test('"copy link" beside an action title copies its clean permanent URL, at the address it was loaded from', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/fr/actions/13/?pagefind-highlight=ordonnance#fn-1`);
		const button = page.locator('main h1 + copy-link.permalink button');
		expect(await button.isVisible()).toBe(true);
		await button.click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}/fr/actions/13/`);
		await expect.poll(() => page.locator('copy-link.permalink [role=status]').textContent()).toBe('Lien copié');
		await page.close();
	});

	test('built without SITE_URL, the cite block, the citation and the calendar link use the page’s own address', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/en/actions/7/?pagefind-highlight=vitale`);
		expect(await page.locator('.cite dd a').textContent()).toBe(`${url}/en/actions/7/`);
		const citation = (await page.locator('.cite .citation').textContent())!;
		expect(citation.endsWith(` ${url}/en/actions/7/`)).toBe(true);
		expect(await page.locator('.calendar-links a[data-scheme]').getAttribute('href')).toBe(
			`${url.replace(/^https?:/, 'webcal:')}/en/data/deadlines.ics`,
		);
		expect(await page.locator('body').innerText()).not.toContain('.example');
		await page.locator('copy-link.heading-anchor a').first().click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('pagefind-highlight');
		await page.close();
	});

	test('the whole roadmap prints without navigation, with link URLs, one action per page', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/en/roadmap/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('body > header').isVisible()).toBe(false);
		expect(await page.locator('footer').isVisible()).toBe(false);
		const breaks = await page.$$eval('.roadmap-action', (els) => els.map((el) => getComputedStyle(el).breakBefore));
		expect(breaks.filter((b) => b === 'page')).toHaveLength(ACTION_IDS.length - 5); // the first action of each axis follows its axis heading
		expect(await page.$$eval('section.axis', (els) => els.map((el) => getComputedStyle(el).breakBefore))).toEqual(Array(5).fill('page'));
		// Links carry their full address in print (an action's heading does not: see WholeRoadmap.astro).
		const after = await page.$eval('.roadmap-action .facts a[href^="/en/organisations/"]', (a) => getComputedStyle(a, '::after').content);
		expect(after).toMatch(/^"\(http:\/\/127\.0\.0\.1:\d+\/en\/organisations\/[a-z-]+\/\)"$/);
		const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThanOrEqual(ACTION_IDS.length + 1);
		await page.close();
	});

	test('at 320 px wide the open-data page and the whole roadmap do not overflow', async () => {
		const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
		for (const path of ['/fr/donnees/', '/en/data/', '/fr/feuille-de-route/', '/en/actions/7/']) {
			await page.goto(url + path);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
		}
		await page.close();
	});
});
