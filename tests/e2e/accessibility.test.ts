/**
 * axe-core on the built pages, one test per page, a few at a time (the browser project's
 * maxConcurrency), in tabs that navigate from page to page, under the site's Content-Security-Policy:
 * while it is audited a page has no script error, no CSP violation, no failed request and no request
 * to another site, and no page sets a cookie. Each page is
 * loaded once and audited in light mode for every rule of WCAG 2.2 A/AA and best practices, then
 * switched to the dark scheme (prefers-color-scheme) and audited for the rules a colour scheme can
 * change (contrast, links told apart from text), since the themes differ only in colours; a test
 * checks that the switch gives every element the colours a page loaded in the dark scheme has; and
 * keyboard use of the page shell.
 *
 * Which pages: a cover of the site's markup. axe judges elements: their tag, classes and attributes
 * (role, lang, aria-*, the Astro scope a style keys on), where they sit, their colours; pages of one
 * route are one template filled from the content, and differ only in which elements their text brings.
 * So every page that is alone of its kind (its route) is audited, and of the pages of one route
 * (`/fr/actions/…/`, `/fr/axes/…/`, `/fr/acteurs/…/`) the fewest whose elements, each with its parent
 * and attributes (vocabulary), together have every element any page of the route has. An English page
 * is its French twin's markup with the text translated (i18n.test.ts checks it for every page): what
 * it brings of its own are the text-level elements translation adds (French names in `lang="fr"`,
 * abbreviations), covered over all English pages together. html-validate checks every page's markup
 * and what axe would find in its order or words (heading levels, empty headings and links, duplicate
 * ids, references; validity.test.ts). The pages readable.test.ts draws whole are audited there, with
 * every diagram drawn, in both schemes: they count in the cover and are not audited again here.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { AXE, violations, type Scheme } from '../helpers/axe';
import { SWEPT_PAGES, settleDiagrams, toDark } from '../helpers/charts';
import { hasBrowser, useSite } from '../helpers/e2e';
import { builtPages, readPage } from '../helpers/site';
import { reportCspViolations, watchTroubles } from '../helpers/troubles';

/** A page's kind: its route (`/fr/actions/…/` for every action); any other page is its own. */
const kindOf = (path: string) => path.replace(/^(\/[a-z]{2}\/[^/]+\/)[^/]+\/$/, '$1…/');

/** Attributes whose value, not only their presence, changes what axe finds. */
const VALUED = /^(role|lang|dir|type|scope|tabindex|hidden|data-axis|aria-(hidden|live|current|expanded|pressed|haspopup|level|sort))$/;

const vocabularies = new Map<string, Set<string>>();
/**
 * What axe can judge on a page: each element of its body as `parent>tag.class…[attribute]…`, with the
 * values of the attributes that change a rule's verdict (VALUED; the axis gives the colours,
 * tokens.css) and the names of the others (an Astro scope, `aria-label`, `title`…); not its id.
 */
function vocabulary(path: string): Set<string> {
	let words = vocabularies.get(path);
	if (words) return words;
	words = new Set<string>();
	for (const el of readPage(path).querySelectorAll('body *')) {
		const attributes = Object.entries(el.attributes)
			.filter(([name]) => name !== 'id' && name !== 'class')
			.map(([name, value]) => (VALUED.test(name) ? `[${name}=${value}]` : `[${name}]`))
			.sort()
			.join('');
		const classes = [...el.classList.values()].sort().map((c) => `.${c}`).join('');
		words.add(`${el.parentNode?.rawTagName?.toLowerCase() ?? ''}>${el.tagName.toLowerCase()}${classes}${attributes}`);
	}
	vocabularies.set(path, words);
	return words;
}

/** The French twin of an English page: its `hreflang="fr"` alternate. */
const twinOf = (path: string) => new URL(readPage(path).querySelector('link[rel="alternate"][hreflang="fr"]')!.getAttribute('href')!).pathname;

/** What a page brings to the audit: a French page, all of its vocabulary; an English one, what its French twin lacks. */
function own(path: string): Set<string> {
	if (!path.startsWith('/en/')) return vocabulary(path);
	const twin = vocabulary(twinOf(path));
	return new Set([...vocabulary(path)].filter((w) => !twin.has(w)));
}

/** The pages one cover is taken from: those of one French kind, or every English page. */
const groupOf = (path: string) => (path.startsWith('/en/') ? '/en/' : kindOf(path));

const built = builtPages();

/**
 * The audited pages: for each group, greedily, the page that brings the most of the group's vocabulary
 * not yet covered by the group's pages the sweeps audit (SWEPT_PAGES) or by those already taken, until
 * all of it is covered; a group the sweeps do not audit gets at least one page (every page alone of its kind).
 */
function cover(): string[] {
	const taken: string[] = [];
	for (const group of new Set(built.map(groupOf))) {
		const pages = built.filter((p) => groupOf(p) === group);
		const swept = pages.filter((p) => SWEPT_PAGES.includes(p));
		const covered = new Set(swept.flatMap((p) => [...own(p)]));
		const rest = pages.filter((p) => !swept.includes(p));
		const missing = (path: string) => [...own(path)].filter((w) => !covered.has(w)).length;
		let needsOne = swept.length === 0;
		while (rest.length > 0 && (needsOne || rest.some((p) => missing(p) > 0))) {
			const best = rest.reduce((a, b) => (missing(b) > missing(a) ? b : a));
			taken.push(best);
			rest.splice(rest.indexOf(best), 1);
			for (const w of own(best)) covered.add(w);
			needsOne = false;
		}
	}
	return taken;
}
const paths = cover();

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
	test('audits a cover of the markup: every page alone of its kind, and of the pages of one route enough for every element any of them has, English text-level elements included', () => {
		const audited = [...paths, ...SWEPT_PAGES];
		for (const path of built) {
			const seen = new Set(audited.filter((p) => groupOf(p) === groupOf(path)).flatMap((p) => [...own(p)]));
			expect([...own(path)].filter((w) => !seen.has(w)), `${path}: elements no audited page of its kind has`).toEqual([]);
		}
		// Every page alone of its kind, in French: the home, the about pages, the lists, the 404 page…
		const single = built.filter((p) => !p.startsWith('/en/') && built.filter((q) => kindOf(q) === kindOf(p)).length === 1);
		expect(single.filter((p) => !audited.includes(p))).toEqual([]);
		expect(single.length).toBeGreaterThan(15);
		// The routes' pages differ in elements: more than one action, axis and organisation page is audited.
		for (const route of ['/fr/actions/…/', '/fr/axes/…/', '/fr/acteurs/…/']) expect(audited.filter((p) => kindOf(p) === route).length, route).toBeGreaterThan(1);
		// English text brings elements of its own: French names, kept in French (lang="fr").
		expect([...own('/en/actions/15/')].some((w) => w.includes('[lang=fr]'))).toBe(true);
		expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
		expect(built.length).toBeGreaterThan(130);
	});

	// Each page is loaded once, audited in light mode, then switched to dark and audited again.
	describe.concurrent('in light mode, then dark', () => {
		test.each(paths)('%s has no axe violation in either scheme, no script error, CSP violation, failed request or request to another site, and no cookie', async (path) => {
			const page = await takeTab();
			const troubles = watchTroubles(page, site.url);
			try {
				await page.emulateMedia({ colorScheme: 'light' });
				await page.goto(site.url + path);
				await settleDiagrams(page, 'light');
				const found = await violations(page, path, 'light');
				await toDark(page);
				found.push(...(await violations(page, path, 'dark')));
				expect(found).toEqual([]);
				expect(troubles.found, path).toEqual([]);
				// The tabs share a context: a cookie set by any page audited so far would be here.
				expect(await page.context().cookies(), path).toEqual([]);
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
