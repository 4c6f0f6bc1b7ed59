/**
 * Turning measurements into Markdown: the bench prints tables ready to paste into README.md, and the
 * targets of issue 10 with PASS/FAIL, so a reader never has to do the arithmetic.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The targets of issue 10 ("Must show"), in one place. */
export const TARGETS = { growth: 2.0, versusStarlight: 1.2, fiftySeconds: 90, devMs: 200 };

const table = (head, rows) =>
	[`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const secs = (b) => (b.finished ? `${b.seconds.toFixed(1)} s` : b.reason);
const cpu = (b) => (b.finished ? `${b.cpu.toFixed(1)} s` : '—');
const mem = (b) => (b.finished ? `${b.mib} MiB` : '—');
const ms = (n) => `${Math.round(n)} ms`;
const verdict = (ok) => (ok ? '**PASS**' : '**FAIL**');

/** The build table: one row per content size, ours and Starlight side by side. */
export function buildTable(rows) {
	const base = rows.find((r) => r.ours.finished);
	const slBase = rows.find((r) => r.starlight?.finished);
	const growth = (b, from) => (b?.finished && from ? `${(b.seconds / from.seconds).toFixed(1)}×` : '—');
	const withStarlight = rows.some((r) => r.starlight);
	// "ours ÷ Starlight": the median of each pair's ratio (with one run, the ratio of the two times).
	const head = ['content', 'actions per language', 'our pages', 'our time', 'our CPU time', 'our peak memory', 'our time growth', 'our warnings'];
	if (withStarlight) head.push('Starlight pages', 'Starlight time', 'Starlight CPU time', 'Starlight peak memory', 'Starlight time growth', 'ours ÷ Starlight');
	return table(
		head,
		rows.map((r) => {
			const row = [`${r.times}×`, r.actions, r.ours.pages ?? '—', secs(r.ours), cpu(r.ours), mem(r.ours), growth(r.ours, base?.ours), r.ours.warnings ?? '—'];
			if (withStarlight) {
				const sl = r.starlight ?? { finished: false, reason: 'not run' };
				const ratio = r.ratio !== undefined ? r.ratio.toFixed(2) : '—';
				row.push(sl.pages ?? '—', secs(sl), cpu(sl), mem(sl), growth(sl, slBase?.starlight), ratio);
			}
			return row;
		}),
	);
}

/** The targets table. A target whose figures were not measured in this run says so, never PASS. */
export function targetsTable(rows, dev) {
	const at = (times) => rows.find((r) => r.times === times);
	const [one, ten, fifty] = [at(1), at(10), at(50)];
	const notMeasured = (what) => [`not measured (${what})`, '—'];
	const lines = [];

	let cells = notMeasured('needs --scales 1,10');
	if (one?.ours.finished && ten?.ours.finished && ten.growth) {
		// The median of each round's 10× ÷ 1× (the two builds of a round saw similar load).
		const { wall, cpu, all } = ten.growth;
		const how = all.length > 1 ? `median of ${all.length} rounds: ${all.map(([w, c]) => `${w.toFixed(2)} (CPU ${c.toFixed(2)})`).join(', ')}` : `${secs(ten.ours)} ÷ ${secs(one.ours)}`;
		cells = [`${wall.toFixed(2)} (${how}); CPU time ${cpu.toFixed(2)}`, verdict(wall <= TARGETS.growth)];
	} else if (one && ten) cells = [`10× ${secs(ten.ours)}`, verdict(false)];
	lines.push([`our build-time growth 10× ÷ 1× ≤ ${TARGETS.growth.toFixed(1)}`, ...cells]);

	cells = notMeasured('needs scale 10 with Starlight');
	if (ten?.starlight?.finished) {
		if (ten.ours.finished) {
			// The median of the pairs' ratios (each of our builds ÷ the Starlight build right after it).
			const ratio = ten.ratio;
			const c = ten.ours.cpu / ten.starlight.cpu;
			const how = ten.ours.all.length > 1 ? `median of ${ten.ours.all.length} pairs; ours ${ten.ours.all.map((t) => t.toFixed(1)).join(', ')} s, Starlight ${ten.starlight.all.map((t) => t.toFixed(1)).join(', ')} s` : `${secs(ten.ours)} ÷ ${secs(ten.starlight)}`;
			cells = [`${ratio.toFixed(2)} (${how}); CPU time ${c.toFixed(2)}`, verdict(ratio <= TARGETS.versusStarlight)];
		} else cells = [`ours ${secs(ten.ours)}`, verdict(false)];
	}
	lines.push([`our 10× build ≤ ${TARGETS.versusStarlight} × Starlight's 10× (same run)`, ...cells]);

	cells = notMeasured('needs --scales 50');
	if (fifty) cells = [fifty.ours.finished ? `${secs(fifty.ours)} (CPU time ${cpu(fifty.ours)})` : secs(fifty.ours), verdict(fifty.ours.finished && fifty.ours.seconds < TARGETS.fiftySeconds)];
	lines.push([`our 50× build < ${TARGETS.fiftySeconds} s`, ...cells]);

	for (const path of ['/fr/', '/fr/calendrier/']) {
		const page = dev?.pages?.find((p) => p.path === path);
		cells = dev?.error ? [`dev server failed: ${dev.error}`, verdict(false)] : notMeasured('--no-dev');
		if (page) cells = [`${ms(page.warm)} warm median (first request ${ms(page.first)})`, verdict(page.warm < TARGETS.devMs)];
		lines.push([`dev server ${path} < ${TARGETS.devMs} ms at ${dev?.times ?? 10}× content`, ...cells]);
	}
	return table(['target', 'measured', 'result'], lines);
}

/** The dev-server table. */
export function devTable(dev) {
	return table(
		['page', 'first request', `warm (median of ${dev.warm})`],
		dev.pages.map((p) => [p.path, ms(p.first), ms(p.warm)]),
	);
}

/** Number of HTML pages in a build output. */
export const countPages = (dist) => readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** One example of each page type of our site, as built at 1×. */
const PAGE_TYPES = {
	home: 'fr',
	action: 'fr/actions/6',
	axis: 'fr/axes/2',
	timeline: 'fr/calendrier',
	connections: 'fr/liens',
	organisation: 'fr/acteurs/ans',
	editorial: 'fr/edito-de-la-ministre',
};

/** Weight of each page type: its HTML and everything it loads before interaction (scripts, styles). */
export function pageWeights(dist) {
	const rows = Object.entries(PAGE_TYPES).map(([type, path]) => {
		const file = join(dist, path, 'index.html');
		const html = readFileSync(file, 'utf8');
		const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
		const assets = refs.reduce((n, r) => n + gz(join(dist, r)), 0);
		const own = gz(file);
		return [type, `/${path}/`, kb(own), kb(assets), kb(own + assets)];
	});
	// Recursive: Mermaid's own prebuilt files sit in a folder of _astro/ (config/mermaid.ts).
	const chunks = readdirSync(join(dist, '_astro'), { recursive: true })
		.filter((f) => /\.m?js$/.test(String(f)))
		.reduce((n, f) => n + gz(join(dist, '_astro', String(f))), 0);
	return [
		table(['page type', 'example', 'HTML (CSS inlined)', 'scripts and styles', 'total'], rows),
		'',
		`On demand only: all JavaScript chunks together (Mermaid and its diagram types) weigh ${kb(chunks)} gzip;`,
		'a page fetches the Mermaid chunks it needs when a diagram nears the viewport.',
	].join('\n');
}
