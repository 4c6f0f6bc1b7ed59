import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Builds the site once (tests/build/ reads dist/); set TEST_SKIP_BUILD=1 to reuse dist/.
		globalSetup: ['tests/setup/build-site.ts'],
		// Builds run by tests (and by tests/setup/build-site.ts) need the site's public address.
		env: { SITE_URL: process.env.SITE_URL || 'https://feuille-de-route-sante-2022.example' },
		testTimeout: 30_000,
		hookTimeout: 180_000,
	},
});
