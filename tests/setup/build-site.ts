/**
 * Builds the real site once before the suites run, so that tests assert what readers get.
 * TEST_SKIP_BUILD=1 reuses an existing dist/ (handy while writing tests).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
	if (process.env.TEST_SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
	execFileSync('npx', ['astro', 'build', '--silent'], {
		stdio: 'inherit',
		// A build needs the site's address (config/site.ts); tests use the example one.
		env: { SITE_URL: 'https://feuille-de-route-sante-2022.example', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
}
