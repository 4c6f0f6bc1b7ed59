/**
 * Words readers type that an action's text may not contain: acronyms and programme names with
 * what they stand for. The glossary below is written once; which entries belong to which action
 * is derived from the action's own text, so that "DMP" finds the action that only says "dossier
 * médical partagé" in its short title, and "dossier médical partagé" finds text that only says DMP.
 *
 * Organisations are not repeated here: pages pass `content/organisations.yml` in as more entries
 * (see `organisationTerms`).
 */
import type { Lang } from '../schemas';

/** One acronym or programme name, with what it stands for in each language. */
export interface GlossaryEntry {
	/** The form the roadmap writes, e.g. `DMP`; matched with its exact case, as a whole word. */
	term: string;
	/** Other written forms, matched the same way, e.g. `CPS` for the physical card behind `e-CPS`. */
	variants?: readonly string[];
	/** What it stands for; matched ignoring case, accents, punctuation and plural endings. */
	name: Readonly<Record<Lang, string>>;
}

/**
 * Acronyms and programme names of the roadmap (dossier of 25 April 2019) that are not
 * organisations. Names follow the dossier where it spells them out.
 */
export const GLOSSARY: readonly GlossaryEntry[] = [
	{ term: 'INS', name: { fr: 'identifiant national de santé', en: 'national health identifier' } },
	{ term: 'e-CPS', variants: ['CPS'], name: { fr: 'carte de professionnel de santé', en: 'health professional card' } },
	{ term: 'PSC', name: { fr: 'Pro Santé Connect', en: 'Pro Santé Connect' } },
	{ term: 'apCV', name: { fr: 'appli carte Vitale', en: 'carte Vitale app' } },
	{ term: 'RPPS', name: { fr: 'répertoire partagé des professionnels de santé', en: 'shared directory of health professionals' } },
	{ term: 'FINESS', name: { fr: 'fichier national des établissements sanitaires et sociaux', en: 'national register of health and social establishments' } },
	{ term: 'ROR', name: { fr: 'répertoire opérationnel des ressources', en: 'operational directory of resources' } },
	{ term: 'CGTS', name: { fr: 'centre de gestion des terminologies de santé', en: 'health terminology management centre' } },
	{ term: 'SMT', name: { fr: 'serveur multi-terminologies', en: 'multi-terminology server' } },
	{ term: 'DMP', name: { fr: 'dossier médical partagé', en: 'shared medical record' } },
	{ term: 'MSSanté', name: { fr: 'messagerie sécurisée de santé', en: 'secure health messaging' } },
	{ term: 'ENS', name: { fr: 'Espace numérique de santé', en: 'digital health space' } },
	{ term: 'HDH', name: { fr: 'Health Data Hub', en: 'Health Data Hub' } },
	{ term: 'SNIIRAM', name: { fr: "système national d'information inter-régimes de l'assurance maladie", en: 'national health insurance information system' } },
	{ term: 'DPC', name: { fr: 'développement professionnel continu', en: 'continuing professional development' } },
	{ term: 'EHPAD', name: { fr: "établissement d'hébergement pour personnes âgées dépendantes", en: 'nursing home' } },
	{ term: 'MSP', name: { fr: 'maison de santé pluriprofessionnelle', en: 'multi-professional health centre' } },
	{ term: 'GHT', name: { fr: 'groupement hospitalier de territoire', en: 'regional hospital group' } },
	{ term: "HOP'EN", name: { fr: 'hôpital numérique ouvert sur son environnement', en: 'digital hospital open to its environment' } },
	{ term: 'ESMS', name: { fr: 'établissements et services médico-sociaux', en: 'social and medico-social establishments and services' } },
	{ term: 'APA', name: { fr: "allocation personnalisée d'autonomie", en: 'personalised autonomy allowance' } },
];

/** An organisation as `content/organisations.yml` describes it (only the fields search needs). */
export interface OrganisationName {
	acronym: string;
	name: Readonly<Record<Lang, string>>;
}

/** Organisations as glossary entries: their acronym stands for their full name. */
export const organisationTerms = (organisations: readonly OrganisationName[]): GlossaryEntry[] =>
	organisations.map((o) => ({ term: o.acronym, name: o.name }));

/** A glossary entry found in an action, and whether its title names it (then it ranks like the title). */
export interface FoundTerm {
	entry: GlossaryEntry;
	inTitle: boolean;
}

/**
 * Text made comparable for names: lower case, no accents, words separated by single spaces, and
 * no plural `s`/`x` on words longer than three letters ("messageries sécurisées" = "messagerie sécurisée").
 */
export function foldName(text: string): string {
	const words = text
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean)
		.map((w) => (w.length > 3 ? w.replace(/[sx]$/, '') : w));
	return ` ${words.join(' ')} `;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `form` occurs in `text` as a whole word, with its exact case (so "HAS" is not "has"). */
const hasForm = (text: string, form: string) =>
	new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'u').test(text.replace(/[’‘]/g, "'"));

/** Whether the entry appears in `text`, as its term, a variant, or its name in either language. */
function mentions(entry: GlossaryEntry, text: string, folded: string): boolean {
	return (
		[entry.term, ...(entry.variants ?? [])].some((form) => hasForm(text, form)) ||
		Object.values(entry.name).some((name) => folded.includes(foldName(name)))
	);
}

/**
 * The glossary entries an action mentions, in glossary order: those in its title (or short title)
 * first-class, those only in its body as passing mentions.
 * @example findTerms({ title: 'Poursuite du DMP', body: '' }, GLOSSARY) // [{ entry: DMP…, inTitle: true }]
 */
export function findTerms(action: { title: string; body: string }, entries: readonly GlossaryEntry[]): FoundTerm[] {
	const title = action.title;
	const all = `${action.title}\n${action.body}`;
	const [foldedTitle, foldedAll] = [foldName(title), foldName(all)];
	return entries.flatMap((entry) => {
		if (!mentions(entry, all, foldedAll)) return [];
		return [{ entry, inTitle: mentions(entry, title, foldedTitle) }];
	});
}

/**
 * How a found term is written for the index: the term, then its names (the page's language
 * first, then the French name, which English texts often quote).
 * @example termLine('en', DMP) // 'DMP: shared medical record; dossier médical partagé'
 */
export function termLine(lang: Lang, entry: GlossaryEntry): string {
	const names = [...new Set([entry.name[lang], entry.name.fr])];
	const forms = [entry.term, ...(entry.variants ?? [])].join(', ');
	return `${forms}: ${names.join('; ')}`;
}
