/**
 * Every built page is valid HTML (html-validate, recommended rules), and every internal link,
 * anchor, alternate and asset reference resolves.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { DIST, builtPages, fileOf, readPage } from '../helpers/site';

const paths = builtPages();
const pages = new Map(paths.map((p) => [p, readPage(p)]));
const assets = new Set(readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((f) => '/' + f));

/**
 * The project's configuration (.htmlvalidate.json), resolved once for every page: html-validate
 * resolves it anew for each file it validates (its table of elements rebuilt every time: a third of
 * this test's time), and every page of dist/ has the same one.
 */
class ProjectConfigLoader extends FileSystemConfigLoader {
	#resolved?: ReturnType<FileSystemConfigLoader['getConfigFor']>;
	override getConfigFor(...args: Parameters<FileSystemConfigLoader['getConfigFor']>) {
		return (this.#resolved ??= super.getConfigFor(...args));
	}
}

describe('html-validate', () => {
	test(`all ${paths.length} pages pass the recommended rules with 0 errors`, async () => {
		const validator = new HtmlValidate(new ProjectConfigLoader());
		const errors: string[] = [];
		for (const path of paths) {
			const report = await validator.validateFile(fileURLToPath(fileOf(path)));
			for (const result of report.results) for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
		expect(errors).toEqual([]);
		expect(paths.length).toBeGreaterThan(100);
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
});
