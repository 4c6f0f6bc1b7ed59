/**
 * Hands every HTML page to the build steps that read pages (the search index, the headers' policy
 * check, the sitemap's translations) while Astro renders it, so that none of them reads the built
 * files back afterwards, and Pagefind's binary indexes on the second core while Node renders on the
 * first (issue 10: reading 600 pages back three times after rendering took about 2 s at 10× content).
 *
 * It uses Astro 7's prerenderer API: `setPrerenderer` in `astro:build:start` wraps Astro's default
 * prerenderer, and each page's response is read from a clone; the page Astro writes is untouched.
 * Pages reach listeners in the order Astro starts rendering them (the order of its paths, the same
 * on every machine), not the order they finish (four render at a time: astro.config.mjs).
 * HTML files Astro did not render (copied from `public/`, or every page if an adapter listed later
 * replaces the prerenderer) are read from disk and handed over after them, in path order, when the
 * build is done (this integration's `astro:build:done`, before the listening integrations' own): a
 * step sees every page of the site through `onPage`.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** One built page: its address on the site (`/fr/actions/9/`, `/404.html`) and its HTML. */
export interface RenderedPage {
	path: string;
	html: string;
}

export interface RenderedPages {
	/** The integration that wraps Astro's prerenderer; list it before the integrations that listen. */
	integration: AstroIntegration;
	/**
	 * Calls `listener` with each HTML page of the build: the rendered ones in the order Astro started
	 * rendering them, then, when the build is done, those it did not render.
	 */
	onPage(listener: (page: RenderedPage) => void): void;
	/** Calls `listener` if rendering failed, so a step can release what it started (Pagefind's binary). */
	onFailure(listener: () => void): void;
}

/** The site address of an HTML file of the build: `fr/a/index.html` → `/fr/a/`, `404.html` → `/404.html`. */
export const pathOfFile = (file: string) => '/' + file.replace(/(^|\/)index\.html$/, '$1');

/**
 * The site address of a page Astro renders at `pathname`: the same, except the status pages, which
 * Astro renders at `/404/` and writes to `404.html` (`STATUS_CODE_PAGES` in astro/dist/core/build).
 */
export const pathOfPage = (pathname: string) => (/^\/(404|500)\/$/.test(pathname) ? `${pathname.slice(0, -1)}.html` : pathname);

export function renderedPages(): RenderedPages {
	const listeners: Array<(page: RenderedPage) => void> = [];
	const failureListeners: Array<() => void> = [];
	/** Addresses handed over in this build, to tell which files Astro did not render. */
	let seen = new Set<string>();
	/** Rendered pages waiting for an earlier page to finish (`null`: not an HTML page). */
	let waiting = new Map<number, RenderedPage | null>();
	/** Renders started, and the first page not yet handed over: fewer handed over than started at the end means a render failed. */
	let started = 0;
	let next = 0;

	const handOver = (page: RenderedPage) => {
		seen.add(page.path);
		for (const listener of listeners) listener(page);
	};
	const finish = (seq: number, page: RenderedPage | null) => {
		waiting.set(seq, page);
		for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
			waiting.delete(next++);
			if (ready !== null) handOver(ready);
		}
	};

	const wrap = (base: AstroPrerenderer): AstroPrerenderer => ({
		...base,
		name: `${base.name}+roadmap:rendered-pages`,
		async render(request, options) {
			const seq = started++;
			const result = await base.render(request, options);
			const response = result instanceof Response ? result : result.response;
			// Astro writes the body of every response but a redirect (for which it writes its own page).
			const redirect = response.status >= 300 && response.status < 400;
			const html = !redirect && response.headers.get('content-type')?.startsWith('text/html');
			finish(seq, html ? { path: pathOfPage(new URL(request.url).pathname), html: await response.clone().text() } : null);
			return result;
		},
		async teardown() {
			try {
				await base.teardown?.();
			} finally {
				if (next < started) for (const listener of failureListeners) listener();
			}
		},
	});

	return {
		integration: {
			name: 'roadmap:rendered-pages',
			hooks: {
				'astro:build:start': ({ setPrerenderer }) => {
					seen = new Set();
					waiting = new Map();
					started = next = 0;
					setPrerenderer(wrap);
				},
				// The HTML files Astro did not render, read from disk.
				'astro:build:done': async ({ dir }) => {
					const site = fileURLToPath(dir);
					const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html') && !seen.has(pathOfFile(f))).sort();
					for (const file of files) handOver({ path: pathOfFile(file), html: await readFile(join(site, file), 'utf8') });
				},
			},
		},
		onPage: (listener) => void listeners.push(listener),
		onFailure: (listener) => void failureListeners.push(listener),
	};
}
