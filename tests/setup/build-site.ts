/**
 * Builds the real site once before the site and browser tiers run, so that tests assert what
 * readers get. Both tiers name this set-up; the first one builds, the second finds it done.
 * TEST_SKIP_BUILD=1 reuses an existing dist/ (handy while writing tests).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
	if (process.env.ROADMAP_TEST_BUILT === '1') return;
	if (!(process.env.TEST_SKIP_BUILD === '1' && existsSync('dist/index.html'))) {
		execFileSync('npx', ['astro', 'build', '--silent'], {
			stdio: 'inherit',
			// A build needs the site's address (config/site.ts); tests use the example one.
			env: { SITE_URL: 'https://feuille-de-route-sante-2022.example', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
	}
	process.env.ROADMAP_TEST_BUILT = '1';
}
