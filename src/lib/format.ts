/** Localised formatting of calendar days and spans, with `Intl` (UTC, so days never shift). */
import type { Lang } from '../schemas';
import { utcDay } from './days';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * The formatters, made once per language: creating an `Intl.DateTimeFormat` costs far more than
 * formatting with it, and timelines format every deadline of every action (issue 10).
 */
const formatters = (options: Intl.DateTimeFormatOptions) =>
	Object.fromEntries(Object.entries(LOCALES).map(([lang, locale]) => [lang, new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })])) as Record<Lang, Intl.DateTimeFormat>;
const MONTHS = formatters({ month: 'long', year: 'numeric' });
const DAYS = formatters({ day: 'numeric', month: 'long', year: 'numeric' });

/**
 * A span of days as months, e.g. "octobre – décembre 2019" / "October – December 2019"; open spans
 * read "from June 2019" / "à partir de juin 2019".
 */
export function formatSpan(lang: Lang, start: string, end: string | null): string {
	const key = `${lang} ${start} ${end}`;
	let text = spans.get(key);
	if (text === undefined) {
		const months = MONTHS[lang];
		if (end === null) text = `${lang === 'fr' ? 'à partir de' : 'from'} ${months.format(utcDay(start))}`;
		else if (start.slice(0, 7) === end.slice(0, 7)) text = months.format(utcDay(start));
		else text = months.formatRange(utcDay(start), utcDay(end));
		spans.set(key, text);
	}
	return text;
}
/** Spans already written: the same deadline is shown on its action, its axis and the timelines. */
const spans = new Map<string, string>();

/** A calendar day in full, e.g. "21 juin 2019" / "21 June 2019". */
export const formatDay = (lang: Lang, iso: string) =>
	DAYS[lang].format(utcDay(iso));
