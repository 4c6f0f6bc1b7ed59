/**
 * EDTF (ISO 8601-2) dates as the roadmap uses them: parse, bound, compare.
 *
 * The `edtf` package parses and bounds most values, but it reads the season codes 21-24 as
 * calendar quarters (its "summer" 2019-22 is April-June) and cannot bound open intervals such as
 * `2021/..`. Both cases are handled here, so that the rest of the site never calls `edtf` directly.
 */
import edtf, { parse } from 'edtf';
import { isoDay, type IsoDay } from './days';

export type { IsoDay } from './days';

/** How precisely a deadline is known. */
export type Precision = 'day' | 'month' | 'season' | 'quarter' | 'semester' | 'year';

/** The span an EDTF value covers, as inclusive calendar days; `end` is null when it is open. */
export interface EdtfBounds {
	/** The value as written, e.g. `2019-22`. */
	edtf: string;
	/** First day covered. */
	start: IsoDay;
	/** Last day covered, or null for an open end (`2021/..`). */
	end: IsoDay | null;
	/** True for `a/b` and `a/..` values. */
	interval: boolean;
	/** Precision of the start (and of the end when it differs). */
	precision: Precision;
}

/** Northern-hemisphere astronomical seasons, to the day (the dossier is French). */
const SEASONS: Record<number, { start: string; end: string; endYearOffset: number }> = {
	21: { start: '03-20', end: '06-20', endYearOffset: 0 }, // spring
	22: { start: '06-21', end: '09-22', endYearOffset: 0 }, // summer
	23: { start: '09-23', end: '12-20', endYearOffset: 0 }, // autumn
	24: { start: '12-21', end: '03-19', endYearOffset: 1 }, // winter
};

function precisionOf(single: string): Precision {
	const m = /^\d{4}(?:-(\d{2}))?(?:-\d{2})?$/.exec(single);
	if (!m) return 'day';
	if (single.length === 10) return 'day';
	if (m[1] === undefined) return 'year';
	const code = Number(m[1]);
	if (code <= 12) return 'month';
	if (code >= 21 && code <= 24) return 'season';
	if (code >= 33 && code <= 36) return 'quarter';
	if (code === 40 || code === 41) return 'semester';
	return 'month';
}

function boundsOfSingle(single: string): { start: IsoDay; end: IsoDay; precision: Precision } {
	const season = /^(\d{4})-(2[1-4])$/.exec(single);
	if (season) {
		const year = Number(season[1]);
		const s = SEASONS[Number(season[2])]!;
		return {
			start: `${String(year).padStart(4, '0')}-${s.start}`,
			end: `${String(year + s.endYearOffset).padStart(4, '0')}-${s.end}`,
			precision: 'season',
		};
	}
	const value = edtf(single);
	return { start: isoDay(value.min), end: isoDay(value.max), precision: precisionOf(single) };
}

/**
 * Whether `value` is a valid EDTF string of a shape this site can draw.
 * @example isEdtf('2019-36') // true; isEdtf('fin 2019') // false
 */
export function isEdtf(value: string): boolean {
	try {
		parseEdtf(value);
		return true;
	} catch {
		return false;
	}
}

/**
 * Parsed values, by their text. The `edtf` package builds a new nearley parser on every `parse()`
 * (most of a 10× build's time went there), so each distinct value is parsed once per process.
 */
const parsed = new Map<string, EdtfBounds | Error>();

/** The shapes of a single date the site draws: a year, a month or season code, a day (4-digit years). */
const SINGLE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Throws unless `single` is a date shape the site draws and, for a day, a day of the calendar. */
function checkSingle(single: string, value: string): void {
	if (!SINGLE.test(single)) throw new Error(`EDTF value "${value}": "${single}" is not a 4-digit year, year-month or year-month-day.`);
	if (single.length === 10) {
		const [y, m, d] = single.split('-').map(Number) as [number, number, number];
		const date = new Date(Date.UTC(y, m - 1, d));
		if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) throw new Error(`EDTF value "${value}": ${single} is not a day of the calendar.`);
	}
}

/** Parses an EDTF value into the calendar days it spans; throws on invalid input. */
export function parseEdtf(value: string): EdtfBounds {
	let result = parsed.get(value);
	if (result === undefined) {
		try {
			result = Object.freeze(parseUncached(value));
		} catch (error) {
			result = error instanceof Error ? error : new Error(String(error));
		}
		parsed.set(value, result);
	}
	if (result instanceof Error) throw result;
	return result;
}

function parseUncached(value: string): EdtfBounds {
	parse(value); // throws on anything that is not EDTF
	const parts = value.split('/');
	for (const part of parts) if (part !== '..' && part !== '') checkSingle(part, value);
	if (parts.length === 1) {
		return { edtf: value, ...boundsOfSingle(value), interval: false };
	}
	if (parts.length !== 2 || parts[0] === '' || parts[0] === '..') {
		throw new Error(`Unsupported EDTF interval "${value}": it needs a known start.`);
	}
	const from = boundsOfSingle(parts[0]!);
	const openEnd = parts[1] === '..' || parts[1] === '';
	const to = openEnd ? null : boundsOfSingle(parts[1]!);
	if (to && to.end < from.start) throw new Error(`EDTF interval "${value}" ends before it starts.`);
	return { edtf: value, start: from.start, end: to ? to.end : null, interval: true, precision: from.precision };
}

/** Orders spans by start, then by end (open ends last). */
export function compareBounds(x: Pick<EdtfBounds, 'start' | 'end'>, y: Pick<EdtfBounds, 'start' | 'end'>): number {
	if (x.start !== y.start) return x.start < y.start ? -1 : 1;
	const xe = x.end ?? '9999-12-31';
	const ye = y.end ?? '9999-12-31';
	return xe === ye ? 0 : xe < ye ? -1 : 1;
}

/** Orders EDTF values by start, then by end (open ends last). */
export const compareEdtf = (a: string, b: string): number => compareBounds(parseEdtf(a), parseEdtf(b));
