import { describe, expect, test } from 'vitest';
import { checkBody, splitFrontmatter, unsafeUrl } from '../../src/lib/content-html';
import { bidiProblem, controlCharacterProblem } from '../../src/lib/text-checks';

const lines = (body: string, mdx = false) => checkBody(body, { mdx }).map((p) => `${p.line}: ${p.message.split(':')[0]}`);

describe('checkBody', () => {
	test('accepts the footnote markup the dossier uses', () => {
		const body = 'Texte<sup id="appel-1"><a href="#note-1" aria-label="note 1">1</a></sup>.\n\n<p class="footnote" id="note-1"><a href="#appel-1">1</a>. Note</p>\n\n<abbr title="x">X</abbr> [a](https://x.fr) [b](/fr/) [c](#n) [d](mailto:a@b.fr)';
		expect(checkBody(body, { mdx: true })).toEqual([]);
	});

	test('names each dangerous element, handler and URL with its line', () => {
		expect(lines('a\n<script>alert(1)</script>\n<iframe src=x></iframe>')).toEqual(['2: <script> is not allowed in content (it could run code or change the page)', '3: <iframe> is not allowed in content (it could run code or change the page)']);
		expect(lines('<sup onclick="x">1</sup>')).toEqual(['1: <sup> has an event handler (onclick=…), which would run code']);
		expect(lines('<img src=x onerror=alert(1)>')).toEqual(['1: <img> is not an allowed HTML element']);
		expect(lines('x\n\n[y](javascript:alert(1))')).toEqual(['3: the link to "javascript']);
		expect(lines('[y]: data:text/html,x')).toEqual(['1: the link to "data']);
	});

	test('refuses MDX statements and expressions, in MDX only for braces', () => {
		expect(lines("import fs from 'node:fs'")).toEqual(['1: an import statement would run code when the site is built']);
		expect(lines('{1 + 1}', true)).toEqual(['1: "{" or "}" starts an MDX expression, which would run code when the site is built']);
		expect(lines('{1 + 1}', false)).toEqual([]);
	});

	test('skips code blocks and code spans', () => {
		expect(checkBody('```html\n<script>\n```\n`<iframe>`')).toEqual([]);
	});

	test('counts lines from the start of the file', () => {
		const { body, firstLine } = splitFrontmatter('---\nid: 1\n---\n\n<script>');
		expect(checkBody(body, { firstLine }).map((p) => p.line)).toEqual([5]);
	});
});

describe('unsafeUrl', () => {
	test.each(['javascript:alert(1)', ' JavaScript:x', 'jav&#x09;ascript:x', 'java\tscript:x', 'javascript&colon;x', 'data:text/html,x', 'vbscript:x'])('refuses %j', (url) => {
		expect(unsafeUrl(url)).toBeDefined();
	});
	test.each(['https://x.fr/a:b', '/fr/actions/6/', '#note-1', 'mailto:a@b.fr', 'page:2'.replace('page:2', 'a/b:c')])('accepts %j', (url) => {
		expect(unsafeUrl(url)).toBeUndefined();
	});
});

describe('text checks', () => {
	test('finds control characters and broken UTF-8, not tabs or line breaks', () => {
		expect(controlCharacterProblem('a\u0000b')).toMatch(/U\+0000 at position 2/);
		expect(controlCharacterProblem('a\u000Bb')).toMatch(/U\+000B/);
		expect(controlCharacterProblem('a\uFFFDb')).toMatch(/not valid UTF-8/);
		expect(controlCharacterProblem('a\tb\nc')).toBeUndefined();
	});

	test('accepts balanced bidirectional controls and refuses open or stray ones', () => {
		expect(bidiProblem('a \u2067عربي\u2069 b')).toBeUndefined();
		expect(bidiProblem('a \u202Eevil')).toMatch(/U\+202E that is never closed/);
		expect(bidiProblem('a \u202C')).toMatch(/closes nothing/);
		expect(bidiProblem('\u2066x\u202C')).toMatch(/closes nothing/);
	});
});
