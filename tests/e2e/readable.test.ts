/**
 * In a real browser, as a reader sees it: on a phone (360×740) and a desktop (1280×800), light and
 * dark, every deadline's date is on screen, nothing spills out of its box, the page never scrolls
 * sideways, and the charts' text is inside the chart and large enough to read. One browser, one
 * page per context, every check evaluated in the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSite } from '../helpers/e2e';

const site = useSite();

const paths = ['/fr/', '/en/', '/fr/actions/13/', '/en/actions/13/', '/fr/actions/15/', '/en/actions/15/', '/fr/axes/2/', '/en/axes/2/', '/fr/calendrier/', '/en/timeline/'];
const viewports = [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 },
];

/** Draws every chart of the page: on a phone through its "show the chart" button, else by scrolling to it. */
async function drawCharts(page: Page): Promise<void> {
	// Each click removes its button: always click the first one left.
	while ((await page.locator('button.show-chart').count()) > 0) await page.locator('button.show-chart').first().click();
	const count = await page.locator('mermaid-diagram').count();
	for (let i = 0; i < count; i++) {
		const diagram = page.locator('mermaid-diagram').nth(i);
		await diagram.scrollIntoViewIfNeeded();
		await page.waitForFunction((el) => el?.hasAttribute('data-rendered') || el?.hasAttribute('data-error'), await diagram.elementHandle(), { timeout: 20_000 });
	}
}

/** Everything a reader would miss on this page, as sentences (empty when all is well). */
const problems = (page: Page) =>
	page.evaluate(() => {
		const found: string[] = [];
		const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
		const vw = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth > vw) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${vw})`);

		// Every date of a deadline: inside the viewport's width and inside every clipping ancestor.
		for (const time of document.querySelectorAll('[data-edtf] time')) {
			const r = time.getBoundingClientRect();
			if (r.width === 0) {
				found.push(`hidden date ${name(time)}`);
				continue;
			}
			if (r.left < 0 || r.right > vw) found.push(`date off screen ${name(time)} (${Math.round(r.left)}–${Math.round(r.right)})`);
			for (let a = time.parentElement; a && a !== document.body; a = a.parentElement) {
				const cs = getComputedStyle(a);
				if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
				const b = a.getBoundingClientRect();
				if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1) found.push(`date ${name(time)} cut by ${name(a)}`);
			}
		}

		// No box (background or border) whose text is wider than the box, except boxes that scroll by design
		// (icons drawn with CSS have no text and may reach outside their box on purpose).
		for (const el of document.body.querySelectorAll('*')) {
			if (el instanceof SVGElement || el.closest('svg') || !(el.textContent ?? '').trim()) continue;
			const cs = getComputedStyle(el);
			if (cs.display === 'none' || cs.overflowX === 'auto' || cs.overflowX === 'scroll') continue;
			const boxed = (cs.backgroundColor !== 'rgba(0, 0, 0, 0)' && cs.backgroundColor !== 'transparent') || cs.backgroundImage !== 'none' || ['Top', 'Right', 'Bottom', 'Left'].some((s) => parseFloat(cs.getPropertyValue(`border-${s.toLowerCase()}-width`)) > 0 && cs.getPropertyValue(`border-${s.toLowerCase()}-style`) !== 'none');
			if (boxed && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) found.push(`text spills out of ${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
		}

		// Every text of a drawn chart: inside the chart's box (its scrolling area counts) and ≥ 11 px.
		for (const chart of document.querySelectorAll<HTMLElement>('mermaid-diagram[data-rendered]')) {
			const svg = chart.querySelector('svg');
			if (!svg) continue;
			const box = chart.getBoundingClientRect();
			const left = box.left - chart.scrollLeft;
			const right = left + Math.max(chart.scrollWidth, box.width);
			const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width);
			for (const text of svg.querySelectorAll('text')) {
				const r = text.getBoundingClientRect();
				if (r.width === 0 || !(text.textContent ?? '').trim()) continue;
				if (r.left < left - 1 || r.right > right + 1) found.push(`chart text outside the chart ${name(text)} (${Math.round(r.left)}–${Math.round(r.right)} not in ${Math.round(left)}–${Math.round(right)})`);
				const size = parseFloat(getComputedStyle(text).fontSize) * scale;
				if (size < 11) found.push(`chart text too small ${name(text)} (${size.toFixed(1)} px)`);
			}
		}
		return found;
	});

describe.skipIf(!hasBrowser)('readable on a phone and a desktop', () => {
	for (const viewport of viewports) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`at ${viewport.width}×${viewport.height} in ${colorScheme} mode, dates are on screen, nothing spills, charts are legible`, async () => {
				const context = await site.browser.newContext({ viewport, colorScheme });
				const page = await context.newPage();
				for (const path of paths) {
					await page.goto(site.url + path);
					await drawCharts(page);
					expect(await problems(page), path).toEqual([]);
				}
				await context.close();
			}, 120_000);
		}
	}

	test('on a phone the header takes at most ~120 px and every control is at least 24×24 px', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		for (const path of ['/fr/actions/13/', '/en/timeline/']) {
			await page.goto(site.url + path);
			const height = await page.evaluate(() => document.querySelector('body > header')!.getBoundingClientRect().height);
			expect(height, path).toBeLessThanOrEqual(124);
			const small = await page.evaluate(() =>
				[...document.querySelectorAll('body > header :is(a, button)')]
					.map((el) => ({ el: (el.textContent ?? '').trim() || el.getAttribute('aria-label'), r: el.getBoundingClientRect() }))
					.filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
					.map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
			);
			expect(small, path).toEqual([]);
		}
		await page.close();
	});
});
