/**
 * The site's iCalendar files, serialised from the content of `actions.json` (`RoadmapData`): the
 * calendar of every deadline (a data file, rendered by Astro through src/exports.ts) and each
 * action's own, at the action's `calendar` address (written once the build is done by
 * config/action-calendars.ts; served by a route in `astro dev`). A plain module, without `astro:`
 * imports, so that every calendar goes through this one function whoever writes it.
 */
import { tPlain as t } from './i18n/strings';
import type { RoadmapData } from './lib/exports/actions-schema';
import { deadlinesIcs, type IcsText } from './lib/exports/ics';
import type { Lang } from './schemas';

/**
 * DTSTAMP of the calendars: SOURCE_DATE_EPOCH when set, otherwise the date of the edition the
 * calendars reproduce (25 April 2019). Never the build time: two builds, on any day, write the same files.
 */
function calendarStamp(): Date {
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	if (Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1000);
	return new Date('2019-04-25T00:00:00Z');
}

const icsText = (lang: Lang, calendarName: string): IcsText => ({
	calendarName,
	action: (n) => t(lang, 'action.label', { n }),
	openEnd: (text) => t(lang, 'calendar.openEnd', { text }),
	repeat: { P6M: t(lang, 'action.repeat.P6M'), P1Y: t(lang, 'action.repeat.P1Y') },
});

/**
 * The calendar published at the absolute address `url`: of every deadline of `data`, or of one
 * action's when `actionId` is given (`url` is then that action's `calendar`).
 */
export function calendarIcs(data: RoadmapData, url: string, actionId?: number): string {
	const { lang } = data;
	const name = actionId === undefined ? t(lang, 'calendar.name') : t(lang, 'calendar.actionName', { n: actionId });
	return deadlinesIcs(data, {
		lang,
		host: new URL(url).host,
		stamp: calendarStamp(),
		url,
		text: icsText(lang, name),
		...(actionId === undefined ? {} : { actionIds: [actionId] }),
	});
}
