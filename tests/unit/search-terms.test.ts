import { describe, expect, test } from 'vitest';
import { findTerms, foldName, organisationTerms, termLine, type SearchTerm } from '../../src/lib/search-terms';

const dmp: SearchTerm = {
	acronym: 'DMP',
	name: { fr: 'Dossier Médical Partagé', en: 'Dossier Médical Partagé (shared medical record)' },
	action: 11,
	terms: { fr: ['DMP', 'Dossier Médical Partagé'], en: ['DMP', 'Dossier Médical Partagé', 'shared medical record'] },
};
const mssante: SearchTerm = {
	acronym: 'MSSanté',
	name: { fr: 'Messageries sécurisées de santé', en: 'Secure health messaging services' },
	action: 12,
	terms: { fr: ['MSSanté'], en: ['MSSanté', 'secure health messaging'] },
};
const hopen: SearchTerm = { acronym: "HOP'EN", name: { fr: 'Hôpital numérique ouvert sur son environnement', en: 'Digital hospital' }, action: 19 };
const ehpad: SearchTerm = { acronym: 'EHPAD', name: { fr: "Établissement d'hébergement pour personnes âgées dépendantes", en: 'Care home' } };
const [has] = organisationTerms([{ acronym: 'HAS', name: { fr: 'Haute autorité de santé', en: 'French National Authority for Health' } }]);
const glossary = [dmp, mssante, hopen, ehpad, has!];

/** The acronyms found for an action, each with whether it is the action's own. */
const found = (id: number, title: string, body = '') => findTerms({ id, title, body }, glossary).map(({ entry, own }) => [entry.acronym, own]);

describe('foldName', () => {
	test('ignores case, accents, punctuation and plural endings', () => {
		expect(foldName('Messageries  SÉCURISÉES, de santé')).toBe(foldName('messagerie sécurisée de santé'));
	});

	test('keeps short words whole, so "des" and "les" stay distinct words', () => {
		expect(foldName('des')).toBe(' des ');
	});
});

describe('findTerms', () => {
	test("gives an action the programmes the glossary says are its own, even where its text names none", () => {
		expect(found(11, 'Poursuite du déploiement')).toEqual([['DMP', true]]);
	});

	test('finds an entry from its full name alone, whatever its plural, case and accents', () => {
		expect(found(3, 'Accompagnement à l’usage des MESSAGERIE securisee de sante')).toEqual([['MSSanté', true]]);
	});

	test('counts an entry only the body uses as a passing mention', () => {
		expect(found(13, 'Développement de la e-prescription', 'Le DMP sera alimenté par les EHPAD.')).toEqual([
			['DMP', false],
			['EHPAD', false],
		]);
	});

	test('matches acronyms with their exact case and as whole words only', () => {
		expect(found(18, 'Recommandations de la HAS')).toEqual([['HAS', true]]);
		expect(found(18, 'This page has nothing', 'Les DMPs et les ehpad')).toEqual([]);
	});

	test('reads a curly apostrophe as a straight one', () => {
		expect(found(1, 'Le programme « HOP’EN »')).toEqual([["HOP'EN", true]]);
	});
});

describe('organisationTerms', () => {
	test('makes each organisation an acronym standing for its full name', () => {
		expect(has).toEqual({ acronym: 'HAS', name: { fr: 'Haute autorité de santé', en: 'French National Authority for Health' } });
	});
});

describe('termLine', () => {
	test('writes the acronym, then the words and name of the page language, then the French name, each once', () => {
		expect(termLine('fr', dmp)).toBe('DMP; Dossier Médical Partagé');
		expect(termLine('en', dmp)).toBe('DMP; Dossier Médical Partagé; shared medical record; Dossier Médical Partagé (shared medical record)');
	});

	test('writes a name alone when there is no acronym', () => {
		expect(termLine('en', { name: { fr: 'Télémédecine', en: 'Telemedicine' } })).toBe('Telemedicine; Télémédecine');
	});
});
