/**
 * Runs Astro's own `sync()` (https://docs.astro.build/en/reference/programmatic-reference/#sync) on
 * several content folders, one after the other, in this one Node process, and prints one JSON line
 * per folder: whether it synced, and the error's text if not. Started by bad-content.test.ts with a
 * JSON file of `{ name, content, cache }`. In one process Astro and Vite are loaded once, not once
 * per case as `astro sync` in a child process would: about 0.6 s of CPU a case instead of 2.3 s.
 * Each sync still loads astro.config.mjs and the content config afresh (in its own Vite server), so
 * ROADMAP_CONTENT_DIR, set before each one, is read again as the CLI would read it. The root is the
 * project view given as the second argument (tests/helpers/astro.ts, projectView), so the types each
 * sync generates go to the view's `.astro/`, not the project's.
 */
import { readFileSync } from 'node:fs';
import { sync } from 'astro';

/** One content folder to sync, and the cache folder of its own it uses. */
export interface SyncCase {
	name: string;
	content: string;
	cache: string;
}

/** What a sync gave: `ok`, or the error's text as the CLI prints it (title, message, hint). */
export interface SyncResult {
	name: string;
	ok: boolean;
	output: string;
}

const cases = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as SyncCase[];
const root = process.argv[3]!;
for (const { name, content, cache } of cases) {
	process.env.ROADMAP_CONTENT_DIR = content;
	process.env.ROADMAP_CACHE_DIR = cache;
	let result: SyncResult;
	try {
		await sync({ root, logLevel: 'silent' });
		result = { name, ok: true, output: '' };
	} catch (e) {
		const error = e as { title?: string; message?: string; hint?: string };
		result = { name, ok: false, output: [error.title, error.message, error.hint].filter(Boolean).join('\n') };
	}
	process.stdout.write(JSON.stringify(result) + '\n');
}
