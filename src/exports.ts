/**
 * The roadmap as data files: the site's content and URLs handed to the pure serialisers of
 * `src/lib/exports/`. The data endpoints, the per-action calendars and the pages that link to
 * them all go through here, so a file's name and address are decided once.
 */
import { contentLangs, getOrganisations, writtenData } from './content';
import { memo } from './lib/memo';
import { roadmap } from './roadmap';
import { tPlain as t, urlFor, type Lang } from './i18n';
import { actionsCsv, deadlinesCsv } from './lib/exports/csv';
import { DATA_FILES, dataFile, SCHEMA_PATH, type DataFile } from './lib/exports/files';
import { actionsJson } from './lib/exports/json';
import { buildRoadmapData } from './lib/exports/roadmap-data';
import type { RoadmapData } from './lib/exports/actions-schema';
import type { APIRoute } from 'astro';
import { isPlaceholderSite, readerUrl } from './lib/site-url';
import { calendarIcs } from './calendars';

/** The site's public address, from `site` in astro.config.mjs. */
const SITE = import.meta.env.SITE;

/** A site path as an absolute URL (for data files and metadata; pages show `forReader`). */
export const absolute = (path: string): string => new URL(path, SITE).href;

/** Whether the build knows the site's real address (SITE_URL); otherwise `site` is a placeholder. */
export const SITE_IS_KNOWN = !isPlaceholderSite(SITE);

/**
 * A site path as a page shows it: the absolute URL when SITE_URL is known, else the bare path,
 * which src/scripts/site-url.ts completes with the page's own origin (mark it `data-site-url`).
 */
export const forReader = (path: string): string => readerUrl(path, SITE);

/** The site-relative URL of a data file in a language, e.g. `/fr/donnees/echeances.ics`. */
export const dataFileUrl = (lang: Lang, key: DataFile['key']): string => urlFor(lang, { kind: 'data' }) + dataFile(key).names[lang];

/** The site-relative URL of one action's calendar, e.g. `/fr/actions/7/echeances.ics`. */
export const actionCalendarUrl = (lang: Lang, id: number): string =>
	urlFor(lang, { kind: 'action', id }) + dataFile('deadlines-ics').names[lang];

/** The content of `actions.json` in a language, built once from the roadmap model and kept. */
export const roadmapData: (lang: Lang) => RoadmapData = memo((lang: Lang) => buildExportData(lang));

function buildExportData(lang: Lang): RoadmapData {
	const model = roadmap(lang);
	return buildRoadmapData({
		lang,
		actions: model.actions.map((a) => writtenData(a.entry)),
		links: model.links,
		axes: model.axes.map((a) => ({ id: a.data.id, title: writtenData(a).title })),
		organisations: getOrganisations().map(writtenData),
		urls: {
			schema: absolute(SCHEMA_PATH),
			file: absolute(dataFileUrl(lang, 'actions-json')),
			licence: absolute(urlFor(lang, { kind: 'data' })),
			action: (id) => absolute(urlFor(lang, { kind: 'action', id })),
			axis: (id) => absolute(urlFor(lang, { kind: 'axis', id })),
			actionCalendar: (id) => absolute(actionCalendarUrl(lang, id)),
		},
		text: {
			title: t(lang, 'data.title'),
			licence: t(lang, 'data.licence'),
			editionTitle: t(lang, 'source.edition'),
			publisher: t(lang, 'source.publisher'),
			editionNote: t(lang, 'edition.note'),
		},
	});
}

/** The calendar of every deadline, or of one action's when `actionId` is given (src/calendars.ts). */
export function calendarFile(lang: Lang, actionId?: number): string {
	const url = absolute(actionId === undefined ? dataFileUrl(lang, 'deadlines-ics') : actionCalendarUrl(lang, actionId));
	return calendarIcs(roadmapData(lang), url, actionId);
}

/** The text of a data file in a language. */
export function renderDataFile(key: DataFile['key'], lang: Lang): string {
	switch (key) {
		case 'actions-json':
			return actionsJson(roadmapData(lang));
		case 'actions-csv':
			return actionsCsv(roadmapData(lang));
		case 'deadlines-csv':
			return deadlinesCsv(roadmapData(lang));
		case 'deadlines-ics':
			return calendarFile(lang);
	}
}

/**
 * The endpoint of the data files whose names end in `.ext`: one route file per extension
 * (`src/pages/[lang]/[data]/[file].json.ts`…), because Astro sees a file's extension in its route,
 * not in a parameter's value, and with `trailingSlash: 'always'` the dev server would otherwise
 * answer `/fr/donnees/actions.json` with a 404 (the build wrote it all the same).
 */
export function dataFileEndpoint(ext: 'json' | 'csv' | 'ics') {
	const getStaticPaths = () =>
		contentLangs().flatMap((lang) =>
			DATA_FILES.filter((file) => file.names[lang].endsWith(`.${ext}`)).map((file) => {
				// `/fr/donnees/actions.json` → the folder and the file name without its extension.
				const [, , data, name] = dataFileUrl(lang, file.key).split('/');
				return { params: { lang, data, file: name!.slice(0, -ext.length - 1) }, props: { lang, key: file.key } };
			}),
		);
	const GET: APIRoute<{ lang: Lang; key: DataFile['key'] }> = ({ props: { lang, key } }) =>
		new Response(renderDataFile(key, lang), { headers: { 'Content-Type': dataFile(key).mediaType } });
	return { getStaticPaths, GET };
}
