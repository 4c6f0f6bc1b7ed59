/**
 * Page titles, one rule on every built page in both languages (`pageTitle`, src/lib/typography.ts):
 * "Page · Site" with the site's short name, the page part cut at a word boundary with "…" so that
 * the whole fits in 95 characters (html-validate's long-title, set to that); a home page has the site's name
 * alone, the root language chooser the roadmap's title. No two pages of a language share a title.
 */
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/ui.en';
import { fr } from '../../src/i18n/ui.fr';
import { builtPages, readPage } from '../helpers/site';

const ui = { fr, en } as const;
const isLang = (lang: string | undefined): lang is keyof typeof ui => lang === 'fr' || lang === 'en';
const HOMES = ['/fr/', '/en/'];
/** Text with its runs of white space (no-break spaces included) as one space; "…" stays one character. */
const clean = (text: string) => text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
const TITLE_MAX = 95; // src/lib/typography.ts, .htmlvalidate.json

/** Every built page with its language and its <title> as a reader sees it. */
const pages = builtPages().map((path) => {
	const page = readPage(path);
	const lang = page.querySelector('html')?.getAttribute('lang') ?? undefined;
	if (!isLang(lang)) throw new Error(`${path}: no site language on <html> (${lang})`);
	return { path, lang, title: clean(page.querySelector('title')?.textContent ?? '') };
});

describe('page titles', () => {
	test('the site has pages to check, the 404 page and the home pages among them', () => {
		expect(pages.length).toBeGreaterThan(100);
		expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', ...HOMES, '/404.html']));
	});

	test('the root language chooser has the roadmap\'s own title, the line it shows above the choice', () => {
		expect(pages.find((p) => p.path === '/')?.title).toBe(clean(fr['site.tagline']));
	});

	test.each(pages.filter((p) => HOMES.includes(p.path)))('home page $path has the site name alone', ({ lang, title }) => {
		expect(title).toBe(clean(ui[lang]['site.name']));
	});

	test.each(pages.filter((p) => p.path !== '/' && !HOMES.includes(p.path)))('$path is "Page · Site"', ({ lang, title }) => {
		const suffix = ` · ${clean(ui[lang]['site.short'])}`;
		expect(title.endsWith(suffix), `"${title}" should end with "${suffix}"`).toBe(true);
		const part = title.slice(0, -suffix.length);
		expect(part.length).toBeGreaterThan(0);
		expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
		// A cut title ends with a whole word and "…", never with a space or a dangling dash.
		if (part.endsWith('…')) expect(part).toMatch(/[\p{L}\p{N})»”’]…$/u);
	});

	test.each(['fr', 'en'] as const)('in %s, no two pages share a title', (lang) => {
		const titles = pages.filter((p) => p.lang === lang).map((p) => p.title);
		expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
	});
});
