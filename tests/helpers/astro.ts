/**
 * Runs the project's Astro CLI in a child process: this Node and astro's own bin script, without
 * `npx` in between (npx starts a whole npm, about half a second of CPU, before every build or sync).
 * And a view of the project in which a sync or a check writes its own generated types.
 */
import { mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** astro's bin script, found from its package.json as Node resolves it. */
export const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** The command and arguments of `astro <args>`, for execFile/spawn. */
export const astroCommand = (...args: string[]): [string, string[]] => [process.execPath, [ASTRO_BIN, ...args]];

/**
 * A temporary folder that shows the project through symbolic links, one per top-level entry, except
 * `.astro/`, where `astro sync` writes the types it generates: a sync or `astro check` run there
 * (as its working directory, or `sync({ root })`) writes its own `.astro/` and never rewrites the
 * project's while another file's build reads it. Builds stay in the project: Astro names compiled
 * components from their path under the root, which links would change. The caller removes it.
 */
export function projectView(): string {
	const view = mkdtempSync(join(tmpdir(), 'roadmap-view-'));
	for (const entry of readdirSync('.')) if (entry !== '.astro' && entry !== '.git') symlinkSync(resolve(entry), join(view, entry));
	return view;
}
