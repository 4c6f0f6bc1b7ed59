/** Cross-links, backlinks, organisations and the glossary on the built site. */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DIST, pageExists, readPage } from '../helpers/site';

const langs = ['fr', 'en'] as const;
const ids = Array.from({ length: 26 }, (_, i) => i + 1);
const allPages = (lang: string) =>
	readdirSync(new URL(`./${lang}/`, DIST), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('index.html'))
		.map((f) => `/${lang}/${f.replace(/index\.html$/, '')}`);

/** The link table of the connections page: action → [links to, referenced by]. */
function linkTable(lang: 'fr' | 'en') {
	const page = readPage(lang === 'fr' ? '/fr/liens/' : '/en/connections/');
	return new Map(
		page.querySelectorAll('tr[data-action]').map((tr) => {
			const [to, by] = tr.querySelectorAll('td').map((td) => td.querySelectorAll('a').map((a) => Number(a.textContent)));
			return [Number(tr.getAttribute('data-action')), { to: to!, by: by! }];
		}),
	);
}

describe.each(langs)('cross-links in %s', (lang) => {
	test('every cross-link leads to an existing action page, and no page links to itself', () => {
		let count = 0;
		for (const path of allPages(lang)) {
			const page = readPage(path);
			for (const a of page.querySelectorAll('a.xref, a.term')) {
				const href = a.getAttribute('href')!;
				expect(pageExists(href), `${path} → ${href}`).toBe(true);
				expect(href, `${path} links to itself`).not.toBe(path);
				count++;
			}
		}
		expect(count).toBeGreaterThan(40);
	});

	test('"action 4" in the text of action 12 links to action 4', () => {
		const link = readPage(`/${lang}/actions/12/`).querySelector('.prose a.xref');
		expect(link?.getAttribute('href')).toBe(`/${lang}/actions/4/`);
	});

	test('the first mention of a programme links to its action: DMP → 11 from action 13', () => {
		const terms = readPage(`/${lang}/actions/13/`).querySelectorAll('.prose a.term');
		expect(terms.map((a) => a.getAttribute('href'))).toContain(`/${lang}/actions/11/`);
		expect(terms.filter((a) => a.getAttribute('href') === `/${lang}/actions/11/`)).toHaveLength(1);
	});

	test('backlinks are the exact inverse of links, and pages list them', () => {
		const table = linkTable(lang);
		expect([...table.keys()]).toEqual(ids);
		for (const [from, { to }] of table) {
			for (const target of to) expect(table.get(target)!.by, `${from} → ${target}`).toContain(from);
		}
		for (const [target, { by }] of table) {
			for (const from of by) expect(table.get(from)!.to).toContain(target);
			const listed = readPage(`/${lang}/actions/${target}/`)
				.querySelectorAll('[data-referenced-by] ul a')
				.map((a) => Number(/actions\/(\d+)\//.exec(a.getAttribute('href')!)![1]));
			expect(listed, `referenced by of ${target}`).toEqual(by);
		}
		expect(table.get(4)!.by).toEqual([12]);
		expect(table.get(15)!.by).toEqual(expect.arrayContaining([3, 11, 16, 26]));
	});

	test('the links are the same in both languages', () => {
		expect(linkTable(lang)).toEqual(linkTable('fr'));
	});
});

describe('organisations and acronyms', () => {
	test.each([
		['/fr/acteurs/ans/', 'Agence du numérique en santé', [10, 12], [1]],
		['/en/organisations/dns/', 'Ministerial Delegation for Digital Health', [2, 15, 16, 24, 25, 26], [23]],
		['/fr/acteurs/cnsa/', 'Caisse nationale de solidarité pour l’autonomie', [], [1, 12, 20, 21]],
	])('%s names it and lists the actions it leads and is involved in', (path, name, leads, involved) => {
		const page = readPage(path);
		expect(page.querySelector('h1')!.textContent).toContain(name);
		const [leadList, involvedList] = page
			.querySelectorAll('main h2')
			// A heading and its copy-link anchor share a wrapper: the list follows the wrapper.
			.map((h2) => (h2.parentNode!.classList.contains('heading-with-anchor') ? h2.parentNode! : h2).nextElementSibling!);
		const numbers = (el: typeof leadList) => el!.querySelectorAll('a').map((a) => Number(/actions\/(\d+)\//.exec(a.getAttribute('href')!)![1]));
		expect(numbers(leadList)).toEqual(leads);
		expect(numbers(involvedList)).toEqual(involved);
	});

	test('owners on an action page link to their organisation pages', () => {
		const hrefs = readPage('/en/actions/15/').querySelectorAll('.facts a[href*="/organisations/"]').map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(['/en/organisations/dns/', '/en/organisations/cnam/']);
	});

	test('the glossary spells out every acronym, and the first use of an acronym on a page is an <abbr>', () => {
		const dts = readPage('/fr/glossaire/').querySelectorAll('dt abbr').map((a) => a.textContent);
		for (const acronym of ['ANS', 'DMP', 'INS', 'APA', 'ESMS', 'HOP’EN', 'MSSanté', 'DREES', 'EHPAD']) expect(dts).toContain(acronym);
		const abbr = readPage('/en/actions/18/').querySelector('.prose abbr[title]');
		expect(abbr?.textContent).toBe('DPC');
		expect(abbr?.getAttribute('title')).toBe('Continuing professional development');
	});
});
