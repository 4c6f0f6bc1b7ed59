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

/** Longest title browsers and search engines show in full. */
const TITLE_MAX = 70;

/**
 * A page's <title>: "Page · Site" when it fits in 70 characters, else the page title alone,
 * shortened at a word boundary if need be.
 * @example pageTitle('Action 6 — INS', 'Ma santé 2022') // 'Action 6 — INS · Ma santé 2022'
 */
export function pageTitle(title: string, site: string): string {
	if (title === site) return title;
	const full = `${title} · ${site}`;
	if (full.length <= TITLE_MAX) return full;
	if (title.length <= TITLE_MAX) return title;
	const cut = title.slice(0, TITLE_MAX - 1);
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
