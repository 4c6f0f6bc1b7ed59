/**
 * Checks on whole collections of pages and data files that a schema, seeing one entry at a time,
 * cannot make: language folders, translations, page slugs, duplicate ids in YAML lists, and the
 * language a text is written in. Each problem is a `file: field: message` line that says how to fix it.
 */
import { franc } from 'franc';
import { LANGS } from '../schemas';

/** A content file of a collection, as the loader sees it. */
export interface EntryFile {
	/** Path relative to the project, e.g. `content/pages/fr/a-propos.md`. */
	file: string;
	/** The language folder the file is in. */
	lang: string;
	/** What pairs a file with its translations: an axis number, a page `key`. */
	key: string;
}

const at = (file: string, field: string, message: string) => `${file}: ${field}: ${message}`;
const configured = (lang: string): boolean => (LANGS as readonly string[]).includes(lang);

/** One line per language folder that is not a language of the site. */
export function checkLanguageFolders(dir: string, folders: readonly string[]): string[] {
	return folders
		.filter((lang) => !configured(lang))
		.map((lang) => at(`${dir}/${lang}/`, 'folder', `"${lang}" is not a language of the site (${LANGS.join(', ')}, LANGS in src/schemas.ts): move its files to a configured language folder, or remove the folder`));
}

/**
 * Every key must exist in every configured language: a missing translation is named by the file
 * that should exist, and the original it translates.
 */
export function checkTranslations(kind: string, files: readonly EntryFile[], expectedKeys: readonly string[] = []): string[] {
	const problems: string[] = [];
	const keys = [...new Set([...expectedKeys, ...files.filter((f) => configured(f.lang)).map((f) => f.key)])];
	for (const key of keys) {
		const present = files.filter((f) => f.key === key && configured(f.lang));
		for (const lang of LANGS) {
			if (present.some((f) => f.lang === lang)) continue;
			const original = present[0];
			problems.push(
				original
					? at(original.file, 'translation', `the ${kind} "${key}" has no "${lang}" version: add one to the ${lang}/ folder beside it (same ${kind === 'page' ? 'key' : 'file name'})`)
					: at(`${kind}s/${lang}/`, 'id', `the ${kind} ${key} is missing in every language: add it`),
			);
		}
	}
	return problems;
}

/** A page of `content/pages/`, with its URL segment. */
export interface PageFile extends EntryFile {
	slug: string;
}

/** Duplicate slugs in a language, and slugs that a route of the site already uses (`/fr/calendrier/`). */
export function checkPageSlugs(pages: readonly PageFile[], reserved: (lang: string) => readonly string[]): string[] {
	const problems: string[] = [];
	const seen = new Map<string, PageFile>();
	for (const p of pages) {
		const other = seen.get(`${p.lang}/${p.slug}`);
		if (other) problems.push(at(p.file, 'slug', `"${p.slug}" is already the slug of ${other.file}: each page of a language needs its own slug`));
		else seen.set(`${p.lang}/${p.slug}`, p);
		if (reserved(p.lang).includes(p.slug)) {
			problems.push(at(p.file, 'slug', `"${p.slug}" is the address of a page of the site (/${p.lang}/${p.slug}/): choose another slug`));
		}
	}
	const keys = new Map<string, PageFile>();
	for (const p of pages) {
		const other = keys.get(`${p.lang}/${p.key}`);
		if (other) problems.push(at(p.file, 'key', `"${p.key}" is already the key of ${other.file}: each page of a language needs its own key`));
		else keys.set(`${p.lang}/${p.key}`, p);
	}
	return problems;
}

/**
 * Ids used more than once in a YAML list of `- id: x` items (a later item would silently replace
 * the earlier one), with their lines.
 */
export function checkDuplicateIds(file: string, source: string): string[] {
	const lines = new Map<string, number[]>();
	source.split('\n').forEach((line, i) => {
		const id = /^-\s+id:\s*["']?([^"'\s#]+)/.exec(line)?.[1];
		if (id) lines.set(id, [...(lines.get(id) ?? []), i + 1]);
	});
	return [...lines]
		.filter(([, at]) => at.length > 1)
		.map(([id, where]) => `${file}:${where[1]}: id: "${id}" is already the id of the item on line ${where[0]}: each item needs its own id (merge the two, or rename one)`);
}

/** franc's codes for the site's languages. */
const FRANC: Record<string, string> = { fr: 'fra', en: 'eng' };

/** Shortest text whose language is checked: shorter texts are not detected reliably. */
export const MIN_DETECTED_LENGTH = 200;

/**
 * A file whose text is detected as another language of the site than its folder's, in words;
 * undefined when it matches or the text is too short to tell.
 */
export function languageProblem(lang: string, text: string): string | undefined {
	const expected = FRANC[lang];
	// Links, markup and numbers say nothing about the language.
	const words = text.replace(/\]\([^)]*\)|<[^>]*>|[#*_>|`[\]]|\d+/g, ' ').replace(/\s+/g, ' ').trim();
	if (!expected || words.length < MIN_DETECTED_LENGTH) return undefined;
	const found = franc(words, { only: Object.values(FRANC), minLength: 10 });
	if (found === expected || found === 'und') return undefined;
	const name = Object.keys(FRANC).find((l) => FRANC[l] === found) ?? found;
	return `its text reads as "${name}", but the file is in the "${lang}" folder: move it to the ${name}/ folder, or put the ${lang} text in it`;
}
