/**
 * The site's own pages (not content files) that live at one translated segment (`/fr/calendrier/`,
 * `/en/timeline/`): each view is the entrypoint of its route in every language, injected by
 * `config/routes.ts` from this table, as Starlight injects its routes. A view reads its language from
 * the URL (`viewLang`). One route per view keeps each page's CSS to the components it uses.
 */
import type { Section } from '../i18n/segments';

export const VIEWS = {
	orientations: 'OrientationsPage.astro',
	timeline: 'TimelinePage.astro',
	connections: 'ConnectionsPage.astro',
	organisations: 'OrganisationsPage.astro',
	glossary: 'GlossaryPage.astro',
	data: 'OpenDataPage.astro',
	roadmap: 'WholeRoadmap.astro',
	search: 'SearchPage.astro',
} as const satisfies Partial<Record<Section, string>>;

/** Views with one page per organisation, below their section: `/fr/acteurs/ans/`. */
export const VIEWS_BY_ID = {
	organisations: 'OrganisationPage.astro',
} as const satisfies Partial<Record<Section, string>>;
