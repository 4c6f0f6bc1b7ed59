/**
 * Builds the Pagefind search index as the last step of `astro build`, so that `npm run build`
 * yields the site and its index in one go (dist/pagefind/).
 *
 * Pagefind splits the index by `<html lang>`: French pages are searched only from French pages,
 * English from English. It reads only what each page marks for it (see `Base.astro`: `<main
 * data-pagefind-body>`, and `data-pagefind-ignore` on repeated navigation); pages without
 * `data-pagefind-body` (the root language chooser, the search page, 404) are left out.
 * Uses Pagefind's Node API: https://pagefind.app/docs/node-api/
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../src/lib/search-index';

/** Pages sent to Pagefind ahead of its answers: enough to keep it busy, few enough to keep memory flat. */
const IN_FLIGHT = 32;

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

/** The Astro integration that indexes the built site with Pagefind after every build. */
export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'roadmap:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const created = await pagefind.createIndex();
					check('start', created.errors);
					const index = created.index!;
					// Each page from its HTML as `htmlForIndex` adjusts it (spaces between blocks, weights).
					const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
					// Pages go to the binary in the order of `files` (the order shapes Pagefind's index files),
					// up to IN_FLIGHT ahead of its answers: awaiting each answer before sending the next page
					// made indexing wait on a round trip per page (issue 10); sending them all at once held
					// every page in memory.
					const added: Array<ReturnType<typeof index.addHTMLFile>> = [];
					const checkAdded = async (i: number) => check(`index ${files[i]}`, (await added[i]!).errors);
					for (const [i, file] of files.entries()) {
						if (i >= IN_FLIGHT) await checkAdded(i - IN_FLIGHT);
						const path = '/' + file.replace(/(^|\/)index\.html$/, '$1');
						added.push(index.addHTMLFile({ sourcePath: relative(site, join(site, file)), content: htmlForIndex(path, await readFile(join(site, file), 'utf8')) }));
					}
					for (let i = Math.max(0, files.length - IN_FLIGHT); i < files.length; i++) await checkAdded(i);
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
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
