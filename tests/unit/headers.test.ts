/**
 * The inline-script check of config/headers.ts: its quick path (no DOM) may only ever say "all
 * allowed" when the real parser would; anything it cannot read plainly goes to the parser.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { allowedAtAGlance, inlineScriptHashes, sitePolicy } from '../../config/headers';

const THEME = "try{document.documentElement.dataset.theme='dark'}catch{}";
const page = (body: string) => `<!DOCTYPE html><html><head><script>${THEME}</script><script type="module" src="/_astro/a.js"></script></head><body>${body}</body></html>`;
const allowed = new Set(inlineScriptHashes(page('')));

describe('allowedAtAGlance', () => {
	test('a page whose only inline script is allowed passes without a parser', () => {
		expect(allowed.size).toBe(1);
		expect(allowedAtAGlance(page('<p>text</p><script type="application/ld+json">{"a":1}</script>'), allowed)).toBe(true);
	});

	test('an inline script that is not allowed is never waved through', () => {
		expect(allowedAtAGlance(page('<script>alert(1)</script>'), allowed)).toBe(false);
		expect(allowedAtAGlance(page('<SCRIPT type="text/javascript">alert(1)</SCRIPT>'), allowed)).toBe(false);
		expect(allowedAtAGlance(page('<script type="module">alert(1)</script >'), allowed)).toBe(false);
	});

	test('what it cannot read plainly goes to the parser', () => {
		// A "src" inside another attribute, a script in an attribute value, in a comment, in another script.
		expect(allowedAtAGlance(page('<script data-x=" src=y">alert(1)</script>'), allowed)).toBe(false);
		expect(allowedAtAGlance(page('<p title="<script src=x>">a</p><script>alert(1)</script>'), allowed)).toBe(false);
		expect(allowedAtAGlance(page('<!-- <script src="x"> --><script>alert(1)</script>'), allowed)).toBe(false);
		expect(allowedAtAGlance(page("<script data-x='1'>alert(1)</script>"), allowed)).toBe(false);
		expect(allowedAtAGlance(page('<script>let a = "<script>";</script>'), allowed)).toBe(false);
		// A start tag the quick pattern does not match, and a script never closed.
		expect(allowedAtAGlance(page('<script data-x="a<b">alert(1)</script>'), allowed)).toBe(false);
		expect(allowedAtAGlance(page('<script>alert(1)'), allowed)).toBe(false);
	});
});

describe('sitePolicy', () => {
	const dist = mkdtempSync(join(tmpdir(), 'roadmap-headers-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${[...allowed][0]}">`;
	const write = (body: string) => writeFileSync(join(dist, 'index.html'), page(csp + body));

	test('the build stops on an inline script the policy does not allow, even behind a fake script tag', () => {
		write('<p title="<script src=x>">a</p><script>alert(1)</script>');
		return expect(sitePolicy(dist)).rejects.toThrow(/inline script the Content-Security-Policy does not allow/);
	});

	test('a script tag inside an attribute value is not a script', async () => {
		write('<p title="<script>alert(1)</script>">a</p>');
		expect(await sitePolicy(dist)).toMatch(/^default-src 'self'; script-src/);
	});
});
