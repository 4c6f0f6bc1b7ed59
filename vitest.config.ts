import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Builds the site once (tests/build/ reads dist/); set TEST_SKIP_BUILD=1 to reuse dist/.
		globalSetup: ['tests/setup/build-site.ts'],
		testTimeout: 30_000,
		hookTimeout: 180_000,
	},
});
