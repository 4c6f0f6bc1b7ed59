/**
 * The content collections. Schemas live in `./schemas.ts`; where each collection is read from, and
 * which checks need the whole collection, in `./collections.ts`; this file gives them their loaders,
 * so that bad content fails `astro build` (and `astro sync`) with a message naming the file and the
 * field (`./loaders.ts`).
 */
import { readFileSync } from 'node:fs';
import { file, type Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { markdownCollections, yamlCollections } from './collections';
import { checkedGlob, checkedYaml } from './loaders';
import { editorNoteSchema, termbaseSchema, thesaurusSchema } from './schemas';

/** Where content lives; tests point it at a fixture folder. */
const CONTENT_DIR = process.env.ROADMAP_CONTENT_DIR ?? './content';

/**
 * The termbase is read by the tests, not by pages; it is still checked here so that a malformed
 * entry fails the build, naming the file and the field.
 */
function checkTermbase(): void {
	const path = `${CONTENT_DIR}/termbase.yml`;
	const result = termbaseSchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
	if (!result.success) {
		const problems = result.error.issues.map((i) => `${path}: ${i.path.join('.') || '(root)'}: ${i.message}`);
		throw new Error(`Invalid termbase (${problems.length}):\n- ${problems.join('\n- ')}`);
	}
}
checkTermbase();

const markdown = markdownCollections(CONTENT_DIR);
const yaml = yamlCollections(CONTENT_DIR);

/** The file loader, then a check that every key of `content/thesaurus.yml` is an action number. */
function checkedThesaurus(): Loader {
	const path = `${CONTENT_DIR}/thesaurus.yml`;
	const inner = file(path);
	return {
		name: 'roadmap-thesaurus',
		load: async (context) => {
			await inner.load(context);
			const bad = [...context.store.keys()].filter((key) => !/^([1-9]|1\d|2[0-6])$/.test(key));
			if (bad.length > 0) {
				throw new Error(`${path}: ${bad.map((k) => `"${k}"`).join(', ')} is not an action number: key each entry by the number of its action (1 to 26).`);
			}
		},
	};
}

export const collections = {
	actions: defineCollection({ loader: checkedGlob(markdown.actions), schema: markdown.actions.schema }),
	axes: defineCollection({ loader: checkedGlob(markdown.axes), schema: markdown.axes.schema }),
	pages: defineCollection({ loader: checkedGlob(markdown.pages), schema: markdown.pages.schema }),
	organisations: defineCollection({ loader: checkedYaml(yaml.organisations), schema: yaml.organisations.schema }),
	glossary: defineCollection({ loader: checkedYaml(yaml.glossary), schema: yaml.glossary.schema }),
	notes: defineCollection({ loader: file(`${CONTENT_DIR}/notes.yml`), schema: editorNoteSchema }),
	thesaurus: defineCollection({ loader: checkedThesaurus(), schema: thesaurusSchema }),
};
