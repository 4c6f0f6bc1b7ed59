/**
 * `t()` without `astro:` imports, so that build code (the Markdown plugin of heading links) and
 * pure modules can translate too. Pages import it from `./index`.
 */
import type { Lang } from '../schemas';
import { en } from './ui.en';
import { fr, type UiKey } from './ui.fr';

const dictionaries: Record<Lang, Record<UiKey, string>> = { fr, en };

/**
 * The interface string `key` in `lang`, with `{name}` placeholders filled in.
 * @example t('fr', 'action.label', { n: 6 }) // 'Action 6'
 */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
	return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
