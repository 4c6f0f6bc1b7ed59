/** Drawing a page's charts in the browser tests, as a reader brings them up, and the pages drawn whole. */
import type { Page } from 'playwright-core';

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
