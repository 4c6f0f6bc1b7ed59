/**
 * Words readers type that an action's text may not contain: acronyms and programme names with
 * what they stand for, from `content/glossary.yml` and `content/organisations.yml` (never typed
 * again here). Which entries belong to which action is derived: the glossary's own `action`, or
 * the entry written in the action's title or text. So "DMP" finds the action whose text only says
 * "dossier médical partagé", and the other way round.
 */
import type { GlossaryEntry, Lang, Organisation } from '../schemas';
import { isAcronym } from './enrich';
import { escapeRegExp } from './regexp';

/** What search needs of a glossary entry or an organisation. */
export type SearchTerm = Pick<GlossaryEntry, 'name'> & Partial<Pick<GlossaryEntry, 'acronym' | 'action' | 'terms'>>;

/** Organisations as search terms: their acronym stands for their full name. */
export const organisationTerms = (organisations: readonly Pick<Organisation, 'acronym' | 'name'>[]): SearchTerm[] =>
	organisations.map(({ acronym, name }) => ({ acronym, name }));

/** A term found for an action, and whether it is the action's own (then it ranks like the title). */
export interface FoundTerm {
	entry: SearchTerm;
	own: boolean;
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

/** A text prepared once for many `writtenIn` tests: as written (acronyms) and folded (names). */
interface Prepared {
	/** Curly apostrophes as straight ones, so that "HOP’EN" is "HOP'EN". */
	plain: string;
	folded: string;
	/** The folded text's words: a name can only be in it if its first word is. */
	words: ReadonlySet<string>;
}
function prepare(text: string): Prepared {
	const folded = foldName(text);
	return { plain: text.replace(/[’‘]/g, "'"), folded, words: new Set(folded.split(' ')) };
}

/** The first word of a folded name (` messagerie securisee ` → `messagerie`). */
const firstWord = (folded: string) => folded.split(' ')[1]!;

/** Every written form of an entry, in both languages (English texts quote French names). */
const formsOf = (entry: SearchTerm): string[] =>
	[entry.acronym, ...(entry.terms?.fr ?? []), ...(entry.terms?.en ?? []), entry.name.fr, entry.name.en].filter((f): f is string => !!f);

/**
 * An entry's forms ready to look for: acronyms as written with their exact-case whole-word
 * patterns, names folded with their first word.
 */
interface Forms {
	acronyms: Array<{ text: string; pattern: RegExp }>;
	names: Array<{ folded: string; first: string }>;
}
/** Made once per entry: every action is tested against the same entries (issue 10). */
const prepared = new WeakMap<SearchTerm, Forms>();
function formsToFind(entry: SearchTerm): Forms {
	let forms = prepared.get(entry);
	if (!forms) {
		const all = formsOf(entry);
		forms = {
			acronyms: all.filter(isAcronym).map((a) => ({ text: a, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(a)}(?![\\p{L}\\p{N}])`, 'u') })),
			names: all.filter((f) => !isAcronym(f)).map(foldName).map((folded) => ({ folded, first: firstWord(folded) })),
		};
		prepared.set(entry, forms);
	}
	return forms;
}

/**
 * Whether the entry is written in a text: an acronym as a whole word in its exact case (so "HAS" is
 * not "has"), a name in any case or accents. Every action tests every entry, and most entries are
 * absent from most actions (issue 10): an acronym's pattern only runs where its letters are in the
 * text, and a name is only searched for where its first word is one of the text's words.
 */
function writtenIn(entry: SearchTerm, text: Prepared): boolean {
	const { acronyms, names } = formsToFind(entry);
	return (
		acronyms.some((a) => text.plain.includes(a.text) && a.pattern.test(text.plain)) ||
		names.some((name) => text.words.has(name.first) && text.folded.includes(name.folded))
	);
}

/**
 * The entries that belong to an action, in the order given: its own (the glossary says it is
 * about that action, or its title names it) and those its text only mentions.
 * Each text is folded once, not once per entry: an action page tests every glossary entry and
 * organisation against its whole body (issue 10: this was most of an action page's build time).
 * @example findTerms({ id: 11, title: 'Poursuite du DMP', body: '' }, glossary) // [{ entry: DMP…, own: true }]
 */
export function findTerms(action: { id: number; title: string; body: string }, entries: readonly SearchTerm[]): FoundTerm[] {
	const title = prepare(action.title);
	let body: Prepared | undefined;
	return entries.flatMap((entry) => {
		const own = entry.action === action.id || writtenIn(entry, title);
		return own || writtenIn(entry, (body ??= prepare(action.body))) ? [{ entry, own }] : [];
	});
}

/**
 * How an entry is written into the index for a page in `lang`: its acronym, its words in that
 * language, its name there and its French name, each once.
 * @example termLine('fr', dmp) // 'DMP; Dossier Médical Partagé'
 */
export function termLine(lang: Lang, entry: SearchTerm): string {
	const forms = [entry.acronym, ...(entry.terms?.[lang] ?? []), entry.name[lang], entry.name.fr].filter((f): f is string => !!f);
	const seen = new Set<string>();
	return forms.filter((f) => !seen.has(f.toLowerCase()) && seen.add(f.toLowerCase())).join('; ');
}
