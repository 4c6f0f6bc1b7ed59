/**
 * axe-core (WCAG 2.2 A/AA and best practices) on every built page, in light and dark mode, with the
 * diagrams drawn where there are some; and keyboard use of the page shell.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSite } from '../helpers/e2e';
import { DIST } from '../helpers/site';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const paths = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.html'))
	.map((f) => '/' + f.replace(/index\.html$/, ''));

const site = useSite();

/** Violations of one page, as "rule: target" lines. */
async function audit(page: Page, path: string, drawDiagrams: boolean): Promise<string[]> {
	await page.goto(site.url + path);
	if (drawDiagrams) {
		for (const diagram of await page.locator('mermaid-diagram').all()) {
			await diagram.scrollIntoViewIfNeeded();
			await page.waitForFunction((el) => el?.hasAttribute('data-rendered') || el?.hasAttribute('data-error'), await diagram.elementHandle());
		}
		await page.evaluate(() => window.scrollTo(0, 0));
	}
	await page.addScriptTag({ path: AXE });
	const violations = await page.evaluate(async (tags) => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}, TAGS);
	return violations.map((v: string) => `${path} ${v}`);
}

describe.skipIf(!hasBrowser)('axe-core', () => {
	test.each(['light', 'dark'] as const)(`every page has no violation in %s mode (${paths.length} pages)`, async (colorScheme) => {
		const context = await site.browser.newContext({ colorScheme, bypassCSP: true, reducedMotion: 'reduce' });
		const page = await context.newPage();
		const violations: string[] = [];
		for (const path of paths) violations.push(...(await audit(page, path, false)));
		expect(violations).toEqual([]);
		await context.close();
	}, 300_000);

	test.each(['light', 'dark'] as const)('pages with diagrams drawn have no violation in %s mode', async (colorScheme) => {
		const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
		const page = await context.newPage();
		const violations: string[] = [];
		for (const path of ['/fr/actions/2/', '/en/axes/3/', '/fr/calendrier/', '/en/connections/']) violations.push(...(await audit(page, path, true)));
		expect(violations).toEqual([]);
		await context.close();
	}, 120_000);
});

describe.skipIf(!hasBrowser)('keyboard', () => {
	test('the skip link is the first stop and moves focus to the main content', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + '/fr/actions/6/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
		expect(await page.locator('a.skip-link').isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe('#main');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
		await page.close();
	});

	test('every focusable element shows a visible focus indicator', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + '/en/actions/12/');
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Tab');
			const outline = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return 'none';
				const s = getComputedStyle(el);
				return s.outlineStyle === 'none' || s.outlineWidth === '0px' ? `none on ${el.outerHTML.slice(0, 60)}` : 'ok';
			});
			expect(outline).toBe('ok');
		}
		await page.close();
	});
});
