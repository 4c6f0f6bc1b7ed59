/**
 * Builds the real site once for the site and browser tiers, so that tests assert what readers get.
 * The build starts here, in the global set-up, and runs while the tiers that need no build (unit,
 * content) already run; each site or browser test file waits for it before it loads
 * (tests/setup/wait-for-build.ts, a setup file). Both tiers name this set-up; the first one starts
 * the build, the second finds it started. TEST_SKIP_BUILD=1 reuses an existing dist/ (handy while
 * writing tests).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroCommand } from '../helpers/astro';

/** What the waiting files read: the build's exit status and everything it printed. */
export interface BuildResult {
	status: number | null;
	output: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The file the build's result is written to once it ends (tests/setup/wait-for-build.ts waits for it). */
		siteBuild?: string;
	}
}

/** One build per Vitest run, whichever tier's set-up starts it. */
const RUN = Symbol.for('roadmap.siteBuild');
type Run = { marker: string; done: Promise<void> };
const state = globalThis as { [RUN]?: Run };

function startBuild(): Run {
	const dir = mkdtempSync(join(tmpdir(), 'roadmap-site-build-'));
	const marker = join(dir, 'result.json');
	if (process.env.TEST_SKIP_BUILD === '1' && existsSync('dist/index.html')) {
		writeFileSync(marker, JSON.stringify({ status: 0, output: '' } satisfies BuildResult));
		return { marker, done: Promise.resolve() };
	}
	const [command, args] = astroCommand('build', '--silent');
	const child = spawn(command, args, {
		// A build needs the site's address (config/site.ts); tests use the example one.
		env: { SITE_URL: 'https://feuille-de-route-sante-2022.example', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const done = new Promise<void>((resolve) => {
		child.on('close', (status) => {
			// Shown once here; each waiting file fails with it too.
			if (status !== 0 || output.trim()) process.stderr.write(output);
			// Written whole, then renamed: a waiting file never reads half a result.
			writeFileSync(marker + '.tmp', JSON.stringify({ status, output } satisfies BuildResult));
			renameSync(marker + '.tmp', marker);
			resolve();
		});
	});
	return { marker, done };
}

export default function setup(project: TestProject) {
	state[RUN] ??= startBuild();
	const run = state[RUN];
	project.provide('siteBuild', run.marker);
	return async () => {
		// A run that ends early (a filter, a failure) still lets the build finish before Vitest exits.
		await run.done;
		rmSync(join(run.marker, '..'), { recursive: true, force: true });
	};
}
