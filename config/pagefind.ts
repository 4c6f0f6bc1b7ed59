/**
 * Builds the Pagefind search index during `astro build`, so that `npm run build` yields the site and
 * its index in one go (dist/pagefind/).
 *
 * Pagefind splits the index by `<html lang>`: French pages are searched only from French pages,
 * English from English. It reads only what each page marks for it (see `Base.astro`: `<main
 * data-pagefind-body>`, and `data-pagefind-ignore` on repeated navigation); pages without
 * `data-pagefind-body` (the root language chooser, the search page, 404) are left out.
 *
 * Each page goes to Pagefind's binary as soon as Astro has rendered it (`rendered-pages.ts`), so the
 * binary indexes on the second core while Node renders the next pages; the index is written once
 * the build is done. The order pages are added in shapes Pagefind's files: it is the order Astro
 * renders them in (then any HTML file it did not render, in path order), the same on every machine
 * (reading the folder back gave the file system's order).
 * Uses Pagefind's Node API: https://pagefind.app/docs/node-api/
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../src/lib/search-index';
import type { RenderedPage, RenderedPages } from './rendered-pages';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Fails the build with Pagefind's own messages, prefixed by the step that produced them. */
function check(step: string, errors: string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n- ${errors.join('\n- ')}`);
}

/** "38 fr pages, 38 en pages", from the bundle's entry file (counts only pages actually indexed). */
async function pagesPerLanguage(bundle: string): Promise<string> {
	const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.entries(entry.languages)
		.map(([lang, { page_count }]) => `${page_count} ${lang} pages`)
		.join(', ');
}

/** The Astro integration that indexes the site's pages with Pagefind as they are built. */
export default function pagefindIndex(pages: RenderedPages): AstroIntegration {
	/** The index of the current build, started with its first page. */
	let index: Promise<Index> | undefined;
	/** Each page's answer from the binary, with the page's address for error messages. */
	let added: Array<{ path: string; result: Promise<{ errors: string[] }> }> = [];

	const add = ({ path, html }: RenderedPage) => {
		index ??= pagefind.createIndex().then((created) => {
			check('start', created.errors);
			return created.index!;
		});
		// Each page from its HTML as `htmlForIndex` adjusts it (spaces between blocks, weights); the
		// pages are sent in the order they arrive, each after the index is ready.
		const result = index.then((i) => i.addHTMLFile({ url: path, content: htmlForIndex(path, html) }));
		result.catch(() => {}); // awaited, and reported, when the build is done
		added.push({ path, result });
	};
	pages.onPage(add);
	// The binary is closed if rendering fails: the build stops before `astro:build:done`.
	pages.onFailure(() => void pagefind.close());

	return {
		name: 'roadmap:pagefind',
		hooks: {
			'astro:build:start': () => {
				index = undefined;
				added = [];
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					if (!index) throw new Error('Pagefind was given no page to index.');
					for (const { path, result } of added) check(`index ${path}`, (await result).errors);
					const written = await (await index).writeFiles({ outputPath: join(site, 'pagefind') });
					check('write the index', written.errors);
					logger.info(`Indexed ${await pagesPerLanguage(written.outputPath)} into ${written.outputPath}`);
				} finally {
					// The Node API drives a Pagefind binary; close it so the build process can exit.
					await pagefind.close();
				}
			},
		},
	};
}
