/**
 * Search filters (facets) of an action, derived from its frontmatter: its axis, the organisations
 * that pilot it, and the years its deadlines fall in. The same key names the Pagefind filter and
 * the search page's URL parameter (`/fr/recherche/?q=…&axe=4`), so a filtered view is a link.
 */
import type { Deadline, Lang } from '../schemas';
import { parseEdtf } from './edtf';

/** The facets, in display order. */
export const FACETS = ['axis', 'pilot', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** Each facet's filter key and URL parameter, per language (ASCII: they appear in URLs). */
export const FACET_KEYS = {
	axis: { fr: 'axe', en: 'axis' },
	pilot: { fr: 'pilote', en: 'lead' },
	year: { fr: 'annee', en: 'year' },
} as const satisfies Record<Facet, Record<Lang, string>>;

/** The facet keys of a language, in display order. */
export const facetKeys = (lang: Lang): string[] => FACETS.map((f) => FACET_KEYS[f][lang]);

/**
 * The calendar years a deadline falls in: every year from its start to its end; only the first
 * year of an open interval (`2021/..`), whose end the roadmap does not give.
 * @example deadlineYears('2020/2022') // [2020, 2021, 2022]
 */
export function deadlineYears(when: string): number[] {
	const { start, end } = parseEdtf(when);
	const first = Number(start.slice(0, 4));
	const last = end === null ? first : Number(end.slice(0, 4));
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** What an action's facets are computed from: its frontmatter, owners as acronyms. */
export interface FacetSource {
	axis: number;
	/** Acronyms of the organisations piloting it (e.g. `ANS`), as readers know them. */
	pilots: readonly string[];
	deadlines: readonly Pick<Deadline, 'when'>[];
}

/**
 * The facet values of one action, each list sorted and without repeats; a facet with no value
 * (an action whose text names no pilot) has an empty list.
 * @example facetValues({ axis: 4, pilots: ['DNS'], deadlines: [{ when: '2019/2020' }] })
 * // { axis: ['4'], pilot: ['DNS'], year: ['2019', '2020'] }
 */
export function facetValues(action: FacetSource): Record<Facet, string[]> {
	const years = [...new Set(action.deadlines.flatMap((d) => deadlineYears(d.when)))].sort((a, b) => a - b);
	return {
		axis: [String(action.axis)],
		pilot: [...new Set(action.pilots)].sort((a, b) => a.localeCompare(b)),
		year: years.map(String),
	};
}
