/**
 * `@astrojs/sitemap`, with each page's translations taken from the page itself. The sitemap's
 * own `i18n` option pairs URLs that differ only by their locale prefix, which misses translated
 * slugs (`/fr/a-propos/` ↔ `/en/about/`) and mistakes the language chooser `/` for `/fr/`; the
 * pages already declare their alternates (hreflang), so `serialize` copies those instead, read from
 * each page as it is handed over (`rendered-pages.ts`).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { alternatesInHtml, type Alternate } from '../src/lib/hreflang';
import type { RenderedPages } from './rendered-pages';

/** The sitemap integration, and a companion that starts each build with no page's alternates. */
export function roadmapSitemap(pages: RenderedPages): AstroIntegration[] {
	const alternates = new Map<string, Alternate[]>();
	pages.onPage(({ path, html }) => void alternates.set(path, alternatesInHtml(html)));
	const reset: AstroIntegration = { name: 'roadmap-sitemap-alternates', hooks: { 'astro:build:start': () => alternates.clear() } };
	return [
		reset,
		sitemap({
			// Pages only: data files (.json, .csv, .ics) are listed on the open-data page.
			filter: (url) => url.endsWith('/'),
			serialize(item) {
				const { links: _fromPrefixes, ...rest } = item;
				const path = new URL(item.url).pathname;
				const links = alternates.get(path);
				if (!links) throw new Error(`The sitemap lists ${path}, a page the build did not render.`);
				return links.length > 0 ? { ...rest, links } : rest;
			},
		}),
	];
}
