// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefindIndex from './config/pagefind.ts';
import headers from './config/headers.ts';
import mermaid from './config/mermaid.ts';
import { roadmapSitemap } from './config/sitemap.ts';
import { roadmapMarkdown } from './config/markdown/index.ts';
import requireSite from './config/site.ts';
import roadmapRoutes from './config/routes.ts';
import actionCalendars from './config/action-calendars.ts';
import { renderedPages } from './config/rendered-pages.ts';
import { THEME_SCRIPT_HASH } from './src/lib/theme-script.ts';

/**
 * The public address of the site, used for canonical URLs, hreflang, the sitemap and calendars.
 * A build needs it (SITE_URL=https://… npm run build, or `astro build --site …`): see config/site.ts.
 */
const site = process.env.SITE_URL;

/** Every page as Astro renders it, for the steps that read pages: search index, headers, sitemap. */
const pages = renderedPages();

export default defineConfig({
	...(site ? { site } : {}),
	// Tests that sync fixture content use their own cache, so they never touch the real one.
	cacheDir: process.env.ROADMAP_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Four pages rendered at a time (Astro's default is one): while one page's file is written, the
	// next pages render, instead of the build waiting on every write (issue 10; on the 2-core benchmark
	// machine 1, 2, 4 and 8 were tried, 4 was fastest). Output is the same: pages are still started,
	// listed (sitemap) and read back (Pagefind, _headers) in the same order.
	build: { format: 'directory', concurrency: 4 },
	i18n: {
		locales: ['fr', 'en'],
		defaultLocale: 'fr',
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	// Content is Markdown rendered by Sätteri with the roadmap's plugins (cross-links, anchors).
	// No code blocks in the roadmap: no syntax highlighting (Shiki's inline styles would also need a CSP exception).
	markdown: { processor: roadmapMarkdown(), syntaxHighlight: false },
	integrations: [requireSite(), roadmapRoutes(), actionCalendars(), mdx(), mermaid(), pages.integration, pagefindIndex(pages), headers(pages), roadmapSitemap(pages)],
	security: {
		// Astro hashes every script and style it emits into a CSP <meta>; no 'unsafe-inline' for scripts.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its WebAssembly search engine.
			// The inline theme script (before first paint) is allowed by its hash.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [THEME_SCRIPT_HASH] },
			// Mermaid writes <style> elements and style attributes into the SVGs it draws.
			styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
		},
	},
});
