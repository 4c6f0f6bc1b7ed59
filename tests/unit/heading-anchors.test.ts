import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { headingAnchorHtml, type AnchorLabels } from '../../src/lib/heading-anchors';
import { escapeHtml } from '../../src/lib/html';

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
