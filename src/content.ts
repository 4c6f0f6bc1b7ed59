/**
 * The collections, queried once and sorted: every page reads the roadmap through these helpers.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { mentionedActions } from './lib/enrich';
import { invertLinks, type LinkMap } from './lib/links';
import type { Lang } from './schemas';

export type Action = CollectionEntry<'actions'>;
export type Axis = CollectionEntry<'axes'>;
export type Page = CollectionEntry<'pages'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;

/** The language folder of an entry id such as `fr/06`. */
export const langOf = (entry: { id: string }): Lang => entry.id.split('/')[0] as Lang;

const byLang = <T extends { id: string }>(entries: T[], lang: Lang) => entries.filter((e) => langOf(e) === lang);

const all = {
	actions: (await getCollection('actions')).sort((a, b) => a.data.id - b.data.id),
	axes: (await getCollection('axes')).sort((a, b) => a.data.id - b.data.id),
	pages: (await getCollection('pages')).sort((a, b) => a.data.order - b.data.order),
	organisations: await getCollection('organisations'),
	glossary: await getCollection('glossary'),
	notes: await getCollection('notes'),
};

/** The 26 actions in a language, by number. */
export const getActions = (lang: Lang): Action[] => byLang(all.actions, lang);

/** The 5 axes in a language, by number. */
export const getAxes = (lang: Lang): Axis[] => byLang(all.axes, lang);

/** The other sections (editorials, about…) in a language, in reading order. */
export const getPages = (lang: Lang): Page[] => byLang(all.pages, lang);

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

/** Outgoing links of each action in a language: its `related` list and the actions its text mentions. */
const linkMaps = new Map<Lang, LinkMap>();
export function getLinks(lang: Lang): LinkMap {
	let links = linkMaps.get(lang);
	if (!links) {
		const glossary = all.glossary.map((g) => g.data);
		const organisations = all.organisations.map((o) => o.data);
		links = new Map(
			getActions(lang).map((a) => {
				const mentioned = mentionedActions(`${a.data.title}\n${a.body ?? ''}`, { lang, self: a.data.id, glossary, organisations });
				return [a.data.id, [...new Set([...a.data.related, ...mentioned])].sort((x, y) => x - y)];
			}),
		);
		linkMaps.set(lang, links);
	}
	return links;
}

/** For each action, the actions whose links point to it ("referenced by"). */
export const getBacklinks = (lang: Lang) => invertLinks(getLinks(lang));

/** `getStaticPaths` for pages that exist once per language. */
export const langPaths = () => contentLangs().map((lang) => ({ params: { lang } }));

/** The same page in every language that has content, for the switch and hreflang. */
export function alternatesOf(url: (lang: Lang) => string): Partial<Record<Lang, string>> {
	return Object.fromEntries(contentLangs().map((l) => [l, url(l)]));
}
