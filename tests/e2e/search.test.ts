/**
 * Search as readers use it, in Chromium against the built site: the right action for the words
 * people type, one language per site, filters, links that restore a search, the keyboard, and
 * the highlight on the page a result leads to.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEARCH_OPTIONS } from '../../src/lib/search-options';
import { hasBrowser, useSite } from '../helpers/e2e';

const site = useSite();

/** A result as the Pagefind API returns it, reduced to what tests compare. */
interface Hit {
	url: string;
	action: number | null;
}

/** Loads Pagefind on `page` as the site's UI does (same options), for direct queries. */
async function loadPagefind(page: Page): Promise<void> {
	// A string, not a function: the test runner would rewrite a function's `import()` for Node.
	await page.evaluate(`(async () => {
		window.pagefind = await import('/pagefind/pagefind.js');
		await window.pagefind.options(${JSON.stringify(SEARCH_OPTIONS)});
		await window.pagefind.init();
	})()`);
}

/** Opens the search dialog with a key (or by clicking its button) and waits until one can type. */
async function openDialog(page: Page, key?: string): Promise<void> {
	if (key) await page.keyboard.press(key);
	else await page.locator('site-search button').click();
	await expect.poll(() => page.evaluate(() => document.activeElement?.matches('dialog[open] input') ?? false), { timeout: 10_000 }).toBe(true);
}

/** The results of a query, best first (all of them, or the first `limit`). */
function search(page: Page, query: string, limit = Infinity): Promise<Hit[]> {
	return page.evaluate(
		async ({ query, limit }) => {
			type Result = { data(): Promise<{ url: string; meta: Record<string, string> }> };
			const { pagefind } = window as unknown as { pagefind: { search(q: string): Promise<{ results: Result[] }> } };
			const { results } = await pagefind.search(query);
			const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
			return data.map((d) => ({ url: d.url, action: d.meta.action ? Number(d.meta.action) : null }));
		},
		{ query, limit },
	);
}

/** The titles of the results the search page shows, once it shows exactly `count` of them. */
async function shownTitles(page: Page, count: number): Promise<string[]> {
	const links = page.locator('search-page .pf-result-link');
	await expect.poll(() => links.count(), { timeout: 10_000 }).toBe(count);
	return links.allTextContents();
}

describe.skipIf(!hasBrowser)('search on the built site', () => {
	/** A fresh page at a site path, its errors collected (scripts, and the CSP's refusals, which Chromium logs). */
	async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
		const context = await site.browser.newContext(options);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(site.url + path);
		return { page, errors, close: () => context.close() };
	}

	describe.each(['fr', 'en'] as const)('on the %s site', (lang) => {
		let page: Page;
		let close: () => Promise<void>;
		beforeAll(async () => {
			({ page, close } = await open(`/${lang}/`));
			await loadPagefind(page);
		});
		afterAll(() => close());

		test('returns only pages in its own language', async () => {
			for (const query of ['INS', 'DMP', 'e-prescription', 'Health Data Hub', 'santé']) {
				const urls = (await search(page, query)).map((hit) => hit.url);
				expect(urls.length).toBeGreaterThan(0);
				expect(urls.filter((url) => !url.startsWith(`/${lang}/`))).toEqual([]);
			}
		});
	});

	test('the keyboard opens search, lazily, and gives focus back when it closes', async () => {
		const { page, errors, close } = await open('/fr/actions/6/');
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.waitForLoadState('networkidle');
		expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

		await openDialog(page, '/');
		const dialog = page.locator('dialog[open]');
		expect(await dialog.getAttribute('aria-label')).toBe('Rechercher');
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
		// The dialog's `close` event comes a task after it hides: it gives focus back to the button and
		// says the dialog is collapsed.
		await expect.poll(() => page.locator('site-search > button').getAttribute('aria-expanded'), { timeout: 10_000 }).toBe('false');
		expect(await page.evaluate(() => document.activeElement?.closest('site-search') !== null)).toBe(true);

		await openDialog(page, 'Control+k');
		expect(requested.some((path) => path === '/pagefind/pagefind-component-ui.js')).toBe(true);
		// Closed and asked for again at once, before that close event: it opens again (Pagefind, which
		// learns of the close from the event, ignored the shortcut; on a loaded machine a reader's Esc
		// then "/" did the same).
		await page.evaluate(() => {
			document.querySelector<HTMLDialogElement>('dialog[open]')!.close();
			document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
		});
		await expect.poll(() => page.evaluate(() => document.activeElement?.matches('dialog[open] input') ?? false), { timeout: 10_000 }).toBe(true);
		expect(errors).toEqual([]);
		await close();
	});

	test('the dialog shows "Action N — title", the axis and the excerpt, in English on the English site', async () => {
		const { page, errors, close } = await open('/en/actions/1/');
		expect(await page.getByRole('button', { name: 'Search' }).getAttribute('aria-haspopup')).toBe('dialog');
		await openDialog(page);
		await page.keyboard.type('secure messaging');
		const first = page.locator('dialog[open] .pf-result').first();
		await expect.poll(() => first.locator('.pf-result-link').textContent(), { timeout: 10_000 }).toBe('Action 12 — Secure health messaging services (MSSanté)');
		expect(await first.locator('.search-axis').textContent()).toMatch(/^Orientation 3 — /);
		expect(await first.locator('.search-excerpt mark').allTextContents()).toContain('messaging');
		expect(await page.locator('dialog[open] pagefind-summary').textContent()).toMatch(/results? for secure messaging/);
		const hrefs = await page.locator('dialog[open] .pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(hrefs.filter((href) => !href.startsWith('/en/'))).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	test('following a result highlights the searched words on its page', async () => {
		const { page, errors, close } = await open('/fr/');
		await openDialog(page, '/');
		await page.keyboard.type('telemedecine');
		const link = page.locator('dialog[open] .pf-result-link').first();
		await expect.poll(() => link.textContent(), { timeout: 10_000 }).toBe('Action 18 — Télémédecine et télé-soin');
		await link.click();
		await page.waitForURL(/\/fr\/actions\/18\/\?pagefind-highlight=telemedecine/);
		const marks = page.locator('main mark.pagefind-highlight');
		await expect.poll(() => marks.count(), { timeout: 10_000 }).toBeGreaterThan(2);
		expect((await marks.first().textContent())?.toLowerCase()).toBe('télémédecine');
		expect(errors).toEqual([]);
		await close();
	});

	test('the search page restores a query from ?q=', async () => {
		const { page, errors, close } = await open('/fr/recherche/?q=t%C3%A9l%C3%A9m%C3%A9decine');
		const field = page.locator('search-page input[type=search]');
		await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe('télémédecine');
		const first = page.locator('search-page .pf-result-link').first();
		await expect.poll(() => first.textContent(), { timeout: 10_000 }).toBe('Action 18 — Télémédecine et télé-soin');
		expect(errors).toEqual([]);
		await close();
	});

	test('filters narrow the results and go into the URL: axis 4 + "pilotage" is actions 15 to 17', async () => {
		const { page, errors, close } = await open('/fr/recherche/?q=pilotage');
		const summary = page.locator('search-page pagefind-summary');
		await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/^\d+ résultats pour pilotage$/);
		expect(Number.parseInt((await summary.textContent())!, 10)).toBeGreaterThan(3);

		await page.getByRole('checkbox', { name: /^4 — / }).check();
		const titles = await shownTitles(page, 3);
		expect(titles.map((t) => t.match(/^Action (\d+) —/)?.[1])).toEqual(['15', '16', '17']);
		expect(new URL(page.url()).search).toBe('?q=pilotage&axe=4');
		expect(errors).toEqual([]);
		await close();
	});

	test('filters alone make a shareable view: everything the ANS pilots with a deadline in 2020', async () => {
		const { page, close } = await open('/fr/recherche/?pilote=ANS&annee=2020');
		expect(await page.getByRole('checkbox', { name: /^ANS — / }).isChecked()).toBe(true);
		expect(await shownTitles(page, 1)).toEqual(['Action 10 — Centre de gestion des terminologies de santé (CGTS)']);
		await close();
	});

	test('on a phone the first result starts on the first screen: the filters fold, and say how many are on', async () => {
		const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`${site.url}/fr/recherche/?q=carte%20vitale`);
		const first = page.locator('search-page pagefind-results li').first();
		await expect.poll(() => first.locator('.pf-result-link').textContent(), { timeout: 10_000 }).toMatch(/^Action 7 — /);
		const top = await first.evaluate((li) => li.getBoundingClientRect().top);
		expect(top).toBeLessThan(740);
		expect(await page.locator('details[data-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);

		await page.goto(`${site.url}/fr/recherche/?q=pilotage&axe=4&annee=2020`);
		await expect.poll(() => page.locator('details[data-filters] summary').textContent(), { timeout: 10_000 }).toMatch(/Filtres \(2\)/);
		await page.setViewportSize({ width: 1280, height: 800 });
		expect(await page.locator('details[data-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		await context.close();
	});

	test('words no page has are left out, and the page says which', async () => {
		// No page speaks of both: the results are those of one word, and the line names the other.
		const { page, errors, close } = await open('/en/search/?q=telemedicine%20ransomware');
		const line = page.locator('search-page [data-search-ignored]');
		await expect.poll(() => line.textContent(), { timeout: 10_000 }).toMatch(/^No page has all these words; results without: “(telemedicine|ransomware)”\.$/);
		await expect.poll(() => page.locator('search-page .pf-result-link').count(), { timeout: 10_000 }).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await close();
	});

	test('the language switch keeps the query and the filters, in the other language\'s keys', async () => {
		const { page, close } = await open('/fr/recherche/?q=pilotage&axe=4');
		const link = page.locator('a[data-lang-switch]');
		await expect.poll(() => link.getAttribute('href'), { timeout: 10_000 }).toMatch(/^\/en\/search\/\?q=pilotage&axis=4$/);
		await close();
	});

	test('the dialog shows no "No results" while a word is being typed', async () => {
		const { page, errors, close } = await open('/en/');
		await openDialog(page, '/');
		const summaries: string[] = [];
		await page.exposeFunction('recordSummary', (text: string) => summaries.push(text));
		await page.evaluate(() => {
			const summary = document.querySelector('dialog[open] pagefind-summary')!;
			new MutationObserver(() => (window as unknown as { recordSummary(t: string): void }).recordSummary(summary.textContent ?? '')).observe(summary, {
				childList: true,
				subtree: true,
				characterData: true,
			});
		});
		for (const key of 'shared medica') {
			await page.keyboard.type(key);
			await page.waitForTimeout(200); // a reader's pause, longer than the field's wait before it searches
		}
		await expect.poll(() => page.locator('dialog[open] .pf-result-link').first().textContent(), { timeout: 10_000 }).toMatch(/^Action \d+ — /);
		expect(summaries.filter((s) => /^No results/.test(s.trim()))).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	test.each([
		['fr', ['↓ naviguer', 'esc fermer'], ['esc fermer', '↑↓ naviguer', '↵ sélectionner', '/ rechercher']],
		['en', ['↓ navigate', 'esc close'], ['esc close', '↑↓ navigate', '↵ select', '/ search']],
	] as const)("the dialog's keyboard hints say what the keys do, in the page's language (%s)", async (lang, inField, onResult) => {
		const { page, errors, close } = await open(`/${lang}/actions/6/`);
		const hints = () => page.locator('dialog[open] pagefind-keyboard-hints .pf-keyboard-hint').allTextContents();
		const focused = () => page.evaluate(() => document.activeElement?.matches('dialog[open] input') ? 'field' : document.activeElement?.className);
		await openDialog(page, '/');
		await expect.poll(hints, { timeout: 10_000 }).toEqual(inField);
		await page.keyboard.type('INS');
		// The results of "INS" itself (on a busy machine, "I" may have been searched on the way).
		await expect.poll(() => page.locator('dialog[open] pagefind-summary').textContent(), { timeout: 10_000 }).toMatch(/ INS$/);
		await page.locator('dialog[open] .pf-result-link').first().waitFor();
		// ↓ goes from the field to the results; there, ↑↓ move, / goes back to the field.
		await page.keyboard.press('ArrowDown');
		await expect.poll(focused, { timeout: 10_000 }).toBe('pf-result-link');
		await expect.poll(hints, { timeout: 10_000 }).toEqual(onResult);
		await page.keyboard.press('/');
		await expect.poll(focused, { timeout: 10_000 }).toBe('field');
		// Esc closes the dialog (it does not clear the field: the words are there when it reopens).
		await page.keyboard.press('Escape');
		await page.locator('dialog[open]').waitFor({ state: 'detached' });
		await openDialog(page, '/');
		expect(await page.locator('dialog[open] input').inputValue()).toBe('INS');
		await expect.poll(hints, { timeout: 10_000 }).toEqual(inField);
		expect(errors).toEqual([]);
		await close();
	});

	test('Pagefind is fetched once, without a web worker: with the search page when it has a query, when the dialog opens elsewhere', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const requested: string[] = [];
		context.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.goto(`${site.url}/fr/recherche/?q=carte%20vitale`);
		await page.locator('search-page .pf-result-link').first().waitFor();
		await page.waitForLoadState('networkidle');
		const preloaded = await page.locator('link[rel=preload], link[rel=modulepreload]').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
		expect(preloaded.toSorted()).toEqual(['/pagefind/pagefind-component-ui.css', '/pagefind/pagefind-component-ui.js', '/pagefind/pagefind.js', '/pagefind/wasm.fr.pagefind']);
		// Each preload is what the page then uses: a preload of the wrong kind would be fetched a second time.
		for (const href of preloaded) expect(requested.filter((path) => path === href), href).toHaveLength(1);
		expect(requested.filter((path) => path.includes('worker'))).toEqual([]);
		await context.close();

		// Other pages fetch nothing of Pagefind before search is opened, not even a preload; the
		// dialog preloads the WebAssembly when it opens, and Pagefind uses that one download.
		const { page: other, close } = await open('/fr/actions/6/');
		const fetched: string[] = [];
		other.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		expect(await other.locator('link[href*="/pagefind/"]').count()).toBe(0);
		await openDialog(other, '/');
		await other.keyboard.type('INS');
		await other.locator('dialog[open] .pf-result-link').first().waitFor();
		expect(await other.locator('link[rel=preload][href="/pagefind/wasm.fr.pagefind"]').count()).toBe(1);
		expect(fetched.filter((path) => path === '/pagefind/wasm.fr.pagefind')).toHaveLength(1);
		expect(fetched.filter((path) => path.includes('worker'))).toEqual([]);
		await close();
	});

	test('while the reader types, the index the words need is already being fetched', async () => {
		const { page, errors, close } = await open('/fr/');
		await openDialog(page, '/');
		await page.waitForLoadState('networkidle'); // Pagefind has loaded (it starts when the field has focus)
		await page.evaluate(() => {
			type Instance = { on(event: 'search', callback: (term: string) => void): void };
			const ui = (window as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(name: string): Instance } } }).PagefindComponents;
			const w = window as unknown as { searchedAt?: number };
			ui.getInstanceManager().getInstance('default').on('search', (term) => term && (w.searchedAt ??= performance.now()));
		});
		expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.pf_index')).length)).toBe(0);
		await page.keyboard.type('télémédecine');
		await expect.poll(() => page.locator('dialog[open] .pf-result-link').count(), { timeout: 10_000 }).toBeGreaterThan(0);
		const { searchedAt, indexAt } = await page.evaluate(() => ({
			searchedAt: (window as unknown as { searchedAt: number }).searchedAt,
			indexAt: Math.min(...performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.pf_index')).map((r) => r.startTime)),
		}));
		// The field waits for a pause in typing before it searches; the index chunk was asked for before that.
		expect(indexAt).toBeLessThan(searchedAt);
		expect(errors).toEqual([]);
		await close();
	});

	test('the first three results show at once, only the results on screen fetch their fragment, and the others\' placeholders do not shimmer forever', async () => {
		// A short window: Pagefind's list would wait to see a result on screen before fetching it.
		const context = await site.browser.newContext({ viewport: { width: 360, height: 480 } });
		const page = await context.newPage();
		const fragments: string[] = [];
		context.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.push(r.url()));
		await page.goto(`${site.url}/fr/recherche/?q=sant%C3%A9`);
		const items = page.locator('search-page pagefind-results li');
		await expect.poll(() => items.locator('.pf-result-link').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
		const shown = await items.evaluateAll((lis) => lis.map((li) => ({ link: li.querySelector('.pf-result-link') !== null, top: li.getBoundingClientRect().top })));
		expect(shown.slice(0, 3).map((r) => r.link)).toEqual([true, true, true]);
		// The third is below the window: shown without waiting to be scrolled to.
		expect(shown[2]!.top).toBeGreaterThan(480);
		await page.waitForLoadState('networkidle');
		// The list goes on (more than ten results), but only the results drawn fetched their fragment.
		expect(shown.length).toBeGreaterThan(10);
		const drawn = await items.locator('.pf-result-link').count();
		expect(drawn).toBeLessThan(shown.length);
		expect(fragments.length).toBe(drawn);
		// The placeholders of the results not drawn shimmer a little, not forever (they stay until scrolled to).
		const placeholders = await page.locator('search-page pagefind-results .pf-skeleton').evaluateAll((els) => els.map((el) => `${getComputedStyle(el).animationName} × ${getComputedStyle(el).animationIterationCount}`));
		expect(placeholders.length).toBeGreaterThan(0);
		expect(new Set(placeholders)).toEqual(new Set(['pf-shimmer × 2']));
		await context.close();
	});

	test('without JavaScript the search page says why and links to the list of actions', async () => {
		for (const [path, home, words] of [
			['/fr/recherche/', '/fr/', /La recherche a besoin de JavaScript/],
			['/en/search/', '/en/', /Search needs JavaScript/],
		] as const) {
			const { page, close } = await open(path, { javaScriptEnabled: false });
			const main = page.locator('main');
			expect(await main.innerText()).toMatch(words);
			expect(await main.locator(`a[href="${home}"]`).isVisible()).toBe(true);
			expect(await page.locator('site-search button').isVisible()).toBe(false);
			await close();
		}
	});
});
