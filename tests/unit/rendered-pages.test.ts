/**
 * config/rendered-pages.ts: every HTML page reaches the build steps that read pages, once, in the
 * order Astro started rendering them, whatever order they finish in, then the HTML files it did not
 * render; other files are not pages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { pathOfFile, pathOfPage, renderedPages, type RenderedPage } from '../../config/rendered-pages';

/** A prerenderer whose pages finish after the delays given (ms), in another order than they start. */
function slowPrerenderer(delays: Record<string, number>, teardowns: string[]): AstroPrerenderer {
	return {
		name: 'test',
		getStaticPaths: async () => [],
		async render(request) {
			const path = new URL(request.url).pathname;
			await new Promise((resolve) => setTimeout(resolve, delays[path] ?? 0));
			if (path === '/broken/') throw new Error('render failed');
			const type = path.endsWith('.json') ? 'application/json' : 'text/html';
			if (path === '/moved/') return new Response(null, { status: 301, headers: { location: '/a/', 'content-type': 'text/html' } });
			return new Response(`<p>${path}</p>`, { headers: { 'content-type': type }, status: path === '/404/' ? 404 : 200 });
		},
		teardown: async () => void teardowns.push('base'),
	};
}

/** Starts a build of the tap and returns the wrapped prerenderer and what listeners received. */
function startBuild(delays: Record<string, number>) {
	const pages = renderedPages();
	const received: RenderedPage[] = [];
	const teardowns: string[] = [];
	pages.onPage((page) => void received.push(page));
	pages.onFailure(() => void teardowns.push('failure'));
	let prerenderer: AstroPrerenderer | undefined;
	const hook = pages.integration.hooks['astro:build:start']!;
	void hook({
		logger: undefined as never,
		setPrerenderer: (p) => void (prerenderer = typeof p === 'function' ? p(slowPrerenderer(delays, teardowns)) : p),
	});
	const render = (path: string) => prerenderer!.render(new Request(`http://x${path}`), { routeData: undefined as never });
	return { pages, prerenderer: prerenderer!, received, teardowns, render };
}

describe('renderedPages', () => {
	test('pages reach listeners in the order they started, HTML pages only (a status page too, not a redirect), and Astro gets each response whole', async () => {
		const { received, render, prerenderer, teardowns } = startBuild({ '/a/': 30, '/b/': 0, '/data.json': 10, '/c/': 20 });
		const responses = await Promise.all(['/a/', '/b/', '/data.json', '/moved/', '/404/', '/c/'].map(render));
		await prerenderer.teardown!();
		expect(received).toEqual([
			{ path: '/a/', html: '<p>/a/</p>' },
			{ path: '/b/', html: '<p>/b/</p>' },
			{ path: '/404.html', html: '<p>/404/</p>' },
			{ path: '/c/', html: '<p>/c/</p>' },
		]);
		expect(await Promise.all(responses.map((r) => (r as Response).text()))).toEqual(['<p>/a/</p>', '<p>/b/</p>', '<p>/data.json</p>', '', '<p>/404/</p>', '<p>/c/</p>']);
		expect(teardowns).toEqual(['base']);
	});

	test('a failed render tells the steps, so they can let go of what they started', async () => {
		const { render, prerenderer, teardowns, received } = startBuild({});
		await expect(Promise.all(['/a/', '/broken/', '/c/'].map(render))).rejects.toThrow('render failed');
		await prerenderer.teardown!();
		expect(received.map((p) => p.path)).toEqual(['/a/']);
		expect(teardowns).toEqual(['base', 'failure']);

		// The failed page the last one: no later page waits behind it, and still the steps are told.
		const last = startBuild({});
		await expect(Promise.all(['/a/', '/broken/'].map(last.render))).rejects.toThrow('render failed');
		await last.prerenderer.teardown!();
		expect(last.teardowns).toEqual(['base', 'failure']);
	});

	describe('when the build is done', () => {
		const dir = mkdtempSync(join(tmpdir(), 'roadmap-rendered-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));

		test('the HTML files of the build that Astro did not render are handed over too, read from disk, in path order', async () => {
			const { pages, render, received } = startBuild({});
			await render('/a/');
			const files: Array<[file: string, text: string]> = [['a/index.html', 'rendered'], ['z/index.html', 'z'], ['copied.html', 'copied'], ['404.html', '404'], ['data.json', '{}']];
			for (const [file, text] of files) {
				mkdirSync(join(dir, file, '..'), { recursive: true });
				writeFileSync(join(dir, file), text);
			}
			await pages.integration.hooks['astro:build:done']!({ dir: pathToFileURL(dir + '/'), logger: undefined as never, pages: [], assets: new Map() } as never);
			expect(received).toEqual([
				{ path: '/a/', html: '<p>/a/</p>' },
				{ path: '/404.html', html: '404' },
				{ path: '/copied.html', html: 'copied' },
				{ path: '/z/', html: 'z' },
			]);
		});
	});

	test('a file’s address is the one its page is rendered at', () => {
		expect(pathOfFile('index.html')).toBe('/');
		expect(pathOfFile('fr/actions/9/index.html')).toBe('/fr/actions/9/');
		expect(pathOfFile('404.html')).toBe('/404.html');
		expect(pathOfPage('/404/')).toBe('/404.html');
		expect(pathOfPage('/fr/404/')).toBe('/fr/404/');
		expect(pathOfPage('/fr/actions/9/')).toBe('/fr/actions/9/');
	});
});
