/**
 * What each content collection of a content folder is read from and checked with: the Markdown
 * collections (`<dir>/<name>/<lang>/*.md`, loaded by `checkedGlob`) and the YAML lists (loaded by
 * `checkedYaml`). Plain modules only (no `astro:content`), so that content.config.ts and the tests
 * of bad content (tests/content/) read this one table.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { checkPageSlugs, checkTranslations } from './lib/collection-checks';
import { checkActions } from './lib/content-checks';
import { routeSegments, type CheckedGlobOptions } from './loaders';
import { AXIS_COUNT, axisSchema, createActionSchema, glossarySchema, organisationSchema, pageSchema } from './schemas';

/** Organisation ids, read once so that action owners are checked against them. */
export function organisationIds(dir: string): [string, ...string[]] {
	const path = `${dir}/organisations.yml`;
	const rows = parseYaml(readFileSync(path, 'utf8')) as unknown;
	const ids = Array.isArray(rows) ? rows.map((r: { id?: unknown }) => r?.id).filter((id): id is string => typeof id === 'string') : [];
	if (ids.length === 0) throw new Error(`${path}: the file lists no organisation: it must be a YAML list of items with an id.`);
	return ids as [string, ...string[]];
}

/** A Markdown collection's options, with the type of its entries kept. */
const markdown = <T>(options: CheckedGlobOptions<T>) => options;

/** The Markdown collections of the content folder `dir`, and the checks each needs as a whole. */
export function markdownCollections(dir: string) {
	return {
		actions: markdown({
			collection: 'actions',
			base: `${dir}/actions`,
			names: /^\d{2,}\.mdx?$/,
			schema: createActionSchema(organisationIds(dir)),
			check: checkActions,
		}),
		axes: markdown({
			collection: 'axes',
			base: `${dir}/axes`,
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
		pages: markdown({
			collection: 'pages',
			base: `${dir}/pages`,
			names: /^[a-z0-9-]+\.mdx?$/,
			schema: pageSchema,
			check: (pages) => {
				const files = pages.map((p) => ({ ...p, key: p.data.key, slug: p.data.slug }));
				return [...checkPageSlugs(files, routeSegments), ...checkTranslations('page', files)];
			},
		}),
	};
}

/** The YAML lists of the content folder `dir` that are checked item by item: their file and schema. */
export function yamlCollections(dir: string) {
	return {
		organisations: { collection: 'organisations', path: `${dir}/organisations.yml`, schema: organisationSchema },
		glossary: { collection: 'glossary', path: `${dir}/glossary.yml`, schema: glossarySchema },
	};
}
