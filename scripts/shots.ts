/**
 * `npm run shots`: pictures of the built site to look at as a reader would. Builds if dist/ is
 * missing, serves dist/ on 127.0.0.1, and writes full-page PNGs of eight page types at 360×740 and
 * 1280×800 in light and dark, plus the first three pages of the printed whole roadmap (PDF →
 * pdftoppm → PNG), into shots/ (ignored by git). Prints the paths it wrote.
 * Usage: `npm run shots` or `node scripts/shots.ts [filter]` (only the pages whose name contains filter).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchFullBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'shots');
const filter = process.argv[2] ?? '';

const PAGES: Array<[name: string, path: string]> = [
	['home', '/fr/'],
	['action-13', '/fr/actions/13/'],
	['axis-2', '/fr/axes/2/'],
	['timeline', '/fr/calendrier/'],
	['search', '/fr/recherche/?q=carte%20vitale'],
	['connections', '/fr/liens/'],
	['organisation', '/fr/acteurs/dssis/'],
	['data', '/fr/donnees/'],
	['timeline-en', '/en/timeline/'],
];
const SIZES = [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 },
];
const THEMES = ['light', 'dark'] as const;

if (!existsSync(join(ROOT, 'dist/index.html'))) {
	console.log('dist/ missing: building…');
	execFileSync('npx', ['astro', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
mkdirSync(OUT, { recursive: true });
const server = await serveDist();
const browser = await launchFullBrowser();
const written: string[] = [];
try {
	for (const size of SIZES) {
		for (const theme of THEMES) {
			const context = await browser.newContext({ viewport: size, colorScheme: theme });
			const page = await context.newPage();
			for (const [name, path] of PAGES.filter(([n]) => n.includes(filter))) {
				await page.goto(server.url + path, { waitUntil: 'networkidle' });
				// Bring every lazy chart near the viewport, then wait until each is drawn (or failed).
				await page.evaluate(async () => {
					for (const el of document.querySelectorAll('mermaid-diagram')) {
						el.scrollIntoView();
						await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
					}
				});
				await page
					.waitForFunction(() => [...document.querySelectorAll('mermaid-diagram')].every((d) => d.hasAttribute('data-rendered') || d.hasAttribute('data-error') || !(d as HTMLElement).offsetParent || d.hasAttribute('data-deferred')), null, { timeout: 20_000 })
					.catch(() => console.warn(`${name}: some charts were not drawn within 20 s`));
				await page.evaluate(() => window.scrollTo(0, 0));
				const file = join(OUT, `${name}-${size.width}-${theme}.png`);
				await page.screenshot({ path: file, fullPage: true });
				written.push(file);
			}
			await context.close();
		}
	}
	if ('roadmap'.includes(filter) || !filter) {
		const page = await browser.newPage();
		await page.goto(`${server.url}/fr/feuille-de-route/`, { waitUntil: 'networkidle' });
		const pdf = join(OUT, 'roadmap.pdf');
		writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
		for (const f of readdirSync(OUT).filter((f) => f.startsWith('roadmap-print'))) rmSync(join(OUT, f));
		execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf, join(OUT, 'roadmap-print')]);
		written.push(pdf, ...readdirSync(OUT).filter((f) => f.startsWith('roadmap-print')).map((f) => join(OUT, f)));
		const action = await browser.newPage();
		await action.goto(`${server.url}/fr/actions/13/`, { waitUntil: 'networkidle' });
		const actionPdf = join(OUT, 'action-13.pdf');
		writeFileSync(actionPdf, await action.pdf({ format: 'A4', printBackground: true }));
		for (const f of readdirSync(OUT).filter((f) => f.startsWith('action-13-print'))) rmSync(join(OUT, f));
		execFileSync('pdftoppm', ['-png', '-r', '60', actionPdf, join(OUT, 'action-13-print')]);
		written.push(...readdirSync(OUT).filter((f) => f.startsWith('action-13-print')).map((f) => join(OUT, f)));
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(written.join('\n'));
