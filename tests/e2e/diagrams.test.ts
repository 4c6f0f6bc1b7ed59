/**
 * In a real browser: a diagram is drawn only once it nears the viewport, redrawn when the theme
 * changes, and one that fails leaves its table; pages without a diagram never fetch Mermaid. That
 * every diagram renders to an accessible SVG in light and dark mode, on pages that then pass axe, is
 * checked where readable.test.ts draws them, so that each page's charts are drawn once per scheme.
 */
import { describe, expect, test } from 'vitest';
import { drawCharts } from '../helpers/charts';
import { hasBrowser, useSite } from '../helpers/e2e';
import { reportCspViolations, watchTroubles } from '../helpers/troubles';

const site = useSite();

describe.skipIf(!hasBrowser).concurrent('diagrams in Chromium', () => {
	test('switching the theme with its button re-renders the diagram in the new theme, under the CSP', async () => {
		const context = await site.browser.newContext({ colorScheme: 'light' });
		await context.addInitScript(reportCspViolations);
		const page = await context.newPage();
		const troubles = watchTroubles(page, site.url);
		await page.goto(site.url + '/fr/actions/13/');
		await drawCharts(page);
		await page.getByRole('button', { name: /Thème sombre/ }).click();
		await page.waitForFunction(() => document.querySelector('mermaid-diagram')?.getAttribute('data-rendered') === 'dark');
		expect(await page.locator('mermaid-diagram svg').count()).toBe(1);
		expect(troubles.found).toEqual([]);
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
