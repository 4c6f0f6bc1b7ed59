/**
 * How the browser runs Pagefind on this site: one set of options, shared by the search dialog,
 * the search page, the tests and the benchmark, so that what is tested is what readers get.
 * Option names: https://pagefind.app/docs/search-config/
 */
export const SEARCH_OPTIONS = {
	/** Result links carry the searched words under this parameter, for Pagefind's highlight script. */
	highlightParam: 'pagefind-highlight',
	/**
	 * Search on the page's own thread, not in Pagefind's web worker: the index of one language is
	 * small (67 pages), so a search takes about a millisecond there, while the worker costs a
	 * download of its own (pagefind-worker.js, 12 kB gzipped) and a message round trip for every
	 * search and every result; and only the page's own fetches can use the search page's preloads.
	 */
	noWorker: true,
	/** Words per excerpt: enough for a sentence, short enough for a phone. */
	excerptLength: 24,
	ranking: {
		// Short acronyms are also the start of many words ("INS" → information, interopérabilité…);
		// favour whole-word matches over those prefix matches (Pagefind's default is 1).
		termSimilarity: 3,
		// Metadata that SearchData.astro writes: acronyms an action's title names rank like the
		// title (Pagefind's default title boost is 5); acronyms only its body uses, like body text.
		// The readers' words of content/thesaurus.yml: this language's like the title, the other
		// language's lower, so that a word both languages share favours this language's sense.
		metaWeights: { title: 5, terms: 5, mentions: 1, axis: 1, keywords: 5, 'keywords-other': 2 },
	},
} as const;

/** Milliseconds the search fields wait after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 150;
