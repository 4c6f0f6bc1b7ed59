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
 * replaces the prerenderer) are read from disk by `others()`, so a step still sees every page.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** One built page: its address on the site (`/fr/actions/9/`, `/404.html`) and its HTML. */
export interface RenderedPage {
	path: string;
	html: string;
}

export interface RenderedPages {
	/** The integration that wraps Astro's prerenderer; list it before the integrations that listen. */
	integration: AstroIntegration;
	/** Calls `listener` with each rendered HTML page, in the order Astro started rendering them. */
	onPage(listener: (page: RenderedPage) => void): void;
	/** Calls `listener` if rendering failed, so a step can release what it started (Pagefind's binary). */
	onFailure(listener: () => void): void;
	/**
	 * The HTML files of the built site `dir` that Astro did not render, read from disk, in path order;
	 * listed once the pages are rendered (in `astro:build:done`), once per build.
	 */
	others(dir: string): Promise<RenderedPage[]>;
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
	let unrendered: Promise<RenderedPage[]> | undefined;

	const finish = (seq: number, page: RenderedPage | null) => {
		waiting.set(seq, page);
		for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
			waiting.delete(next++);
			if (ready === null) continue;
			seen.add(ready.path);
			for (const listener of listeners) listener(ready);
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
					unrendered = undefined;
					setPrerenderer(wrap);
				},
			},
		},
		onPage: (listener) => void listeners.push(listener),
		onFailure: (listener) => void failureListeners.push(listener),
		others(dir) {
			// Listed once per build, for every step that asks.
			unrendered ??= readdir(dir, { recursive: true }).then((entries) => {
				const files = entries.filter((f) => f.endsWith('.html') && !seen.has(pathOfFile(f))).sort();
				return Promise.all(files.map(async (f) => ({ path: pathOfFile(f), html: await readFile(join(dir, f), 'utf8') })));
			});
			return unrendered;
		},
	};
}
