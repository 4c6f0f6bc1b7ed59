/**
 * The tests in tiers (Vitest projects), each runnable alone (`npm run test:<tier>`):
 * - unit: pure modules of src/lib, no build, seconds;
 * - types: `astro check`, strict TypeScript over the project (no build);
 * - content: bad content stops the content loaders with a message naming the file and the field,
 *   checked in process for every case and by Astro's own sync for one case of each kind (no build);
 * - site: the built site (dist/), read from disk;
 * - browser: the built site served on 127.0.0.1 and driven in Chromium (one Chromium for the tier).
 * Only site and browser read the built site, built once: the global set-up starts the builds
 * (tests/setup/build-site.ts: the site, and for the site tier a second build, for the content tier
 * the hostile content, one after the other in one process) and their files wait for the site
 * (tests/setup/wait-for-build.ts), while unit, types and content files, started first
 * (tests/setup/sequencer.ts), already run.
 * `npm test` runs every tier.
 */
import { defineConfig } from 'vitest/config';
import TiersSequencer from './tests/setup/sequencer.ts';

/** The set-up and setup file of the tiers that read the built site. */
const built = { globalSetup: ['tests/setup/build-site.ts'], setupFiles: ['tests/setup/wait-for-build.ts'] };

// Every build a test runs needs the site's public address (config/site.ts); tests use the example one.
process.env.SITE_URL ||= 'https://feuille-de-route-sante-2022.example';

export default defineConfig({
	test: {
		// A guard against a hung test, not a bound on the site: with files side by side on 2 cores a
		// test that drives Chromium over several pages can take more than the 30 s it had alone.
		testTimeout: 90_000,
		hookTimeout: 180_000,
		// How long expect.poll waits for its condition (Vitest's default, 1 s, is a timing that a
		// loaded 2-core machine misses with several files side by side); the condition is unchanged.
		expect: { poll: { timeout: 10_000 } },
		// Vitest's default on 2 cores is 1 worker, one file at a time. Most of a file's time is spent
		// waiting on Chromium, `astro sync` or `astro build` in other processes, so a few files side
		// by side keep both cores busy (more only stretch every wait on a 2-core machine).
		maxWorkers: 3,
		sequence: { sequencer: TiersSequencer },
		projects: [
			// Pure modules: one worker reused across files (isolate: false) halves the start-up cost.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
			{ test: { name: 'types', include: ['tests/types/**/*.test.ts'] } },
			// The hostile content's build is asked of the global set-up too (hostile.test.ts reads it).
			{ test: { name: 'content', include: ['tests/content/**/*.test.ts', 'tests/hostile/**/*.test.ts'], globalSetup: built.globalSetup, testTimeout: 120_000 } },
			// The built site's tiers reuse their workers too (isolate: false): each file then skips a new
			// process and the import of Vitest, playwright-core and the helpers (about 1 s of CPU a file).
			// Their files keep no state outside their own module, which is evaluated afresh for each file.
			{ test: { name: 'site', include: ['tests/build/**/*.test.ts'], ...built, isolate: false } },
			// Concurrent tests (axe: one per page and colour scheme) run 3 at a time, in the tier's one Chromium.
			{ test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], ...built, globalSetup: [...built.globalSetup, 'tests/setup/browser.ts'], maxConcurrency: 3, isolate: false } },
		],
	},
});
