/**
 * Reading needs no JavaScript: in Chromium with JavaScript turned off, pages show their text, their
 * tables (the diagrams' accessible twins) and their navigation, and the navigation leads on.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSite } from '../helpers/e2e';
import { normalise } from '../helpers/site';

const site = useSite();

/** What a reader sees of an element: its rendered text (CSS-hidden text left out), normalised. */
const seen = async (page: Page, selector: string) => normalise(await page.locator(selector).first().innerText());

describe.skipIf(!hasBrowser)('reading with JavaScript turned off', () => {
	test('an action page shows its title, text, deadlines, timeline table, related actions and navigation', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url + '/fr/actions/11/');
		// The page's own scripts never ran: its custom elements stay undefined.
		expect(await page.evaluate(() => ['theme-toggle', 'mermaid-diagram'].map((n) => customElements.get(n) === undefined))).toEqual([true, true]);
		expect(await seen(page, 'h1')).toMatch(/^Action 11 /);
		// Buttons that need a script (search, theme, the copy buttons) take no room and cannot be met.
		const needsScript = page.locator('[data-needs-script]');
		expect(await needsScript.count()).toBeGreaterThanOrEqual(4);
		expect(await needsScript.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.textContent))).toEqual([]);
		expect(await seen(page, 'main .prose')).toContain('5 millions de personnes');
		expect(await page.locator('.deadlines li').first().isVisible()).toBe(true);
		const table = page.locator('main table');
		expect(await table.isVisible()).toBe(true);
		expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
		expect(await seen(page, 'main table')).toContain('2019');
		expect(await page.locator('section.related a').first().isVisible()).toBe(true);
		const nav = page.locator('header nav a');
		expect(await nav.count()).toBeGreaterThanOrEqual(4);
		for (const link of await nav.all()) expect(await link.isVisible(), await link.innerText()).toBe(true);
		expect(await page.locator('.breadcrumb a').first().isVisible()).toBe(true);
		await page.locator('a[rel=next]').click();
		await page.waitForURL(/\/fr\/actions\/12\/$/);
		expect(await seen(page, 'h1')).toMatch(/^Action 12 /);
		await context.close();
	});

	test.each([
		['/fr/calendrier/', 5],
		['/en/connections/', 1],
		['/fr/', 0],
	])('%s shows its text and its %i tables', async (path, tables) => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url + path);
		expect((await seen(page, 'main')).length).toBeGreaterThan(500);
		const shown = page.locator('main table');
		expect(await shown.count()).toBe(tables);
		for (const t of await shown.all()) {
			expect(await t.isVisible()).toBe(true);
			expect(await t.locator('tbody tr').count()).toBeGreaterThan(0);
		}
		expect(await page.locator('header nav a').first().isVisible()).toBe(true);
		await context.close();
	});
});
