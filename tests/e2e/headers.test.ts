/**
 * The site under its own HTTP headers: dist/ served with the headers of dist/_headers, as Netlify or
 * Cloudflare Pages would send them (tests/helpers/server.ts reads the file). The inline theme script
 * must be allowed by the header's policy, which applies to the whole page, not only to what follows
 * the <meta> policy. Every browser test is served so (tests/helpers/e2e.ts): search (search.test.ts)
 * and the charts drawn on 42 pages (readable.test.ts, accessibility.test.ts) are checked for CSP
 * violations there.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSite } from '../helpers/e2e';
import { headersFor, parseHeaders } from '../helpers/server';
import { reportCspViolations, watchTroubles } from '../helpers/troubles';

const site = useSite();

/** A page that records what goes wrong (watchTroubles: CSP violations and errors among them), and the theme set when <body> first appears (before any module script runs). */
async function openPage(): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
	const context = await site.browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	const problems = watchTroubles(page, site.url).found;
	await page.addInitScript(reportCspViolations);
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.body) return;
			(window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'none';
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	return { page, problems, close: () => context.close() };
}

describe.skipIf(!hasBrowser)('served with dist/_headers', () => {
	test('every response carries the headers of _headers, HSTS and the page policy included', async () => {
		const rules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
		const expected = Object.fromEntries(headersFor(rules, '/fr/').map(([k, v]) => [k.toLowerCase(), v]));
		expect(expected['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
		for (const path of ['/fr/', '/en/actions/6/', '/fr/donnees/actions.csv', '/nowhere/']) {
			const response = await fetch(site.url + path);
			for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
		}
	});

	test('no CSP violation; a saved theme is restored before first paint on the next page', async () => {
		const { page, problems, close } = await openPage();
		await page.goto(`${site.url}/fr/`);
		expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('none');
		const toggle = page.locator('theme-toggle button');
		await toggle.click();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.goto(`${site.url}/fr/actions/6/`);
		expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
		await page.goto(`${site.url}/en/timeline/`);
		expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
		expect(problems).toEqual([]);
		await close();
	});
});
