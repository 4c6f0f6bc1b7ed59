/**
 * The site under its own HTTP headers: dist/ served with the headers of dist/_headers, as Netlify or
 * Cloudflare Pages would send them (tests/helpers/server.ts reads the file). The inline theme script
 * must be allowed by the header's policy, which applies to the whole page, not only to what follows
 * the <meta> policy.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { drawCharts } from '../helpers/charts';
import { hasBrowser, useSite } from '../helpers/e2e';
import { headersFor, parseHeaders } from '../helpers/server';
import { reportCspViolations } from '../helpers/troubles';

const site = useSite({ headers: true });

/** A page that records CSP violations and errors, and the theme set when <body> first appears (before any module script runs). */
async function openPage(): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
	const context = await site.browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	page.on('pageerror', (e) => problems.push(e.message));
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

	test('search finds an action and charts render, with no CSP violation', async () => {
		const { page, problems, close } = await openPage();
		await page.goto(`${site.url}/fr/actions/1/`);
		await page.locator('site-search button').click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.matches('dialog[open] input') ?? false)).toBe(true);
		await page.keyboard.type('messagerie sécurisée');
		const first = page.locator('dialog[open] .pf-result-link').first();
		await expect.poll(() => first.textContent(), { timeout: 15_000 }).toMatch(/^Action 12 — /);

		for (const path of ['/fr/calendrier/', '/en/connections/']) {
			await page.goto(site.url + path);
			await drawCharts(page);
			for (const diagram of await page.locator('mermaid-diagram').all()) {
				expect(await diagram.getAttribute('data-error'), path).toBeNull();
				expect(await diagram.locator('svg[aria-roledescription]').count(), path).toBe(1);
			}
		}
		expect(problems).toEqual([]);
		await close();
	}, 60_000);
});
