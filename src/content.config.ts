/**
 * The content collections. Schemas live in `./schemas.ts`; this file only says where each
 * collection is read from, and which checks need the whole collection, so that bad content fails
 * `astro build` (and `astro sync`) with a message naming the file and the field (`./loaders.ts`).
 */
import { readFileSync } from 'node:fs';
import { file, type Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { checkPageSlugs, checkTranslations } from './lib/collection-checks';
import { checkActions } from './lib/content-checks';
import { checkedGlob, checkedYaml, routeSegments } from './loaders';
import { AXIS_COUNT, axisSchema, createActionSchema, editorNoteSchema, glossarySchema, organisationSchema, pageSchema, termbaseSchema, thesaurusSchema } from './schemas';

/** Where content lives; tests point it at a fixture folder. */
const CONTENT_DIR = process.env.ROADMAP_CONTENT_DIR ?? './content';

/** Organisation ids, read once so that action owners are checked against them. */
function organisationIds(): [string, ...string[]] {
	const path = `${CONTENT_DIR}/organisations.yml`;
	const rows = parseYaml(readFileSync(path, 'utf8')) as unknown;
	const ids = Array.isArray(rows) ? rows.map((r: { id?: unknown }) => r?.id).filter((id): id is string => typeof id === 'string') : [];
	if (ids.length === 0) throw new Error(`${path}: the file lists no organisation: it must be a YAML list of items with an id.`);
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

const actionSchema = createActionSchema(organisationIds());

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
	actions: defineCollection({
		loader: checkedGlob({
			collection: 'actions',
			base: `${CONTENT_DIR}/actions`,
			names: /^\d{2,}\.mdx?$/,
			schema: actionSchema,
			check: checkActions,
		}),
		schema: actionSchema,
	}),
	axes: defineCollection({
		loader: checkedGlob({
			collection: 'axes',
			base: `${CONTENT_DIR}/axes`,
			names: /^[1-9]\.mdx?$/,
			schema: axisSchema,
			check: (axes) => [
				...axes
					.filter((a) => !a.file.match(new RegExp(`/${a.data.id}\\.mdx?$`)))
					.map((a) => `${a.file}: id: axis ${a.data.id} must live in a file named ${a.data.id}.md`),
				...checkTranslations(
					'axis',
					axes.map((a) => ({ ...a, key: String(a.data.id) })),
					Array.from({ length: AXIS_COUNT }, (_, i) => String(i + 1)),
				),
			],
		}),
		schema: axisSchema,
	}),
	pages: defineCollection({
		loader: checkedGlob({
			collection: 'pages',
			base: `${CONTENT_DIR}/pages`,
			names: /^[a-z0-9-]+\.mdx?$/,
			schema: pageSchema,
			check: (pages) => {
				const files = pages.map((p) => ({ ...p, key: p.data.key, slug: p.data.slug }));
				return [...checkPageSlugs(files, routeSegments), ...checkTranslations('page', files)];
			},
		}),
		schema: pageSchema,
	}),
	organisations: defineCollection({ loader: checkedYaml('organisations', `${CONTENT_DIR}/organisations.yml`, organisationSchema), schema: organisationSchema }),
	glossary: defineCollection({ loader: checkedYaml('glossary', `${CONTENT_DIR}/glossary.yml`, glossarySchema), schema: glossarySchema }),
	notes: defineCollection({ loader: file(`${CONTENT_DIR}/notes.yml`), schema: editorNoteSchema }),
	thesaurus: defineCollection({ loader: checkedThesaurus(), schema: thesaurusSchema }),
};
