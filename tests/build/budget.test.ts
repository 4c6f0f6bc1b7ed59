/**
 * Performance budget, checked on the built site: what an action page loads before any interaction
 * (HTML + CSS + JS, gzip) stays within 20 KB; it needs no JavaScript to display and no web font.
 * (Speeds are measured by `npm run bench`, not here.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ACTION_IDS } from '../helpers/frontmatter';
import { MERMAID_DIR, MERMAID_MODULE } from '../../src/lib/mermaid-module';
import { DIST, readPage } from '../helpers/site';

const BUDGET = 20 * 1024;
const gz = (path: string) => gzipSync(readFileSync(new URL('.' + path, DIST)), { level: 9 }).length;

const text = (path: string) => readFileSync(new URL('.' + path, DIST), 'utf8');

/** The modules a script imports statically (`import … from "./x.js"`, `import "./x.mjs"`, `export … from`), as site paths. */
const staticImports = (path: string) =>
	[...text(path).matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]/g)].map((m) => new URL(m[1]!, `http://site${path}`).pathname);

/** The modules a script imports on demand (`import("./x.mjs")`), as site paths. */
const dynamicImports = (path: string) =>
	[...text(path).matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]\s*\)/g)].map((m) => new URL(m[1]!, `http://site${path}`).pathname);

/**
 * Everything a page loads before interaction, as site paths: its scripts and every module they
 * import statically (a dynamic `import()` waits for its moment), its stylesheets and preloads.
 */
function initialFiles(path: string): string[] {
	const page = readPage(path);
	const files = new Set(
		[
			...page.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
			...page.querySelectorAll('link[rel=stylesheet], link[rel=modulepreload], link[rel=preload]').map((l) => l.getAttribute('href')!),
		].filter((f) => f.startsWith('/')),
	);
	for (const file of files) if (/\.m?js$/.test(file)) for (const imported of staticImports(file)) files.add(imported);
	return [...files];
}

/** Bytes (gzip) of a page and of everything it loads before interaction. */
function initialWeight(path: string): { total: number; files: string[] } {
	const files = initialFiles(path);
	return { total: gz(`${path}index.html`) + files.reduce((n, f) => n + gz(f), 0), files };
}

/** Mermaid's own code, recognised by its API's name rather than by a chunk's file name. */
const MERMAID = /\bmermaidAPI\b/;

describe('the action page budget', () => {
	test.each(ACTION_IDS)('action %i loads at most 20 KB gzip before interaction', (id) => {
		for (const lang of ['fr', 'en']) {
			const { total, files } = initialWeight(`/${lang}/actions/${id}/`);
			expect(total, files.join(', ')).toBeLessThanOrEqual(BUDGET);
		}
	});

	test('Mermaid is not among what a page loads before interaction, only imported when a diagram needs it', () => {
		expect(MERMAID.test(text(MERMAID_MODULE)), 'Mermaid is in the build').toBe(true);
		const scripts = readdirSync(new URL('_astro/', DIST)).filter((f) => f.endsWith('.js'));
		expect(scripts.filter((f) => MERMAID.test(text(`/_astro/${f}`))), 'Mermaid is copied, never bundled into the site\'s scripts').toEqual([]);
		for (const path of ['/fr/actions/11/', '/en/timeline/', '/fr/calendrier/']) {
			const files = initialFiles(path);
			expect(files.filter((f) => /\.m?js$/.test(f) && MERMAID.test(text(f))), path).toEqual([]);
			expect(files.filter((f) => f.startsWith(MERMAID_DIR)), path).toEqual([]);
			// Minified, the URL is a string constant handed to `import()`.
			const lazily = files.filter((f) => f.endsWith('.js') && text(f).includes(`\`${MERMAID_MODULE}\``) && /\bimport\([\w$]+\)/.test(text(f)));
			expect(lazily.length, `${path} imports Mermaid on demand`).toBeGreaterThan(0);
		}
	});

	test("every module Mermaid's files import, at once or on demand, was copied", () => {
		const seen = new Set<string>();
		const pending = [MERMAID_MODULE];
		while (pending.length > 0) {
			const file = pending.pop()!;
			if (seen.has(file)) continue;
			seen.add(file);
			expect(existsSync(new URL('.' + file, DIST)), file).toBe(true);
			pending.push(...staticImports(file), ...dynamicImports(file));
		}
		// The entry, its core chunks and the diagram types loaded on demand (gantt, flowchart and the others).
		expect(seen.size).toBeGreaterThan(50);
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
