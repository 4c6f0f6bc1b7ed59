/** Drawing a page's charts in the browser tests, as a reader brings them up, and the pages drawn whole. */
import type { Page } from 'playwright-core';
import type { Scheme } from './axe';

/**
 * The pages that readable.test.ts reads with every chart drawn, at 360 and 1280 px, light and dark,
 * and audits with axe at 1280 px in both schemes: the home pages, the pages with charts, and each
 * kind of diagram. accessibility.test.ts does not audit them again.
 */
export const SWEPT_PAGES = ['/fr/', '/en/', '/fr/liens/', '/en/connections/', '/fr/actions/13/', '/en/actions/13/', '/fr/actions/15/', '/en/actions/15/', '/fr/actions/7/', '/en/actions/2/', '/fr/axes/2/', '/en/axes/2/', '/en/axes/5/', '/fr/calendrier/', '/en/timeline/'];
/** Swept pages without a diagram. */
export const NO_DIAGRAM = new Set(['/fr/', '/en/']);

/** Draws every chart of the page: on a phone through its "show the chart" button, else by scrolling to it. */
export async function drawCharts(page: Page): Promise<void> {
	// Each click removes its button: always click the first one left.
	while ((await page.locator('button.show-chart').count()) > 0) await page.locator('button.show-chart').first().click();
	const count = await page.locator('mermaid-diagram').count();
	for (let i = 0; i < count; i++) {
		const diagram = page.locator('mermaid-diagram').nth(i);
		await diagram.scrollIntoViewIfNeeded();
		await page.waitForFunction((el) => el?.hasAttribute('data-rendered') || el?.hasAttribute('data-error'), await diagram.elementHandle(), { timeout: 20_000 });
	}
}

/**
 * Waits until the diagrams the page draws by itself are drawn: a diagram is drawn once it comes
 * within 300 px of the viewport (MermaidDiagram.astro), so those are awaited and the others stay
 * as they are; drawn ones must be in `scheme`'s theme (they redraw when the scheme changes).
 */
export async function settleDiagrams(page: Page, scheme: Scheme): Promise<void> {
	const settled = await page.waitForFunction((theme) =>
		[...document.querySelectorAll<HTMLElement>('mermaid-diagram')].every((d) => {
			if (d.dataset.error) return true;
			if (d.dataset.rendered) return d.dataset.rendered === theme;
			const r = d.getBoundingClientRect();
			return r.width === 0 || r.top > innerHeight + 300 || r.bottom < -300;
		}), scheme);
	await settled.dispose();
}

/**
 * Switches the loaded page to the system's dark scheme (prefers-color-scheme, as a reader's system
 * gives it) and waits for what that changes: drawn diagrams redraw in the dark theme, and two frames
 * pass (switching with the theme button's data-theme instead left some computed colours light for a
 * few frames; this switch showed none, and accessibility.test.ts compares every element's colours
 * with those of a page loaded in the dark scheme).
 */
export async function toDark(page: Page): Promise<void> {
	await page.emulateMedia({ colorScheme: 'dark' });
	await settleDiagrams(page, 'dark');
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
