/**
 * In a real browser: every diagram renders to an SVG without a Mermaid error, in light and dark
 * mode, only once it nears the viewport, and the page with every diagram drawn passes axe (light:
 * every rule; dark: the colour rules, as in accessibility.test.ts); pages without a diagram never
 * fetch Mermaid.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { violations } from '../helpers/axe';
import { hasBrowser, useSite } from '../helpers/e2e';

const site = useSite();

/** Opens a page, scrolls every diagram into view, and reports what each became. */
async function diagramsOf(page: Page, path: string) {
	await page.goto(site.url + path);
	const count = await page.locator('mermaid-diagram').count();
	for (let i = 0; i < count; i++) {
		const diagram = page.locator('mermaid-diagram').nth(i);
		await diagram.scrollIntoViewIfNeeded();
		await page.waitForFunction((el) => el?.hasAttribute('data-rendered') || el?.hasAttribute('data-error'), await diagram.elementHandle(), { timeout: 20_000 });
	}
	return page.$$eval('mermaid-diagram', (els) =>
		els.map((el) => ({ theme: el.getAttribute('data-rendered'), error: el.getAttribute('data-error'), svg: !!el.querySelector('svg[aria-roledescription]'), title: el.querySelector('svg title')?.textContent ?? '' })),
	);
}

const pages = ['/fr/actions/7/', '/en/actions/2/', '/fr/axes/2/', '/en/axes/5/', '/fr/calendrier/', '/en/timeline/', '/fr/liens/', '/en/connections/'];

/**
 * One context per colour scheme for the pages' tests, each test in its own tab: Chromium keeps the
 * code it compiled from Mermaid's files in the context's cache, so only the first page compiles it.
 * Reduced motion is off, as a reader's browser has it: the diagrams are drawn as they are then.
 */
const contexts = new Map<'light' | 'dark', Promise<BrowserContext>>();
const contextFor = (colorScheme: 'light' | 'dark') => {
	if (!contexts.has(colorScheme)) contexts.set(colorScheme, site.browser.newContext({ colorScheme, reducedMotion: 'no-preference' }));
	return contexts.get(colorScheme)!;
};
afterAll(async () => {
	for (const context of contexts.values()) await (await context).close();
});

// The tests run a few at a time (the browser project's maxConcurrency); the others have their own context.
describe.skipIf(!hasBrowser).concurrent('diagrams in Chromium', () => {
	describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
		test.each(pages)('every diagram of %s renders to an accessible SVG, and the page passes axe', async (path) => {
			const page = await (await contextFor(colorScheme)).newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			const diagrams = await diagramsOf(page, path);
			expect(diagrams.length, path).toBeGreaterThan(0);
			for (const d of diagrams) {
				expect(d.error, path).toBeNull();
				expect(d.svg, path).toBe(true);
				expect(d.theme, path).toBe(colorScheme);
				expect(d.title.length, `${path} has an accessible title`).toBeGreaterThan(0);
			}
			expect(errors).toEqual([]);
			await page.evaluate(() => window.scrollTo(0, 0));
			expect(await violations(page, path, colorScheme)).toEqual([]);
			await page.close();
		});
	});

	test('switching the theme re-renders the diagram in the new theme', async () => {
		const context = await site.browser.newContext({ colorScheme: 'light' });
		const page = await context.newPage();
		await diagramsOf(page, '/fr/actions/13/');
		await page.getByRole('button', { name: /Thème sombre/ }).click();
		await page.waitForFunction(() => document.querySelector('mermaid-diagram')?.getAttribute('data-rendered') === 'dark');
		expect(await page.locator('mermaid-diagram svg').count()).toBe(1);
		await context.close();
	});

	test('Mermaid is fetched only when a diagram nears the viewport, and never on pages without one', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 700 } });
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		const mermaidChunks = () => scripts.filter((u) => /mermaid|gantt|flowDiagram|diagram-/i.test(u) && !/MermaidDiagram/.test(u));

		await page.goto(site.url + '/fr/a-propos/');
		await page.waitForLoadState('networkidle');
		expect(scripts.filter((u) => /mermaid/i.test(u))).toEqual([]);

		await page.goto(site.url + '/fr/actions/11/');
		await page.waitForLoadState('networkidle');
		expect(mermaidChunks(), 'nothing before the diagram is near').toEqual([]);
		await page.locator('mermaid-diagram').scrollIntoViewIfNeeded();
		await page.waitForSelector('mermaid-diagram[data-rendered]');
		expect(mermaidChunks().length).toBeGreaterThan(0);
		await context.close();
	});

	test('a diagram that fails to render leaves the table, not an error', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(site.url + '/fr/actions/7/');
		await page.evaluate(() => {
			const broken = document.createElement('mermaid-diagram');
			broken.dataset.source = 'flowchart LR\n  A -->';
			broken.id = 'broken';
			broken.style.minHeight = '50px';
			document.querySelector('.timeline')!.prepend(broken);
			broken.scrollIntoView();
		});
		await page.waitForSelector('#broken[data-error]', { state: 'attached' });
		expect(await page.locator('#broken').isVisible()).toBe(false);
		expect(await page.locator('.timeline table').isVisible()).toBe(true);
		expect(await page.locator('body').textContent()).not.toMatch(/Syntax error in text/);
		await context.close();
	});
});
