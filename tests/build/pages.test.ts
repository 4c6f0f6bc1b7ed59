/** The French pages a reader walks through: structure, navigation and metadata of the built site. */
import { describe, expect, test } from 'vitest';
import { ACTION_IDS as ids } from '../helpers/frontmatter';
import { pageExists, readPage, readableText } from '../helpers/site';

const last = ids.at(-1)!;

describe('action pages', () => {
	test.each(ids)('action %i has a number permalink, a breadcrumb, facts, the edition and neighbours', (id) => {
		const page = readPage(`/fr/actions/${id}/`);
		expect(page.querySelector('html')!.getAttribute('lang')).toBe('fr');
		expect(readableText(page.querySelector('h1')!)).toMatch(new RegExp(`^Action ${id} `));
		const crumbs = page.querySelectorAll('.breadcrumb a').map((a) => a.getAttribute('href'));
		expect(crumbs[0]).toBe('/fr/');
		expect(crumbs[1]).toMatch(/^\/fr\/axes\/[1-5]\/$/);
		expect(crumbs[2]).toBe(`/fr/actions/${id}/`);
		const facts = readableText(page.querySelector('.facts')!);
		expect(facts).toContain('Orientation');
		expect(facts).toContain('Pilotes');
		expect(facts).toContain('Échéances');
		expect(readableText(page.querySelector('main')!)).toContain('feuille de route du 25 avril 2019');
		expect(page.querySelector('a[rel=prev]')?.getAttribute('href')).toBe(id > 1 ? `/fr/actions/${id - 1}/` : undefined);
		expect(page.querySelector('a[rel=next]')?.getAttribute('href')).toBe(id < last ? `/fr/actions/${id + 1}/` : undefined);
	});

	test('owners are those the text names, and none are invented', () => {
		const owners = (id: number) =>
			readPage(`/fr/actions/${id}/`)
				.querySelectorAll('.facts dd')[1]!
				.querySelectorAll('abbr')
				.map((a) => a.textContent);
		expect(owners(12)).toEqual(['ANS']);
		expect(owners(15)).toEqual(['DNS', 'Cnam']);
		expect(owners(17)).toEqual(['DREES']);
		expect(owners(25)).toEqual(['DNS']);
		expect(owners(21)).toEqual([]);
		expect(owners(13)).toEqual([]);
		expect(readableText(readPage('/fr/actions/13/').querySelector('.facts')!)).toContain('Le texte ne nomme pas de pilote.');
	});
});

describe('the home and axis pages', () => {
	test(`the home page lists the 5 axes and links all ${ids.length} actions`, () => {
		const page = readPage('/fr/');
		const links = new Set(page.querySelectorAll('main a').map((a) => a.getAttribute('href')));
		for (const id of ids) expect(links.has(`/fr/actions/${id}/`)).toBe(true);
		for (const axis of [1, 2, 3, 4, 5]) expect(links.has(`/fr/axes/${axis}/`)).toBe(true);
	});

	test.each([
		[1, [1, 2, 3]],
		[2, [4, 5, 6, 7, 8, 9, 10]],
		[3, [11, 12, 13, 14]],
		[4, [15, 16, 17]],
		[5, [18, 19, 20, 21, 22, 23, 24, 25, 26]],
	])('axis %i lists exactly its actions, in order', (axis, actions) => {
		const links = readPage(`/fr/axes/${axis}/`)
			.querySelectorAll('ul.actions a')
			.map((a) => a.getAttribute('href'));
		expect(links).toEqual(actions.map((id) => `/fr/actions/${id}/`));
	});
});

describe('the shared layout', () => {
	const paths = ['/fr/', '/fr/actions/6/', '/fr/axes/2/', '/fr/edito-de-la-ministre/', '/fr/a-propos/', '/fr/cinq-orientations/'];

	test.each(paths)('%s has a skip link, one h1, a main landmark and navigation', (path) => {
		const page = readPage(path);
		expect(page.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
		expect(page.querySelector('main#main')).not.toBeNull();
		expect(page.querySelectorAll('h1')).toHaveLength(1);
		expect(page.querySelector('header nav')).not.toBeNull();
		expect(page.querySelector('footer')!.textContent).toContain('non officiel');
		expect(page.querySelector('meta[name=viewport]')).not.toBeNull();
		expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(new RegExp(`${path}$`));
	});

	test('the about page names the source, its reuse terms and says the site is not official', () => {
		const text = readableText(readPage('/fr/a-propos/').querySelector('main')!);
		expect(text).toContain("dossier d'information du ministère des Solidarités et de la Santé du 25 avril 2019");
		expect(text).toContain('Code des relations entre le public et l');
		expect(text).toContain("n'est pas un site officiel");
		expect(text).toContain('qui compte 26 actions');
		expect(text).not.toMatch(/renuméroté|en comptent 30/);
	});

	test('an unknown number has no page, and the 404 page points to a permalink', () => {
		expect(pageExists(`/fr/actions/${last + 1}/`)).toBe(false);
		expect(readPage('/404.html').querySelector('main a')?.getAttribute('href')).toBe('/fr/actions/6/');
	});
});
