/**
 * The URL segments that differ by language. A plain module (no `astro:` import): the route
 * integration (config/routes.ts) reads it too.
 */
import type { Lang } from '../schemas';

/** URL segments that are translated. */
export const SEGMENTS = {
	orientations: { fr: 'cinq-orientations', en: 'five-orientations' },
	data: { fr: 'donnees', en: 'data' },
	roadmap: { fr: 'feuille-de-route', en: 'roadmap' },
	timeline: { fr: 'calendrier', en: 'timeline' },
	connections: { fr: 'liens', en: 'connections' },
	organisations: { fr: 'acteurs', en: 'organisations' },
	glossary: { fr: 'glossaire', en: 'glossary' },
	search: { fr: 'recherche', en: 'search' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A page of the site whose address is one translated segment (`/fr/calendrier/`, `/en/timeline/`). */
export type Section = keyof typeof SEGMENTS;

/** The translated URL segment of a section in a language: `segment('timeline', 'fr')` is `calendrier`. */
export const segment = (section: Section, lang: Lang): string => SEGMENTS[section][lang];

