/**
 * Frontmatter → the content of `actions.json`, the one model every export is serialised from
 * (JSON, CSV, iCalendar). Pure: URLs and wordings come in as arguments.
 */
import type { ActionData, Lang, Organisation } from '../../schemas';
import { EDITION } from '../edition';
import { parseEdtf } from '../edtf';
import { invertLinks, type LinkMap } from '../links';
import type { ExportAction, ExportDeadline, RoadmapData } from './actions-schema';

/** Everything the export needs besides the frontmatter. */
export interface RoadmapDataInput {
	lang: Lang;
	/** The actions' frontmatter, in any order. */
	actions: readonly ActionData[];
	/** Each action's links (`related` and the actions its text mentions), as its page shows them. */
	links: LinkMap;
	axes: ReadonlyArray<{ id: number; title: string }>;
	/** Every organisation; only those the actions name are exported. */
	organisations: readonly Organisation[];
	/** Absolute URLs. */
	urls: {
		schema: string;
		file: string;
		licence: string;
		action: (id: number) => string;
		axis: (id: number) => string;
		actionCalendar: (id: number) => string;
	};
	/** Wordings in `lang`. */
	text: { title: string; licence: string; editionTitle: string; publisher: string; editionNote: string };
}

/** One deadline with the calendar days its EDTF date spans. */
export function exportDeadline(d: ActionData['deadlines'][number]): ExportDeadline {
	const { start, end } = parseEdtf(d.when);
	return { label: d.label, text: d.text, when: d.when, repeat: d.repeat ?? null, earliest: start, latest: end };
}

/** The content of `actions.json` for one language. */
export function buildRoadmapData(input: RoadmapDataInput): RoadmapData {
	const { lang, urls, text } = input;
	const actions = [...input.actions].sort((a, b) => a.id - b.id);
	const backlinks = invertLinks(input.links);
	const named = new Set(actions.flatMap((a) => [...a.owners, ...a.partners]));
	return {
		$schema: urls.schema,
		lang,
		title: text.title,
		url: urls.file,
		licence: { text: text.licence, url: urls.licence },
		edition: {
			id: EDITION.id,
			date: EDITION.date,
			title: text.editionTitle,
			publisher: text.publisher,
			actionCount: EDITION.actionCount,
			note: text.editionNote,
		},
		axes: [...input.axes].sort((a, b) => a.id - b.id).map((a) => ({ id: a.id, title: a.title, url: urls.axis(a.id) })),
		organisations: input.organisations
			.filter((o) => named.has(o.id))
			.map((o) => ({ id: o.id, acronym: o.acronym, name: o.name[lang] })),
		actions: actions.map(
			(a): ExportAction => ({
				id: a.id,
				axis: a.axis,
				title: a.title,
				shortTitle: a.shortTitle,
				owners: [...a.owners],
				partners: [...a.partners],
				deadlines: a.deadlines.map(exportDeadline),
				related: [...a.related],
				links: [...(input.links.get(a.id) ?? [])],
				referencedBy: backlinks.get(a.id) ?? [],
				url: urls.action(a.id),
				calendar: urls.actionCalendar(a.id),
				edition: EDITION.id,
			}),
		),
	};
}
