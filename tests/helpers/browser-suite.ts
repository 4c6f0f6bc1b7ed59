/** Suites that need a real browser: skipped with a message when Chromium is missing, failed under CI. */
import { describe, test } from 'vitest';
import { CHROMIUM, hasChromium } from './browser';

/**
 * `describe`, when Chromium is installed. Without it the suite is skipped with a warning that
 * says why, except under `CI=true`, where a missing browser must fail the run.
 */
export function describeInBrowser(name: string, body: () => void): void {
	if (hasChromium) {
		describe(name, body);
		return;
	}
	const why = `${CHROMIUM} is missing (install Debian's "chromium" package)`;
	if (process.env.CI === 'true') {
		describe(name, () => {
			test('has a browser to run in', () => {
				throw new Error(`${why}: browser tests cannot be skipped under CI=true.`);
			});
		});
		return;
	}
	console.warn(`Skipping "${name}": ${why}.`);
	describe.skip(name, body);
}
