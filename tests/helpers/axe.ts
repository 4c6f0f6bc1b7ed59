/**
 * axe-core as the browser tests run it: which rules each colour scheme is audited for, and the
 * violations of a loaded page. Shared by the audit of every page (accessibility.test.ts) and the
 * audit of pages with every diagram drawn (readable.test.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe's browser bundle, for a context's init script. */
export const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * What each colour scheme is audited for: in light mode every rule of WCAG 2.2 A/AA and best
 * practices; in dark mode the rules a colour scheme can change (contrast, links told apart from
 * text), since the themes differ only in colours.
 */
export const RUN_ONLY = {
	light: { type: 'tag', values: TAGS },
	dark: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] },
} as const;
export type Scheme = keyof typeof RUN_ONLY;

let source: string | undefined;

/** Violations of the loaded page in `scheme`'s rules, as "path (scheme) rule: target" lines. */
export async function violations(page: Page, path: string, scheme: Scheme): Promise<string[]> {
	// A page whose context has no init script with axe gets it now (evaluated over the DevTools
	// protocol, which the page's CSP does not govern).
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate((axe) => (0, eval)(axe), (source ??= readFileSync(AXE, 'utf8')));
	// The page as a reader meets it once its scripts have run: the header's buttons are hidden until
	// their element is defined (global.css), and an element defined while axe runs would be seen in
	// two states by one audit.
	await page.waitForFunction(() => !document.querySelector(':not(:defined) > [data-needs-script]'));
	// Only violations are gathered in full (resultTypes): axe then skips describing every passing
	// node, a large share of its time on a long page, and finds the same violations.
	const found = await page.evaluate(async (only) => {
		// @ts-expect-error axe is the bundle evaluated in the page
		const result = await window.axe.run(document, { runOnly: only, resultTypes: ['violations'] });
		return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}, RUN_ONLY[scheme]);
	return found.map((v: string) => `${path} (${scheme}) ${v}`);
}
