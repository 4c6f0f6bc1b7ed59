/**
 * On a phone (360×740), the links of the glossary, the organisations list and the 404 page: the
 * action numbers of the organisations list are targets of at least 24×24 px (WCAG 2.5.8), the
 * glossary's action links are readable, and nothing overflows the page.
 */
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSite } from '../helpers/e2e';

const site = useSite();
const PHONE = { width: 360, height: 740 };

describe.skipIf(!hasBrowser)('reader links on a phone', () => {
	test.each(['/fr/acteurs/', '/en/organisations/'])('%s: every action number is a target of at least 24×24 px', async (path) => {
		const page = await site.browser.newPage({ viewport: PHONE });
		await page.goto(site.url + path);
		const boxes = await page.locator('.counts a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map(({ width, height }) => ({ width, height })));
		expect(boxes.length).toBeGreaterThan(20);
		for (const box of boxes) {
			expect(box.width).toBeGreaterThanOrEqual(24);
			expect(box.height).toBeGreaterThanOrEqual(24);
		}
		await page.close();
	});

	test.each(['/fr/glossaire/', '/en/glossary/'])('%s: action links are at least 14 px and inside the page', async (path) => {
		const page = await site.browser.newPage({ viewport: PHONE });
		await page.goto(site.url + path);
		const links = await page.locator('.glossary .see a').evaluateAll((as) =>
			as.map((a) => ({ size: parseFloat(getComputedStyle(a).fontSize), right: a.getBoundingClientRect().right })),
		);
		expect(links.length).toBeGreaterThan(5);
		for (const { size, right } of links) {
			expect(size).toBeGreaterThanOrEqual(14);
			expect(right).toBeLessThanOrEqual(PHONE.width);
		}
		await page.close();
	});

	test.each([360, 1280])('at %i px, every glossary acronym fits its column on one line', async (width) => {
		const page = await site.browser.newPage({ viewport: { width, height: 800 } });
		for (const path of ['/fr/glossaire/', '/en/glossary/']) {
			await page.goto(site.url + path);
			const broken = await page.locator('.glossary dt').evaluateAll((dts) =>
				dts.filter((dt) => dt.scrollWidth > dt.clientWidth || dt.querySelector('abbr')!.getClientRects().length > 1).map((dt) => dt.textContent),
			);
			expect(broken, path).toEqual([]);
			// One column for all rows: every term starts and every meaning starts at the same x.
			const xs = await page.locator('.glossary dd').evaluateAll((dds) => new Set(dds.map((dd) => Math.round(dd.getBoundingClientRect().x))).size);
			expect(xs, path).toBe(1);
		}
		await page.close();
	});

	test.each(['/fr/glossaire/', '/en/organisations/', '/fr/acteurs/ans/', '/en/nowhere/', '/nowhere/'])('%s does not overflow 360 px', async (path) => {
		const page = await site.browser.newPage({ viewport: PHONE });
		await page.goto(site.url + path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		await page.close();
	});
});
