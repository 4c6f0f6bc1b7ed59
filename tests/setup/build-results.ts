/**
 * What the global set-up asks the builder for (./site-builds.ts) and what the builder answers, and
 * the wait for an answer: shared by the set-up, the builder and the test files (tests/helpers/builds.ts).
 */
import { existsSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';

/** One build to make, and where to say how it went. */
export interface SiteBuild {
	/** Which build this is: the one the built tiers read comes first. */
	name: 'site' | 'hostile' | 'rebuild';
	/** Its output folder (dist/ when not given). */
	outDir?: string;
	/** Its content folder (content/ when not given) and content cache (the project's when not given). */
	content?: string;
	cache?: string;
	/** The file its BuildResult is written to. */
	marker: string;
}

/** What a waiting file reads: the build's exit status, what it printed (its error, if it failed), and its output folder. */
export interface BuildResult {
	status: number;
	output: string;
	outDir: string;
}

/** Resolves once `file` exists (a result is written whole, then renamed into place): on its appearance (fs.watch), not on a timer. */
export function whenWritten(file: string): Promise<void> {
	return new Promise<void>((resolve) => {
		const watcher = watch(dirname(file), (_, name) => {
			if (name === basename(file) && existsSync(file)) done();
		});
		const done = () => {
			watcher.close();
			resolve();
		};
		// It may have been written before the watcher started.
		if (existsSync(file)) done();
	});
}
