/**
 * Runs the project's Astro CLI in a child process: this Node and astro's own bin script, without
 * `npx` in between (npx starts a whole npm, about half a second of CPU, before every build or sync).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** astro's bin script, found from its package.json as Node resolves it. */
export const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** The command and arguments of `astro <args>`, for execFile/spawn. */
export const astroCommand = (...args: string[]): [string, string[]] => [process.execPath, [ASTRO_BIN, ...args]];
