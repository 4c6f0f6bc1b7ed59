/**
 * Interface strings and localised URLs. URLs are built with `astro:i18n` so that the locale
 * prefix and trailing-slash rules stay Astro's; segment names that differ by language live here.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Lang } from '../schemas';

export { LANGS, type Lang } from '../schemas';
export { t } from './translate';

/** Language names, written in their own language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English' };

/** The other language of the site. */
export const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/** URL segments that are translated. */
const SEGMENTS = {
	about: { fr: 'a-propos', en: 'about' },
	orientations: { fr: 'cinq-orientations', en: 'five-orientations' },
	data: { fr: 'donnees', en: 'data' },
	roadmap: { fr: 'feuille-de-route', en: 'roadmap' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Every kind of page the site has, and what identifies one page of that kind. */
export type Route =
	| { kind: 'home' }
	| { kind: 'action'; id: number }
	| { kind: 'axis'; id: number }
	| { kind: 'page'; slug: string }
	| { kind: keyof typeof SEGMENTS };

/** The site-relative URL of a page in a language, e.g. `/fr/actions/6/`. */
export function urlFor(lang: Lang, route: Route): string {
	switch (route.kind) {
		case 'home':
			return getRelativeLocaleUrl(lang, '');
		case 'action':
			return getRelativeLocaleUrl(lang, `actions/${route.id}/`);
		case 'axis':
			return getRelativeLocaleUrl(lang, `axes/${route.id}/`);
		case 'page':
			return getRelativeLocaleUrl(lang, `${route.slug}/`);
		default:
			return getRelativeLocaleUrl(lang, `${SEGMENTS[route.kind][lang]}/`);
	}
}
