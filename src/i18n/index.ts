/**
 * Interface strings (strings.ts) and localised URLs. URLs are built with `astro:i18n` so that the locale
 * prefix and trailing-slash rules stay Astro's; segment names that differ by language live here.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Lang } from '../schemas';

export { LANGS, type Lang } from '../schemas';
import { LANGS } from '../schemas';

/** Language names, written in their own language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English' };

/** The other language of the site. */
export const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

export { t, tPlain } from './strings';

export { segment, type Section } from './segments';
import { SEGMENTS, type Section } from './segments';

/** Every kind of page the site has, and what identifies one page of that kind. */
export type Route =
	| { kind: 'home' }
	| { kind: 'action'; id: number }
	| { kind: 'axis'; id: number }
	| { kind: 'page'; slug: string }
	| { kind: 'organisation'; id: string }
	| { kind: Section };

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
		case 'organisation':
			return getRelativeLocaleUrl(lang, `${SEGMENTS.organisations[lang]}/${route.id}/`);
		default:
			return getRelativeLocaleUrl(lang, `${SEGMENTS[route.kind][lang]}/`);
	}
}

/**
 * The language of a view's page, from the locale Astro reads in its URL (`Astro.currentLocale`):
 * views are injected at one route per language (config/routes.ts), so they get no `lang` prop.
 */
export function viewLang(locale: string | undefined): Lang {
	const lang = LANGS.find((l) => l === locale);
	if (!lang) throw new Error(`A view was rendered outside a language folder (locale: ${locale ?? 'none'}).`);
	return lang;
}
