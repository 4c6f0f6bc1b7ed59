/**
 * A setup file of the site and browser tiers: the test file waits here until the site build that
 * the global set-up started (tests/setup/build-site.ts) has ended, and fails with the build's
 * output if it failed. It waits on the result file's appearance (fs.watch), not on a timer.
 */
import { existsSync, readFileSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { inject } from 'vitest';
import type { BuildResult } from './build-site';

const marker = inject('siteBuild');
if (marker) {
	await new Promise<void>((resolve) => {
		const watcher = watch(dirname(marker), (_, name) => {
			if (name === basename(marker) && existsSync(marker)) done();
		});
		const done = () => {
			watcher.close();
			resolve();
		};
		// The build may have ended before the watcher started.
		if (existsSync(marker)) done();
	});
	const { status, output } = JSON.parse(readFileSync(marker, 'utf8')) as BuildResult;
	if (status !== 0) throw new Error(`The site build failed (exit status ${status}):\n${output}`);
}
