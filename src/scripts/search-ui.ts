/**
 * Pagefind in the browser, loaded only when a reader asks for it: pages fetch nothing of
 * Pagefind until search is opened (or, on a result's page, until there are words to highlight).
 * The bundle is the one `config/pagefind.ts` writes into the built site.
 */
import { SEARCH_OPTIONS } from '../lib/search-options';

/** Where the Pagefind bundle is served from. */
const BUNDLE = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

/** The filters of a search: for each key, values of which any may match (`{ any: […] }`). */
export type Filters = Record<string, { any: string[] } | string[]>;

/** The part of a Component UI instance this site uses (https://pagefind.app/docs/components/). */
export interface SearchInstance {
	searchTerm: string;
	faceted: boolean;
	on(event: 'search', callback: (term: string, filters: Filters) => void): void;
	on(event: 'filters', callback: (counts: { available: FilterCounts; total: FilterCounts | null }) => void): void;
	triggerLoad(): Promise<void>;
	triggerSearchWithFilters(term: string, filters: Filters): void;
	triggerFilters(filters: Filters): void;
}

/** Result counts per filter key and value. */
export type FilterCounts = Record<string, Record<string, number>>;

declare global {
	interface Window {
		PagefindComponents?: { configureInstance(name: string, options: object): SearchInstance };
		PagefindHighlight?: new (options: { highlightParam: string }) => unknown;
	}
}

/** Adds a stylesheet and resolves once it has loaded, so the UI never shows unstyled. */
function addStylesheet(href: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
		link.onload = () => resolve();
		link.onerror = () => reject(new Error(`Could not load ${href}`));
		document.head.append(link);
	});
}

let loading: Promise<SearchInstance> | undefined;

/**
 * Loads Pagefind's Component UI (script and stylesheet) once and configures its shared instance
 * with the site's options. Call it before putting any `<pagefind-*>` element in the page.
 */
export function loadSearchUi(): Promise<SearchInstance> {
	loading ??= (async () => {
		await Promise.all([
			import(/* @vite-ignore */ `${BUNDLE}pagefind-component-ui.js`),
			addStylesheet(`${BUNDLE}pagefind-component-ui.css`),
		]);
		const components = window.PagefindComponents;
		if (!components) throw new Error('Pagefind Component UI did not start.');
		return components.configureInstance('default', { bundlePath: BUNDLE, ...SEARCH_OPTIONS });
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

/**
 * On a page reached from a search result, marks the searched words in the main content with
 * Pagefind's highlight script; elsewhere it loads nothing.
 */
export async function highlightSearchedWords(): Promise<void> {
	const { highlightParam } = SEARCH_OPTIONS;
	if (!new URLSearchParams(location.search).has(highlightParam)) return;
	await import(/* @vite-ignore */ `${BUNDLE}pagefind-highlight.js`);
	if (window.PagefindHighlight) new window.PagefindHighlight({ highlightParam });
}
