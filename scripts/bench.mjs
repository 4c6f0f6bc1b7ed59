#!/usr/bin/env node
/**
 * Build benchmark (a script, not a test: timings do not belong in `npm test`). For each content size
 * (1×, 10×, 50× the real actions, generated into a temporary folder) it makes a clean build of our
 * site, then of a stock Starlight site with the same actions, alternately, so that both see the same
 * machine load; then it starts `astro dev` on the 10× content and times two pages. It prints Markdown
 * tables ready to paste into README.md and the targets of issue 10 with PASS/FAIL.
 *
 *   npm run bench                                  # everything (the 50× build may take up to --timeout)
 *   npm run bench -- --scales 1,10 --no-dev        # a partial run
 *   npm run bench -- --help
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countActions, multiplyContent } from './bench/content.mjs';
import { measureDevServer } from './bench/dev-server.mjs';
import { killAll, median, summarise, timedNode } from './bench/measure.mjs';
import { buildTable, countPages, devTable, pageWeights, targetsTable } from './bench/report.mjs';
import { STARLIGHT_VERSIONS, createStarlightSite, installStarlight } from './bench/starlight.mjs';

const HELP = `Usage: npm run bench -- [options]
  --scales 1,10,50   content sizes to build (default 1,10,50; BENCH_TIMES is read too; "" for none)
  --no-starlight     skip the Starlight comparison builds
  --no-dev           skip the dev-server figures
  --dev-scale 10     content size for the dev server (default 10)
  --runs 1           clean builds per size and site, interleaved; the tables show medians
  --timeout 600      seconds after which a build is stopped and reported as "did not finish"
  --keep             keep the temporary folder (content, logs) and print its path`;

const { values: opts } = parseArgs({
	options: {
		scales: { type: 'string', default: process.env.BENCH_TIMES ?? '1,10,50' },
		starlight: { type: 'boolean', default: true },
		dev: { type: 'boolean', default: true },
		'dev-scale': { type: 'string', default: '10' },
		runs: { type: 'string', default: '1' },
		timeout: { type: 'string', default: '600' },
		keep: { type: 'boolean', default: false },
		help: { type: 'boolean', default: false },
	},
	allowNegative: true,
});
if (opts.help) {
	console.log(HELP);
	process.exit(0);
}
// Smallest first: growth is measured from the smallest size, and a slow large build comes last.
const scales = [...new Set(opts.scales.split(',').filter(Boolean).map(Number))].sort((a, b) => a - b);
const devScale = Number(opts['dev-scale']);
const timeoutMs = Number(opts.timeout) * 1000;
const runs = Number(opts.runs);
if (!scales.every((n) => Number.isInteger(n) && n > 0) || !(Number.isInteger(devScale) && devScale > 0) || !(timeoutMs > 0) || !(Number.isInteger(runs) && runs > 0)) {
	console.error(`Invalid option.\n${HELP}`);
	process.exit(2);
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CONTENT = join(ROOT, 'content');
const work = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
// Printed with the figures: on a shared machine, the load says how far to trust them.
const loadAtStart = loadavg()[0];
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

// Whatever happens (error, timeout, Ctrl-C), no Astro process or temporary folder outlives the bench.
let cleaned = false;
function cleanUp() {
	if (cleaned) return;
	cleaned = true;
	killAll();
	if (opts.keep) log(`kept ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		cleanUp();
		process.exit(130);
	});
}

/** The content folder for a size: the real one at 1×, generated otherwise (once per size). */
const contents = new Map();
function contentFor(times) {
	if (!contents.has(times)) {
		const dir = times === 1 ? CONTENT : join(work, `content-x${times}`);
		if (times !== 1) multiplyContent(CONTENT, dir, times);
		contents.set(times, { dir, actions: countActions(dir) });
	}
	return contents.get(times);
}

/** Environment of our site for a content size: where the content is, how many actions, a fresh cache. */
function ourEnv(times, cacheName) {
	const { dir, actions } = contentFor(times);
	return {
		...process.env,
		SITE_URL: process.env.SITE_URL || 'http://127.0.0.1:4321/',
		ASTRO_TELEMETRY_DISABLED: '1',
		ROADMAP_CONTENT_DIR: dir,
		ROADMAP_ACTION_COUNT: String(actions),
		// A cache of its own makes every build a clean build and leaves the developer's cache alone.
		ROADMAP_CACHE_DIR: join(work, cacheName),
	};
}

/** A clean build of our site at one content size; page weights are read from the 1× output. */
async function buildOurs(times) {
	const outDir = join(work, `ours-x${times}`);
	log(`building our site at ${times}× …`);
	const result = await timedNode(ASTRO, ['build', '--outDir', outDir], {
		cwd: ROOT,
		env: ourEnv(times, `cache-ours-x${times}`),
		logFile: join(work, `ours-x${times}.log`),
		timeoutMs,
	});
	if (result.finished) {
		result.pages = countPages(outDir);
		if (times === 1) result.weights = pageWeights(outDir);
	}
	log(`  ${result.finished ? `${result.seconds} s (CPU ${result.cpu.toFixed(1)} s), ${result.mib} MiB` : result.reason}`);
	rmSync(outDir, { recursive: true, force: true });
	rmSync(join(work, `cache-ours-x${times}`), { recursive: true, force: true });
	return result;
}

/** A clean build of the Starlight site generated from the same content. */
async function buildStarlight(times, modules) {
	const site = join(work, `starlight-x${times}`);
	createStarlightSite(contentFor(times).dir, site, modules);
	log(`building Starlight at ${times}× …`);
	const result = await timedNode(join(site, 'node_modules/astro/bin/astro.mjs'), ['build'], {
		cwd: site,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		logFile: join(work, `starlight-x${times}.log`),
		timeoutMs,
	});
	if (result.finished) result.pages = countPages(join(site, 'dist'));
	log(`  ${result.finished ? `${result.seconds} s (CPU ${result.cpu.toFixed(1)} s), ${result.mib} MiB` : result.reason}`);
	rmSync(site, { recursive: true, force: true });
	return result;
}

try {
	const modules = opts.starlight ? installStarlight(join(ROOT, '.bench-cache/starlight'), log) : undefined;

	// Interleaved (ours 1×, Starlight 1×, ours 10×, Starlight 10×, then the next round) rather than all
	// of ours then all of Starlight, or every 1× run before every 10× run: on a shared machine the load
	// drifts over minutes, and neighbours in time see similar load. Each round's 10× ÷ 1× is a pair
	// too, and the growth target is judged on the median of those pairs.
	const built = new Map(scales.map((times) => [times, { ours: [], starlight: [] }]));
	// With --runs N, N rounds; a size whose build does not finish is not built again.
	for (let run = 0; run < runs; run++) {
		for (const times of scales) {
			const { ours, starlight } = built.get(times);
			if (!ours.every((r) => r.finished)) continue;
			ours.push(await buildOurs(times));
			if (modules && starlight.every((r) => r.finished)) starlight.push(await buildStarlight(times, modules));
		}
	}
	const rows = [];
	for (const times of scales) {
		const { ours, starlight } = built.get(times);
		const row = { times, actions: contentFor(times).actions, ours: summarise(ours) };
		if (modules) row.starlight = summarise(starlight);
		// Each of our builds against the Starlight build right after it: the pair saw the same load.
		const pairs = starlight.map((sl, i) => (sl.finished && ours[i]?.finished ? ours[i].seconds / sl.seconds : undefined)).filter((r) => r !== undefined);
		if (pairs.length === starlight.length && pairs.length > 0) row.ratio = median(pairs);
		// Each round's build against the same round's 1× build (wall and CPU time).
		const base = built.get(scales[0]).ours;
		const rounds = ours.map((r, i) => (r.finished && base[i]?.finished ? [r.seconds / base[i].seconds, r.cpu / base[i].cpu] : undefined)).filter((g) => g !== undefined);
		if (times !== scales[0] && rounds.length > 0) row.growth = { wall: median(rounds.map(([w]) => w)), cpu: median(rounds.map(([, c]) => c)), all: rounds };
		rows.push(row);
	}

	let dev;
	if (opts.dev) {
		log(`dev server at ${devScale}× content …`);
		try {
			dev = await measureDevServer({
				astro: ASTRO,
				cwd: ROOT,
				env: ourEnv(devScale, 'cache-dev'),
				paths: ['/fr/', '/fr/calendrier/'],
				logFile: join(work, 'dev.log'),
				warm: 5,
			});
		} catch (error) {
			dev = { error: error.message };
			log(`  ${error.message}`);
		}
		Object.assign(dev, { times: devScale, warm: 5 });
	}

	const versions = `Node ${process.version}, Astro ${STARLIGHT_VERSIONS.astro}` + (modules ? `, Starlight ${STARLIGHT_VERSIONS['@astrojs/starlight']}` : '');
	const out = [];
	const load = `load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`;
	const medians = runs > 1 ? `median of ${runs} runs; ` : '';
	if (rows.length) out.push(`## Build (clean; ${medians}${availableParallelism()} cores, ${load}; ${versions})`, '', buildTable(rows), '');
	out.push('## Targets', '', targetsTable(rows, dev));
	if (dev?.pages) out.push('', `## Dev server (${devScale}× content; listening after ${(dev.startup / 1000).toFixed(1)} s)`, '', devTable(dev));
	const weights = rows.find((r) => r.times === 1)?.ours.weights;
	if (weights) out.push('', '## Page weight (1×, gzip, before any interaction)', '', weights);
	console.log(`\n${out.join('\n')}\n`);
} catch (error) {
	log(error.stack ?? String(error));
	process.exitCode = 1;
} finally {
	cleanUp();
}
