/**
 * Performance budget, checked on the built site: what an action page loads before any interaction
 * (HTML + CSS + JS, gzip) stays within 20 KB; it needs no JavaScript to display and no web font.
 * (Speeds are measured by `npm run bench`, not here.)
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, readPage } from '../helpers/site';

const BUDGET = 20 * 1024;
const gz = (path: string) => gzipSync(readFileSync(new URL('.' + path, DIST)), { level: 9 }).length;

/** Bytes (gzip) of a page and of everything it loads before interaction: scripts, stylesheets, preloads. */
function initialWeight(path: string): { total: number; files: string[] } {
	const page = readPage(path);
	const files = [
		...page.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
		...page.querySelectorAll('link[rel=stylesheet], link[rel=modulepreload], link[rel=preload]').map((l) => l.getAttribute('href')!),
	].filter((f) => f.startsWith('/'));
	const html = `${path}index.html`;
	return { total: gz(html) + files.reduce((n, f) => n + gz(f), 0), files };
}

describe('the action page budget', () => {
	test.each(Array.from({ length: 26 }, (_, i) => i + 1))('action %i loads at most 20 KB gzip before interaction', (id) => {
		for (const lang of ['fr', 'en']) {
			const { total, files } = initialWeight(`/${lang}/actions/${id}/`);
			expect(total, files.join(', ')).toBeLessThanOrEqual(BUDGET);
		}
	});

	test('Mermaid is not among what a page loads before interaction', () => {
		const { files } = initialWeight('/fr/actions/11/');
		expect(files.filter((f) => /mermaid\.core|gantt/i.test(f))).toEqual([]);
	});

	test('pages use system fonts: no web font is declared or loaded', () => {
		for (const path of ['/fr/', '/fr/actions/6/', '/en/timeline/']) {
			const html = readFileSync(new URL(`.${path}index.html`, DIST), 'utf8');
			expect(html).not.toMatch(/@font-face|\.woff2?\b|fonts\.googleapis/);
		}
	});

	test('diagrams reserve their height so that drawing them shifts nothing', () => {
		for (const d of readPage('/fr/calendrier/').querySelectorAll('mermaid-diagram')) {
			expect(Number(d.getAttribute('data-height'))).toBeGreaterThan(75);
		}
	});
});
