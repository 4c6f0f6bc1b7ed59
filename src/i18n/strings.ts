/**
 * The interface strings of every language. A plain module (no `astro:` import), like segments.ts:
 * the build step that writes the action calendars (config/action-calendars.ts) reads it too.
 */
import type { Lang } from '../schemas';
import { memo } from '../lib/memo';
import { typography } from '../lib/typography';
import { en } from './ui.en';
import { fr, type UiKey } from './ui.fr';

const dictionaries: Record<Lang, Record<UiKey, string>> = { fr, en };

/** A dictionary with the site's typography applied, each string once per build (pages call `t` hundreds of times). */
const typesetDictionary = memo((lang: Lang) => Object.fromEntries(Object.entries(dictionaries[lang]).map(([key, text]) => [key, typography(lang, text)])) as Record<UiKey, string>);

/**
 * The interface string `key` in `lang`, with `{name}` placeholders filled in.
 * @example t('fr', 'action.label', { n: 6 }) // 'Action 6'
 */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
	return fill(typesetDictionary(lang)[key], values);
}

/**
 * The interface string as written in the dictionary, without the site's typography: for data files
 * (JSON, CSV, iCalendar), which keep plain text.
 */
export function tPlain(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
	return fill(dictionaries[lang][key], values);
}

const fill = (text: string, values: Record<string, string | number>) =>
	text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
