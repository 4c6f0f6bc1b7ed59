/**
 * The inline-script check of config/headers.ts: its quick path (no DOM) may only ever say "all
 * allowed" when the real parser would; anything it cannot read plainly goes to the parser.
 */
import { describe, expect, test } from 'vitest';
import { allowedAtAGlance, inlineScriptHashes, pagePolicy, sitePolicy } from '../../config/headers';

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

describe('pagePolicy', () => {
	const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${[...allowed][0]}">`;

	test('the build stops on an inline script the policy does not allow, even behind a fake script tag', () => {
		expect(() => pagePolicy('/fr/', page(csp + '<p title="<script src=x>">a</p><script>alert(1)</script>'))).toThrow(/^\/fr\/ has an inline script the Content-Security-Policy does not allow/);
	});

	test('a script tag inside an attribute value is not a script', () => {
		expect(pagePolicy('/fr/', page(csp + '<p title="<script>alert(1)</script>">a</p>'))).toMatch(/^default-src 'self'; script-src/);
	});

	test('a page without a policy stops the build', () => {
		expect(() => pagePolicy('/fr/', page(''))).toThrow('/fr/ has no Content-Security-Policy <meta>.');
	});
});

describe('sitePolicy', () => {
	test('the pages must share one policy', () => {
		expect(sitePolicy(['a', 'a'])).toBe('a');
		expect(() => sitePolicy(['a', 'b'])).toThrow('Pages carry 2 different Content-Security-Policies');
		expect(() => sitePolicy([])).toThrow(/no HTML page/);
	});
});
