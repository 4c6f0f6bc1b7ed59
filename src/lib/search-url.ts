/**
 * The search page's state in its URL — `?q=pilotage&axe=4&annee=2019&annee=2020` — so that a
 * search or a filtered view can be shared as a link and is restored when the link is opened.
 */

/** The query and the chosen values of each facet key (values of one key are alternatives). */
export interface SearchState {
	q: string;
	filters: Record<string, string[]>;
}

/**
 * Reads the state from a URL query string; parameters that are not `q` or a known facet key
 * are ignored, and so are empty or repeated values.
 * @example parseSearchState('?q=INS&axe=2&utm=x', ['axe']) // { q: 'INS', filters: { axe: ['2'] } }
 */
export function parseSearchState(search: string, keys: readonly string[]): SearchState {
	const params = new URLSearchParams(search);
	const filters: Record<string, string[]> = {};
	for (const key of keys) {
		const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
		if (values.length > 0) filters[key] = values;
	}
	return { q: (params.get('q') ?? '').trim(), filters };
}

/**
 * Writes the state as a query string (with its `?`, or empty when there is nothing to keep),
 * facet keys in the order given.
 * @example formatSearchState({ q: 'INS', filters: { axe: ['2'] } }, ['axe']) // '?q=INS&axe=2'
 */
export function formatSearchState(state: SearchState, keys: readonly string[]): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const key of keys) for (const value of state.filters[key] ?? []) params.append(key, value);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/**
 * The state as Pagefind filters: alternatives within a facet (`any`), every facet required.
 * @example pagefindFilters({ axe: ['1', '2'] }) // { axe: { any: ['1', '2'] } }
 */
export function pagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
	return Object.fromEntries(
		Object.entries(filters)
			.filter(([, values]) => values.length > 0)
			.map(([key, values]) => [key, { any: values }]),
	);
}

/**
 * The inverse of `pagefindFilters`: Pagefind filters (as the UI reports them) back to plain
 * lists of values, empty facets dropped.
 * @example stateFilters({ axe: { any: ['4'] }, annee: ['2020'] }) // { axe: ['4'], annee: ['2020'] }
 */
export function stateFilters(filters: Record<string, { any: string[] } | string[]>): Record<string, string[]> {
	return Object.fromEntries(
		Object.entries(filters)
			.map(([key, value]) => [key, Array.isArray(value) ? value : value.any] as const)
			.filter(([, values]) => values.length > 0),
	);
}
