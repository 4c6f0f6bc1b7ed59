/** A build of the site that a test file reads, made by the global set-up (tests/setup/build-site.ts). */
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { whenWritten, type BuildResult, type SiteBuild } from '../setup/build-results';

/** Waits for a build the file's tier asked for and returns its output folder; throws with its output if it failed. */
export async function builtSite(name: SiteBuild['name']): Promise<string> {
	const marker = inject('siteBuilds')?.[name];
	if (!marker) throw new Error(`No "${name}" build was asked for by this tier (tests/setup/build-site.ts, WANTED)`);
	await whenWritten(marker);
	const { status, output, outDir } = JSON.parse(readFileSync(marker, 'utf8')) as BuildResult;
	if (status !== 0) throw new Error(`The "${name}" build failed (exit status ${status}):\n${output}`);
	return outDir;
}
