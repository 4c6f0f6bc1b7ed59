import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { addHeadingAnchors, escapeHtml, headingAnchorHtml, type AnchorLabels } from '../../src/lib/heading-anchors';

const labels: AnchorLabels = { anchor: (title) => `Lien vers la section « ${title} »`, copied: 'Lien copié' };

describe('escapeHtml', () => {
	test('escapes the characters that could break out of text or a quoted attribute', () => {
		expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
	});
});

describe('headingAnchorHtml', () => {
	test('is a plain link to the heading, with a label naming it', () => {
		const el = parse(headingAnchorHtml('licence', '  Licence\n et   source ', labels)).querySelector('copy-link')!;
		expect(el.querySelector('a')!.getAttribute('href')).toBe('#licence');
		expect(el.querySelector('.visually-hidden')!.textContent).toBe('Lien vers la section « Licence et source »');
		expect(el.getAttribute('data-copied')).toBe('Lien copié');
		expect(el.getAttribute('data-print')).toBe('hide');
	});

	test('escapes the heading text and the id', () => {
		const html = headingAnchorHtml('a"b', 'Tom & <Jerry>', labels);
		expect(html).toContain('href="#a&quot;b"');
		expect(html).toContain('« Tom &amp; &lt;Jerry&gt; »');
	});
});

describe('addHeadingAnchors', () => {
	const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body><header><h2>Menu</h2></header><main>${body}</main></body></html>`;

	test('wraps each visible h2 and h3 of main with an anchor to it, keeping existing ids', () => {
		const out = parse(addHeadingAnchors(page('<h2 id="files">Les fichiers</h2><p>x</p><h3 id="csv">CSV</h3>'), labels));
		expect(out.querySelectorAll('main .heading-with-anchor')).toHaveLength(2);
		expect(out.querySelectorAll('main copy-link a').map((a) => a.getAttribute('href'))).toEqual(['#files', '#csv']);
		expect(out.querySelector('#files')!.parentNode!.classList.contains('heading-with-anchor')).toBe(true);
		expect(out.querySelector('header h2')!.parentNode!.tagName).toBe('HEADER');
	});

	test('gives headings without an id a slug that is not taken on the page', () => {
		const out = parse(addHeadingAnchors(page('<p id="échéances">x</p><h2>Échéances</h2><h2>Échéances</h2>'), labels));
		expect(out.querySelectorAll('main h2').map((h) => h.id)).toEqual(['échéances-1', 'échéances-2']);
	});

	test('leaves visually hidden headings alone, and does not anchor a heading twice', () => {
		const once = addHeadingAnchors(page('<h2 class="visually-hidden" id="facts">En bref</h2><h2 id="a">A</h2>'), labels);
		expect(addHeadingAnchors(once, labels)).toBe(once);
		expect(parse(once).querySelectorAll('copy-link')).toHaveLength(1);
	});

	test('returns a page without main or headings unchanged', () => {
		const html = '<html><body><p>Rien</p></body></html>';
		expect(addHeadingAnchors(html, labels)).toBe(html);
	});
});
