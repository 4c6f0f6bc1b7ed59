// @ts-check
import { defineConfig } from 'astro/config';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { headingLinks } from './config/heading-links.ts';
import { roadmapSitemap } from './config/sitemap.ts';

/** The public address of the site, used for canonical URLs, hreflang and the sitemap. */
const site = process.env.SITE_URL ?? 'https://feuille-de-route-sante-2022.example';

export default defineConfig({
	site,
	// Tests that sync fixture content use their own cache, so they never touch the real one.
	cacheDir: process.env.ROADMAP_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
	i18n: {
		locales: ['fr', 'en'],
		defaultLocale: 'fr',
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	markdown: {
		// Ids first (Astro adds its own heading-ids pass only after user plugins), then the anchors.
		processor: satteri({ hastPlugins: [satteriHeadingIdsPlugin(), headingLinks] }),
	},
	integrations: [mdx(), roadmapSitemap()],
});
