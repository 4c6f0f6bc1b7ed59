/**
 * The inline-script check of config/headers.ts: its quick path (no DOM) may only ever say "all
 * allowed" when the real parser would; anything it cannot read plainly goes to the parser. And the
 * integration checks every page it is handed, and the pages of the build it was not.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import headers, { allowedAtAGlance, inlineScriptHashes, pagePolicy, sitePolicy } from '../../config/headers';
import type { RenderedPage, RenderedPages } from '../../config/rendered-pages';

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

describe('the integration', () => {
	const dist = mkdtempSync(join(tmpdir(), 'roadmap-headers-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${[...allowed][0]}">`;
	const logger = { info: () => {} } as unknown as AstroIntegrationLogger;

	/**
	 * Runs a build of the integration: `rendered` handed over as Astro renders them, then `others` as
	 * rendered-pages.ts hands over the files Astro did not render.
	 */
	async function build(rendered: string[], others: RenderedPage[] = []) {
		let listener: ((page: RenderedPage) => void) | undefined;
		const pages: RenderedPages = { integration: { name: 'tap', hooks: {} }, onPage: (l) => void (listener = l), onFailure: () => {} };
		const integration = headers(pages);
		await integration.hooks['astro:build:start']!({ logger, setPrerenderer: () => {} });
		rendered.forEach((html, i) => listener!({ path: `/p${i}/`, html }));
		others.forEach((page) => listener!(page));
		await integration.hooks['astro:build:done']!({ dir: pathToFileURL(dist + '/'), logger, pages: [], assets: new Map() } as never);
		return readFileSync(join(dist, '_headers'), 'utf8');
	}

	test('writes the pages\' policy, with frame-ancestors', async () => {
		expect(await build([page(csp), page(csp)])).toContain(`Content-Security-Policy: default-src 'self'; script-src 'self' ${[...allowed][0]}; frame-ancestors 'none'`);
	});

	test('a rendered page with an inline script the policy does not allow stops the build, named', async () => {
		await expect(build([page(csp), page(csp + '<script>alert(1)</script>')])).rejects.toThrow(/^\/p1\/ has an inline script/);
	});

	test('so does a page of the build that was not rendered (copied from public/)', async () => {
		await expect(build([page(csp)], [{ path: '/copied.html', html: page('<script>alert(1)</script>') }])).rejects.toThrow(/^\/copied.html has no Content-Security-Policy/);
	});
});
