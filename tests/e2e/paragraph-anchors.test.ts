/**
 * Paragraph permalinks in a real browser: a "§ N" marker goes to its paragraph, which is tinted,
 * copies its link and makes the cite block cite that paragraph; the list of the cite block
 * chooses the passage; a reader's selection leaves the markers out; the markers sit at the start
 * of the paragraph on a phone and in the margin on a wide screen, and stay on paper.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { clipboardContext, hasBrowser, useSite } from '../helpers/e2e';

// It reads the clipboard: a browser of its own (see ownBrowser).
const site = useSite({ ownBrowser: true });

describe.skipIf(!hasBrowser)('paragraph permalinks in a browser', () => {
	let context: BrowserContext;
	let url: string;

	beforeAll(async () => {
		url = site.url;
		context = await clipboardContext(site);
	});

	const citation = (page: Page) => page.locator('.cite .citation').textContent().then((t) => t!.replace(/\s+/g, ' ').trim());
	const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

	test('a marker goes to its paragraph, tints it, copies its clean link and the cite block cites it', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/fr/actions/19/?pagefind-highlight=programme`);
		expect(await citation(page)).toMatch(/^« Action 19 : .* http:\/\/127\.0\.0\.1:\d+\/fr\/actions\/19\/$/);
		await page.locator('#p2 .paragraph-anchor a').click();
		expect(new URL(page.url()).hash).toBe('#p2');
		expect(await clipboard(page)).toBe(`${url}/fr/actions/19/#p2`);
		await expect.poll(() => page.locator('#p2 .paragraph-anchor [role=status]').textContent()).toBe('Lien copié');
		const background = (id: string) => page.$eval(id, (p) => getComputedStyle(p).backgroundColor);
		expect(await background('#p2')).not.toBe(await background('#p1'));
		await expect.poll(() => citation(page)).toMatch(/^« Action 19, § 2 : Soutien .* 25 avril 2019\. http:\/\/127\.0\.0\.1:\d+\/fr\/actions\/19\/#p2$/);
		expect(await page.locator('.cite dd a').textContent()).toBe(`${url}/fr/actions/19/#p2`);
		expect(await page.locator('.cite select').inputValue()).toBe('2');
		await page.locator('.cite > copy-link button').click();
		expect(await clipboard(page)).toBe(await citation(page));
		await page.close();
	});

	test('the list chooses the passage; opening a #pN address chooses that paragraph', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/en/actions/19/#p3`);
		expect(await page.locator('.cite [data-cite-scope]').isVisible()).toBe(true);
		expect(await citation(page)).toMatch(/^“Action 19, § 3: .*\/en\/actions\/19\/#p3$/);
		await page.locator('.cite select').selectOption('');
		expect(await citation(page)).toMatch(/^“Action 19: .* http:\/\/127\.0\.0\.1:\d+\/en\/actions\/19\/$/);
		expect(await page.locator('.cite dd a').getAttribute('href')).toBe('/en/actions/19/');
		await page.locator('.cite select').selectOption('1');
		expect(await citation(page)).toMatch(/^“Action 19, § 1: .*\/en\/actions\/19\/#p1$/);
		// Following a link elsewhere on the page (a heading anchor) keeps the chosen passage.
		await page.locator('.heading-with-anchor:has(#timeline) a').click();
		expect(await citation(page)).toMatch(/#p1$/);
		await page.close();
	});

	test("selecting the text copies the dossier's words without the markers", async () => {
		const page = await context.newPage();
		await page.goto(`${url}/fr/actions/19/`);
		const selected = await page.evaluate(() => {
			const range = document.createRange();
			range.selectNodeContents(document.querySelector('main .prose')!);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			return getSelection()!.toString();
		});
		expect(selected).toContain('Le programme HOP’EN');
		expect(selected).not.toMatch(/§|Lien vers le paragraphe/);
		await page.close();
	});

	test('on a phone the marker opens the first line; on a wide screen it hangs in the margin; both are 24 px targets', async () => {
		for (const width of [360, 1280]) {
			const page = await site.browser.newPage({ viewport: { width, height: 800 } });
			await page.goto(`${url}/en/actions/19/`);
			const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
			const p = await box('#p2');
			const marker = await box('#p2 .paragraph-anchor a');
			expect(marker.width, `${width}px`).toBeGreaterThanOrEqual(24);
			expect(marker.height, `${width}px`).toBeGreaterThanOrEqual(24);
			expect(marker.x, `${width}px: inside the window`).toBeGreaterThanOrEqual(0);
			expect(marker.y - p.y, `${width}px: on the first line`).toBeLessThan(10);
			if (width === 360) expect(marker.x, 'at the start of the paragraph').toBeGreaterThanOrEqual(p.x);
			else expect(marker.x + marker.width, 'left of the paragraph').toBeLessThanOrEqual(p.x);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			await page.close();
		}
	});

	test('in print the markers stay, without an address after them, and the targeted paragraph is not tinted', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/fr/actions/19/#p2`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('#p2 .paragraph-anchor').isVisible()).toBe(true);
		expect(await page.$eval('#p2', (p) => getComputedStyle(p).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
		await page.goto(`${url}/fr/feuille-de-route/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.$eval('#action-19-p2 .paragraph-anchor a', (a) => getComputedStyle(a, '::after').content)).toBe('none');
		await page.close();
	});
});
