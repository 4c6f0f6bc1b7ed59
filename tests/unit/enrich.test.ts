import { describe, expect, test } from 'vitest';
import { enrichHtml, mentionedActions, type EnrichOptions } from '../../src/lib/enrich';
import type { GlossaryEntry, Organisation } from '../../src/schemas';

const glossary: GlossaryEntry[] = [
	{ id: 'dmp', acronym: 'DMP', name: { fr: 'Dossier Médical Partagé', en: 'Dossier Médical Partagé (shared medical record)' }, action: 11, terms: { fr: ['DMP', 'Dossier Médical Partagé'], en: ['DMP', 'Dossier Médical Partagé'] }, french: ['Dossier Médical Partagé'] },
	{ id: 'ens', name: { fr: 'Espace Numérique de Santé', en: 'Espace Numérique de Santé' }, action: 15, terms: { fr: ['Espace Numérique de Santé'], en: ['Espace Numérique de Santé'] }, french: ['Espace Numérique de Santé'] },
];
const organisations: Organisation[] = [{ id: 'ans', acronym: 'ANS', kind: 'agency', name: { fr: 'Agence du numérique en santé', en: 'Digital Health Agency' } }];
const options = (lang: 'fr' | 'en', self?: number): EnrichOptions => ({ lang, self, actionUrl: (id) => `/${lang}/actions/${id}/`, glossary, organisations });
const page = (body: string, lang = 'fr') => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main><div data-enrich>${body}</div></main></body></html>`;
const main = (html: string) => /<main>([\s\S]*)<\/main>/.exec(html)![1]!;

describe('enrichHtml', () => {
	test('links every mention of another action, but never the page to itself', () => {
		const html = enrichHtml(page('<p>dès que l’identification (<strong>action 4</strong>) et l’action 12 seront là</p>'), options('fr', 12));
		expect(main(html)).toBe('<div data-enrich><p>dès que l’identification (<strong><a class="xref" href="/fr/actions/4/">action 4</a></strong>) et l’action 12 seront là</p></div>');
	});

	test('links only the first mention of a programme on a page, and explains its acronym', () => {
		const html = main(enrichHtml(page('<p>Le DMP et le DMP.</p><p>Le Dossier Médical Partagé.</p>'), options('fr')));
		expect(html).toContain('<a class="term" href="/fr/actions/11/"><abbr title="Dossier Médical Partagé">DMP</abbr></a> et le DMP.');
		expect(html).toContain('<p>Le Dossier Médical Partagé.</p>');
	});

	test('does not link a programme from its own action page', () => {
		expect(main(enrichHtml(page('<p>Le DMP.</p>'), options('fr', 11)))).toContain('<abbr title="Dossier Médical Partagé">DMP</abbr>');
		expect(main(enrichHtml(page('<p>Le DMP.</p>'), options('fr', 11)))).not.toContain('<a ');
	});

	test('explains an acronym on its first use only, whole words only', () => {
		const html = main(enrichHtml(page('<p>L’ANS, puis l’ANS ; pas ANSM.</p>'), options('fr')));
		expect(html.match(/<abbr/g)).toHaveLength(1);
		expect(html).toContain('<abbr title="Agence du numérique en santé">ANS</abbr>, puis l’ANS');
	});

	test('marks French names lang="fr" on English pages, also in headings, without links there', () => {
		const html = main(enrichHtml(page('<h2>The Espace Numérique de Santé</h2><p>the Espace Numérique de Santé</p>', 'en'), options('en')));
		expect(html).toContain('<h2>The <span lang="fr">Espace Numérique de Santé</span></h2>');
		expect(html).toContain('<a class="term" href="/en/actions/15/" lang="fr">Espace Numérique de Santé</a>');
	});

	test('leaves text outside data-enrich regions alone, apart from typography', () => {
		const html = enrichHtml('<html lang="fr"><body><nav>Action 4 : DMP</nav></body></html>', options('fr'));
		expect(html).toBe('<html lang="fr"><body><nav>Action 4\u00A0: DMP</nav></body></html>');
	});

	test('sets typographic apostrophes, and French spacing only in French passages', () => {
		const html = enrichHtml('<html lang="fr"><body><p>l\'appli : « oui »</p><p lang="en">it\'s: "yes"</p></body></html>', options('fr'));
		expect(html).toBe('<html lang="fr"><body><p>l’appli\u00A0: «\u00A0oui\u00A0»</p><p lang="en">it’s: "yes"</p></body></html>');
	});
});

describe('mentionedActions', () => {
	test('finds the actions a text mentions with the same rules as the links', () => {
		expect(mentionedActions('Le DMP, l’Espace Numérique de Santé et l’**action 4**.', { lang: 'fr', glossary, organisations })).toEqual([4, 11, 15]);
		expect(mentionedActions('Le DMP (action 11).', { lang: 'fr', self: 11, glossary, organisations })).toEqual([]);
	});
});
