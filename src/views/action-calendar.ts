/**
 * One action's deadlines as an iCalendar file, e.g. `/fr/actions/7/echeances.ics` (the extension in
 * the route, so that the dev server serves it without a trailing slash). A route of `astro dev` only:
 * a build writes these files once it is done (config/action-calendars.ts), from the same data and
 * through the same function (src/calendars.ts).
 */
import type { APIRoute } from 'astro';
import { contentLangs } from '../content';
import { roadmap } from '../roadmap';
import { actionCalendarUrl, calendarFile } from '../exports';

export function getStaticPaths() {
	return contentLangs().flatMap((lang) =>
		roadmap(lang).actions.map(({ id }) => {
			return { params: { lang, id: String(id), calendar: actionCalendarUrl(lang, id).split('/').at(-1)!.replace(/\.ics$/, '') }, props: { lang, id } };
		}),
	);
}

type Props = ReturnType<typeof getStaticPaths>[number]['props'];

export const GET: APIRoute<Props> = ({ props: { lang, id } }) =>
	new Response(calendarFile(lang, id), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
