/**
 * A build for deployment needs the site's public address (canonical URLs, hreflang, sitemap,
 * calendar links): without it, `astro build` stops and says how to give it. `npm start` builds for
 * local reading with `--site http://127.0.0.1:4321/`; tests pass SITE_URL (vitest.config.ts).
 */
import type { AstroIntegration } from 'astro';

export default function requireSite(): AstroIntegration {
	return {
		name: 'roadmap-require-site',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build' || config.site) return;
				throw new Error(
					'SITE_URL is not set: a build needs the public address of the site, used in canonical links, hreflang, the sitemap and calendars.\n' +
						'  For deployment:  SITE_URL=https://your.domain/ npm run build\n' +
						'  To read it here: npm start (builds for http://127.0.0.1:4321/ and serves it)',
				);
			},
		},
	};
}
