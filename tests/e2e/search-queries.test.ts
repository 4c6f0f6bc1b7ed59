/**
 * The query table, run as readers run it: each query opens the real search page
 * (`/fr/recherche/?q=…`, `/en/search/?q=…`) in Chromium, and the action it is about must be among
 * the first three results shown. The 50 queries of the first table must all pass; of the readers'
 * queries (issue 13), at least 90 % per language, and the failures are printed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasBrowser, useSite } from '../helpers/e2e';
import { QUERIES, READER_QUERIES } from './search-queries';

const site = useSite();

const SEARCH_PAGE = { fr: '/fr/recherche/', en: '/en/search/' } as const;

/**
 * The action numbers of the first three results the search page shows for `query` (null: not an
 * action), typed into the page's field as a reader would (the page is opened on first use).
 */
async function topThree(page: Page, lang: 'fr' | 'en', query: string): Promise<(number | null)[]> {
	if (!page.url().includes(SEARCH_PAGE[lang])) await page.goto(site.url + SEARCH_PAGE[lang]);
	const field = page.locator('search-page input[type=search]');
	const links = page.locator('search-page .pf-result-link[href]');
	// Empty the list first, so that every link read below belongs to this query.
	await field.fill('');
	await expect.poll(() => links.count()).toBe(0);
	await field.fill(query);
	const summary = page.locator('search-page pagefind-summary');
	// The summary names the count and the query once the search has answered ("12 résultats pour …").
	let text = '';
	await expect
		.poll(async () => (text = (await summary.textContent())?.trim() ?? ''), { timeout: 10_000 })
		.toMatch(new RegExp(`^(\\d+|Un|One|Aucun|No) (résultats?|results?) (pour|for) ${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	const count = /^\d+/.test(text) ? Number.parseInt(text, 10) : /^(Un|One)/.test(text) ? 1 : 0;
	// Results fill in as their fragments arrive, in any order: read the first three items once all three have their link.
	let hrefs: string[] = [];
	await expect
		.poll(
			async () =>
				(hrefs = await page.evaluate((n) => {
					const items = [...document.querySelectorAll('search-page pagefind-results li')].slice(0, n);
					const found = items.map((li) => li.querySelector('.pf-result-link[href]')?.getAttribute('href'));
					return found.length === n && found.every(Boolean) ? (found as string[]) : [];
				}, Math.min(3, count))).length,
			{ timeout: 10_000 },
		)
		.toBe(Math.min(3, count));
	return hrefs.map((href) => Number(href.match(/\/actions\/(\d+)\/?/)?.[1]) || null);
}

describe.skipIf(!hasBrowser)('the query table on the search page', () => {
	describe.each(['fr', 'en'] as const)('on the %s site', (lang) => {
		let page: Page;
		let close: () => Promise<void>;
		beforeAll(async () => {
			const context = await site.browser.newContext();
			page = await context.newPage();
			close = () => context.close();
		});
		afterAll(() => close());

		/** Runs queries, returning those whose action is not in the top 3, with what came instead. */
		async function failures(queries: readonly (readonly [unknown, string, number, ...unknown[]])[]): Promise<string[]> {
			const failed: string[] = [];
			for (const [, query, action] of queries) {
				const top = await topThree(page, lang, query);
				if (!top.includes(action)) failed.push(`"${query}" → action ${action}; top 3: ${top.map((n) => n ?? '(not an action)').join(', ') || 'none'}`);
			}
			return failed;
		}

		test('every query of the first table finds its action in the top 3', async () => {
			expect(await failures(QUERIES.filter(([l]) => l === lang))).toEqual([]);
		}, 120_000);

		test("at least 90 % of readers' queries find their action in the top 3", async () => {
			const queries = READER_QUERIES.filter(([l]) => l === lang);
			const failed = await failures(queries);
			const rate = (queries.length - failed.length) / queries.length;
			console.log(`${lang}: ${queries.length - failed.length}/${queries.length} readers' queries pass (${(rate * 100).toFixed(1)} %)`);
			if (failed.length) console.log(`${lang} failures:\n  ${failed.join('\n  ')}`);
			expect(rate).toBeGreaterThanOrEqual(0.9);
		}, 180_000);
	});
});
