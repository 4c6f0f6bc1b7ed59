/**
 * The tests in tiers (Vitest projects), each runnable alone (`npm run test:<tier>`):
 * - unit: pure modules of src/lib, no build, seconds;
 * - content: bad content fails `astro sync` with a message naming the file and the field (no build);
 * - site: the built site (dist/), read from disk;
 * - browser: the built site served on 127.0.0.1 and driven in Chromium.
 * Only site and browser build the site, once, in their global set-up (tests/setup/build-site.ts).
 * `npm test` runs `astro check` and then every tier.
 */
import { defineConfig } from 'vitest/config';

const buildOnce = ['tests/setup/build-site.ts'];

// Every build a test runs needs the site's public address (config/site.ts); tests use the example one.
process.env.SITE_URL ||= 'https://feuille-de-route-sante-2022.example';

export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 180_000,
		projects: [
			// Pure modules: one worker reused across files (isolate: false) halves the start-up cost.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
			{ test: { name: 'content', include: ['tests/content/**/*.test.ts', 'tests/hostile/**/*.test.ts'], testTimeout: 120_000 } },
			{ test: { name: 'site', include: ['tests/build/**/*.test.ts'], globalSetup: buildOnce } },
			// Concurrent tests (axe: one per page and colour scheme) run 4 pages at a time.
			{ test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], globalSetup: buildOnce, maxConcurrency: 4 } },
		],
	},
});
