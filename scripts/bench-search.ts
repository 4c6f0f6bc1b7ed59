/**
 * `npm run bench:search`: how fast search answers on the built site, in Chromium.
 *
 * Reports, per language:
 * - the bytes a reader's browser fetches for their first query (everything after they open
 *   search: Pagefind's UI, its WebAssembly, the index chunks and the result fragments),
 *   uncompressed and gzipped (as most hosts serve text);
 * - the time from a query to its first result on screen: the first query of a fresh page
 *   (downloads included) and the median over the test queries that follow. The search field
 *   waits SEARCH_DEBOUNCE_MS after the last keystroke before it asks; that wait is not counted.
 *
 * Needs `npm run build` first. Not a test: figures depend on the machine.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { SEARCH_DEBOUNCE_MS } from '../src/lib/search-options.ts';
import { QUERIES } from '../tests/e2e/search-queries.ts';
import { hasBrowser, launchBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';

if (!existsSync(new URL('../dist/pagefind/pagefind-entry.json', import.meta.url))) {
	console.error('No search index in dist/: run `npm run build` first.');
	process.exit(1);
}
if (!hasBrowser) process.exit(1); // tests/helpers/browser.ts has said why

/**
 * Bytes of one response body: as the test server sends it (uncompressed), and gzipped, as most
 * hosts send text (Pagefind's index files are compressed already: gzip cannot shrink them).
 */
async function weigh(response: Response): Promise<{ url: string; raw: number; gzipped: number }> {
	const body = await response.body();
	return { url: new URL(response.url()).pathname, raw: body.length, gzipped: Math.min(body.length, gzipSync(body).length) };
}

/** Milliseconds from asking Pagefind's UI for `query` to its first result link on screen. */
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

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

const site = await serveDist();
const browser = await launchBrowser();
try {
	console.log(`Search benchmark — built site (dist/) on 127.0.0.1, Chromium ${browser.version()}, ${cpus().length} CPU(s)\n`);
	for (const lang of ['fr', 'en'] as const) {
		const queries = QUERIES.filter(([l]) => l === lang).map(([, q]) => q);
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/${lang}/actions/6/`, { waitUntil: 'networkidle' });

		const before = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/pagefind/')).length);
		if (before > 0) throw new Error(`The page fetched ${before} Pagefind files before search was opened.`);
		const fetched: Promise<Awaited<ReturnType<typeof weigh>>>[] = [];
		const collect = (response: Response) => fetched.push(weigh(response));
		page.on('response', collect);
		await page.locator('site-search button').click();
		await page.locator('dialog[open] input').waitFor();
		const first = await timeQuery(page, queries[0]!);
		await page.waitForLoadState('networkidle');
		page.off('response', collect);
		const files = await Promise.all(fetched);

		const times = [];
		for (const query of queries.slice(1)) times.push(await timeQuery(page, query));
		await context.close();

		const total = (key: 'raw' | 'gzipped') => files.reduce((sum, f) => sum + f[key], 0);
		console.log(`${lang}: ${queries.length} queries; before search is opened, the page fetches no Pagefind file`);
		console.log(`  first query "${queries[0]}": ${ms(first)} to its first result (downloads included)`);
		console.log(`  then: median ${ms(median(times))}, slowest ${ms(Math.max(...times))}, over ${times.length} queries`);
		console.log(`  fetched for the first query: ${files.length} files, ${kB(total('gzipped'))} gzipped (${kB(total('raw'))} uncompressed)`);
		for (const f of files.sort((a, b) => b.gzipped - a.gzipped)) console.log(`    ${kB(f.gzipped).padStart(9)} ${kB(f.raw).padStart(9)}  ${f.url}`);
		console.log();
	}
	console.log(`Not counted: the ${SEARCH_DEBOUNCE_MS} ms the search field waits after the last keystroke.`);
} finally {
	await browser.close();
	await site.close();
}
