/**
 * Every built page is valid HTML (html-validate, recommended rules), and every internal link,
 * anchor, alternate and asset reference resolves.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { DIST } from '../helpers/site';

const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const paths = files.map((f) => '/' + f.replace(/index\.html$/, ''));
const pages = new Map(paths.map((p, i) => [p, parse(readFileSync(new URL(files[i]!, DIST), 'utf8'))]));
const assets = new Set(readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((f) => '/' + f));

describe('html-validate', () => {
	test(`all ${files.length} pages pass the recommended rules with 0 errors`, async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const errors: string[] = [];
		for (const file of files) {
			const report = await validator.validateFile(new URL(file, DIST).pathname);
			for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
		expect(errors).toEqual([]);
		expect(files.length).toBeGreaterThan(100);
	});
});

describe('internal links', () => {
	/** Whether a site-relative URL (with optional #fragment) resolves to a built page, anchor or file. */
	function resolves(from: string, href: string): boolean {
		const url = new URL(href, `http://site${from}`);
		if (url.host !== 'site') return true;
		const page = url.pathname.endsWith('/') ? pages.get(url.pathname) : undefined;
		if (!page && !assets.has(url.pathname)) return false;
		if (!url.hash) return true;
		const id = decodeURIComponent(url.hash.slice(1));
		return !!(page ?? pages.get(from))?.querySelector(`[id="${id}"]`);
	}

	test('every link, anchor, stylesheet, script and alternate on every page resolves', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const [path, page] of pages) {
			const refs = [
				...page.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
				...page.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
				...page.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
			].map((href) => href.replace(/^https:\/\/feuille-de-route-sante-2022\.example/, ''));
			for (const href of refs) {
				if (/^(mailto:|data:)/.test(href)) continue;
				checked++;
				if (!resolves(path, href)) broken.push(`${path} → ${href}`);
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(2000);
	});

	test('links to other sites open safely', () => {
		for (const [path, page] of pages) {
			for (const a of page.querySelectorAll('a[href^="http"]')) {
				expect(a.getAttribute('rel') ?? '', `${path}: ${a.getAttribute('href')}`).toMatch(/noopener/);
			}
		}
	});
});
