/**
 * Pagefind in the browser, loaded only when a reader asks for it: pages fetch nothing of
 * Pagefind until search is opened (or, on a result's page, until there are words to highlight).
 * The bundle is the one `config/pagefind.ts` writes into the built site.
 */
import { SEARCH_OPTIONS } from '../lib/search-options';
import { searchWords, subsets } from '../lib/search-query';
import type { Lang } from '../schemas';

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
	on(event: 'results', callback: () => void): void;
	triggerLoad(): Promise<void>;
	/** Pagefind itself, once loaded (not a documented member: see `answerReadersQueries`). */
	__pagefind__?: PagefindCore | null;
	triggerSearchWithFilters(term: string, filters: Filters): void;
	triggerFilters(filters: Filters): void;
	setLanguage(lang: string): void;
	setTranslations(strings: Record<string, string>): void;
	translate(key: string): string;
}

/** The part of Pagefind's search API this site wraps (https://pagefind.app/docs/api/). */
interface PagefindCore {
	search(term: string | null, options?: object): Promise<{ results: { score: number }[] } | null>;
	preload(term: string, options?: object): Promise<void>;
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

/**
 * Starts fetching this language's WebAssembly now, in parallel with the UI, rather than once
 * Pagefind has started and read its entry file (Pagefind names it after the language:
 * `wasm.fr.pagefind`). A preload the page already has (the search page's) is not repeated.
 * `crossorigin`: Pagefind fetches it in CORS mode, and a preload serves only a request of its mode.
 */
function preloadWasm(): void {
	const href = `${BUNDLE}wasm.${document.documentElement.lang}.pagefind`;
	if (document.querySelector(`link[rel=preload][href="${href}"]`)) return;
	document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));
}

/** Who wants to know which words of the last query were left out, and the query they belong to. */
const ignoredListeners: ((words: string[], term: string) => void)[] = [];

/** Calls `listener` after each search with the words that no result could contain ([] if none). */
export function onIgnoredWords(listener: (words: string[], term: string) => void): void {
	ignoredListeners.push(listener);
}

/**
 * Makes Pagefind answer readers' queries, not only its own: stop-words and question words are not
 * required (`searchWords`), and when the remaining words find nothing together, the best smaller
 * set of them does (the subset whose best result scores highest, largest subsets first), and the
 * words left out are reported. The Component UI has no hook for this, so its Pagefind instance's
 * `search` is wrapped once loaded (Instance.__pagefind__ in pagefind's component UI:
 * https://github.com/Pagefind/pagefind/tree/main/pagefind_ui/component).
 */
function answerReadersQueries(core: PagefindCore, lang: Lang): void {
	const search = core.search.bind(core);
	core.search = async (term, options) => {
		if (!term?.trim()) return search(term, options);
		const words = searchWords(lang, term);
		let answer = await search(words.join(' '), options);
		let ignored: string[] = [];
		if (answer && answer.results.length === 0 && words.length > 1) {
			let size = 0;
			let best = -1;
			for (const subset of subsets(words)) {
				if (subset.length < size) break;
				const tried = await search(subset.join(' '), options);
				const top = tried?.results[0]?.score ?? -1;
				if (tried && tried.results.length > 0 && top > best) {
					[answer, best, size] = [tried, top, subset.length];
					ignored = words.filter((w) => !subset.includes(w));
				}
			}
		}
		for (const listener of ignoredListeners) listener(ignored, term);
		return answer;
	};
	// While the field waits for the reader to stop typing, fetch the index chunks the words so far
	// need, so that the search itself finds them loaded.
	document.addEventListener('input', (event) => {
		const field = event.target;
		if (!(field instanceof HTMLInputElement) || !field.closest('pagefind-input') || !field.value.trim()) return;
		void core.preload(searchWords(lang, field.value).join(' ')).catch(() => {});
	});
}

/**
 * How many of the first results are fetched and shown as soon as a search answers. The Component
 * UI asks for a result's data only once its placeholder is on screen (an IntersectionObserver,
 * which reports a frame later at the earliest, and later still on a busy machine), so every
 * result would first show as a grey placeholder. Three: what every screen shows, or nearly; the
 * others still load as they scroll into view.
 */
const FIRST_RESULTS = 3;

/** What a `<pagefind-results>` element keeps of each result it lists (not a documented member). */
interface ListedResult {
	load?(): Promise<void>;
}

/**
 * Fetches and renders the first results of every results list now, rather than when the
 * IntersectionObserver reports them visible. Called once the lists have drawn their placeholders
 * (a microtask after the "results" event, whose other listeners are the lists). Relies on each
 * list's `results` (pagefind_ui/component/components/pagefind-results.ts in Pagefind's
 * repository); without it, results load as before.
 */
function showFirstResults(): void {
	for (const list of document.querySelectorAll<HTMLElement & { results?: ListedResult[] }>('pagefind-results')) {
		for (const result of list.results?.slice(0, FIRST_RESULTS) ?? []) void result.load?.();
	}
}

let loading: Promise<SearchInstance> | undefined;

/**
 * Loads Pagefind's Component UI (script and stylesheet) once and configures its shared instance
 * with the site's options. Call it before putting any `<pagefind-*>` element in the page.
 */
export function loadSearchUi(): Promise<SearchInstance> {
	loading ??= (async () => {
		preloadWasm();
		await Promise.all([
			import(/* @vite-ignore */ `${BUNDLE}pagefind-component-ui.js`),
			addStylesheet(`${BUNDLE}pagefind-component-ui.css`),
			// The UI imports Pagefind itself only once it has started; fetched now, that import finds it ready.
			import(/* @vite-ignore */ `${BUNDLE}pagefind.js`),
		]);
		const components = window.PagefindComponents;
		if (!components) throw new Error('Pagefind Component UI did not start.');
		const instance = components.configureInstance('default', { bundlePath: BUNDLE, ...SEARCH_OPTIONS });
		instance.on('results', () => queueMicrotask(showFirstResults));
		// Wrapped as soon as Pagefind has loaded, before any search resumes (this callback was registered first).
		void instance.triggerLoad().then(() => {
			if (instance.__pagefind__) answerReadersQueries(instance.__pagefind__, document.documentElement.lang === 'en' ? 'en' : 'fr');
		});
		return instance;
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

/**
 * Keeps `line` (an element with `data-template`, "… {words}.") saying which words of the last
 * query no result contains; hidden when none were left out.
 */
export function showIgnoredWords(line: HTMLElement): void {
	onIgnoredWords((words) => {
		line.hidden = words.length === 0;
		line.textContent = words.length ? line.dataset.template!.replace('{words}', words.map((w) => (document.documentElement.lang === 'fr' ? `«\u202f${w}\u202f»` : `“${w}”`)).join(', ')) : '';
	});
}
