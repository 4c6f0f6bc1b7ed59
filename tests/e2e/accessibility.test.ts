/**
 * axe-core on every built page, one test per page, a few at a time (the browser project's
 * maxConcurrency), in tabs that navigate from page to page: in light mode every rule of WCAG 2.2
 * A/AA and best practices; in dark mode the rules a colour scheme can change (contrast, links told
 * apart from text), since the themes differ only in colours. Pages with diagrams drawn, in both
 * modes; and keyboard use of the page shell.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { hasBrowser, useSite } from '../helpers/e2e';
import { builtPages } from '../helpers/site';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** What each colour scheme is audited for. */
const RUN_ONLY = {
	light: { type: 'tag', values: TAGS },
	dark: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] },
} as const;
type Scheme = keyof typeof RUN_ONLY;

const paths = builtPages();

const site = useSite();

/** A context whose pages all carry axe (an init script costs less than injecting it into each page). */
async function auditContext(colorScheme: Scheme, reducedMotion: 'reduce' | 'no-preference'): Promise<BrowserContext> {
	const context = await site.browser.newContext({ colorScheme, bypassCSP: true, reducedMotion });
	await context.addInitScript({ path: AXE });
	return context;
}

/**
 * One context per colour scheme, and its tabs, reused from page to page: a navigation costs less
 * than a new tab (each new tab starts a renderer and runs axe's init script in it).
 */
const contexts = new Map<Scheme, Promise<BrowserContext>>();
const idle = { light: [] as Page[], dark: [] as Page[] };
async function takeTab(scheme: Scheme): Promise<Page> {
	if (!contexts.has(scheme)) contexts.set(scheme, auditContext(scheme, 'reduce'));
	return idle[scheme].pop() ?? (await (await contexts.get(scheme)!).newPage());
}
afterAll(async () => {
	for (const context of contexts.values()) await (await context).close();
});

/** Violations of the loaded page, as "path rule: target" lines. */
async function violations(page: Page, path: string, scheme: Scheme): Promise<string[]> {
	// The page as a reader meets it once its scripts have run: the header's buttons are hidden until
	// their element is defined (global.css), and an element defined while axe runs would be seen in
	// two states by one audit.
	await page.waitForFunction(() => !document.querySelector(':not(:defined) > [data-needs-script]'));
	// Only violations are gathered in full (resultTypes): axe then skips describing every passing
	// node, a large share of its time on a long page, and finds the same violations.
	const found = await page.evaluate(async (only) => {
		// @ts-expect-error axe comes from the context's init script
		const result = await window.axe.run(document, { runOnly: only, resultTypes: ['violations'] });
		return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}, RUN_ONLY[scheme]);
	return found.map((v: string) => `${path} (${scheme}) ${v}`);
}

/** Loads `path` and draws every diagram on it, each once it is on screen. */
async function loadWithDiagrams(page: Page, path: string): Promise<void> {
	await page.goto(site.url + path);
	for (const diagram of await page.locator('mermaid-diagram').all()) {
		await diagram.scrollIntoViewIfNeeded();
		await page.waitForFunction((el) => el?.hasAttribute('data-rendered') || el?.hasAttribute('data-error'), await diagram.elementHandle());
	}
	await page.evaluate(() => window.scrollTo(0, 0));
}

describe.skipIf(!hasBrowser)('axe-core', () => {
	test('audits every built page', () => {
		expect(paths.length).toBeGreaterThan(100);
	});

	// Each page is loaded in each scheme: switching a loaded page's scheme (page.emulateMedia, or
	// data-theme as the theme button does) was tried: under load, elements kept light colours for
	// a few frames (with reduced motion every property has a 0.01 ms transition), and drawn
	// diagrams keep their theme until redrawn, so it is no shortcut.
	describe.concurrent.each(Object.keys(RUN_ONLY) as Scheme[])('in %s mode', (scheme) => {
		test.each(paths)('%s has no violation', async (path) => {
			const page = await takeTab(scheme);
			try {
				await page.goto(site.url + path);
				expect(await violations(page, path, scheme)).toEqual([]);
			} finally {
				idle[scheme].push(page);
			}
		}, 60_000);
	});

	test.concurrent.each(['light', 'dark'] as const)('pages with diagrams drawn have no violation in %s mode', async (colorScheme) => {
		// Diagrams are drawn in the scheme they load in (and reduced motion is off): a context per scheme.
		// Dark mode is audited for the colour rules, as every page is.
		const diagramContext = await auditContext(colorScheme, 'no-preference');
		const page = await diagramContext.newPage();
		const found: string[] = [];
		for (const path of ['/fr/actions/2/', '/en/axes/3/', '/fr/calendrier/', '/en/connections/']) {
			await loadWithDiagrams(page, path);
			found.push(...(await violations(page, path, colorScheme)));
		}
		expect(found).toEqual([]);
		await diagramContext.close();
	}, 120_000);
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
