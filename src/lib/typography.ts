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

/** "label : value" with the language's colon spacing. */
export const labelled = (lang: Lang, label: string, value: string): string =>
	lang === 'fr' ? `${typeset(lang, label)}${NBSP}: ${typeset(lang, value)}` : `${label}: ${value}`;
