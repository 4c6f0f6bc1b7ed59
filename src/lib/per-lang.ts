import type { Lang } from '../schemas';

/**
 * `build` run once per language, on first use, and its result kept for the whole build: the roadmap
 * model and the export data are derived once, whatever number of pages ask for them.
 */
export function perLang<T>(build: (lang: Lang) => T): (lang: Lang) => T {
	const kept = new Map<Lang, T>();
	return (lang) => {
		if (!kept.has(lang)) kept.set(lang, build(lang));
		return kept.get(lang)!;
	};
}
