/**
 * In a real browser: small screens (no sideways scrolling at 320 px, the header on a phone), the
 * remembered theme without a flash, print (colours, the links' addresses, the links table, the table
 * of contents), and the note that explains the charts' time scale.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSite } from '../helpers/e2e';

const site = useSite();

const samples = ['/fr/', '/en/actions/8/', '/fr/axes/2/', '/fr/calendrier/', '/en/connections/', '/fr/glossaire/', '/en/organisations/cnam/', '/fr/edito-des-pilotes/'];

describe.skipIf(!hasBrowser)('layout', () => {
	test('at 320 px wide nothing overflows the page: wide tables scroll inside themselves', async () => {
		const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
		for (const path of samples) {
			await page.goto(site.url + path);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, path).toBeLessThanOrEqual(320);
		}
		await page.close();
	});

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

	test('a chosen dark theme applies before the first paint, with no flash of light', async () => {
		const context = await site.browser.newContext({ colorScheme: 'light' });
		await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
		const page = await context.newPage();
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				(window as unknown as { firstTheme: string }).firstTheme = getComputedStyle(document.body).backgroundColor;
			});
		});
		await page.goto(site.url + '/fr/actions/5/');
		const first = await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme);
		expect(first).toBe('rgb(21, 23, 28)');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		await context.close();
	});

	test('the theme follows the system setting when the reader has not chosen', async () => {
		const context = await site.browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(site.url + '/en/');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 28)');
		expect(await page.getAttribute('theme-toggle button', 'aria-pressed')).toBe('true');
		await context.close();
	});

	test('printing hides the navigation and uses light colours', async () => {
		const context = await site.browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(site.url + '/fr/actions/11/');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('body > header').isVisible()).toBe(false);
		expect(await page.locator('.breadcrumb').isVisible()).toBe(false);
		expect(await page.locator('main .prose').isVisible()).toBe(true);
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
		await context.close();
	});
});

describe.skipIf(!hasBrowser)('printed', () => {
	/** Each link of `main` as print shows it: its href, the text print adds after it, and whether it reaches past the page's width. */
	const printedLinks = (page: Page) =>
		page.evaluate(() => {
			const right = document.querySelector('main')!.getBoundingClientRect().right;
			const block = (el: Element): Element => {
				for (let p = el.parentElement; p; p = p.parentElement) if (!getComputedStyle(p).display.startsWith('inline') && getComputedStyle(p).display !== 'contents') return p;
				return document.body;
			};
			return [...document.querySelectorAll('main a[href]')]
				.filter((a) => getComputedStyle(a).display !== 'none' && a.getClientRects().length > 0)
				.map((a) => ({
					href: a.getAttribute('href')!,
					text: (a.textContent ?? '').trim(),
					after: getComputedStyle(a, '::after').content,
					// An address is one unbreakable run (Chromium would otherwise cut it after each hyphen).
					whole: getComputedStyle(a, '::after').content === 'none' || getComputedStyle(a, '::after').whiteSpace === 'nowrap',
					// Past the page, past the block it sits in (a list item, a cell, a column), or past its own box.
					cut: Math.max(...[...a.getClientRects()].map((r) => r.right)) > Math.min(right, block(a).getBoundingClientRect().right) + 1 || (getComputedStyle(a).display !== 'inline' && a.scrollWidth > a.clientWidth + 1),
				}));
		});

	test('a link is followed by its full address, whole, except anchors, addresses and the table of contents', async () => {
		// Narrower than A4 less Chromium's default margins (718 px): wide margins or a small paper must fit too.
		const context = await site.browser.newContext({ viewport: { width: 600, height: 1000 } });
		const page = await context.newPage();
		await page.emulateMedia({ media: 'print' });
		for (const path of ['/fr/actions/13/', '/en/actions/1/', '/fr/feuille-de-route/']) {
			await page.goto(site.url + path);
			const links = await printedLinks(page);
			const site_ = new URL(site.url).origin;
			const paths = links.filter((l) => l.href.startsWith('/') && !l.href.includes('#') && l.text !== l.href && !/^https?:/.test(l.text));
			expect(paths.length, path).toBeGreaterThan(3);
			const wrong = paths.filter((l) => !path.endsWith('feuille-de-route/') && l.after !== `"(${site_}${l.href})"`);
			expect(wrong, `${path}: links whose printed address is not absolute`).toEqual([]);
			expect(links.filter((l) => l.href.startsWith('#')).map((l) => l.after), `${path}: in-page anchors`).toEqual(links.filter((l) => l.href.startsWith('#')).map(() => 'none'));
			expect(links.filter((l) => /^https?:/.test(l.text)).map((l) => l.after), `${path}: links that show their address`).toEqual(links.filter((l) => /^https?:/.test(l.text)).map(() => 'none'));
			expect(links.filter((l) => l.cut).map((l) => l.href), `${path}: links reaching past the page`).toEqual([]);
			expect(links.filter((l) => !l.whole).map((l) => l.href), `${path}: addresses that may be cut`).toEqual([]);
		}
		// The whole roadmap: the organisations' links carry their address; the table of contents and the action headings do not.
		const roadmap = await printedLinks(page);
		expect(roadmap.find((l) => l.href.startsWith('/fr/acteurs/'))?.after).toMatch(/^"\(http:\/\/127\.0\.0\.1:\d+\/fr\/acteurs\/[a-z-]+\/\)"$/);
		const toc = await page.evaluate(() => [...document.querySelectorAll('.toc a, .roadmap-action h3 a')].map((a) => getComputedStyle(a, '::after').content));
		expect(new Set(toc)).toEqual(new Set(['none']));
		await context.close();
	});

	test('the links table prints each action\'s address once, after its name, and nothing runs over a cell', async () => {
		const page = await site.browser.newPage({ viewport: { width: 600, height: 1000 } });
		await page.emulateMedia({ media: 'print' });
		await page.goto(site.url + '/fr/liens/');
		const table = await page.evaluate(() => {
			const after = (a: Element) => getComputedStyle(a, '::after').content;
			return {
				names: [...document.querySelectorAll('.links-table th a')].map(after).filter((c) => c.includes('/actions/')).length,
				numbers: [...new Set([...document.querySelectorAll('.links-table td a')].map(after))],
				spilling: [...document.querySelectorAll('.links-table :is(th, td)')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => (c.textContent ?? '').trim().slice(0, 30)),
			};
		});
		expect(table).toEqual({ names: 26, numbers: ['none'], spilling: [] });
		await page.close();
	});

	test('the whole roadmap\'s table of contents does not number its entries (its nested lists would restart at 1)', async () => {
		const page = await site.browser.newPage();
		for (const media of ['screen', 'print'] as const) {
			await page.emulateMedia({ media });
			await page.goto(site.url + '/fr/feuille-de-route/');
			const markers = await page.evaluate(() => [...new Set([...document.querySelectorAll('.toc li')].map((li) => getComputedStyle(li).listStyleType))]);
			expect(markers, media).toEqual(['none']);
		}
		await page.close();
	});
});

describe.skipIf(!hasBrowser)('the time scale, explained', () => {
	test("the note under a chart ends on the chart's last tick, and the home page says why its first year card is 2018", async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
		for (const [path, ends] of [['/fr/calendrier/', 'au 1er janvier'], ['/en/timeline/', 'to 1 January']] as const) {
			await page.goto(site.url + path);
			await page.locator('mermaid-diagram').first().scrollIntoViewIfNeeded();
			await page.waitForSelector('mermaid-diagram[data-rendered]');
			const ticks = await page.locator('mermaid-diagram[data-rendered]').first().locator('.grid .tick text').allTextContents();
			const note = (await page.locator('.timeline .scale').first().textContent())!.replace(/\s+/g, ' ');
			expect(note, path).toContain(`${ends} ${ticks.at(-1)}`);
			expect(note, path).toContain(ticks[0]!);
			// Five charts share the scale: the page explains it once, under the first, not five times.
			expect(await page.locator('.timeline .scale').count(), path).toBe(1);
		}
		for (const [path, words] of [['/fr/', /Pourquoi 2018 .*action 18 \(« Appui au déploiement », 2018-2022\)/], ['/en/', /Why 2018\? .*action 18 \(“Support for deployment”, 2018-2022\)/]] as const) {
			await page.goto(site.url + path);
			const card = page.locator('.years a[href$="#year-2018"]');
			const note = page.locator(`#${await card.getAttribute('aria-describedby')}`);
			expect((await note.textContent())!.replace(/\s+/g, ' '), path).toMatch(words);
			expect(await note.isVisible(), path).toBe(true);
		}
		await page.close();
	});
});
