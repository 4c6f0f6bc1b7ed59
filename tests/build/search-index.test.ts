/**
 * What the build gives Pagefind: one index per language, only content pages, the repeated
 * navigation left out, and each action's metadata, filters and acronyms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { DIST, builtPages, readPage } from '../helpers/site';

/** The values a page declares for a Pagefind attribute (`data-pagefind-meta`, `data-pagefind-filter`). */
const declared = (path: string, attribute: string) =>
	readPage(path)
		.querySelectorAll(`[${attribute}]`)
		.map((el) => el.getAttribute(attribute)!);

describe('the Pagefind bundle', () => {
	const entry = JSON.parse(readFileSync(new URL('pagefind/pagefind-entry.json', DIST), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};

	test('has one index per language, holding exactly the pages marked for search', () => {
		for (const lang of ['fr', 'en']) {
			const indexed = builtPages(`/${lang}/`).filter((p) => readPage(p).querySelector('[data-pagefind-body]'));
			expect(indexed.length).toBeGreaterThan(30);
			expect(entry.languages[lang]?.page_count).toBe(indexed.length);
		}
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr']);
	});

	test('ships the Component UI and the highlight script, served from the site itself', () => {
		const files = readdirSync(new URL('pagefind/', DIST));
		expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']));
	});
});

describe('pages marked for search', () => {
	test.each(['/fr/recherche/', '/en/search/', '/fr/feuille-de-route/', '/en/roadmap/', '/404.html', '/'])('%s is left out of the index', (path) => {
		expect(readPage(path).querySelector('[data-pagefind-body]')).toBeNull();
	});

	test('content pages index their main content only', () => {
		for (const path of ['/fr/actions/6/', '/en/axes/2/', '/fr/a-propos/', '/en/']) {
			expect(readPage(path).querySelectorAll('[data-pagefind-body]').map((el) => el.tagName)).toEqual(['MAIN']);
		}
	});

	test('repeated navigation and boilerplate inside main are ignored', () => {
		const action = readPage('/fr/actions/6/');
		for (const selector of ['.breadcrumb', '.pager', '.edition', '.facts', 'section[aria-labelledby=timeline]', '.calendar-links']) {
			expect(action.querySelector(selector)?.hasAttribute('data-pagefind-ignore'), selector).toBe(true);
		}
		expect(action.querySelectorAll('.facts dt').every((dt) => dt.closest('[data-pagefind-ignore]') !== null)).toBe(true);
		expect(readPage('/fr/').querySelector('main ul.actions')?.hasAttribute('data-pagefind-ignore')).toBe(true);
	});
});

describe('action metadata, filters and acronyms', () => {
	test('give the number, "Action N — short title" and the axis', () => {
		expect(declared('/fr/actions/12/', 'data-pagefind-meta')).toEqual(
			expect.arrayContaining(['action:12', 'title:Action 12 — Messageries sécurisées de santé (MSSanté)', expect.stringMatching(/^axis:Orientation 3 — /)]),
		);
		expect(declared('/en/actions/12/', 'data-pagefind-meta')).toContain('title:Action 12 — Secure health messaging services (MSSanté)');
	});

	test('filter by axis, lead and deadline year, with keys named in the page language', () => {
		expect(declared('/fr/actions/12/', 'data-pagefind-filter')).toEqual(['axe:3', 'pilote:ANS', 'annee:2019', 'annee:2021']);
		expect(declared('/en/actions/15/', 'data-pagefind-filter')).toEqual(
			expect.arrayContaining(['axis:4', 'lead:Cnam', 'lead:DNS']),
		);
		expect(declared('/fr/actions/6/', 'data-pagefind-filter').filter((f) => f.startsWith('pilote:'))).toEqual([]);
	});

	test("spell out each action's own acronyms and programmes, and those its text only mentions", () => {
		const meta = (path: string, key: string) => declared(path, 'data-pagefind-meta').find((m) => m.startsWith(`${key}:`)) ?? '';
		expect(meta('/fr/actions/11/', 'terms')).toBe('terms:DMP; Dossier Médical Partagé');
		expect(meta('/fr/actions/19/', 'terms')).toBe("terms:HOP'EN; Hôpital numérique ouvert sur son environnement");
		expect(meta('/fr/actions/5/', 'terms')).toContain('e-CPS; pro santé connect; Carte de professionnel de santé dématérialisée');
		expect(meta('/en/actions/21/', 'terms')).toContain("APA; Allocation personnalisée d'autonomie (personalised autonomy allowance)");
		expect(meta('/fr/actions/18/', 'terms')).toBe('terms:télémédecine');
		expect(meta('/fr/actions/18/', 'mentions')).toContain("EHPAD; Établissement d'hébergement pour personnes âgées dépendantes");
		expect(meta('/fr/actions/18/', 'mentions')).toContain('HAS; Haute Autorité de santé');
	});

	test("carry the thesaurus's readers' words, this language's and the other's apart", () => {
		const meta = (path: string, key: string) => declared(path, 'data-pagefind-meta').find((m) => m.startsWith(`${key}:`)) ?? '';
		expect(meta('/fr/actions/9/', 'keywords')).toContain('cybersécurité');
		expect(meta('/fr/actions/9/', 'keywords-other')).toContain('cybersecurity');
		expect(meta('/en/actions/15/', 'keywords')).toMatch(/^keywords:ENS; /);
		expect(meta('/en/actions/2/', 'title')).toBe('title:Action 2 — Digital health council and ethics unit');
		expect(meta('/fr/actions/2/', 'title')).toBe('title:Action 2 — Conseil du numérique en santé et cellule d’éthique');
	});

	test('stay out of sight and out of the accessibility tree', () => {
		expect(readPage('/fr/actions/6/').querySelector('[data-search-data]')?.hasAttribute('hidden')).toBe(true);
	});
});

describe('the search page without JavaScript', () => {
	test.each([
		['/fr/recherche/', '/fr/', 'La recherche a besoin de JavaScript'],
		['/en/search/', '/en/', 'Search needs JavaScript'],
	])('%s says search needs JavaScript and links to the list of actions', (path, home, words) => {
		// The parser keeps <noscript> as raw text, as a browser with scripting on would.
		const notice = parse(readPage(path).querySelector('main noscript')!.rawText);
		expect(notice.textContent).toContain(words);
		expect(notice.querySelector(`a[href="${home}"]`)).not.toBeNull();
	});
});
