/**
 * axe-core on the built pages, one test per page, a few at a time (the browser project's
 * maxConcurrency), in tabs that navigate from page to page, under the site's Content-Security-Policy:
 * while it is audited a page has no script error, no CSP violation and no failed request. Each page is loaded once: in light
 * mode every rule of WCAG 2.2 A/AA and best practices; then switched to the dark scheme
 * (prefers-color-scheme), the rules a colour scheme can change (contrast, links told apart from
 * text), since the themes differ only in colours; a test checks that the switch gives every element
 * the colours a page loaded in the dark scheme has; and keyboard use of the page shell.
 *
 * Which pages: every French page (the original), and in English one page of each kind (each page
 * that is alone of its kind, one action, one axis, one organisation), as Starlight audits its
 * translations (docs/__a11y__ in withastro/starlight). An English page is its French twin's markup
 * with the text translated: i18n.test.ts checks that for every page, and html-validate checks every
 * page's markup (validity.test.ts). The French organisation pages are one template filled from
 * content/organisations.yml, with no text of their own: one page of each markup shape is audited.
 * The pages readable.test.ts draws whole are audited there, with every diagram drawn, in both
 * schemes, and not again here.
 *
 * Which pages are audited in the dark scheme too: since the themes differ only in colours, what the
 * dark palette can get wrong is the colour of a kind of element, not of a page's words. So of the
 * pages of one kind (the pages of one route, `/fr/actions/…/`; any other page is its own kind) the
 * dark audit takes, besides those the sweeps audit dark, the fewest pages whose elements together
 * have every tag, class and axis that any of the kind's audited pages has (darkAudited): every kind
 * at least once, and a new kind of element on any page brings a page with it into the dark audit.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { segment } from '../../src/i18n/segments';
import { AXE, violations, type Scheme } from '../helpers/axe';
import { SWEPT_PAGES, settleDiagrams, toDark } from '../helpers/charts';
import { hasBrowser, useSite } from '../helpers/e2e';
import { builtPages, markupShape, readPage } from '../helpers/site';
import { reportCspViolations, watchTroubles } from '../helpers/troubles';

/** A French organisation page: one of the pages filled from `content/organisations.yml` by one template. */
const ORGANISATION = new RegExp(`^/fr/${segment('organisations', 'fr')}/[^/]+/$`);

/** A page's kind: its route (`/fr/actions/…/` for every action); any other page is its own. */
const kindOf = (path: string) => path.replace(/^(\/[a-z]{2}\/[^/]+\/)[^/]+\/$/, '$1…/');

/**
 * What makes pages one for the audit: an English page's kind (kindOf); a French organisation page's
 * markup shape (repeated items counted once); any other page is its own.
 */
function auditKey(path: string): string {
	if (path.startsWith('/en/')) return kindOf(path);
	if (ORGANISATION.test(path)) return `${kindOf(path)} ${markupShape(readPage(path).querySelector('main')!, { once: true }).join('|')}`;
	return path;
}
const built = builtPages();
const keys = new Map(built.map((path) => [path, auditKey(path)]));
/** The audited pages: of the pages the sweeps do not audit (see above), the first of each key. */
const unswept = built.filter((path) => !SWEPT_PAGES.includes(path));
const paths = unswept.filter((path, i) => unswept.findIndex((p) => keys.get(p) === keys.get(path)) === i);

const vocabularies = new Map<string, Set<string>>();
/** What can have colours of its own on a page: each element of its body as `tag.class…`, with its axis (tokens.css). */
function vocabulary(path: string): Set<string> {
	let words = vocabularies.get(path);
	if (words) return words;
	words = new Set<string>();
	for (const el of readPage(path).querySelectorAll('body *')) {
		const axis = el.getAttribute('data-axis');
		words.add(`${el.tagName.toLowerCase()}${[...el.classList.values()].sort().map((c) => `.${c}`).join('')}${axis ? `[data-axis=${axis}]` : ''}`);
	}
	vocabularies.set(path, words);
	return words;
}

/**
 * The audited pages that are audited in the dark scheme too (see above): for each kind, greedily,
 * the page that brings the most of the kind's vocabulary not yet covered by the kind's pages the
 * sweeps audit dark (SWEPT_PAGES) or by those already taken, until all of it is covered.
 */
function darkAudited(): Set<string> {
	const dark = new Set<string>();
	for (const kind of new Set(paths.map(kindOf))) {
		const covered = new Set(SWEPT_PAGES.filter((p) => kindOf(p) === kind).flatMap((p) => [...vocabulary(p)]));
		const pages = paths.filter((p) => kindOf(p) === kind);
		const missing = (path: string) => [...vocabulary(path)].filter((w) => !covered.has(w)).length;
		// A kind the sweeps do not audit dark gets at least one page.
		while (covered.size === 0 || pages.some((p) => missing(p) > 0)) {
			const best = pages.reduce((a, b) => (missing(b) > missing(a) ? b : a));
			dark.add(best);
			for (const w of vocabulary(best)) covered.add(w);
		}
	}
	return dark;
}
const DARK = darkAudited();

const site = useSite();

/**
 * A context whose pages all carry axe (an init script costs less than injecting it into each page),
 * under the site's own Content-Security-Policy (an init script is not an inline script: the policy
 * does not govern it), with every policy violation reported on the console. Reduced motion is off:
 * under it every property has a 0.01 ms transition (global.css), so a scheme change would reach an
 * element's computed style only once its transition had run; the site has no other.
 */
async function auditContext(colorScheme: Scheme): Promise<BrowserContext> {
	const context = await site.browser.newContext({ colorScheme, reducedMotion: 'no-preference' });
	await context.addInitScript({ path: AXE });
	await context.addInitScript(reportCspViolations);
	return context;
}

/**
 * The tabs of the page audits, in one context, reused from page to page: a navigation costs less
 * than a new tab (each new tab starts a renderer and runs axe's init script in it).
 */
let context: Promise<BrowserContext> | undefined;
const idle: Page[] = [];
async function takeTab(): Promise<Page> {
	context ??= auditContext('light');
	return idle.pop() ?? (await (await context).newPage());
}
afterAll(async () => {
	await (await context)?.close();
});

describe.skipIf(!hasBrowser)('axe-core', () => {
	test('audits every French page (organisation pages: one of each shape) and one English page of each kind, or has them audited with their diagrams drawn', () => {
		const audited = new Set([...paths, ...SWEPT_PAGES]);
		const keysOf = (list: string[]) => [...new Set(list.map((p) => keys.get(p)))].sort();
		expect(keysOf([...audited])).toEqual(keysOf(built));
		expect(built.filter((p) => !p.startsWith('/en/') && !ORGANISATION.test(p) && !audited.has(p))).toEqual([]);
		const organisations = built.filter((p) => ORGANISATION.test(p));
		expect(organisations.length).toBeGreaterThan(20);
		// More than one shape: pages with both lists of actions, and pages where one list is empty.
		expect(organisations.filter((p) => audited.has(p)).length).toBeGreaterThan(1);
		expect(keysOf(built.filter((p) => p.startsWith('/en/')))).toEqual(expect.arrayContaining(['/en/actions/…/', '/en/axes/…/', '/en/organisations/…/', '/en/about/']));
		expect(built.length).toBeGreaterThan(130);
		expect(paths.length).toBeGreaterThan(50);
	});

	test('audits in the dark scheme a page of each kind, and enough of them for every element any page of the kind has', () => {
		const dark = [...DARK, ...SWEPT_PAGES];
		expect([...new Set(dark.map(kindOf))].sort()).toEqual(expect.arrayContaining([...new Set(paths.map(kindOf))].sort()));
		for (const path of paths) {
			const seen = new Set(dark.filter((p) => kindOf(p) === kindOf(path)).flatMap((p) => [...vocabulary(p)]));
			expect([...vocabulary(path)].filter((w) => !seen.has(w)), `${path}: elements no page of its kind is audited dark with`).toEqual([]);
		}
		// The French action pages take more than the sweeps' three: their texts differ in elements.
		expect(paths.filter((p) => DARK.has(p) && kindOf(p) === '/fr/actions/…/').length).toBeGreaterThan(0);
		expect(DARK.size).toBeLessThan(paths.length);
	});

	// Each page is loaded once, audited in light mode, then, if it is one of the dark-audited (DARK),
	// switched to dark and audited again.
	describe.concurrent('in light mode, then dark', () => {
		test.each(paths)('%s has no axe violation, and no script error, CSP violation or failed request', async (path) => {
			const page = await takeTab();
			const troubles = watchTroubles(page);
			try {
				await page.emulateMedia({ colorScheme: 'light' });
				await page.goto(site.url + path);
				await settleDiagrams(page, 'light');
				const found = await violations(page, path, 'light');
				if (DARK.has(path)) {
					await toDark(page);
					found.push(...(await violations(page, path, 'dark')));
				}
				expect(found).toEqual([]);
				expect(troubles.found, path).toEqual([]);
			} finally {
				troubles.stop();
				idle.push(page);
			}
		}, 60_000);
	});

	test.concurrent("switched to dark, a page has the colours it has when loaded in the dark scheme", async () => {
		/** The colours of every element of the loaded page outside its diagrams, in document order. */
		const colours = (page: Page) =>
			page.evaluate(() =>
				[...document.querySelectorAll('*')]
					.filter((el) => !el.closest('mermaid-diagram'))
					.map((el) => {
						const cs = getComputedStyle(el);
						return `${el.tagName} ${[cs.color, cs.backgroundColor, cs.borderTopColor, cs.outlineColor, cs.textDecorationColor, cs.fill, cs.stroke].join(' ')}`;
					}),
			);
		const dark = await auditContext('dark');
		const loadedDark = await dark.newPage();
		const page = await takeTab();
		try {
			for (const path of ['/fr/', '/en/actions/13/', '/fr/calendrier/', '/en/search/', '/fr/feuille-de-route/', '/en/organisations/cnaf/']) {
				await page.emulateMedia({ colorScheme: 'light' });
				await Promise.all([page.goto(site.url + path), loadedDark.goto(site.url + path)]);
				// Both with the diagrams they draw by themselves drawn (Mermaid adds and removes elements while it draws).
				await Promise.all([settleDiagrams(page, 'light'), settleDiagrams(loadedDark, 'dark')]);
				const light = await colours(page);
				await toDark(page);
				const switched = await colours(page);
				expect(switched, `${path}: the switch changes colours`).not.toEqual(light);
				expect(switched, path).toEqual(await colours(loadedDark));
			}
		} finally {
			idle.push(page);
			await dark.close();
		}
	}, 60_000);
});

describe.skipIf(!hasBrowser)('keyboard', () => {
	test('the skip link is the first stop and moves focus to the main content', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + '/fr/actions/6/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
		expect(await page.locator('a.skip-link').isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe('#main');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
		await page.close();
	});

	test('every focusable element shows a visible focus indicator', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + '/en/actions/12/');
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Tab');
			const outline = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return 'none';
				const s = getComputedStyle(el);
				return s.outlineStyle === 'none' || s.outlineWidth === '0px' ? `none on ${el.outerHTML.slice(0, 60)}` : 'ok';
			});
			expect(outline).toBe('ok');
		}
		await page.close();
	});
});
