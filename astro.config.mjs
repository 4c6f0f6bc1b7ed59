// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** The public address of the site, used for canonical URLs, hreflang and the sitemap. */
const site = process.env.SITE_URL ?? 'https://feuille-de-route-sante-2022.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	i18n: {
		locales: ['fr', 'en'],
		defaultLocale: 'fr',
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	integrations: [mdx()],
});
