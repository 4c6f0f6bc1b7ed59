import { describe, expect, test } from 'vitest';
import { createEnricher, mentionedActions, type EnrichOptions } from '../../src/lib/enrich';
import type { GlossaryEntry, Organisation } from '../../src/schemas';

const glossary: GlossaryEntry[] = [
	{ id: 'dmp', acronym: 'DMP', name: { fr: 'Dossier Médical Partagé', en: 'Dossier Médical Partagé (shared medical record)' }, action: 11, terms: { fr: ['DMP', 'Dossier Médical Partagé'], en: ['DMP', 'Dossier Médical Partagé'] }, french: ['Dossier Médical Partagé'] },
	{ id: 'ens', name: { fr: 'Espace Numérique de Santé', en: 'Espace Numérique de Santé' }, action: 15, terms: { fr: ['Espace Numérique de Santé'], en: ['Espace Numérique de Santé'] }, french: ['Espace Numérique de Santé'] },
];
const organisations: Organisation[] = [{ id: 'ans', acronym: 'ANS', kind: 'agency', name: { fr: 'Agence du numérique en santé', en: 'Digital Health Agency' } }];
const options = (lang: 'fr' | 'en', self?: number): EnrichOptions => ({ lang, self, actionUrl: (id) => `/${lang}/actions/${id}/`, glossary, organisations });
/** Runs one page's enricher over its texts in order (already HTML-escaped), like the Markdown plugin. */
const enrich = (texts: Array<[string, boolean?]>, o: EnrichOptions) => {
	const run = createEnricher(o);
	return texts.map(([text, heading]) => run(text, heading ?? false));
};

describe('createEnricher', () => {
	test('links every mention of another action, but never the page to itself', () => {
		expect(enrich([['dès que l’identification (action 4) et l’action 12 seront là']], options('fr', 12))).toEqual([
			'dès que l’identification (<a class="xref" href="/fr/actions/4/">action 4</a>) et l’action 12 seront là',
		]);
	});

	test('links only the first mention of a programme on a page, and explains its acronym', () => {
		const [first, second] = enrich([['Le DMP et le DMP.'], ['Le Dossier Médical Partagé.']], options('fr'));
		expect(first).toBe('Le <a class="term" href="/fr/actions/11/"><abbr title="Dossier Médical Partagé">DMP</abbr></a> et le DMP.');
		expect(second).toBe('Le Dossier Médical Partagé.');
	});

	test('does not link a programme from its own action page', () => {
		expect(enrich([['Le DMP.']], options('fr', 11))).toEqual(['Le <abbr title="Dossier Médical Partagé">DMP</abbr>.']);
	});

	test('explains an acronym on its first use only, whole words only', () => {
		const [html] = enrich([['L’ANS, puis l’ANS ; pas ANSM.']], options('fr'));
		expect(html!.match(/<abbr/g)).toHaveLength(1);
		expect(html).toContain('<abbr title="Agence du numérique en santé">ANS</abbr>, puis l’ANS');
	});

	test('marks French names lang="fr" on English pages, also in headings, without links there', () => {
		const [heading, text] = enrich([['The Espace Numérique de Santé', true], ['the Espace Numérique de Santé']], options('en'));
		expect(heading).toBe('The <span lang="fr">Espace Numérique de Santé</span>');
		expect(text).toBe('the <a class="term" href="/en/actions/15/" lang="fr">Espace Numérique de Santé</a>');
	});
});

describe('mentionedActions', () => {
	test('finds the actions a text mentions with the same rules as the links', () => {
		expect(mentionedActions('Le DMP, l’Espace Numérique de Santé et l’**action 4**.', { lang: 'fr', glossary, organisations })).toEqual([4, 11, 15]);
		expect(mentionedActions('Le DMP (action 11).', { lang: 'fr', self: 11, glossary, organisations })).toEqual([]);
	});
});
