/**
 * How an action's thesaurus entry (`content/thesaurus.yml`) goes into one language's search
 * index: the words of that language with the abbreviations, and the other language's words
 * apart, so that they can rank lower (search-options.ts).
 */
import type { Lang, ThesaurusEntry } from '../schemas';

/** The words a page in `lang` is indexed with: its own, and the other language's not already among them. */
export interface ThesaurusLines {
	own: string;
	other: string;
}

/**
 * Each list joined with "; " (Pagefind keeps an inline metadata value whole), repeats left out
 * whatever their case.
 * @example thesaurusLines({ abbr: ['DMP'], fr: ['dossier médical'], en: ['medical record', 'DMP'] }, 'fr')
 * // { own: 'DMP; dossier médical', other: 'medical record' }
 */
export function thesaurusLines(entry: ThesaurusEntry, lang: Lang): ThesaurusLines {
	const seen = new Set<string>();
	const fresh = (words: readonly string[]) => words.filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
	const own = fresh([...entry.abbr, ...entry[lang]]);
	const other = fresh(entry[lang === 'fr' ? 'en' : 'fr']);
	return { own: own.join('; '), other: other.join('; ') };
}
