/**
 * `npm run bench:search`: how fast search answers on the built site, in Chromium, and what it
 * downloads. Per language:
 * - the bytes a reader's browser fetches for their first query in the search dialog (everything
 *   after they open it: Pagefind's UI, its WebAssembly, the index chunks, the result fragments),
 *   uncompressed and gzipped (as most hosts serve text), by kind of file;
 * - the time from a query to its first result in the dialog: the first query of a fresh page
 *   (downloads included), then the median over every other query of the query table
 *   (`tests/e2e/search-queries.ts`). The search field waits SEARCH_DEBOUNCE_MS after the last
 *   keystroke before it asks; that wait is not counted;
 * - the search page opened with a query (`/fr/recherche/?q=carte vitale`): the time from the
 *   start of navigation to its first result in the page, on a first visit (empty cache) and on
 *   later visits (warm cache: the server answers "not modified", as static hosts do).
 * Targets (issue 13) are printed with PASS or FAIL, with the machine's load average: the figures
 * depend on the machine, so this is a report, not a test.
 *
 * Needs `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { SEARCH_DEBOUNCE_MS } from '../src/lib/search-options.ts';
import { QUERIES, READER_QUERIES } from '../tests/e2e/search-queries.ts';
import { hasBrowser, launchFullBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';

if (!existsSync(new URL('../dist/pagefind/pagefind-entry.json', import.meta.url))) {
	console.error('No search index in dist/: run `npm run build` first.');
	process.exit(1);
}
if (!hasBrowser) process.exit(1); // tests/helpers/browser.ts has said why

/** Targets of issue 13, item 5. */
const TARGET = { medianMs: 10, pageFirstResultMs: 300 };
/** The search page's query per language, and how many warm visits the median is taken over. */
const PAGE_QUERY = { fr: ['/fr/recherche/', 'carte vitale'], en: ['/en/search/', 'carte vitale'] } as const;
const WARM_VISITS = 7;

/** What a file of the Pagefind bundle is, from its name. */
function kindOf(path: string): string {
	const name = path.split('/').pop()!;
	if (name === 'pagefind-component-ui.js') return 'Component UI script';
	if (name === 'pagefind-component-ui.css') return 'Component UI stylesheet';
	if (name === 'pagefind.js') return 'Pagefind script';
	if (name === 'pagefind-worker.js') return 'Pagefind web worker';
	if (name.endsWith('.pagefind')) return 'WebAssembly';
	if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta')) return 'entry and metadata';
	if (name.endsWith('.pf_index')) return 'index chunks';
	if (name.endsWith('.pf_filter')) return 'filter chunks';
	if (name.endsWith('.pf_fragment')) return 'result fragments';
	return 'other';
}

interface Weighed {
	path: string;
	raw: number;
	gzipped: number;
}

/**
 * Bytes of one response body: as the test server sends it (uncompressed), and gzipped, as most
 * hosts send text (Pagefind's index files are compressed already: gzip cannot shrink them).
 */
async function weigh(response: Response): Promise<Weighed> {
	const body = await response.body();
	return { path: new URL(response.url()).pathname, raw: body.length, gzipped: Math.min(body.length, gzipSync(body).length) };
}

/** Milliseconds from asking the dialog's Pagefind UI for `query` to its first result link in the page. */
function timeQuery(page: Page, query: string): Promise<number> {
	return page.evaluate(async (query) => {
		type Instance = { triggerSearch(term: string): void };
		const ui = (window as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(name: string): Instance } } }).PagefindComponents;
		const instance = ui.getInstanceManager().getInstance('default');
		const list = document.querySelector('dialog[open] pagefind-results')!;
		// Start from an empty list, so the link we wait for belongs to this query.
		instance.triggerSearch('');
		await new Promise((r) => setTimeout(r, 50));
		const start = performance.now();
		return new Promise<number>((resolve) => {
			const done = () => {
				if (!list.querySelector('.pf-result-link')) return false;
				resolve(performance.now() - start);
				return true;
			};
			const observer = new MutationObserver(() => done() && observer.disconnect());
			observer.observe(list, { childList: true, subtree: true });
			instance.triggerSearch(query);
		});
	}, query);
}

/** Milliseconds from the start of navigation to the search page's first result link, for one visit. */
async function timeSearchPage(page: Page, url: string): Promise<number> {
	await page.goto(url);
	const at = await page.waitForFunction(() => (window as unknown as { firstResultAt?: number }).firstResultAt);
	return (await at.jsonValue()) as number;
}

/** Records, in every page of `context`, when the search page first shows a result link (ms after navigation start). */
async function watchFirstResult(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const w = window as unknown as { firstResultAt?: number };
		new MutationObserver((_, observer) => {
			if (document.querySelector('search-page .pf-result-link')) {
				w.firstResultAt = performance.now();
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(', ');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

const site = await serveDist({ revalidate: true });
const browser = await launchFullBrowser();
const targets: string[] = [];
try {
	console.log(`Search benchmark — built site (dist/) on 127.0.0.1, Chromium ${browser.version()}, ${cpus().length} CPU(s), load average ${load()} (1, 5, 15 min)\n`);
	for (const lang of ['fr', 'en'] as const) {
		const queries = [...QUERIES, ...READER_QUERIES].filter(([l]) => l === lang).map(([, q]) => q);
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/${lang}/actions/6/`, { waitUntil: 'networkidle' });

		const before = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/pagefind/')).length);
		if (before > 0) throw new Error(`The page fetched ${before} Pagefind files before search was opened.`);
		const fetched: Promise<Weighed>[] = [];
		const collect = (response: Response) => fetched.push(weigh(response));
		page.on('response', collect);
		await page.locator('site-search button').click();
		await page.locator('dialog[open] input').waitFor();
		const first = await timeQuery(page, queries[0]!);
		await page.waitForLoadState('networkidle');
		page.off('response', collect);
		const files = (await Promise.all(fetched)).filter((f) => f.path.includes('/pagefind/'));

		const times = [];
		for (const query of queries.slice(1)) times.push(await timeQuery(page, query));
		await context.close();

		// The search page with a query, as a shared link opens it: a first visit, then warm visits.
		const pageContext = await browser.newContext();
		await watchFirstResult(pageContext);
		const searchPage = await pageContext.newPage();
		const [path, query] = PAGE_QUERY[lang];
		const url = `${site.url}${path}?q=${encodeURIComponent(query)}`;
		const cold = await timeSearchPage(searchPage, url);
		const warm = [];
		for (let i = 0; i < WARM_VISITS; i++) warm.push(await timeSearchPage(searchPage, url));
		await pageContext.close();

		const sum = (list: Weighed[], key: 'raw' | 'gzipped') => list.reduce((total, f) => total + f[key], 0);
		console.log(`${lang}: before search is opened, the page fetches no Pagefind file`);
		console.log(`  dialog, first query "${queries[0]}": ${ms(first)} to its first result (downloads included)`);
		console.log(`  dialog, then: median ${ms(median(times))}, slowest ${ms(Math.max(...times))}, over ${times.length} queries`);
		console.log(`  search page ${path}?q=${query}: first result ${ms(cold)} after navigation start on a first visit; warm cache: median ${ms(median(warm))} over ${WARM_VISITS} visits (${warm.map((t) => t.toFixed(0)).join(', ')})`);
		console.log(`  fetched for the first query: ${files.length} files, ${kB(sum(files, 'gzipped'))} gzipped (${kB(sum(files, 'raw'))} uncompressed)`);
		const kinds = [...new Set(files.map((f) => kindOf(f.path)))];
		const byKind = kinds.map((kind) => ({ kind, files: files.filter((f) => kindOf(f.path) === kind) })).sort((a, b) => sum(b.files, 'gzipped') - sum(a.files, 'gzipped'));
		for (const { kind, files: group } of byKind) {
			console.log(`    ${kB(sum(group, 'gzipped')).padStart(9)} ${kB(sum(group, 'raw')).padStart(9)}  ${kind}: ${group.map((f) => f.path.replace('/pagefind/', '')).join(', ')}`);
		}
		console.log();
		targets.push(
			`${verdict(median(times) <= TARGET.medianMs)}  ${lang}: median query → first result ≤ ${TARGET.medianMs} ms: ${ms(median(times))}`,
			`${verdict(median(warm) <= TARGET.pageFirstResultMs)}  ${lang}: search page with ?q=, first result ≤ ${TARGET.pageFirstResultMs} ms after navigation start (warm cache): ${ms(median(warm))}`,
		);
	}
	console.log(`Targets (issue 13), load average ${load()} at the end:`);
	for (const line of targets) console.log(`  ${line}`);
	console.log(`\nNot counted: the ${SEARCH_DEBOUNCE_MS} ms the search field waits after the last keystroke.`);
} finally {
	await browser.close();
	await site.close();
}
