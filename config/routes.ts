/**
 * Injects the site's own pages at their translated segments from one table (src/views/index.ts):
 * `/fr/calendrier/` and `/en/timeline/` are both `src/views/TimelinePage.astro`. Starlight injects its
 * routes the same way (packages/starlight/utils/routing). Content pages, actions and axes keep
 * their dynamic routes in src/pages.
 */
import type { AstroIntegration } from 'astro';
import { LANGS } from '../src/schemas';
import { segment } from '../src/i18n/segments';
import { VIEWS, VIEWS_BY_ID } from '../src/views/index';

export default function roadmapRoutes(): AstroIntegration {
	return {
		name: 'roadmap:routes',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				const inject = (pattern: string, file: string) => injectRoute({ pattern, entrypoint: new URL(`../src/views/${file}`, import.meta.url) });
				for (const lang of LANGS) {
					for (const [view, file] of Object.entries(VIEWS) as [keyof typeof VIEWS, string][]) inject(`/${lang}/${segment(view, lang)}`, file);
					for (const [view, file] of Object.entries(VIEWS_BY_ID) as [keyof typeof VIEWS_BY_ID, string][]) inject(`/${lang}/${segment(view, lang)}/[id]`, file);
				}
			},
		},
	};
}
