import type { Lang } from '../schemas';
import { memo } from './memo';

/**
 * `build` run once per language, on first use, and its result kept for the whole build: the roadmap
 * model and the export data are derived once, whatever number of pages ask for them.
 */
export const perLang = <T>(build: (lang: Lang) => T): ((lang: Lang) => T) => memo(build);
