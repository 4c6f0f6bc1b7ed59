/**
 * Builds the site for the tiers that read a build, in one Node process (./site-builds.ts), started
 * here in the global set-up so that the builds run while the tiers that need none (unit, types, the
 * content checks) already run. Each tier that names this set-up asks for what it reads: the site and
 * browser tiers the real site in dist/; the site tier also a second build of it in a folder of its own
 * (reproducible.test.ts); the content tier the hostile content (hostile.test.ts). The real site is
 * built first whatever the order of the requests. Test files wait for the build they read
 * (tests/helpers/builds.ts; the site's, in ./wait-for-build.ts). TEST_SKIP_BUILD=1 reuses an existing dist/ (handy while writing tests); the
 * other builds are still made.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { layHostileContent } from '../hostile/fixture';
import { whenWritten, type BuildResult, type SiteBuild } from './build-results';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The result file of each build the tier asked for (its BuildResult names its output folder). */
		siteBuilds?: Partial<Record<SiteBuild['name'], string>>;
	}
}

/** What each tier reads. */
const WANTED: Record<string, Array<SiteBuild['name']>> = { site: ['site', 'rebuild'], browser: ['site'], content: ['hostile'] };

/** One builder per Vitest run, whichever tier's set-up starts it, and each build asked for once. */
const RUN = Symbol.for('roadmap.siteBuilds');
type Run = { builder: ChildProcess; markers: Map<SiteBuild['name'], string>; folders: string[] };
const state = globalThis as { [RUN]?: Run };

function startBuilder(): Run {
	const script = join(import.meta.dirname, 'site-builds.ts');
	const builder = spawn(process.execPath, [script], {
		// A build needs the site's address (config/site.ts); tests use the example one.
		env: { SITE_URL: 'https://feuille-de-route-sante-2022.example', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['pipe', 'inherit', 'inherit'],
	});
	return { builder, markers: new Map(), folders: [] };
}

/** Asks the builder for a build (once per run) and returns its result file. */
function ask(run: Run, name: SiteBuild['name']): string {
	const known = run.markers.get(name);
	if (known) return known;
	const folder = mkdtempSync(join(tmpdir(), `roadmap-${name}-build-`));
	run.folders.push(folder);
	const marker = join(folder, 'result.json');
	run.markers.set(name, marker);
	if (name === 'site' && process.env.TEST_SKIP_BUILD === '1' && existsSync('dist/index.html')) {
		writeFileSync(marker, JSON.stringify({ status: 0, output: '', outDir: 'dist' } satisfies BuildResult));
		return marker;
	}
	// The site goes to dist/ with the project's content cache; the others to folders of their own.
	const request: SiteBuild = name === 'site' ? { name, marker } : { name, marker, outDir: join(folder, 'dist'), cache: join(folder, 'cache') };
	if (name === 'hostile') {
		request.content = join(folder, 'content');
		layHostileContent(request.content);
	}
	run.builder.stdin!.write(JSON.stringify(request) + '\n');
	return marker;
}

export default function setup(project: TestProject) {
	const run = (state[RUN] ??= startBuilder());
	project.provide('siteBuilds', Object.fromEntries((WANTED[project.name] ?? []).map((name) => [name, ask(run, name)])));
	return async () => {
		if (state[RUN] !== run) return;
		delete state[RUN];
		// A run that ends early (a filter, a failure) lets the build of dist/ finish, never half-written;
		// a build no test waited for is not needed any more.
		const site = run.markers.get('site');
		if (site) await whenWritten(site);
		run.builder.kill();
		for (const folder of run.folders) rmSync(folder, { recursive: true, force: true });
	};
}
