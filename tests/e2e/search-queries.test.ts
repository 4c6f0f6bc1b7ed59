/**
 * The query table, on the real search page (`/fr/recherche/`, `/en/search/`) in Chromium: the action
 * a query is about must be among its first three results. The 50 queries of the first table must all
 * pass; of the readers' queries (issue 13), at least 90 % per language, and the failures are printed.
 * Every query is asked of the search the page runs (its Pagefind, with the site's handling of
 * readers' words, `search-ui.ts`), all of a language's in one call in the page; the 50 of the first
 * table are also typed into the field as a reader types them, and the page must show those same
 * three results, in that order: what the page shows is what the search answered. Typing is what
 * costs (the field waits for the reader to stop, then the results are drawn), so it is done for the
 * first table only, in two search pages per language side by side; each answer is read as soon as
 * the page shows it.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasBrowser, useSite } from '../helpers/e2e';
import { QUERIES, READER_QUERIES } from './search-queries';

const site = useSite();

const SEARCH_PAGE = { fr: '/fr/recherche/', en: '/en/search/' } as const;

/** Search pages each language's queries are shared between. */
const PAGES_PER_LANGUAGE = 2;

/**
 * The action numbers of the first three results the search page shows for `query` (null: not an
 * action), typed into the page's field as a reader would (the page is opened on first use).
 */
async function topThree(page: Page, lang: 'fr' | 'en', query: string): Promise<(number | null)[]> {
	if (!page.url().includes(SEARCH_PAGE[lang])) await page.goto(site.url + SEARCH_PAGE[lang]);
	const field = page.locator('search-page input[type=search]');
	// Empty the list first, so that every link read below belongs to this query.
	await field.fill('');
	await page.waitForFunction(() => document.querySelectorAll('search-page .pf-result-link[href]').length === 0, undefined, { timeout: 10_000 });
	await field.fill(query);
	// Once the summary names the count and the query ("12 résultats pour …"), and the first three
	// items have their link (results fill in as their fragments arrive, in any order), read them.
	// The condition is checked in the page on every frame: no fixed wait, no poll interval.
	const answer = await page
		.waitForFunction(
			(q) => {
				const text = document.querySelector('search-page pagefind-summary')?.textContent?.trim() ?? '';
				const escaped = q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				if (!new RegExp(`^(\\d+|Un|One|Aucun|No) (résultats?|results?) (pour|for) ${escaped}$`).test(text)) return false;
				const n = Math.min(3, /^\d+/.test(text) ? Number.parseInt(text, 10) : /^(Un|One)/.test(text) ? 1 : 0);
				const items = [...document.querySelectorAll('search-page pagefind-results li')].slice(0, n);
				const found = items.map((li) => li.querySelector('.pf-result-link[href]')?.getAttribute('href'));
				return found.length === n && found.every(Boolean) ? (found as string[]) : false;
			},
			query,
			// The summary and the results each had 10 s before they were read in one wait.
			{ timeout: 20_000 },
		)
		.catch(async (e: Error) => {
			const summary = await page.locator('search-page pagefind-summary').textContent();
			throw new Error(`"${query}": no complete answer within 20 s (summary: "${summary?.trim()}"): ${e.message}`);
		});
	const hrefs = (await answer.jsonValue()) as string[];
	return hrefs.map(actionOf);
}

/** The action number a result's address is about (null: not an action page). */
const actionOf = (href: string) => Number(href.match(/\/actions\/(\d+)\/?/)?.[1]) || null;

/** The page's Pagefind Component UI, down to its instance's Pagefind (neither is documented: see search-ui.ts). */
type PagefindWindow = {
	PagefindComponents?: {
		getInstanceManager(): { getInstance(name: string): { __pagefind__?: { search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] } | null> } } };
	};
};

/**
 * The action numbers of the first three results of each query, asked of the search page's own
 * Pagefind (the Component UI's instance, with the site's handling of readers' queries), in order.
 */
async function searchedTopThree(page: Page, lang: 'fr' | 'en', queries: string[]): Promise<(number | null)[][]> {
	await page.goto(site.url + SEARCH_PAGE[lang]);
	const ready = await page.waitForFunction(() => !!(window as unknown as PagefindWindow).PagefindComponents?.getInstanceManager().getInstance('default').__pagefind__);
	await ready.dispose();
	const urls = await page.evaluate(async (all) => {
		const core = (window as unknown as PagefindWindow).PagefindComponents!.getInstanceManager().getInstance('default').__pagefind__!;
		const found: string[][] = [];
		for (const query of all) {
			const answer = await core.search(query);
			found.push(await Promise.all((answer?.results ?? []).slice(0, 3).map(async (r) => (await r.data()).url)));
		}
		return found;
	}, queries);
	return urls.map((list) => list.map(actionOf));
}

/** What the search answered for a query, and what the page showed when it was typed (first table). */
type Answer = { top: (number | null)[]; shown?: (number | null)[] | { error: string } };
const answers = new Map<string, Answer>();
const keyOf = (lang: 'fr' | 'en', query: string) => `${lang} ${query}`;

// Every query of both tables asked of the search, and the first table's also typed, each language's
// in a few search pages side by side (each page takes the next query left), before the tests judge.
beforeAll(async () => {
	if (!hasBrowser) return;
	const context = await site.browser.newContext();
	await Promise.all(
		(['fr', 'en'] as const).map(async (lang) => {
			const all = [...new Set([...QUERIES, ...READER_QUERIES].filter(([l]) => l === lang).map(([, query]) => query))];
			const searched = await searchedTopThree(await context.newPage(), lang, all);
			all.forEach((query, i) => answers.set(keyOf(lang, query), { top: searched[i]! }));
			const typed = [...new Set(QUERIES.filter(([l]) => l === lang).map(([, query]) => query))];
			let next = 0;
			await Promise.all(
				Array.from({ length: PAGES_PER_LANGUAGE }, async () => {
					const page = await context.newPage();
					while (next < typed.length) {
						const query = typed[next++]!;
						const answer = answers.get(keyOf(lang, query))!;
						try {
							answer.shown = await topThree(page, lang, query);
						} catch (e) {
							answer.shown = { error: (e as Error).message };
						}
					}
				}),
			);
		}),
	);
	await context.close();
}, 300_000);

describe.skipIf(!hasBrowser)('the query table on the search page', () => {
	describe.each(['fr', 'en'] as const)('on the %s site', (lang) => {
		/** The queries whose action is not in the top 3, with what came instead, and those that got no answer. */
		function judge(queries: readonly (readonly [unknown, string, number, ...unknown[]])[]): { failed: string[]; errors: string[] } {
			const failed: string[] = [];
			const errors: string[] = [];
			for (const [, query, action] of queries) {
				const answer = answers.get(keyOf(lang, query));
				if (!answer) errors.push(`"${query}" was never run`);
				else if (!answer.top.includes(action)) failed.push(`"${query}" → action ${action}; top 3: ${answer.top.map((n) => n ?? '(not an action)').join(', ') || 'none'}`);
			}
			return { failed, errors };
		}

		test('every query of the first table finds its action in the top 3', () => {
			const { failed, errors } = judge(QUERIES.filter(([l]) => l === lang));
			expect(errors).toEqual([]);
			expect(failed).toEqual([]);
		});

		test('typed into the search page, each query of the first table shows the three results the search gave, in order', () => {
			const typed = QUERIES.filter(([l]) => l === lang).map(([, query]) => [query, answers.get(keyOf(lang, query))] as const);
			expect(typed.length).toBe(25);
			expect(typed.map(([query, answer]) => [query, answer?.shown])).toEqual(typed.map(([query, answer]) => [query, answer?.top]));
		});

		test("at least 90 % of readers' queries find their action in the top 3", () => {
			const queries = READER_QUERIES.filter(([l]) => l === lang);
			const { failed, errors } = judge(queries);
			expect(errors).toEqual([]);
			const rate = (queries.length - failed.length) / queries.length;
			console.log(`${lang}: ${queries.length - failed.length}/${queries.length} readers' queries pass (${(rate * 100).toFixed(1)} %)`);
			if (failed.length) console.log(`${lang} failures:\n  ${failed.join('\n  ')}`);
			expect(rate).toBeGreaterThanOrEqual(0.9);
		});
	});
});
