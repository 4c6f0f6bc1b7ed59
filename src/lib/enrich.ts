/**
 * The cross-link rules of the roadmap's text, in one place. Applied to Markdown bodies as they are
 * rendered (the Sätteri plugin in `config/markdown/`), and used by the roadmap model to record what
 * each action's text mentions, so that links, "referenced by" and the exports agree:
 * - every mention of another action ("action 4", "actions 11") links to it;
 * - the first mention on a page of a programme that has its own action links to that action;
 * - the first use of an acronym is explained with `<abbr title>`;
 * - on English pages, French names kept in the text are marked `lang="fr"`.
 * A page never links to itself. Headings get language marks but no links or abbreviations.
 */
import type { GlossaryEntry, Lang, Organisation } from '../schemas';
import { ACTION_COUNT } from '../schemas';

export interface EnrichOptions {
	lang: Lang;
	/** The action the page is about, if any: never linked from itself. */
	self?: number | undefined;
	/** The URL of an action page in this language. */
	actionUrl: (id: number) => string;
	glossary: readonly GlossaryEntry[];
	organisations: readonly Organisation[];
}

interface Matcher {
	pattern: RegExp;
	/** Set for "first mention only" matchers: matchers sharing a key fire once per page between them. */
	once?: string;
	/** Allowed inside headings. */
	inHeadings: boolean;
	/** HTML for the matched text (already HTML-escaped). */
	render: (match: RegExpExecArray) => string;
}

/** Elements whose text is never enriched. */
export const NOT_IN: ReadonlySet<string> = new Set(['a', 'abbr', 'script', 'style', 'code', 'pre', 'sup', 'svg', 'button']);
/** Heading elements: language marks only. */
export const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

import { escapeHtml as escapeAttr } from './html';
import { memo } from './memo';
import { escapeRegExp } from './regexp';
// Patterns are made once for the whole build: every page builds its matchers from the same glossary (issue 10).
/** A term as a pattern: apostrophes match ' ’ or &#39;, spaces match any white space or &nbsp;. */
const termSource = memo((term: string) =>
	escapeRegExp(term)
		.replace(/['’]/g, "(?:'|’|&#39;|&#x27;)")
		.replace(/ /g, '(?:\\s|&nbsp;|\u00A0)+'),
);
/** A compiled pattern per `"<flags> <source>"`. */
const pattern = memo((key: string) => new RegExp(key.slice(key.indexOf(' ') + 1), key.slice(0, key.indexOf(' '))));
/**
 * Whole words only, Unicode-aware (JS \b only knows ASCII letters). A pattern is shared by the pages
 * that use it: `rewrite` sets its `lastIndex` before every search, so no state leaks between them.
 */
const words = (alternatives: string[], caseSensitive: boolean) =>
	pattern(`${caseSensitive ? 'gu' : 'giu'} (?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`);
/** Whether a term is an acronym (DMP, MSSanté, HOP'EN, apCV, e-CPS): those match in exact case. */
export const isAcronym = (term: string) => /^[A-Z][A-Za-z'’]*[A-Z]/.test(term) || /^[a-z]+[A-Z]/.test(term) || /^e-[A-Z]/.test(term);

function buildMatchers(o: EnrichOptions): Matcher[] {
	const { lang, self, actionUrl } = o;
	const matchers: Matcher[] = [];
	const titles = new Map<string, string>();
	for (const org of o.organisations) titles.set(org.acronym, org.name[lang]);
	for (const g of o.glossary) if (g.acronym) titles.set(g.acronym, g.name[lang]);
	const frenchNames = lang === 'en' ? o.glossary.flatMap((g) => g.french) : [];
	const isFrench = (text: string) => frenchNames.some((f) => f.toLowerCase() === text.replace(/&#39;|’/g, "'").toLowerCase());

	// "action 4", "(action 4)", "actions 11": every mention of another action.
	matchers.push({
		pattern: /(?<![\p{L}\p{N}])actions?(?:\s|&nbsp;|\u00A0)+(\d{1,2})(?![\p{L}\p{N}])/giu,
		inHeadings: false,
		render: (m) => {
			const id = Number(m[1]);
			if (id < 1 || id > ACTION_COUNT || id === self) return m[0];
			return `<a class="xref" href="${actionUrl(id)}">${m[0]}</a>`;
		},
	});

	// The first mention of each programme that has its own action.
	for (const g of o.glossary) {
		const terms = g.terms[lang];
		if (!g.action || g.action === self || terms.length === 0) continue;
		const acronyms = terms.filter(isAcronym);
		const names = terms.filter((t) => !isAcronym(t));
		const target = g.action;
		const render = (m: RegExpExecArray) => {
			const inner = titles.has(m[0]) ? `<abbr title="${escapeAttr(titles.get(m[0])!)}">${m[0]}</abbr>` : m[0];
			const langAttr = isFrench(m[0]) ? ' lang="fr"' : '';
			return `<a class="term" href="${actionUrl(target)}"${langAttr}>${inner}</a>`;
		};
		// Acronyms match in exact case, names in any case; one key, so only the first mention links.
		const once = `programme:${g.id}`;
		if (acronyms.length) matchers.push({ pattern: words(acronyms.map(termSource), true), once, inHeadings: false, render });
		if (names.length) matchers.push({ pattern: words(names.map(termSource), false), once, inHeadings: false, render });
	}

	// The first use of each acronym.
	for (const [acronym, title] of titles) {
		matchers.push({
			pattern: words([termSource(acronym)], true),
			once: `abbr:${acronym}`,
			inHeadings: false,
			render: (m) => `<abbr title="${escapeAttr(title)}">${m[0]}</abbr>`,
		});
	}

	// French names in English text.
	if (frenchNames.length) {
		const longestFirst = [...new Set(frenchNames)].sort((a, b) => b.length - a.length);
		matchers.push({
			pattern: words(longestFirst.map(termSource), false),
			inHeadings: true,
			render: (m) => `<span lang="fr">${m[0]}</span>`,
		});
	}
	return matchers;
}

/**
 * The text with every earliest, longest match rendered; `used` collects the keys of first mentions.
 * Each matcher's next match is kept while it still lies ahead: the leftmost match from a later
 * start is the same one, so a text is searched once per matcher rather than once per match found.
 */
function rewrite(raw: string, matchers: Matcher[], heading: boolean, used: Set<string>): string {
	let out = '';
	let at = 0;
	const next = new Map<Matcher, RegExpExecArray | null>();
	for (;;) {
		let best: { m: RegExpExecArray; matcher: Matcher } | undefined;
		for (const matcher of matchers) {
			if ((matcher.once && used.has(matcher.once)) || (heading && !matcher.inHeadings)) continue;
			let m = next.get(matcher);
			if (m === undefined || (m && m.index < at)) {
				matcher.pattern.lastIndex = at;
				m = matcher.pattern.exec(raw);
				next.set(matcher, m);
			}
			if (m && (!best || m.index < best.m.index || (m.index === best.m.index && m[0].length > best.m[0].length))) {
				best = { m, matcher };
			}
		}
		if (!best) return out + raw.slice(at);
		const rendered = best.matcher.render(best.m);
		if (best.matcher.once && rendered !== best.m[0]) used.add(best.matcher.once);
		if (rendered.includes('<abbr')) used.add(`abbr:${best.m[0]}`); // a programme link explains its acronym too
		out += raw.slice(at, best.m.index) + rendered;
		at = best.m.index + best.m[0].length;
	}
}

/**
 * The actions a Markdown or plain text mentions ("action 4", or a programme with its own action),
 * found with the same rules as the links of `enrichHtml`, so that "referenced by" lists and links agree.
 */
export function mentionedActions(text: string, options: Omit<EnrichOptions, 'actionUrl'>): number[] {
	const found = new Set<number>();
	const matchers = buildMatchers({
		...options,
		actionUrl: (id) => {
			found.add(id);
			return '#';
		},
	});
	rewrite(text, matchers, false, new Set());
	return [...found].sort((a, b) => a - b);
}

/**
 * An enricher for one page: takes HTML-escaped text and returns it as HTML with links,
 * abbreviations and language marks. It remembers first mentions, so call it on the page's text
 * in reading order.
 */
export function createEnricher(options: EnrichOptions): (escapedText: string, inHeading: boolean) => string {
	const matchers = buildMatchers(options);
	const used = new Set<string>();
	return (text, inHeading) => rewrite(text, matchers, inHeading, used);
}
