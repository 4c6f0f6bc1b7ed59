/** Calendar days as ISO strings (`2019-06-30`), always in UTC so that no time zone shifts a day. */

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The ISO day of a UTC time (a `Date` or milliseconds), with four-digit years. */
export function isoDay(time: Date | number): IsoDay {
	const d = new Date(time);
	return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Midnight UTC of an ISO day. */
export const utcDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** The day after an ISO day (exclusive ends: Mermaid's gantt tasks, iCalendar's all-day events). */
export function nextDay(day: string): IsoDay {
	const d = utcDay(day);
	d.setUTCDate(d.getUTCDate() + 1);
	return isoDay(d);
}
