import { describe, expect, test } from 'vitest';
import { findTerms, foldName, GLOSSARY, organisationTerms, termLine, type GlossaryEntry } from '../../src/lib/search-terms';

const entry = (term: string) => GLOSSARY.find((e) => e.term === term)!;
const has: GlossaryEntry = { term: 'HAS', name: { fr: 'Haute autorité de santé', en: 'French National Authority for Health' } };
const found = (title: string, body = '', entries: readonly GlossaryEntry[] = GLOSSARY) =>
	findTerms({ title, body }, entries).map(({ entry: e, inTitle }) => [e.term, inTitle]);

describe('foldName', () => {
	test('ignores case, accents, punctuation and plural endings', () => {
		expect(foldName('Messageries  SÉCURISÉES, de santé')).toBe(foldName('messagerie sécurisée de santé'));
	});

	test('keeps short words whole, so "des" and "les" stay distinct words', () => {
		expect(foldName('des')).toBe(' des ');
	});
});

describe('findTerms', () => {
	test('finds an acronym its title uses, as a first-class term', () => {
		expect(found("Accélération du déploiement de l'identifiant national de santé (INS)")).toEqual([['INS', true]]);
	});

	test('finds an acronym from its full name alone, whatever its plural and accents', () => {
		expect(found('Accompagnement à l’usage des messageries securisees de sante')).toEqual([['MSSanté', true]]);
	});

	test('counts a term only in the body as a passing mention', () => {
		expect(found('Développement de la e-prescription', 'Le DMP sera alimenté.')).toEqual([['DMP', false]]);
	});

	test('matches acronyms with their exact case and as whole words only', () => {
		expect(found('This page has the HAS opinion', '', [has])).toEqual([['HAS', true]]);
		expect(found('This page has nothing', '', [has])).toEqual([]);
		expect(found('Les INStances', 'Les DMPs')).toEqual([]);
	});

	test("reads a variant (CPS) and a curly apostrophe (HOP’EN) as the term", () => {
		expect(found('Dématérialisation de la carte CPS')).toEqual([['e-CPS', true]]);
		expect(found('Le programme « HOP’EN »')).toEqual([["HOP'EN", true]]);
	});

	test('lists terms in glossary order, each once', () => {
		expect(found('DMP et INS', 'INS, INS et DMP').map(([term]) => term)).toEqual(['INS', 'DMP']);
	});
});

describe('organisationTerms', () => {
	test('makes each organisation an acronym standing for its full name', () => {
		expect(organisationTerms([{ acronym: 'ANS', name: { fr: 'Agence du numérique en santé', en: 'Digital Health Agency' } }])).toEqual([
			{ term: 'ANS', name: { fr: 'Agence du numérique en santé', en: 'Digital Health Agency' } },
		]);
	});
});

describe('termLine', () => {
	test('writes the term, its variants, then its name in the page language', () => {
		expect(termLine('fr', entry('e-CPS'))).toBe('e-CPS, CPS: carte de professionnel de santé');
	});

	test('adds the French name on English pages, which often quote it', () => {
		expect(termLine('en', entry('DMP'))).toBe('DMP: shared medical record; dossier médical partagé');
	});
});

describe('GLOSSARY', () => {
	test('has each term once, and a name in both languages', () => {
		const terms = GLOSSARY.map((e) => e.term);
		expect(new Set(terms).size).toBe(terms.length);
		for (const e of GLOSSARY) expect(e.name.fr && e.name.en).toBeTruthy();
	});
});
