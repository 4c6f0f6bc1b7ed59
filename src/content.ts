/**
 * The collections, queried once and sorted: every page reads the roadmap through these helpers.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { urlFor } from './i18n';
import type { Lang } from './schemas';
import { memo } from './lib/memo';
import { typography } from './lib/typography';

export type Action = CollectionEntry<'actions'>;
export type Axis = CollectionEntry<'axes'>;
export type Page = CollectionEntry<'pages'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;

/** The language folder of an entry id such as `fr/06`. */
export const langOf = (entry: { id: string }): Lang => entry.id.split('/')[0] as Lang;

const byLang = <T extends { id: string }>(entries: T[], lang: Lang) => entries.filter((e) => langOf(e) === lang);

/** Every string of a value with the site's typography in `lang` (’, and French spacing in French). */
function typeset<T>(value: T, lang: Lang): T {
	if (typeof value === 'string') return typography(lang, value) as T;
	if (Array.isArray(value)) return value.map((v) => typeset(v, lang)) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeset(v, k === 'en' || k === 'fr' ? k : lang)])) as T;
	}
	return value;
}

/** Frontmatter as written, for the exports, by entry shown (whose `data` is typeset for reading). */
const written = new WeakMap<object, unknown>();

/**
 * Entries as pages show them: text fields typeset once, here, rather than on finished HTML. The
 * exports read the frontmatter as written (`writtenData`).
 */
function forReading<T extends { id: string; data: object }>(entries: T[], lang: (entry: T) => Lang): T[] {
	return entries.map((entry) => {
		const shown = { ...entry, data: typeset(entry.data, lang(entry)) };
		written.set(shown, entry.data);
		return shown;
	});
}

/** The frontmatter of an entry as written in its file (typography untouched). */
export function writtenData<T extends { data: object }>(entry: T): T['data'] {
	return (written.get(entry) as T['data'] | undefined) ?? entry.data;
}

const all = {
	actions: forReading(await getCollection('actions'), langOf).sort((a, b) => a.data.id - b.data.id),
	axes: forReading(await getCollection('axes'), langOf).sort((a, b) => a.data.id - b.data.id),
	pages: forReading(await getCollection('pages'), langOf).sort((a, b) => a.data.order - b.data.order),
	// Names are per language ({ fr, en }): each is typeset in its own language.
	organisations: forReading(await getCollection('organisations'), () => 'fr'),
	glossary: await getCollection('glossary'),
	notes: await getCollection('notes'),
};

// Each language's list is filtered once and kept (callers must not change it): every page asks
// for them (`contentLangs` for its language switch), and filtering all actions on every page made
// the build grow with pages × actions (issue 10).

/** The 26 actions in a language, by number. */
export const getActions: (lang: Lang) => Action[] = memo((lang: Lang) => byLang(all.actions, lang));

/** The 5 axes in a language, by number. */
export const getAxes: (lang: Lang) => Axis[] = memo((lang: Lang) => byLang(all.axes, lang));

/** The other sections (editorials, about…) in a language, in reading order. */
export const getPages: (lang: Lang) => Page[] = memo((lang: Lang) => byLang(all.pages, lang));

/**
 * The URL of a section of the `pages` collection by its key (`about`, `accessibility`), at the slug
 * its file gives in that language: the slug is written once, in the page's frontmatter.
 */
export function pageUrl(lang: Lang, key: string): string {
	const page = getPages(lang).find((p) => p.data.key === key);
	if (!page) throw new Error(`content/pages/${lang}/: no page has key "${key}"; the site links to it (add the file, with \`key: ${key}\`).`);
	return urlFor(lang, { kind: 'page', slug: page.data.slug });
}

/** Every organisation named in the dossier, in file order. */
export const getOrganisations = (): OrganisationEntry[] => all.organisations;

/** Programmes, services and acronyms (`content/glossary.yml`). */
export const getGlossary = () => all.glossary;

/** The editor's notes (`content/notes.yml`) shown on an action's or an axis's page, in file order. */
export const getEditorNotes = (on: { action: number } | { axis: number }) =>
	all.notes.map((n) => n.data).filter((n) => ('action' in on ? n.action === on.action : n.axis === on.axis));

/** An organisation by id; the schema guarantees every id used in frontmatter exists. */
export function getOrganisation(id: string): OrganisationEntry {
	const org = all.organisations.find((o) => o.id === id);
	if (!org) throw new Error(`Unknown organisation "${id}".`);
	return org;
}

/** The languages that have content, French first. */
export const contentLangs = (): Lang[] => (['fr', 'en'] as const).filter((l) => getActions(l).length > 0);

/** `getStaticPaths` for pages that exist once per language. */
export const langPaths = () => contentLangs().map((lang) => ({ params: { lang } }));

/** The same page in every language that has content, for the switch and hreflang. */
export function alternatesOf(url: (lang: Lang) => string): Partial<Record<Lang, string>> {
	return Object.fromEntries(contentLangs().map((l) => [l, url(l)]));
}
