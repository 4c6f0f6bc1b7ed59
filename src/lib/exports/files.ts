/**
 * The published data files: one list, read by the endpoint that writes them, the open-data page
 * that lists them and the tests that check them. Names read well in each language.
 */
import type { Lang } from '../../schemas';

/** One data file published in each language, in the language's data folder. */
export interface DataFile {
	key: 'actions-json' | 'actions-csv' | 'deadlines-csv' | 'deadlines-ics';
	/** The file name in each language. */
	names: Record<Lang, string>;
	/** The format's usual name. */
	format: string;
	/** What a server should send as Content-Type. */
	mediaType: string;
}

/** The data files, in the order the open-data page lists them. */
export const DATA_FILES = [
	{ key: 'actions-json', names: { fr: 'actions.json', en: 'actions.json' }, format: 'JSON', mediaType: 'application/json; charset=utf-8' },
	{ key: 'actions-csv', names: { fr: 'actions.csv', en: 'actions.csv' }, format: 'CSV', mediaType: 'text/csv; charset=utf-8' },
	{ key: 'deadlines-csv', names: { fr: 'echeances.csv', en: 'deadlines.csv' }, format: 'CSV', mediaType: 'text/csv; charset=utf-8' },
	{ key: 'deadlines-ics', names: { fr: 'echeances.ics', en: 'deadlines.ics' }, format: 'iCalendar', mediaType: 'text/calendar; charset=utf-8' },
] as const satisfies readonly DataFile[];

/** A data file by key. */
export function dataFile(key: DataFile['key']): DataFile {
	const file = DATA_FILES.find((f) => f.key === key);
	if (!file) throw new Error(`Unknown data file "${key}". Expected one of: ${DATA_FILES.map((f) => f.key).join(', ')}`);
	return file;
}

/** Where the JSON Schema of `actions.json` is published (the same for both languages). */
export const SCHEMA_PATH = '/schema/actions.schema.json';
