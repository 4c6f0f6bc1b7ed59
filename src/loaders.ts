/**
 * Astro's `glob()` and `file()` loaders, wrapped so that bad content stops `astro sync` and
 * `astro build` with plain `file: field: message` lines that say how to fix it:
 * - before loading, every content file's raw body is scanned (`lib/content-html.ts`: no active HTML,
 *   no MDX code), its bytes must be UTF-8, its text must read as its folder's language, and its
 *   language folder must be configured;
 * - each entry is validated with its zod schema and the issues are printed plainly
 *   (`lib/zod-errors.ts`) before Astro's own validation runs;
 * - after loading, the checks that need the whole collection run (`check`).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { file as fileLoader, glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkDuplicateIds, checkLanguageFolders, languageProblem } from './lib/collection-checks';
import { checkBody, splitFrontmatter } from './lib/content-html';
import { formatIssues } from './lib/zod-errors';
import { SEGMENTS, segment, type Section } from './i18n/segments';
import { LANGS, type Lang } from './schemas';

/** An entry after loading: its file, language folder, validated data and Markdown body. */
export interface LoadedEntry<T> {
	file: string;
	lang: string;
	data: T;
	body: string;
}

/** A content problem list becomes one error; Astro prints its message. */
function fail(collection: string, problems: readonly string[]): never {
	throw new Error(`Invalid ${collection} (${problems.length}):\n- ${problems.join('\n- ')}`);
}

/** A path as people see it in the repository: `content/actions/fr/05.md`. */
const shown = (path: string) => path.replace(/^\.\//, '');

const CONTENT_FILE = /\.mdx?$/;

/** Problems in the raw files of a `<base>/<lang>/<name>` collection, before anything parses them. */
function scanFiles(base: string, accept: RegExp): string[] {
	const folders = readdirSync(base).filter((f) => statSync(join(base, f)).isDirectory());
	const problems = checkLanguageFolders(shown(base), folders);
	for (const lang of folders.filter((f) => (LANGS as readonly string[]).includes(f))) {
		for (const name of readdirSync(join(base, lang)).filter((n) => accept.test(n)).sort()) {
			const path = shown(join(base, lang, name));
			let source: string;
			try {
				source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(base, lang, name)));
			} catch {
				problems.push(`${path}: encoding: the file is not valid UTF-8: save it as UTF-8 (and check its accented letters)`);
				continue;
			}
			const { body, firstLine } = splitFrontmatter(source);
			for (const p of checkBody(body, { firstLine, mdx: name.endsWith('.mdx') })) problems.push(`${path}:${p.line}: body: ${p.message}`);
			const language = languageProblem(lang, body);
			if (language) problems.push(`${path}: body: ${language}`);
		}
	}
	return problems;
}

/**
 * Problems of a `<base>/<lang>/<name>` collection found before anything parses its files: those of
 * their raw text (scanFiles), and files whose name the collection does not read.
 */
export function rawProblems(base: string, names: RegExp): string[] {
	const misnamed = LANGS.flatMap((lang) => {
		const dir = join(base, lang);
		let files: string[] = [];
		try {
			files = readdirSync(dir).filter((n) => CONTENT_FILE.test(n));
		} catch {
			return [];
		}
		return files.filter((n) => !names.test(n)).map((n) => `${shown(join(dir, n))}: file name: "${n}" is not a name this collection reads (${names.source}): rename it`);
	});
	return [...scanFiles(base, CONTENT_FILE), ...misnamed];
}

/** A value's problems against `schema`, as `where: field: message` lines (none when it is valid). */
export async function schemaProblems(schema: z.ZodType, data: unknown, where: string): Promise<string[]> {
	const result = await schema.safeParseAsync(data, { reportInput: true });
	return result.success ? [] : formatIssues(where, result.error.issues);
}

/** Validates with the schema first, so that its issues print as plain lines naming the file. */
function plainParseData(collection: string, schema: z.ZodType, context: LoaderContext, fallbackFile: string): LoaderContext['parseData'] {
	return async (props) => {
		// A YAML list holds many items: name the item too.
		const where = props.filePath && /\.mdx?$/.test(props.filePath) ? shown(props.filePath) : `${fallbackFile} (item "${props.id}")`;
		const problems = await schemaProblems(schema, props.data, where);
		if (problems.length > 0) fail(collection, problems);
		return context.parseData(props);
	};
}

export interface CheckedGlobOptions<T> {
	/** The collection's name, for messages. */
	collection: string;
	/** The folder holding one folder per language, e.g. `./content/actions`. */
	base: string;
	/** File names accepted in a language folder, e.g. /^\d{2}\.mdx?$/. */
	names: RegExp;
	schema: z.ZodType<T>;
	/** Checks that need the whole collection: `file: field: message` lines. */
	check?: (entries: Array<LoadedEntry<T>>) => string[];
}

/** `glob()` over `<base>/<lang>/*.md(x)`, with the checks above; entry ids are `lang/name`. */
export function checkedGlob<T>({ collection, base, names, schema, check }: CheckedGlobOptions<T>): Loader {
	const inner = glob({
		pattern: `{${LANGS.join(',')}}/*.{md,mdx}`,
		base,
		// Entry ids are the file path without extension (`fr/06`), never a frontmatter `slug`.
		generateId: ({ entry }) => entry.replace(CONTENT_FILE, ''),
	});
	return {
		name: `roadmap-${collection}`,
		load: async (context) => {
			const raw = rawProblems(base, names);
			if (raw.length > 0) fail(collection, raw);
			await inner.load({ ...context, parseData: plainParseData(collection, schema, context, base) });
			const entries = [...context.store.values()].map((e) => ({
				file: shown(e.filePath ?? e.id),
				lang: e.id.split('/')[0]!,
				data: e.data as T,
				body: e.body ?? '',
			}));
			const problems = check?.(entries) ?? [];
			if (problems.length > 0) fail(collection, problems);
		},
	};
}

/** Problems of a YAML list found before it is parsed: its bytes must be UTF-8, and each id used once. */
export function yamlFileProblems(path: string): string[] {
	let source: string;
	try {
		source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
	} catch (e) {
		return [`${shown(path)}: file: cannot be read as UTF-8 (${(e as Error).message}): save it as UTF-8`];
	}
	return checkDuplicateIds(shown(path), source);
}

/** `file()` on a YAML list of `- id:` items, refusing an id used twice (`file()` keeps the last). */
export function checkedYaml<T>({ collection, path, schema }: { collection: string; path: string; schema: z.ZodType<T> }): Loader {
	const inner = fileLoader(path);
	return {
		name: `roadmap-${collection}`,
		load: async (context) => {
			const before = yamlFileProblems(path);
			if (before.length > 0) fail(collection, before);
			await inner.load({ ...context, parseData: plainParseData(collection, schema, context, shown(path)) });
		},
	};
}

/**
 * The URL segments that routes of a language already use: the views' translated segments
 * (`calendrier`, `donnees`…, injected by config/routes.ts from src/i18n/segments.ts) and the
 * folders of src/pages/[lang]/ (`actions`, `axes`).
 */
export function routeSegments(lang: string): string[] {
	const views = (Object.keys(SEGMENTS) as Section[]).flatMap((s) => (LANGS.some((l) => l === lang) ? [segment(s, lang as Lang)] : []));
	let folders: string[] = [];
	try {
		folders = readdirSync(join(process.cwd(), 'src/pages/[lang]'))
			.filter((n) => !n.startsWith('[') && !n.startsWith('_'))
			.map((n) => n.replace(/\.[a-z]+$/, ''));
	} catch {
		// No folder: no file route to protect.
	}
	return [...new Set([...views, ...folders, 'index'])];
}
