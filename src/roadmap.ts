/**
 * The roadmap model: everything the site derives from the content, computed once per language and
 * kept. Routes, components, endpoints and exports read it; none of them re-derives links, timeline
 * items or export data. (withastro/docs keeps the same habit in `src/content.ts`.)
 */
import { getActions, getAxes, getGlossary, getOrganisations, type Action, type Axis } from './content';
import { createEnricher, mentionedActions } from './lib/enrich';
import { invertLinks, type LinkMap } from './lib/links';
import { memo } from './lib/memo';
import { findTerms, organisationTerms, type FoundTerm } from './lib/search-terms';
import { byDate, byStartYear, itemsOf, scaleOf, type Scale, type TimelineItem } from './lib/timeline';
import type { Lang } from './schemas';

/** One action with what is derived from it. */
export interface ActionModel {
	/** The collection entry: frontmatter as `entry.data`, body for `render()`. */
	entry: Action;
	id: number;
	axis: number;
	/** Its deadlines as timeline items (each EDTF value parsed once), in the dossier's order. */
	items: readonly TimelineItem[];
	/** Actions its text mentions ("action 4", a programme with its own action). */
	mentions: readonly number[];
	/** Actions it links to: its `related` list and its mentions, in number order. */
	links: readonly number[];
	/** Actions that link to it: the exact inverse of `links`. */
	referencedBy: readonly number[];
	/** The acronyms and programme names of the glossary and organisations it uses (for search). */
	terms: readonly FoundTerm[];
}

/** The roadmap in one language. */
export interface RoadmapModel {
	lang: Lang;
	actions: readonly ActionModel[];
	/** The same actions by number. */
	byId: ReadonlyMap<number, ActionModel>;
	axes: readonly Axis[];
	/** Every deadline of every action, by date. */
	items: readonly TimelineItem[];
	/** The time scale every chart shares: the whole roadmap's span. */
	scale: Scale;
	/** The same, grouped by the year they start. */
	years: ReturnType<typeof byStartYear>;
	/** Action number → the actions it links to. */
	links: LinkMap;
	/** Action number → the actions that link to it. */
	backlinks: ReadonlyMap<number, readonly number[]>;
}

function buildModel(lang: Lang): RoadmapModel {
	const entries = getActions(lang);
	const glossary = getGlossary().map((g) => g.data);
	const organisations = getOrganisations().map((o) => o.data);
	const searchTerms = [...glossary, ...organisationTerms(organisations)];
	const partial = entries.map((entry) => {
		const { id, axis, related } = entry.data;
		const mentions = mentionedActions(`${entry.data.title}\n${entry.body ?? ''}`, { lang, self: id, glossary, organisations });
		const links = [...new Set([...related, ...mentions])].sort((a, b) => a - b);
		const terms = findTerms({ id, title: `${entry.data.title}\n${entry.data.shortTitle}`, body: entry.body ?? '' }, searchTerms);
		return { entry, id, axis, items: itemsOf(entry.data), mentions, links, terms };
	});
	const links: LinkMap = new Map(partial.map((a) => [a.id, a.links]));
	const backlinks = invertLinks(links);
	const actions = partial.map((a): ActionModel => ({ ...a, referencedBy: backlinks.get(a.id) ?? [] }));
	const items = byDate(actions.flatMap((a) => a.items));
	return { lang, actions, byId: new Map(actions.map((a) => [a.id, a])), axes: getAxes(lang), items, scale: scaleOf(items), years: byStartYear(items), links, backlinks };
}

/** The roadmap model of a language, built on first use and kept for the whole build. */
export const roadmap: (lang: Lang) => RoadmapModel = memo(buildModel);

/**
 * The language marks of titles in a language (`TitleText`): French names in English text. Made once
 * per language rather than once per title (issue 10): titles take only the rules of headings, which
 * remember nothing from one text to the next.
 */
export const titleMarks: (lang: Lang) => ReturnType<typeof createEnricher> = memo((lang: Lang) =>
	createEnricher({
		lang,
		actionUrl: () => '',
		glossary: getGlossary().map((g) => g.data),
		organisations: getOrganisations().map((o) => o.data),
	}),
);

/** One action of the model; throws on an unknown number (content checks make that impossible). */
export function actionOf(lang: Lang, id: number): ActionModel {
	const found = roadmap(lang).byId.get(id);
	if (!found) throw new Error(`No action ${id} in ${lang}.`);
	return found;
}

/** The actions of an axis, by number. */
export const actionsOfAxis = (lang: Lang, axis: number): ActionModel[] => roadmap(lang).actions.filter((a) => a.axis === axis);

/** The actions an organisation leads and those it is involved in. */
export function actionsOfOrganisation(lang: Lang, id: string): { leads: ActionModel[]; involved: ActionModel[] } {
	const { actions } = roadmap(lang);
	return {
		leads: actions.filter((a) => a.entry.data.owners.includes(id)),
		involved: actions.filter((a) => a.entry.data.partners.includes(id)),
	};
}
