/**
 * `@astrojs/sitemap`, with each page's translations taken from the page itself. The sitemap's
 * own `i18n` option pairs URLs that differ only by their locale prefix, which misses translated
 * slugs (`/fr/a-propos/` ↔ `/en/about/`) and mistakes the language chooser `/` for `/fr/`; the
 * pages already declare their alternates (hreflang), so `serialize` copies those instead, read from
 * each page as Astro renders it (`rendered-pages.ts`).
 */
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { alternatesInHtml, type Alternate } from '../src/lib/hreflang';
import type { RenderedPages } from './rendered-pages';

/** The sitemap integration, and a companion that collects each page's alternates for it. */
export function roadmapSitemap(pages: RenderedPages): AstroIntegration[] {
	let alternates = new Map<string, Alternate[]>();
	pages.onPage(({ path, html }) => void alternates.set(path, alternatesInHtml(html)));
	const collect: AstroIntegration = {
		name: 'roadmap-sitemap-alternates',
		hooks: {
			'astro:build:start': () => void (alternates = new Map()),
			'astro:build:done': async ({ dir }) => {
				for (const { path, html } of await pages.others(fileURLToPath(dir))) alternates.set(path, alternatesInHtml(html));
			},
		},
	};
	return [
		collect,
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
