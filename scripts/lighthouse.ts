/**
 * `npm run lighthouse`: a Lighthouse report (mobile settings, Debian Chromium) on the home page, an
 * action, the timeline, the connections and the search page, served from dist/ on 127.0.0.1 (built
 * first if missing).
 *
 * Prints each page's category scores, its Total Blocking Time and its Cumulative Layout Shift.
 * Accessibility, best practices and SEO are properties of the pages and must score at least MIN: the
 * script exits non-zero when one does not. Performance is a timing (a busy 2-core machine scored the
 * timeline 0.82 with a TBT of 740 ms): it is printed, never asserted. Not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BROWSER, hasBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';

const MIN = 0.98;
const ASSERTED = ['accessibility', 'best-practices', 'seo'];
const PAGES = ['/fr/', '/fr/actions/13/', '/fr/calendrier/', '/fr/liens/', '/fr/recherche/'];

if (!hasBrowser) process.exit(1); // tests/helpers/browser.ts has said why
if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
	console.log('lighthouse: no dist/, building the site first');
	execFileSync('npx', ['astro', 'build', '--silent'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

const server = await serveDist();
const chrome = await chromeLauncher.launch({
	chromePath: BROWSER,
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const failures: string[] = [];
const pct = (score: number | null | undefined) => String(Math.round((score ?? 0) * 100)).padStart(5);
try {
	console.log(`Lighthouse, mobile, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} (performance and TBT depend on the machine)`);
	console.log(`${'page'.padEnd(18)} ${['perf', 'a11y', 'bp', 'seo'].map((c) => c.padStart(5)).join(' ')}   ${'TBT'.padStart(8)}   CLS`);
	for (const path of PAGES) {
		const result = await lighthouse(server.url + path, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', ...ASSERTED],
		});
		const lhr = result!.lhr;
		const c = lhr.categories;
		const tbt = lhr.audits['total-blocking-time']?.displayValue ?? '?';
		const cls = lhr.audits['cumulative-layout-shift']?.displayValue ?? '?';
		console.log(`${path.padEnd(18)} ${[c.performance, c.accessibility, c['best-practices'], c.seo].map((x) => pct(x?.score)).join(' ')}   ${tbt.padStart(8)}   ${cls}`);
		for (const id of ASSERTED) {
			const category = c[id]!;
			if ((category.score ?? 0) >= MIN) continue;
			const audits = category.auditRefs
				.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
				.map((r) => r.id)
				.join(', ');
			failures.push(`${path} ${id} ${category.score}: ${audits}`);
		}
	}
} finally {
	chrome.kill();
	await server.close();
}

if (failures.length > 0) {
	console.error(`\nUnder ${MIN} (accessibility, best practices, SEO are asserted):\n- ${failures.join('\n- ')}`);
	process.exit(1);
}
console.log(`\nAccessibility, best practices and SEO at least ${MIN} on every page.`);
