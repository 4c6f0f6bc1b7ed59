#!/usr/bin/env node
/**
 * Build benchmark (a script, not a test): clean build time and peak memory of the real site, then of
 * the same site with its content multiplied 10× and 50× (generated into a temporary folder), and the
 * weight of each page type in dist/. Usage: `npm run bench`. Set BENCH_TIMES=1,10 to run fewer sizes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('..', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
const TIMES = (process.env.BENCH_TIMES ?? '1,10,50').split(',').map(Number);

/** Copies content/ with every action repeated `times` times (ids renumbered, axes kept in order). */
function multiplyContent(times) {
	const dir = join(work, `content-x${times}`);
	cpSync(join(ROOT, 'content'), dir, { recursive: true });
	for (const lang of ['fr', 'en']) {
		const folder = join(dir, 'actions', lang);
		const originals = readdirSync(folder).sort().map((f) => readFileSync(join(folder, f), 'utf8'));
		rmSync(folder, { recursive: true });
		mkdirSync(folder);
		const first = (id) => (id - 1) * times + 1;
		originals.forEach((text, i) => {
			for (let copy = 0; copy < times; copy++) {
				const id = i * times + copy + 1;
				const renumbered = text.replace(/^id: \d+$/m, `id: ${id}`).replace(/^related: \[(.*)\]$/m, (_, list) => {
					const ids = list ? list.split(',').map((n) => first(Number(n))).filter((n) => n !== id) : [];
					return `related: [${ids.join(', ')}]`;
				});
				writeFileSync(join(folder, `${String(id).padStart(2, '0')}.mdx`), renumbered);
			}
		});
	}
	return dir;
}

/** One clean build (its own cache and output folder): seconds, peak RSS in MiB, pages built. */
function cleanBuild(times) {
	const outDir = join(work, `dist-x${times}`);
	const env = {
		...process.env,
		SITE_URL: process.env.SITE_URL || 'http://127.0.0.1:4321/',
		ASTRO_TELEMETRY_DISABLED: '1',
		ROADMAP_CONTENT_DIR: times === 1 ? join(ROOT, 'content') : multiplyContent(times),
		ROADMAP_ACTION_COUNT: String(26 * times),
		ROADMAP_CACHE_DIR: join(work, `cache-x${times}`),
	};
	// GNU time reports the peak resident memory of the build process and the workers it waited for.
	let line;
	try {
		line = execFileSync('bash', ['-c', `set -o pipefail; /usr/bin/time -f 'BENCH %e %M' "$0" "$1" build --silent --outDir "$2" 2>&1 >/dev/null | tee /dev/stderr | grep '^BENCH'`, process.execPath, ASTRO, outDir], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		throw new Error(`The ${times}× build failed: run it by hand with ROADMAP_CONTENT_DIR=${env.ROADMAP_CONTENT_DIR} ROADMAP_ACTION_COUNT=${env.ROADMAP_ACTION_COUNT} to see why.`);
	}
	const [, seconds, kb] = line.split(/\s+/);
	const pages = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
	return { times, actions: 26 * times, pages, seconds: Number(seconds), mib: Math.round(Number(kb) / 1024) };
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Weight of a page: its HTML, and everything it loads before interaction (scripts, styles). */
function pageWeight(dist, path) {
	const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
	const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
	const assets = refs.reduce((n, r) => n + gz(join(dist, r)), 0);
	return { html: gz(join(dist, path, 'index.html')), assets };
}

const results = TIMES.map((times) => {
	process.stderr.write(`building ${times}× …\n`);
	return cleanBuild(times);
});
const base = results[0];
console.log('\n## Build (clean, this machine: %d cores)\n', (await import('node:os')).cpus().length);
console.log('| content | actions | pages | time | peak memory | time growth | memory growth |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
	console.log(`| ${r.times}× | ${r.actions} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${r.mib} MiB | ${(r.seconds / base.seconds).toFixed(1)}× | ${(r.mib / base.mib).toFixed(1)}× |`);
}

const dist = join(work, 'dist-x1');
const types = {
	home: 'fr',
	action: 'fr/actions/6',
	axis: 'fr/axes/2',
	timeline: 'fr/calendrier',
	connections: 'fr/liens',
	organisation: 'fr/acteurs/ans',
	editorial: 'fr/edito-de-la-ministre',
};
console.log('\n## Page weight (gzip, before any interaction)\n');
console.log('| page type | example | HTML (CSS inlined) | scripts and styles | total |');
console.log('| --- | --- | --- | --- | --- |');
for (const [type, path] of Object.entries(types)) {
	const w = pageWeight(dist, path);
	console.log(`| ${type} | /${path}/ | ${kb(w.html)} | ${kb(w.assets)} | ${kb(w.html + w.assets)} |`);
}
const mermaid = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(join(dist, '_astro', f)), 0);
console.log(`\nOn demand only: all JavaScript chunks together (Mermaid and its diagram types) weigh ${kb(mermaid)} gzip;`);
console.log('a page fetches the Mermaid chunks it needs when a diagram nears the viewport.');
rmSync(work, { recursive: true, force: true });
