/** Which content file a Markdown document is: its language, and the action it is about if any. */
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src/schemas';

export interface ContentDocument {
	lang: Lang;
	/** The collection the file belongs to. */
	kind: 'actions' | 'axes' | 'pages';
	/** The action number, for `actions/<lang>/NN.md`. */
	action?: number | undefined;
}

const PATH = /\/(actions|axes|pages)\/(fr|en)\/([^/]+)\.md$/;

/**
 * The language comes from the file's folder, as Starlight's `absolutePathToLang` does
 * (packages/starlight/integrations/shared/absolutePathToLang.ts); null for files outside content.
 */
export function documentOf(fileURL: URL | undefined): ContentDocument | null {
	if (!fileURL) return null;
	const m = PATH.exec(fileURLToPath(fileURL).replace(/\\/g, '/'));
	if (!m) return null;
	return { lang: m[2] as Lang, kind: m[1] as ContentDocument['kind'], action: m[1] === 'actions' ? Number(m[3]) : undefined };
}
