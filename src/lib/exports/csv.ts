/**
 * `actions.csv` and `deadlines.csv` for spreadsheets. `csv-stringify` writes RFC 4180 (comma
 * separator, CRLF, fields quoted when they hold a comma, a quote or a line break); a UTF-8 BOM
 * comes first so that spreadsheet programs read the accents right. Column names are the JSON
 * keys, the same in both languages, so that one script reads either file.
 */
import { stringify } from 'csv-stringify/sync';
import type { RoadmapData } from './actions-schema';

/** Joins a list in one cell; ids and numbers never contain it. */
export const LIST_SEPARATOR = '; ';

const list = (values: ReadonlyArray<string | number>) => values.join(LIST_SEPARATOR);

/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet will show as text: one starting like a formula gets a leading single
 * quote, as OWASP recommends (https://owasp.org/www-community/attacks/CSV_Injection). Numbers are
 * left alone.
 * @example safeCell('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export const safeCell = (value: string | number) => (typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value);

function csv(columns: readonly string[], rows: Array<Record<string, string | number>>): string {
	const safe = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, safeCell(v)])));
	// With CRLF records, csv-stringify quotes only fields holding CRLF: a lone LF must be quoted too.
	return stringify(safe, { bom: true, header: true, columns: [...columns], record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** The columns of `actions.csv`, in order. */
export const ACTION_COLUMNS = [
	'id', 'axis', 'axisTitle', 'title', 'shortTitle', 'owners', 'partners',
	'deadlineCount', 'related', 'referencedBy', 'url', 'calendar', 'edition',
] as const;

/** The columns of `deadlines.csv`, in order: one row per deadline. */
export const DEADLINE_COLUMNS = [
	'actionId', 'position', 'actionShortTitle', 'label', 'text', 'when', 'repeat', 'earliest', 'latest', 'url',
] as const;

/** One row per action; lists (owners, related…) are joined with `; `. */
export function actionsCsv(data: RoadmapData): string {
	const axisTitle = new Map(data.axes.map((a) => [a.id, a.title]));
	return csv(
		ACTION_COLUMNS,
		data.actions.map((a) => ({
			id: a.id,
			axis: a.axis,
			axisTitle: axisTitle.get(a.axis) ?? '',
			title: a.title,
			shortTitle: a.shortTitle,
			owners: list(a.owners),
			partners: list(a.partners),
			deadlineCount: a.deadlines.length,
			related: list(a.related),
			referencedBy: list(a.referencedBy),
			url: a.url,
			calendar: a.calendar,
			edition: a.edition,
		})),
	);
}

/** One row per deadline, in action order then text order; `position` counts from 1. */
export function deadlinesCsv(data: RoadmapData): string {
	return csv(
		DEADLINE_COLUMNS,
		data.actions.flatMap((a) =>
			a.deadlines.map((d, i) => ({
				actionId: a.id,
				position: i + 1,
				actionShortTitle: a.shortTitle,
				label: d.label,
				text: d.text,
				when: d.when,
				repeat: d.repeat ?? '',
				earliest: d.earliest,
				latest: d.latest ?? '',
				url: a.url,
			})),
		),
	);
}
