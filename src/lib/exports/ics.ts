/**
 * The deadlines as an iCalendar file (RFC 5545), serialised by `ical-generator` (which escapes
 * text and folds lines at 75 octets). One all-day VEVENT per deadline spans the calendar days of
 * its EDTF date; DTEND is exclusive, so it is the day after the last one. An open-ended deadline
 * ("from 2021") stops at the roadmap's horizon and its description says so.
 */
import ical, { ICalEventTransparency } from 'ical-generator';
import type { Lang } from '../../schemas';
import { nextDay, utcDay } from '../days';
import { ROADMAP_HORIZON } from '../edition';
import { labelled } from '../typography';
import type { ExportAction, ExportDeadline, RoadmapData } from './actions-schema';

/** Wordings of the calendar in one language. */
export interface IcsText {
	/** The calendar's name, e.g. "Échéances — …". */
	calendarName: string;
	/** "Action 7". */
	action: (id: number) => string;
	/** Says that an open-ended deadline was cut at the horizon, e.g. "… jusqu'au 31 décembre 2022". */
	openEnd: (wording: string) => string;
	/** "every six months" for each recurrence. */
	repeat: Record<NonNullable<ExportDeadline['repeat']>, string>;
}

/** What the calendar needs besides the data. */
export interface IcsOptions {
	lang: Lang;
	/** The site's host name, which makes UIDs unique worldwide. */
	host: string;
	/** DTSTAMP of every event: when this calendar was generated. */
	stamp: Date;
	/** The calendar file's own URL. */
	url: string;
	text: IcsText;
	/** Only these actions (a per-action calendar); all when absent. */
	actionIds?: readonly number[];
}

/**
 * The UID of a deadline's event: built only from the action number, the deadline's position in
 * the text (from 1) and the host, so it is the same in every build and every language (a
 * calendar that imported the French file recognises the same events in the English one).
 * @example deadlineUid(7, 3, 'example.org') // 'action-7-deadline-3@example.org'
 */
export const deadlineUid = (actionId: number, position: number, host: string): string =>
	`action-${actionId}-deadline-${position}@${host}`;


/** The all-day span of a deadline: first day, exclusive end, and whether the horizon cut it. */
export function eventSpan(d: Pick<ExportDeadline, 'earliest' | 'latest'>): { start: Date; end: Date; open: boolean } {
	return { start: utcDay(d.earliest), end: utcDay(nextDay(d.latest ?? ROADMAP_HORIZON)), open: d.latest === null };
}

function description(action: ExportAction, d: ExportDeadline, options: IcsOptions, open: boolean): string {
	const { lang, text } = options;
	return [
		`${text.action(action.id)} — ${action.title}`,
		labelled(lang, d.label, d.text) + (d.repeat ? ` (${text.repeat[d.repeat]})` : ''),
		...(open ? [text.openEnd(d.text)] : []),
		action.url,
	].join('\n');
}

/** The calendar of every deadline (or of `options.actionIds` only), as an `.ics` string. */
export function deadlinesIcs(data: RoadmapData, options: IcsOptions): string {
	const { lang, host, stamp, text } = options;
	const calendar = ical({
		name: options.text.calendarName,
		prodId: { company: host, product: 'roadmap-deadlines', language: lang.toUpperCase() },
		url: options.url,
		ttl: 7 * 24 * 60 * 60,
	});
	const actions = options.actionIds ? data.actions.filter((a) => options.actionIds!.includes(a.id)) : data.actions;
	for (const action of actions) {
		action.deadlines.forEach((d, i) => {
			const { start, end, open } = eventSpan(d);
			calendar.createEvent({
				id: deadlineUid(action.id, i + 1, host),
				stamp,
				start,
				end,
				allDay: true,
				summary: `${text.action(action.id)} — ${labelled(lang, d.label, d.text)}`,
				description: description(action, d, options, open),
				url: action.url,
				transparency: ICalEventTransparency.TRANSPARENT,
			});
		});
	}
	return calendar.toString();
}
