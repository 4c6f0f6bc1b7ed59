/** The paragraph-anchors plugin, run through Sätteri as Astro runs it, and its markup helpers. */
import { parse } from 'node-html-parser';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { paragraphAnchorsPlugin } from '../../config/markdown/paragraph-anchors';
import { paragraphOfHash, scopeParagraphAnchors, type ParagraphLabels } from '../../src/lib/paragraph-anchors';

const labels = (word: string): ParagraphLabels => ({ marker: (n) => `§\u00A0${n}`, anchor: (n) => `${word} ${n}`, copied: 'copied' });
const plugin = paragraphAnchorsPlugin({ fr: labels('Lien vers le paragraphe'), en: labels('Link to paragraph') });

async function render(markdown: string, file: string, frontmatter: Record<string, unknown> = {}) {
	const { html } = await markdownToHtml(markdown, {
		hastPlugins: [plugin],
		fileURL: new URL(`file:///site/content/${file}`),
		data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
	});
	return parse(html);
}

const BODY = [
	'Premier paragraphe.',
	'> Une citation.',
	'- un point\n- un autre',
	'Deuxième<sup id="appel-1"><a href="#note-1">1</a></sup>, avec *emphase*.',
	'## Un titre',
	'<p class="footnote" id="note-1">1. La note.</p>',
	'Troisième.',
].join('\n\n');

describe('paragraphAnchorsPlugin', () => {
	test("numbers the body's own paragraphs by position, not a quotation's, a list's or a footnote", async () => {
		const page = await render(BODY, 'actions/fr/13.md');
		const numbered = page.querySelectorAll('[data-paragraph]');
		expect(numbered.map((p) => [p.tagName, p.id, p.getAttribute('data-paragraph')])).toEqual([
			['P', 'p1', '1'],
			['P', 'p2', '2'],
			['P', 'p3', '3'],
		]);
		expect(page.querySelector('blockquote p')!.id).toBe('');
		expect(page.querySelector('li [data-paragraph]')).toBeNull();
		expect(page.querySelector('.footnote')!.id).toBe('note-1');
	});

	test('puts a marker linking to the paragraph at its start, named in the page language, out of the search index', async () => {
		const [fr, en] = [await render(BODY, 'actions/fr/13.md'), await render(BODY, 'actions/en/13.md')];
		for (const [page, name] of [
			[fr, 'Lien vers le paragraphe 2'],
			[en, 'Link to paragraph 2'],
		] as const) {
			const p2 = page.querySelector('#p2')!;
			const marker = p2.firstChild as ReturnType<typeof parse>;
			expect(marker.tagName).toBe('COPY-LINK');
			expect(marker.classList.contains('paragraph-anchor')).toBe(true);
			expect(marker.hasAttribute('data-pagefind-ignore')).toBe(true);
			expect(marker.querySelector('a')!.getAttribute('href')).toBe('#p2');
			expect(marker.querySelector('[aria-hidden]')!.textContent).toBe('§\u00A02');
			expect(marker.querySelector('.visually-hidden')!.textContent).toBe(name);
			// The paragraph's own text follows, untouched (no space added before it).
			expect(p2.textContent.slice(marker.textContent.length)).toMatch(/^Deuxième1, avec emphase\.$/);
		}
	});

	test("numbers the dossier's own pages, not the site's pages or the axes", async () => {
		expect((await render(BODY, 'pages/fr/edito-ministre.md', { part: 'dossier' })).querySelectorAll('[data-paragraph]')).toHaveLength(3);
		expect((await render(BODY, 'pages/fr/a-propos.md', { part: 'site' })).querySelectorAll('[data-paragraph]')).toHaveLength(0);
		expect((await render(BODY, 'axes/fr/3.md')).querySelectorAll('[data-paragraph]')).toHaveLength(0);
		expect((await render(BODY, 'elsewhere/13.md')).querySelectorAll('[data-paragraph]')).toHaveLength(0);
	});

	test('gives the same anchors to every rendering of the same text', async () => {
		expect((await render(BODY, 'actions/fr/13.md')).outerHTML).toBe((await render(BODY, 'actions/fr/13.md')).outerHTML);
	});
});

describe('scopeParagraphAnchors (several bodies on one page)', () => {
	test('prefixes the ids and points the markers at the permanent address', async () => {
		const html = (await render(BODY, 'actions/fr/13.md')).outerHTML;
		const page = parse(scopeParagraphAnchors(html, 'action-13-', '/fr/actions/13/'));
		expect(page.querySelectorAll('[data-paragraph]').map((p) => p.id)).toEqual(['action-13-p1', 'action-13-p2', 'action-13-p3']);
		expect(page.querySelectorAll('.paragraph-anchor a').map((a) => a.getAttribute('href'))).toEqual(['/fr/actions/13/#p1', '/fr/actions/13/#p2', '/fr/actions/13/#p3']);
		// Other ids and links are left alone.
		expect(page.querySelector('.footnote')!.id).toBe('note-1');
		expect(page.querySelector('sup a')!.getAttribute('href')).toBe('#note-1');
	});
});

describe('paragraphOfHash', () => {
	test('reads #pN and nothing else', () => {
		expect(paragraphOfHash('#p2')).toBe(2);
		expect(paragraphOfHash('#p12')).toBe(12);
		for (const hash of ['', '#p0', '#p', '#p02', '#timeline', '#p2x']) expect(paragraphOfHash(hash)).toBeNull();
	});
});
