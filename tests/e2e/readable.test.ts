/**
 * In a real browser, as a reader sees it: on a phone (360×740) and a desktop (1280×800), every
 * deadline's date is on screen, nothing spills out of its box, the page never scrolls sideways, and
 * the charts' text is inside the chart and large enough to read; on the connections graph's pages,
 * the graph's own layout at each width (graphProblems). At 1280 px, where the charts are drawn by
 * scrolling to them, the same drawn pages are also where every diagram is checked: an SVG with its
 * title, no Mermaid error, in the page's theme, and the page with every diagram drawn passes axe
 * (light: every rule; dark: the colour rules, as in accessibility.test.ts). One context per width;
 * each page is loaded once in it, in light mode, every chart drawn; at 1280 px it is then switched to
 * the dark scheme (its diagrams redraw, as they do for a reader whose system switches) and read again.
 * The phone is read in light mode only: the dark scheme changes colours and nothing else (each colour
 * is a light-dark() pair, tokens.css), and the desktop sweep checks that Mermaid's dark theme draws
 * every diagram at the size the light one did. Every check is evaluated in the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { violations } from '../helpers/axe';
import { NO_DIAGRAM, SWEPT_PAGES, drawCharts, toDark } from '../helpers/charts';
import { hasBrowser, useSite } from '../helpers/e2e';
import { serveDist } from '../helpers/server';
import { reportCspViolations, watchTroubles } from '../helpers/troubles';

const site = useSite();

const viewports = [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 },
];

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

		// Every text of a drawn chart: inside the chart's box and ≥ 11 px. A chart drawn on request in a
		// scroll box (data-scrolls, on a phone) may be read by scrolling it: its scrolling area counts.
		for (const chart of document.querySelectorAll<HTMLElement>('mermaid-diagram[data-rendered]')) {
			const svg = chart.querySelector('svg');
			if (!svg) continue;
			const box = chart.getBoundingClientRect();
			const left = box.left - (chart.hasAttribute('data-scrolls') ? chart.scrollLeft : 0);
			const right = chart.hasAttribute('data-scrolls') ? left + Math.max(chart.scrollWidth, box.width) : box.right;
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

/** What each diagram of the page became: its theme, its error, whether it is an SVG with a title. */
const diagramsOf = (page: Page) =>
	page.$$eval('mermaid-diagram', (els) =>
		els.map((el) => ({ theme: el.getAttribute('data-rendered'), error: el.getAttribute('data-error'), svg: !!el.querySelector('svg[aria-roledescription]'), title: el.querySelector('svg title')?.textContent ?? '' })),
	);

/** The size of every drawn diagram and the page's height: what a colour scheme must not change. */
const geometry = (page: Page) =>
	page.evaluate(() => [
		document.documentElement.scrollHeight,
		...[...document.querySelectorAll('mermaid-diagram svg')].map((svg) => {
			const r = svg.getBoundingClientRect();
			return `${r.width.toFixed(1)}×${r.height.toFixed(1)}`;
		}),
	]);

/** The connections graph's pages: the sweeps also read the graph's own layout there. */
const GRAPH_PAGES = new Set(['/fr/liens/', '/en/connections/']);

/** What the drawn graph looks like: its box and its page's widths, its labels' sizes and colours. */
const graph = (page: Page) =>
	page.evaluate(() => {
		const chart = document.querySelector<HTMLElement>('.graph mermaid-diagram')!;
		const svg = chart.querySelector('svg')!;
		const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
		const labels = [...svg.querySelectorAll<HTMLElement>('.nodeLabel')].filter((l) => (l.textContent ?? '').trim());
		const nodes = [...svg.querySelectorAll<SVGGElement>('g.node')];
		const probe = document.createElement('span');
		document.body.append(probe);
		// The axis colours as the page resolves them (light-dark tokens), to compare with the nodes' strokes.
		const axisColour = (n: number) => {
			probe.style.color = `var(--axis-${n})`;
			return getComputedStyle(probe).color;
		};
		const result = {
			boxWidth: chart.clientWidth,
			scrollWidth: chart.scrollWidth,
			overflowX: getComputedStyle(chart).overflowX,
			pageWidth: document.documentElement.scrollWidth,
			viewport: document.documentElement.clientWidth,
			smallest: Math.min(...labels.map((l) => parseFloat(getComputedStyle(l).fontSize) * scale)),
			labels: labels.length,
			clusters: svg.querySelectorAll('.cluster').length,
			uncoloured: nodes
				.filter((g) => {
					const axis = [...g.classList].find((c) => /^axis-\d$/.test(c));
					const shape = g.querySelector('rect, path, polygon');
					return !axis || !shape || getComputedStyle(shape).stroke !== axisColour(Number(axis.slice(5)));
				})
				.map((g) => g.id),
		};
		probe.remove();
		return result;
	});

/**
 * What is wrong with the drawn connections graph, as sentences. On a phone it scrolls in its own box
 * and keeps its text at 12 px or more; on a desktop it fits the page without shrinking its text
 * below 14 px, with no group boxes, its legend and the actions it leaves out. Its nodes are in their
 * axis colours in either scheme.
 */
async function graphProblems(page: Page, desktop: boolean): Promise<string[]> {
	const g = await graph(page);
	const found: string[] = [];
	if (g.uncoloured.length > 0) found.push(`nodes not in their axis colour: ${g.uncoloured.join(', ')}`);
	if (g.labels <= 10) found.push(`only ${g.labels} labels`);
	if (desktop) {
		if (g.scrollWidth > g.boxWidth) found.push(`the graph scrolls sideways (${g.scrollWidth} > ${g.boxWidth})`);
		if (g.smallest < 14) found.push(`smallest label ${g.smallest.toFixed(1)} px (< 14)`);
		if (g.clusters > 0) found.push(`${g.clusters} of Mermaid's (yellow) subgraph boxes`);
		if ((await page.locator('.graph .legend .badge').count()) !== 5) found.push('the legend has not 5 axes');
		if ((await page.locator('.graph .unlinked a').count()) === 0) found.push('the actions left out are not listed');
	} else {
		if (g.overflowX !== 'auto') found.push(`the graph's box does not scroll (overflow-x: ${g.overflowX})`);
		if (g.scrollWidth <= g.boxWidth) found.push('the graph does not scroll inside its box');
		if (g.pageWidth > g.viewport) found.push('the page scrolls sideways');
		if (g.smallest < 12) found.push(`smallest label ${g.smallest.toFixed(1)} px (< 12)`);
	}
	return found;
}

describe.skipIf(!hasBrowser)('readable on a phone and a desktop', () => {
	// Each page is loaded once per width, in light mode, every chart drawn; at 1280 px then switched to
	// the dark scheme (its diagrams redraw) and read again: what a colour scheme can change is read in each.
	for (const viewport of viewports) {
		const desktop = viewport.width > 1000;
		const schemes = desktop ? (['light', 'dark'] as const) : (['light'] as const);
		test.concurrent(`at ${viewport.width}×${viewport.height}, ${desktop ? 'in light mode then switched to dark' : 'in light mode'}, dates are on screen, nothing spills, charts are legible, the connections graph ${desktop ? 'fits the page' : 'is drawn only on request, in its own scroll box'}${desktop ? '; every diagram renders to an accessible SVG in the theme, at the same size in both, and the page passes axe' : ''}; no script error, CSP violation, failed or third-party request, or cookie`, async () => {
			const context = await site.browser.newContext({ viewport });
			await context.addInitScript(reportCspViolations);
			const page = await context.newPage();
			const troubles = watchTroubles(page, site.url);
			const scripts: string[] = [];
			page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
			for (const path of SWEPT_PAGES) {
				troubles.found.length = 0;
				scripts.length = 0;
				await page.emulateMedia({ colorScheme: 'light' });
				await page.goto(site.url + path);
				if (!desktop && GRAPH_PAGES.has(path)) {
					// On a phone the table is the reading view: the button comes first, the table right
					// after it, and Mermaid is not downloaded until the button is pressed.
					await page.waitForLoadState('networkidle');
					expect(await page.locator('.graph mermaid-diagram').isVisible(), `${path}: no chart before the click`).toBe(false);
					expect(scripts.filter((u) => /mermaid|flowDiagram|dagre/i.test(u) && !/MermaidDiagram/.test(u)), `${path}: Mermaid is not downloaded`).toEqual([]);
					expect(await page.evaluate(() => document.querySelector('button.show-chart')!.getBoundingClientRect().bottom < document.querySelector('table')!.getBoundingClientRect().top), `${path}: the button before the table`).toBe(true);
				}
				await drawCharts(page);
				const light = await geometry(page);
				for (const scheme of schemes) {
					if (scheme === 'dark') {
						await toDark(page);
						expect(await geometry(page), `${path}: the dark scheme draws the page and its diagrams at the same size`).toEqual(light);
					}
					expect(await problems(page), `${path} (${scheme})`).toEqual([]);
					if (GRAPH_PAGES.has(path)) expect(await graphProblems(page, desktop), `${path} (${scheme}): the connections graph`).toEqual([]);
					if (!desktop || NO_DIAGRAM.has(path)) continue;
					const diagrams = await diagramsOf(page);
					expect(diagrams.length, path).toBeGreaterThan(0);
					for (const d of diagrams) expect(d, `${path}: an SVG with its title, in the ${scheme} theme`).toEqual({ theme: scheme, error: null, svg: true, title: expect.stringMatching(/\S/) });
					await page.evaluate(() => window.scrollTo(0, 0));
					expect(await violations(page, path, scheme)).toEqual([]);
				}
				// With every chart drawn, in each scheme: no script error, CSP violation, failed request or request to another site.
				expect(troubles.found, path).toEqual([]);
			}
			expect(await context.cookies(), 'cookies').toEqual([]);
			await context.close();
		}, 180_000);
	}

	// Between the phone (charts on request, in a scroll box) and the desktop (labels set smaller to
	// fit), a label too long for the chart even at 12 px goes on two lines: the timelines, which have
	// every label, at a tablet's 768 px. (They used to widen the chart past its box, which cut the
	// longest labels, dates included, with nothing to say that the chart scrolled.) The connections
	// graph, scaled down to the page's width, waits for a click where its labels would fall below 12 px
	// (it showed them at 10 to 12 px between 670 and 810 px), and above that reserves a height in
	// proportion (a blank of 240 px lay under it at 768 px).
	test('on a tablet, every timeline label is whole inside its chart, a long one on two lines with its date whole; the connections graph is legible and leaves no blank', async () => {
		const page = await site.browser.newPage({ viewport: { width: 768, height: 1024 } });
		for (const path of ['/fr/calendrier/', '/en/timeline/']) {
			await page.goto(site.url + path);
			await drawCharts(page);
			expect(await problems(page), path).toEqual([]);
			const wrapped = await page.$$eval('mermaid-diagram text.row-label:has(tspan)', (texts) => texts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '')));
			expect(wrapped.length, `${path}: labels on two lines`).toBeGreaterThan(2);
			for (const lines of wrapped) {
				expect(lines, path).toHaveLength(2);
				expect(lines[0], `${path}: a line break keeps its space`).toMatch(/ $/);
				expect(lines[1]!.trim(), `${path}: the date whole on the second line`).toMatch(/\([^()]+\)( [→↻])?$/);
			}
		}
		// At 768 px the graph comes on request, whole, in its own scroll box, as on a phone.
		await page.goto(site.url + '/fr/liens/');
		expect(await page.locator('.graph button.show-chart').count(), 'a button, not a shrunken graph').toBe(1);
		await drawCharts(page);
		expect(await graphProblems(page, false)).toEqual([]);
		// A little wider, it is drawn in place, scaled down, its labels 12 px or more, with no blank under it.
		await page.setViewportSize({ width: 900, height: 1024 });
		await page.goto(site.url + '/en/connections/');
		await drawCharts(page);
		const g = await graph(page);
		expect(g.smallest, 'smallest label at 900 px').toBeGreaterThanOrEqual(12);
		const blank = await page.evaluate(() => {
			const chart = document.querySelector('.graph mermaid-diagram')!;
			return chart.getBoundingClientRect().height - chart.querySelector('svg')!.getBoundingClientRect().height;
		});
		expect(blank, 'the height the graph reserved, less its own').toBeLessThan(40);
		await page.close();
	});

	test('on a phone, replacing a chart by its button does not make the page below jump (layout shifts in main)', async () => {
		const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.addInitScript(() => {
			const w = window as unknown as { shifts: number };
			w.shifts = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as unknown as Array<{ value: number; sources: Array<{ node?: Node }> }>) {
					// Inside main only: the header's own controls have their test below.
					const main = document.querySelector('main');
					if (e.sources.some((s) => s.node && s.node !== main && main?.contains(s.node))) w.shifts += e.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const path of ['/fr/calendrier/', '/en/connections/', '/fr/actions/13/']) {
			await page.goto(site.url + path, { waitUntil: 'networkidle' });
			await page.waitForSelector('button.show-chart');
			// Two frames, so that the shift of the last change is reported.
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), path).toBeLessThan(0.05);
		}
		await context.close();
	});

	// On a slow network a page is painted before all of it has arrived, and its scripts run once it
	// has: what arrives or wakes up afterwards must not move what is already painted. A server that
	// sends each page slowly (trickle) makes that early paint happen on every run, not only on a
	// loaded machine, where it once did: the header's tools painted before their last button, the
	// glossary's column before its longest acronym, an action's "copy link" revealed by its script.
	test.concurrent('on a slow connection, nothing on the page moves while it loads: the header\'s buttons, the glossary\'s column, the copy buttons keep their place from the first paint', async () => {
		// The same site, each page sent slowly (trickle).
		const slow = await serveDist({ trickle: true });
		try {
			for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
				const context = await site.browser.newContext({ viewport });
				const page = await context.newPage();
				await page.addInitScript(() => {
					const w = window as unknown as { shifts: number; moved: string[] };
					w.shifts = 0;
					w.moved = [];
					new PerformanceObserver((list) => {
						for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean; sources: Array<{ node?: Node | null }> }>) {
							if (e.hadRecentInput) continue;
							w.shifts += e.value;
							// What moved, for the failure message.
							w.moved.push(...e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join('.')} "${(s.node.textContent ?? '').trim().slice(0, 30)}"` : String(s.node?.nodeName))));
						}
					}).observe({ type: 'layout-shift', buffered: true });
				});
				// Pages whose first screen has no chart, and the two whose first screen has a chart: the
				// connections graph (its legend and note keep their place while it is drawn; on a phone
				// its button takes the reserved box's place, margins included) and the timeline.
				for (const path of ['/fr/', '/en/', '/fr/a-propos/', '/en/glossary/', '/fr/glossaire/', '/fr/actions/13/', '/en/actions/1/', '/fr/liens/', '/fr/calendrier/']) {
					await page.goto(slow.url + path, { waitUntil: 'networkidle' });
					await page.locator('site-search > button').waitFor({ state: 'visible' });
					await page.locator('theme-toggle > button').waitFor({ state: 'visible' });
					await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
					const { shifts, moved } = await page.evaluate(() => {
						const w = window as unknown as { shifts: number; moved: string[] };
						return { shifts: w.shifts, moved: w.moved };
					});
					expect(shifts, `${path} at ${viewport.width} px: ${moved.join(', ')}`).toBe(0);
				}
				await context.close();
			}
		} finally {
			await slow.close();
		}
	}, 180_000);
});
