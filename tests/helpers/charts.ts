/** Drawing a page's charts in the browser tests, as a reader brings them up. */
import type { Page } from 'playwright-core';

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
