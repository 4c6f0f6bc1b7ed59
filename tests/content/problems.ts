/**
 * What the content loaders find wrong in a content folder, computed in this process by the same
 * functions as `astro sync` runs them (src/loaders.ts) over the same table of collections
 * (src/collections.ts): the raw files of each Markdown collection (scanFiles), then each file's
 * frontmatter against its schema, then the checks that need the whole collection; each YAML list's
 * bytes and ids, then each of its items against its schema. Frontmatter and YAML are read by the
 * parsers Astro's loaders use (its frontmatter helper and js-yaml, resolved from Astro itself).
 * bad-content.test.ts syncs a few of its cases with Astro too, and checks that Astro then prints
 * every line found here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'astro/zod';
import { markdownCollections, yamlCollections } from '../../src/collections';
import { rawProblems, schemaProblems, yamlFileProblems, type CheckedGlobOptions, type LoadedEntry } from '../../src/loaders';
import { LANGS } from '../../src/schemas';

/** A module as Astro's own content loaders import it (the copy Astro depends on). */
const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro'));
const { parseFrontmatter } = (await import(pathToFileURL(fromAstro.resolve('@astrojs/internal-helpers/frontmatter')).href)) as typeof import('@astrojs/internal-helpers/frontmatter');
const { load: loadYaml } = (await import(pathToFileURL(fromAstro.resolve('js-yaml')).href)) as { load: (text: string) => unknown };

/** A Markdown collection's problems: its raw files, else its entries' frontmatter, else the whole collection's. */
async function markdownProblems<T>({ base, names, schema, check }: CheckedGlobOptions<T>): Promise<string[]> {
	const raw = rawProblems(base, names);
	if (raw.length > 0) return raw;
	const entries: Array<LoadedEntry<T>> = [];
	const invalid: string[] = [];
	for (const lang of LANGS) {
		let files: string[] = [];
		try {
			files = readdirSync(join(base, lang)).filter((n) => /\.mdx?$/.test(n)).sort();
		} catch {
			continue;
		}
		for (const name of files) {
			const file = join(base, lang, name);
			const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
			const problems = await schemaProblems(schema, frontmatter, file);
			if (problems.length > 0) invalid.push(...problems);
			else entries.push({ file, lang, data: await schema.parseAsync(frontmatter), body: content });
		}
	}
	return invalid.length > 0 ? invalid : (check?.(entries) ?? []);
}

/** A YAML list's problems: its bytes and ids, else its items against its schema. */
async function yamlProblems({ path, schema }: { path: string; schema: z.ZodType }): Promise<string[]> {
	const before = yamlFileProblems(path);
	if (before.length > 0) return before;
	const items = loadYaml(readFileSync(path, 'utf8')) as Array<{ id: string }>;
	return (await Promise.all(items.map((item) => schemaProblems(schema, item, `${path} (item "${item.id}")`)))).flat();
}

/**
 * The problems the loaders would report for the content folder `dir`, by collection (only those
 * with problems: none for good content). Astro loads the collections side by side and reports the
 * first that fails.
 */
export async function contentProblems(dir: string): Promise<Record<string, string[]>> {
	const markdown = markdownCollections(dir);
	const yaml = yamlCollections(dir);
	const found: Record<string, string[]> = {
		actions: await markdownProblems(markdown.actions),
		axes: await markdownProblems(markdown.axes),
		pages: await markdownProblems(markdown.pages),
		organisations: await yamlProblems(yaml.organisations),
		glossary: await yamlProblems(yaml.glossary),
	};
	return Object.fromEntries(Object.entries(found).filter(([, problems]) => problems.length > 0));
}
