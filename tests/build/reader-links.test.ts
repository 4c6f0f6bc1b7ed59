/**
 * Links that say where they go, on the built site: the glossary links an organisation by its name
 * and a programme by its action's number and title (never a bare "Voir"); the organisations page
 * links every action number it lists, and lists exactly the actions each organisation leads and is
 * involved in (the frontmatter's owners and partners).
 */
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/ui.en';
import { fr } from '../../src/i18n/ui.fr';
import { readActions } from '../helpers/frontmatter';
import { normalise, readPage } from '../helpers/site';

const ui = { fr, en } as const;
const langs = ['fr', 'en'] as const;
const pathOf = { fr: { glossary: '/fr/glossaire/', organisations: '/fr/acteurs/' }, en: { glossary: '/en/glossary/', organisations: '/en/organisations/' } };

describe.each(langs)('in %s', (lang) => {
	test('every glossary link names where it goes', () => {
		const rows = readPage(pathOf[lang].glossary).querySelectorAll('.glossary > div');
		const links = rows.flatMap((row) =>
			row.querySelectorAll('dd a').map((a) => ({ href: a.getAttribute('href')!, text: normalise(a.textContent), name: normalise(row.querySelector('abbr')!.getAttribute('title')!) })),
		);
		const toActions = links.filter((l) => /\/actions\/\d+\/$/.test(l.href));
		const toOrganisations = links.filter((l) => l.href.startsWith(pathOf[lang].organisations));
		expect(toActions.length).toBeGreaterThan(5);
		expect(toOrganisations.length).toBeGreaterThan(10);
		expect(toActions.length + toOrganisations.length).toBe(links.length);
		for (const { href, text } of toActions) {
			const n = /\/actions\/(\d+)\/$/.exec(href)![1];
			const action = readActions(lang).find((a) => a.id === Number(n))!;
			expect(text, href).toBe(normalise(`Action ${n} — ${action.shortTitle}`));
		}
		for (const { href, text, name } of toOrganisations) expect(text, href).toBe(name);
		// One text, one destination.
		const byText = new Map<string, Set<string>>();
		for (const { href, text } of links) byText.set(text, (byText.get(text) ?? new Set()).add(href));
		expect([...byText].filter(([, hrefs]) => hrefs.size > 1).map(([text]) => text)).toEqual([]);
	});

	test('the organisations page links the numbers of the actions each organisation leads and is involved in', () => {
		const actions = readActions(lang);
		const items = readPage(pathOf[lang].organisations).querySelectorAll('ul.orgs > li');
		expect(items.length).toBeGreaterThan(10);
		let numbers = 0;
		for (const item of items) {
			const id = item.querySelector('a')!.getAttribute('href')!.slice(pathOf[lang].organisations.length, -1);
			const listed = (label: string) => {
				const group = item.querySelectorAll('.counts > span').find((s) => normalise(s.textContent).startsWith(normalise(label)));
				if (!group) return [];
				const links = group.querySelectorAll('a');
				// Every number shown is a link, to its action.
				expect(normalise(group.textContent).replace(/^[^:]*: /, ''), id).toBe(links.map((a) => a.textContent).join(' '));
				for (const a of links) expect(a.getAttribute('href')).toBe(`/${lang}/actions/${a.textContent}/`);
				numbers += links.length;
				return links.map((a) => Number(a.textContent));
			};
			expect(listed(ui[lang]['org.leads']), `${id} leads`).toEqual(actions.filter((a) => a.owners.includes(id)).map((a) => a.id));
			expect(listed(ui[lang]['org.involved']), `${id} involved`).toEqual(actions.filter((a) => a.partners.includes(id)).map((a) => a.id));
		}
		expect(numbers).toBeGreaterThan(20);
	});
});
