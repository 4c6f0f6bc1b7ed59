/**
 * Builds the site as the tests ask for it, one build after the other, in this one Node process: the
 * real site into dist/ (the site and browser tiers read it), the real site again into a folder of its
 * own with a content cache of its own (reproducible.test.ts compares the two), and the hostile content
 * (hostile.test.ts). Started by the global set-up (./build-site.ts), which writes one JSON line per build
 * asked for (a SiteBuild) to its standard input. Astro, Vite and Rollup are loaded and compiled once:
 * a build after the first costs about half the CPU of a build in a process of its own (7 December:
 * 14.3 s of CPU for the three builds in one process, about 20 s in three). Each build reads its
 * content folder and cache folder from ROADMAP_CONTENT_DIR and ROADMAP_CACHE_DIR, set before it as the
 * CLI would read them, and loads astro.config.mjs afresh. When a build ends, its result is written to
 * its marker file, whole (written, then renamed), for the waiting test files (tests/helpers/builds.ts).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { build } from 'astro';
import type { BuildResult, SiteBuild } from './build-results.ts';

/**
 * The order builds are made in, whatever order they were asked in: the site first (two tiers wait for
 * it), then the hostile content and the second build.
 */
const ORDER: Array<SiteBuild['name']> = ['site', 'hostile', 'rebuild'];

/** An error as the CLI prints it: Astro's title, message and hint, or the stack of any other error. */
function describe(e: unknown): string {
	const error = e as { title?: string; message?: string; hint?: string; stack?: string };
	return error.title ? [error.title, error.message, error.hint].filter(Boolean).join('\n') : (error.stack ?? String(e));
}

const queue: SiteBuild[] = [];
let ended = false;
let wake: (() => void) | undefined;
createInterface({ input: process.stdin })
	.on('line', (line) => {
		queue.push(JSON.parse(line) as SiteBuild);
		wake?.();
	})
	.on('close', () => {
		ended = true;
		wake?.();
	});

const defaults = { content: process.env.ROADMAP_CONTENT_DIR, cache: process.env.ROADMAP_CACHE_DIR };
const setEnv = (name: string, value: string | undefined) => (value === undefined ? delete process.env[name] : (process.env[name] = value));

for (;;) {
	if (queue.length === 0) {
		if (ended) break;
		await new Promise<void>((resolve) => (wake = resolve));
		continue;
	}
	queue.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
	const next = queue.shift()!;
	setEnv('ROADMAP_CONTENT_DIR', next.content ?? defaults.content);
	setEnv('ROADMAP_CACHE_DIR', next.cache ?? defaults.cache);
	const outDir = next.outDir ?? 'dist';
	let result: BuildResult;
	try {
		await build({ root: process.cwd(), logLevel: 'silent', outDir });
		result = { status: 0, output: '', outDir };
	} catch (e) {
		result = { status: 1, output: describe(e), outDir };
	}
	writeFileSync(next.marker + '.tmp', JSON.stringify(result));
	renameSync(next.marker + '.tmp', next.marker);
}
