/**
 * The content collections. Schemas live in `./schemas.ts`; this file only says where each
 * collection is read from, and runs the checks that need the whole collection, so that bad
 * content fails `astro build` (and `astro sync`) with a message naming the file and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { checkActions, type ActionFile } from './lib/content-checks';
import { axisSchema, createActionSchema, editorNoteSchema, glossarySchema, organisationSchema, pageSchema, termbaseSchema, thesaurusSchema, type ActionData } from './schemas';

/** Where content lives; tests point it at a fixture folder. */
const CONTENT_DIR = process.env.ROADMAP_CONTENT_DIR ?? './content';

/** Organisation ids, read once so that action owners are checked against them. */
function organisationIds(): [string, ...string[]] {
	const rows = parseYaml(readFileSync(`${CONTENT_DIR}/organisations.yml`, 'utf8')) as Array<{ id: string }>;
	const ids = rows.map((r) => r.id);
	if (ids.length === 0) throw new Error(`${CONTENT_DIR}/organisations.yml lists no organisation.`);
	return ids as [string, ...string[]];
}

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

/** Entry ids are the file path without extension (`fr/06`), never a frontmatter `slug`. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

/**
 * Content is Markdown, never MDX: MDX is code, which would run at build time and could publish
 * anything. An `.mdx` file fails the build instead of being silently skipped.
 */
function refuseMdx(folder: string): void {
	const found = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
	if (found.length > 0) {
		throw new Error(
			`${found.map((f) => `${folder}/${f}`).join(', ')}: content files are Markdown: rename to .md (MDX, which runs code at build time, is not accepted in content/).`,
		);
	}
}
refuseMdx(CONTENT_DIR);

/** The glob loader, followed by the whole-collection checks of `content-checks.ts`. */
function checkedActions(): Loader {
	const inner = glob({ pattern: '*/*.md', base: `${CONTENT_DIR}/actions`, generateId: idFromPath });
	return {
		name: 'roadmap-actions',
		load: async (context) => {
			await inner.load(context);
			const files: ActionFile[] = [...context.store.values()].map((entry) => ({
				file: entry.filePath ?? entry.id,
				lang: entry.id.split('/')[0]!,
				data: entry.data as ActionData,
			}));
			const problems = checkActions(files);
			if (problems.length > 0) {
				throw new Error(`Invalid actions (${problems.length}):\n- ${problems.join('\n- ')}`);
			}
		},
	};
}

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
	actions: defineCollection({ loader: checkedActions(), schema: createActionSchema(organisationIds()) }),
	axes: defineCollection({ loader: glob({ pattern: '*/[1-9].md', base: `${CONTENT_DIR}/axes`, generateId: idFromPath }), schema: axisSchema }),
	pages: defineCollection({ loader: glob({ pattern: '*/*.md', base: `${CONTENT_DIR}/pages`, generateId: idFromPath }), schema: pageSchema }),
	organisations: defineCollection({ loader: file(`${CONTENT_DIR}/organisations.yml`), schema: organisationSchema }),
	glossary: defineCollection({ loader: file(`${CONTENT_DIR}/glossary.yml`), schema: glossarySchema }),
	notes: defineCollection({ loader: file(`${CONTENT_DIR}/notes.yml`), schema: editorNoteSchema }),
	thesaurus: defineCollection({ loader: checkedThesaurus(), schema: thesaurusSchema }),
};
