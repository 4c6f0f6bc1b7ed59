/**
 * Language typography. French puts a narrow no-break space before « ; ! ? » and a no-break
 * space before « : », and inside guillemets; English does not.
 */
import type { Lang } from '../schemas';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/**
 * Applies French spacing rules to plain text; English text is returned unchanged.
 * @example typeset('fr', 'Echéances : 2020') // 'Echéances\u00A0: 2020'
 */
export function typeset(lang: Lang, text: string): string {
	if (lang !== 'fr') return text;
	return text
		.replace(/ ([:])/g, `${NBSP}$1`)
		.replace(/ ([;!?])/g, `${NNBSP}$1`)
		.replace(/« /g, `«${NBSP}`)
		.replace(/ »/g, `${NBSP}»`);
}

/**
 * Longest title: room for "Action 26 — " and the longest `shortTitle` the schema allows (64
 * characters) with the site's short name, so that an action's title is never cut mid-subject
 * ("Sécurité opérationnelle et…"); html-validate's `long-title` is set to the same length.
 */
export const TITLE_MAX = 95;
const SEPARATOR = ' · ';

/**
 * A page's <title>, one rule for every page: "Page · Site" (the site's short name), the page part
 * cut at a word boundary with "…" so that the whole fits in TITLE_MAX characters; the home page, whose
 * title is the site's name, has that name alone.
 * @example pageTitle('Action 6 — INS', { name: 'Feuille de route…', short: 'Ma santé 2022' }) // 'Action 6 — INS · Ma santé 2022'
 */
export function pageTitle(title: string, site: { name: string; short: string }): string {
	if (title === site.name) return title;
	return `${shortenTitle(title, TITLE_MAX - SEPARATOR.length - site.short.length)}${SEPARATOR}${site.short}`;
}

/** A title cut at the last word boundary that fits in `max` characters, "…" included. */
export function shortenTitle(title: string, max: number): string {
	if (title.length <= max) return title;
	const cut = title.slice(0, max);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:—-]+$/, '')}…`;
}

/** "label : value" with the language's colon spacing. */
export const labelled = (lang: Lang, label: string, value: string): string =>
	lang === 'fr' ? `${typeset(lang, label)}${NBSP}: ${typeset(lang, value)}` : `${label}: ${value}`;

/**
 * Text as the site shows it: typographic apostrophes, and French spacing in French.
 * @example typography('fr', "l'action : 6") // 'l’action\u00A0: 6'
 */
export const typography = (lang: Lang, text: string): string => typeset(lang, text.replace(/'/g, '’'));
