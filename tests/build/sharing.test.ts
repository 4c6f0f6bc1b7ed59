/**
 * Links made to be shared, on the built site: the sitemap and its alternates, robots.txt,
 * permalinks and internal links, heading anchors, link-preview metadata, "cite this action",
 * calendar links, the open-data page and the whole roadmap.
 */
import { readFileSync, statSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { ACTION_IDS as ids, readActions } from '../helpers/frontmatter';
import { DIST, builtPages, normalise, pageExists, readPage, readableText } from '../helpers/site';

const SITE = 'https://feuille-de-route-sante-2022.example';
const langs = ['fr', 'en'] as const;

/** Every built HTML page, as a site path (`/fr/actions/6/`), except the 404 page. */
const pages = builtPages().filter((p) => p.endsWith('/'));

/** The `<link rel=alternate hreflang>` of a built page, as { lang: url }. */
const hreflangs = (page: HTMLElement) =>
	Object.fromEntries(page.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));

/** The sitemap: each URL with its alternates. */
function readSitemap(): Map<string, Record<string, string>> {
	const index = parse(readFileSync(new URL('sitemap-index.xml', DIST), 'utf8'));
	const entries = new Map<string, Record<string, string>>();
	for (const loc of index.querySelectorAll('sitemap loc')) {
		const file = new URL('.' + new URL(loc.textContent).pathname, DIST);
		const xml = parse(readFileSync(file, 'utf8'));
		for (const url of xml.querySelectorAll('url')) {
			const links = url.querySelectorAll('xhtml\\:link').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
			entries.set(url.querySelector('loc')!.textContent, Object.fromEntries(links));
		}
	}
	return entries;
}

describe('the sitemap', () => {
	const sitemap = readSitemap();

	test('lists every page of the site, and nothing else', () => {
		expect(pages.length).toBeGreaterThan(80);
		expect([...sitemap.keys()].sort()).toEqual(pages.map((p) => SITE + p).sort());
	});

	test('gives every page the same alternates as the page itself declares', () => {
		for (const path of pages) {
			const declared = hreflangs(readPage(path));
			expect(sitemap.get(SITE + path), path).toEqual(declared);
		}
	});

	test('pairs both languages, translated slugs included', () => {
		for (const path of pages.filter((p) => p.startsWith('/fr/') || p.startsWith('/en/'))) {
			const links = sitemap.get(SITE + path)!;
			expect(Object.keys(links), path).toEqual(expect.arrayContaining(['fr', 'en']));
		}
		expect(sitemap.get(`${SITE}/fr/a-propos/`)).toMatchObject({ fr: `${SITE}/fr/a-propos/`, en: `${SITE}/en/about/` });
		expect(sitemap.get(`${SITE}/en/data/`)).toMatchObject({ fr: `${SITE}/fr/donnees/`, en: `${SITE}/en/data/` });
		expect(sitemap.get(`${SITE}/en/roadmap/`)).toMatchObject({ fr: `${SITE}/fr/feuille-de-route/` });
	});

	test('is announced by robots.txt', () => {
		const robots = readFileSync(new URL('robots.txt', DIST), 'utf8');
		expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
		expect(robots).toMatch(/^User-agent: \*$/m);
	});
});

describe('permalinks', () => {
	test.each(langs)('every action and axis of the %s edition has a number permalink that resolves to its page', (lang) => {
		for (const id of ids) {
			const page = readPage(`/${lang}/actions/${id}/`);
			expect(page.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(`${SITE}/${lang}/actions/${id}/`);
			expect(readableText(page.querySelector('h1')!)).toMatch(new RegExp(`^Action ${id} `));
		}
		for (const id of [1, 2, 3, 4, 5]) {
			const page = readPage(`/${lang}/axes/${id}/`);
			expect(page.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(`${SITE}/${lang}/axes/${id}/`);
			expect(readableText(page.querySelector('h1')!)).toContain(`Orientation ${id}`);
		}
	});

	test('every internal link of every page leads to a built page or file', () => {
		const broken: string[] = [];
		for (const path of pages) {
			for (const a of readPage(path).querySelectorAll('a[href^="/"]')) {
				const target = new URL(a.getAttribute('href')!, SITE).pathname;
				const file = new URL('.' + target + (target.endsWith('/') ? 'index.html' : ''), DIST);
				try {
					statSync(file);
				} catch {
					broken.push(`${path} → ${target}`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('heading anchors', () => {
	test('every visible h2 and h3 in the content has an id and a copy-link anchor to it', () => {
		let count = 0;
		for (const path of pages) {
			const page = readPage(path);
			const main = page.querySelector('main');
			if (!main) continue;
			const lang = page.querySelector('html')!.getAttribute('lang');
			for (const h of main.querySelectorAll('h2, h3').filter((h) => !h.classList.contains('visually-hidden'))) {
				const id = h.getAttribute('id');
				expect(id, `${path}: ${h.textContent}`).toBeTruthy();
				const anchor = h.parentNode!.querySelector('copy-link.heading-anchor > a');
				expect(anchor?.getAttribute('href'), `${path}: #${id}`).toBe(`#${id}`);
				expect(anchor!.textContent).toContain(lang === 'fr' ? 'Lien vers la section' : 'Link to the section');
				count++;
			}
			const all = page.querySelectorAll('[id]').map((e) => e.id);
			expect(all.filter((x, i) => all.indexOf(x) !== i), `${path}: duplicate ids`).toEqual([]);
		}
		expect(count).toBeGreaterThan(100);
	});

	test('headings written in the Markdown content get anchors too', () => {
		const about = readPage('/en/about/');
		const anchors = about.querySelectorAll('.prose copy-link a').map((a) => a.getAttribute('href'));
		expect(anchors).toContain('#what-this-site-reproduces');
		expect(about.querySelector('#what-this-site-reproduces')!.tagName).toBe('H2');
	});
});

describe('link previews', () => {
	test('every page has OpenGraph and Twitter card metadata matching its canonical URL', () => {
		for (const path of pages.filter((p) => p !== '/')) {
			const page = readPage(path);
			const meta = (selector: string) => page.querySelector(selector)?.getAttribute('content');
			expect(meta('meta[property="og:url"]'), path).toBe(page.querySelector('link[rel=canonical]')!.getAttribute('href'));
			// The page's typography (apostrophes, no-break spaces) reaches <title> but not attributes.
			expect(normalise(meta('meta[property="og:title"]')!), path).toBe(normalise(page.querySelector('title')!.textContent));
			expect(meta('meta[property="og:description"]'), path).toBe(meta('meta[name=description]'));
			expect(meta('meta[name="twitter:card"]'), path).toBe('summary');
		}
	});

	test('each action and axis has its own description', () => {
		for (const lang of langs) {
			const descriptions = [...ids.map((id) => `/${lang}/actions/${id}/`), ...[1, 2, 3, 4, 5].map((id) => `/${lang}/axes/${id}/`)].map((p) =>
				readPage(p).querySelector('meta[property="og:description"]')!.getAttribute('content'),
			);
			expect(new Set(descriptions).size).toBe(31);
		}
	});
});

describe('each action page', () => {
	test.each(langs)('in %s, offers its calendar and a citation with title, source, date and permalink', (lang) => {
		const source = readActions(lang);
		for (const { id, title } of source) {
			const page = readPage(`/${lang}/actions/${id}/`);
			const calendar = page.querySelector('.calendar-links a[download]')!.getAttribute('href')!;
			expect(calendar).toBe(`/${lang}/actions/${id}/${lang === 'fr' ? 'echeances' : 'deadlines'}.ics`);
			// Built without SITE_URL: the subscription link is a site path, completed in the browser.
			const subscribe = page.querySelector('.calendar-links a[data-scheme="webcal:"]')!;
			const all = `/${lang}/${lang === 'fr' ? 'donnees/echeances' : 'data/deadlines'}.ics`;
			expect(subscribe.getAttribute('href')).toBe(all);
			expect(subscribe.getAttribute('data-site-href')).toBe(all);
			const citation = readableText(page.querySelector('.cite .citation')!);
			expect(citation).toContain(readableText(parse(`<p>${title}</p>`)));
			expect(citation).toContain(lang === 'fr' ? '25 avril 2019' : '25 April 2019');
			expect(citation).toContain(lang === 'fr' ? 'dossier de presse' : 'press kit');
			expect(citation.endsWith(` /${lang}/actions/${id}/`)).toBe(true);
			expect(page.querySelector('.cite .citation [data-site-url]')!.getAttribute('data-site-url')).toBe(`/${lang}/actions/${id}/`);
			const permalink = page.querySelector('main h1 + copy-link.permalink')!;
			expect(permalink.getAttribute('data-url')).toBe(`/${lang}/actions/${id}/`);
			// The copy buttons need their script: in their place from the first paint, seen once it runs (global.css).
			expect(permalink.querySelector('button')!.hasAttribute('data-needs-script')).toBe(true);
			// What a reader can see (the body, not <head> metadata) never shows the placeholder domain.
			expect(page.querySelector('body')!.outerHTML).not.toContain('.example');
			const copy = page.querySelector('.cite > copy-link')!;
			expect(page.querySelector(`#${copy.getAttribute('data-target')}`)).toBe(page.querySelector('.cite .citation'));
			expect(copy.querySelector('button')!.hasAttribute('data-needs-script')).toBe(true);
		}
	});
});

describe('the timeline page', () => {
	test.each([
		['/fr/calendrier/', '/fr/donnees/echeances.ics'],
		['/en/timeline/', '/en/data/deadlines.ics'],
	] as const)('%s offers to subscribe to, or download, the calendar of all deadlines', (path, file) => {
		const page = readPage(path);
		// Built without SITE_URL: a site path, completed as webcal: with the page's origin in the browser.
		expect(page.querySelector('.calendar-links a[data-scheme="webcal:"]')!.getAttribute('data-site-href')).toBe(file);
		expect(page.querySelector('.calendar-links a[download]')!.getAttribute('href')).toBe(file);
	});
});

describe('the open-data page', () => {
	test.each([
		['/fr/donnees/', ['actions.json', 'actions.csv', 'echeances.csv', 'echeances.ics']],
		['/en/data/', ['actions.json', 'actions.csv', 'deadlines.csv', 'deadlines.ics']],
	] as const)('%s lists its files, their formats and the licence, and every page links to it', (path, files) => {
		const page = readPage(path);
		const links = page.querySelectorAll('tbody a').map((a) => a.getAttribute('href'));
		expect(links).toEqual([...files.map((f) => path + f), '/schema/actions.schema.json']);
		for (const href of links) expect(statSync(new URL('.' + href, DIST)).size).toBeGreaterThan(1000);
		const text = readableText(page.querySelector('main')!);
		for (const format of ['JSON', 'CSV', 'iCalendar']) expect(text).toContain(format);
		expect(text).toContain('L321-1');
		expect(text).toContain('RFC 4180');
		const lang = path.slice(1, 3);
		for (const other of pages.filter((p) => p.startsWith(`/${lang}/`))) {
			expect(readPage(other).querySelector(`footer a[href="${path}"]`), other).not.toBeNull();
		}
	});
});

describe('the whole roadmap', () => {
	test.each([
		['fr', '/fr/feuille-de-route/'],
		['en', '/en/roadmap/'],
	] as const)(`%s: has the ${ids.length} actions in order, each with its facts, deadlines and full text`, (lang, path) => {
		expect(pageExists(path)).toBe(true);
		const page = readPage(path);
		const actions = page.querySelectorAll('.roadmap-action');
		expect(actions.map((a) => Number(a.getAttribute('data-action')))).toEqual(ids);
		actions.forEach((article, i) => {
			const single = readPage(`/${lang}/actions/${i + 1}/`);
			expect(readableText(article.querySelector('.facts')!)).toBe(readableText(single.querySelector('.facts')!));
			expect(readableText(article.querySelector('.prose')!)).toBe(readableText(single.querySelector('article > .prose')!));
		});
		expect(page.querySelectorAll('section.axis')).toHaveLength(5);
	});

	test('its print styles start each action on a new page', () => {
		const page = readPage('/fr/feuille-de-route/');
		const css = page
			.querySelectorAll('link[rel=stylesheet]')
			.map((l) => readFileSync(new URL('.' + l.getAttribute('href'), DIST), 'utf8'))
			.concat(page.querySelectorAll('style').map((s) => s.textContent))
			.join('\n');
		expect(css).toMatch(/\.roadmap-action[^{]*\+[^{]*\.roadmap-action[^{]*\{[^}]*break-before:\s*page/);
	});
});
