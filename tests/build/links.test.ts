/**
 * Cross-links, backlinks, organisations and the glossary on the built site. What a page shows is
 * read from the page and compared with the published data and with the other pages, never with
 * the code that produced it.
 */
import { readFileSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { ACTION_IDS } from '../helpers/frontmatter';
import { DIST, builtPages, pageExists, readPage } from '../helpers/site';

const LANGS = [
	{ lang: 'fr', data: '/fr/donnees/actions.json', connections: '/fr/liens/' },
	{ lang: 'en', data: '/en/data/actions.json', connections: '/en/connections/' },
] as const;

/** The action numbers an element's links lead to, in page order (links elsewhere left out). */
const actionNumbers = (links: HTMLElement[]) =>
	links.flatMap((a) => {
		const m = /^\/(fr|en)\/actions\/(\d+)\/$/.exec(a.getAttribute('href') ?? '');
		return m ? [Number(m[2])] : [];
	});
const sorted = (numbers: number[]) => [...new Set(numbers)].sort((a, b) => a - b);

/**
 * What an action page shows: the actions its text links to ("action 4", a programme), those its
 * "Related actions" list names, and its "Referenced by" list.
 */
function shown(lang: string, id: number) {
	const page = readPage(`/${lang}/actions/${id}/`);
	return {
		text: actionNumbers(page.querySelectorAll('article .prose a')),
		related: actionNumbers(page.querySelectorAll('section.related .cols > div:not([data-referenced-by]) a')),
		referencedBy: actionNumbers(page.querySelectorAll('[data-referenced-by] a')),
	};
}

/** Every action's links as its page shows them: its text's links and its "Related actions" list. */
const pageLinks = (lang: string) => new Map(ACTION_IDS.map((id) => [id, sorted([...shown(lang, id).text, ...shown(lang, id).related])]));

/** The link table of the connections page: action → [links to, referenced by]. */
function linkTable(path: string) {
	return new Map(
		readPage(path)
			.querySelectorAll('tr[data-action]')
			.map((tr) => {
				const [to, by] = tr.querySelectorAll('td').map((td) => actionNumbers(td.querySelectorAll('a')));
				return [Number(tr.getAttribute('data-action')), { to: to!, by: by! }];
			}),
	);
}

describe.each(LANGS)('cross-links in $lang', ({ lang, data, connections }) => {
	test('every cross-link leads to an existing action page, and no page links to itself', () => {
		let count = 0;
		for (const path of builtPages(`/${lang}/`)) {
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

	test("every action page shows the links and backlinks of actions.json: its text's links and related list are `links`, its \"Referenced by\" is `referencedBy`", () => {
		const json = JSON.parse(readFileSync(new URL('.' + data, DIST), 'utf8')) as { actions: Array<{ id: number; links: number[]; referencedBy: number[] }> };
		expect(json.actions.map((a) => a.id)).toEqual(ACTION_IDS);
		const differences: string[] = [];
		for (const a of json.actions) {
			const page = shown(lang, a.id);
			const links = sorted([...page.text, ...page.related]);
			if (JSON.stringify(links) !== JSON.stringify(a.links)) differences.push(`action ${a.id}: the page links to [${links}], actions.json has links [${a.links}]`);
			if (JSON.stringify(page.referencedBy) !== JSON.stringify(a.referencedBy)) {
				differences.push(`action ${a.id}: the page says referenced by [${page.referencedBy}], actions.json has referencedBy [${a.referencedBy}]`);
			}
		}
		expect(differences).toEqual([]);
	});

	test('each page\'s "Referenced by" is the exact inverse of the links the pages show, and the connections page agrees', () => {
		const links = pageLinks(lang);
		// The inverse, computed here from what the pages show: who links to `id`, by number.
		const inverse = (id: number) => ACTION_IDS.filter((from) => from !== id && links.get(from)!.includes(id));
		for (const id of ACTION_IDS) expect(shown(lang, id).referencedBy, `"Referenced by" of action ${id}`).toEqual(inverse(id));
		const table = linkTable(connections);
		expect([...table.keys()]).toEqual(ACTION_IDS);
		for (const id of ACTION_IDS) expect(table.get(id), `action ${id} on ${connections}`).toEqual({ to: links.get(id), by: inverse(id) });
		expect(inverse(4)).toEqual([12]);
		expect(inverse(15)).toEqual(expect.arrayContaining([3, 11, 16, 26]));
	});
});

test('the links are the same in both languages', () => {
	expect(pageLinks('en')).toEqual(pageLinks('fr'));
	expect(linkTable('/en/connections/')).toEqual(linkTable('/fr/liens/'));
	for (const id of ACTION_IDS) expect(shown('en', id).referencedBy, `action ${id}`).toEqual(shown('fr', id).referencedBy);
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
