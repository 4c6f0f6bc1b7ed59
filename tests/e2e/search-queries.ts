/**
 * Queries people really type, each with the action that must come in its top 3 results, in the
 * language of the site they type it on. Shared by the search tests and `npm run bench:search`.
 */
import type { Lang } from '../../src/schemas';

/** A query typed on the site in `lang`, and the number of the action it must find. */
export type Query = readonly [lang: Lang, query: string, action: number];

export const QUERIES: readonly Query[] = [
	// Acronyms and programme names, and their full names where the text may use only one of them
	['fr', 'INS', 6],
	['fr', 'DMP', 11],
	['fr', 'dossier médical partagé', 11],
	['fr', 'MSSanté', 12],
	['fr', 'messagerie sécurisée', 12],
	['fr', "HOP'EN", 19],
	['fr', 'e-CPS', 5],
	['fr', 'carte CPS', 5],
	['fr', 'APA', 21],
	['fr', 'ESMS', 20],
	['fr', 'CGTS', 10],
	['fr', 'RPPS', 4],
	// Without accents, with and without hyphens
	['fr', 'securite', 9],
	['fr', 'telemedecine', 18],
	['fr', 'télésoin', 18],
	['fr', 'télé-soin', 18],
	['fr', 'hopital numerique', 19],
	['fr', 'allocation personnalisee autonomie', 21],
	// Plurals and several words
	['fr', 'messageries sécurisées', 12],
	['fr', 'ateliers citoyens', 26],
	['fr', 'terminologies', 10],
	['fr', 'carte Vitale', 7],
	['fr', 'identifiant national de santé', 6],
	['fr', 'bouquet de services', 16],
	['fr', 'tour de France', 25],

	// English acronyms, names and the French names English texts quote
	['en', 'INS', 6],
	['en', 'national health identifier', 6],
	['en', 'DMP', 11],
	['en', 'shared medical record', 11],
	['en', 'dossier médical partagé', 11],
	['en', 'MSSanté', 12],
	['en', 'MSSante', 12],
	['en', 'secure messaging', 12],
	['en', "HOP'EN", 19],
	['en', 'e-CPS', 5],
	['en', 'health professional card', 5],
	['en', 'APA', 21],
	['en', 'ESMS', 20],
	// Hyphen variants and English words
	['en', 'telemedicine', 18],
	['en', 'telecare', 18],
	['en', 'tele-care', 18],
	['en', 'cyber-surveillance', 9],
	['en', 'e-prescription', 13],
	// Plurals and several words
	['en', 'workshops', 26],
	['en', 'terminologies', 10],
	['en', 'care pathways', 14],
	['en', 'digital health space', 15],
	['en', 'hospital information systems', 19],
	['en', 'personalised autonomy allowance', 21],
	['en', 'technical doctrine', 3],
];
