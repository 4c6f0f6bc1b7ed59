/**
 * `@astrojs/sitemap`, with each page's translations taken from the page itself. The sitemap's
 * own `i18n` option pairs URLs that differ only by their locale prefix, which misses translated
 * slugs (`/fr/a-propos/` ↔ `/en/about/`) and mistakes the language chooser `/` for `/fr/`; the
 * pages already declare their alternates (hreflang), so `serialize` copies those instead.
 */
import { readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { alternatesInHtml } from '../src/lib/hreflang';

/** The sitemap integration, and a companion that tells it where the pages were written. */
export function roadmapSitemap(): AstroIntegration[] {
	let outDir: URL | undefined;
	const locateOutDir: AstroIntegration = {
		name: 'roadmap-sitemap-outdir',
		hooks: { 'astro:config:done': ({ config }) => void (outDir = config.outDir) },
	};
	return [
		locateOutDir,
		sitemap({
			// Pages only: data files (.json, .csv, .ics) are listed on the open-data page.
			filter: (url) => url.endsWith('/'),
			serialize(item) {
				const page = new URL('.' + new URL(item.url).pathname + 'index.html', outDir);
				const { links: _fromPrefixes, ...rest } = item;
				const links = alternatesInHtml(readFileSync(page, 'utf8'));
				return links.length > 0 ? { ...rest, links } : rest;
			},
		}),
	];
}
