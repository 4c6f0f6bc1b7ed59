import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { langOfContentFile } from '../../config/heading-links';
import { escapeHtml, headingAnchorHtml } from '../../src/lib/heading-anchor';

describe('escapeHtml', () => {
	test('escapes the characters that could break out of text or a quoted attribute', () => {
		expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
	});
});

describe('headingAnchorHtml', () => {
	test('is a plain link to the heading, labelled in the page language', () => {
		const el = parse(headingAnchorHtml('fr', 'licence', '  Licence\n et   source ')).querySelector('copy-link')!;
		expect(el.querySelector('a')!.getAttribute('href')).toBe('#licence');
		expect(el.querySelector('.visually-hidden')!.textContent).toBe('Lien vers la section « Licence et source »');
		expect(el.getAttribute('data-copied')).toBe('Lien copié');
		expect(el.getAttribute('data-print')).toBe('hide');
	});

	test('escapes the heading text and the id', () => {
		const html = headingAnchorHtml('en', 'a"b', 'Tom & <Jerry>');
		expect(html).toContain('href="#a&quot;b"');
		expect(html).toContain('Link to the section “Tom &amp; &lt;Jerry&gt;”');
	});
});

describe('langOfContentFile', () => {
	test('reads the language from the content folder', () => {
		expect(langOfContentFile('/work/site/content/pages/en/a-propos.mdx')).toBe('en');
		expect(langOfContentFile('C:\\site\\content\\actions\\fr\\07.mdx')).toBe('fr');
	});

	test('leaves files outside content/<collection>/<lang>/ alone', () => {
		expect(langOfContentFile('/work/site/src/pages/notes.md')).toBeUndefined();
		expect(langOfContentFile('/work/site/content/actions/de/07.mdx')).toBeUndefined();
	});
});
