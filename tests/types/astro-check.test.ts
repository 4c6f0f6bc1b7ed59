/**
 * `astro check`: strict TypeScript over the whole project (src, config, scripts, tests; a missing UI
 * string is a type error), with the types `astro sync` generates for the content collections. It runs
 * here, beside the other tiers, instead of before them: in a view of the project (projectView) where
 * its own sync writes its own `.astro/`, while the site's builds rewrite the project's.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { astroCommand, projectView } from '../helpers/astro';

const view = projectView();
afterAll(() => rmSync(view, { recursive: true, force: true }));

test('astro check finds no error and no warning in the project', async () => {
	const [command, args] = astroCommand('check');
	let output: string;
	try {
		const result = await promisify(execFile)(command, args, {
			cwd: view,
			// Its own content cache too: the project's (node_modules/.astro) is the build's.
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ROADMAP_CACHE_DIR: join(view, '.astro', 'cache') },
			maxBuffer: 16 * 1024 * 1024,
		});
		output = result.stdout + result.stderr;
	} catch (e) {
		output = String((e as { stdout?: string }).stdout ?? '') + String((e as { stderr?: string }).stderr ?? e);
	}
	output = output.replace(/\x1b\[[0-9;]*m/g, '');
	const result = /Result \((\d+) files\):\s*- (\d+) errors?\s*- (\d+) warnings?\s*- (\d+) hints?/.exec(output);
	expect(result, output).not.toBeNull();
	// The whole project was read (src, config, scripts, tests), not a folder the view lacks.
	expect(Number(result![1]), output).toBeGreaterThan(150);
	expect({ errors: Number(result![2]), warnings: Number(result![3]) }, output).toEqual({ errors: 0, warnings: 0 });
}, 180_000);
