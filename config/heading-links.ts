/**
 * Sätteri (Astro 7's Markdown engine) plugin: every h2 and h3 of the content gets a "copy link"
 * anchor beside it, labelled in the language of its file (`content/<collection>/<lang>/…`).
 * Modelled on Starlight's heading links (packages/starlight/integrations/heading-links.ts): the
 * heading is wrapped with its anchor so that the anchor stays out of the heading's name.
 * Headings need their ids first, so `satteriHeadingIdsPlugin` must run before this plugin.
 */
import type { HastPluginEntry } from 'satteri';
import { fileURLToPath } from 'node:url';
import { HEADING_WRAPPER_CLASS, headingAnchorHtml } from '../src/lib/heading-anchor';
import type { Lang } from '../src/schemas';

/** The language of a content file from its folder, e.g. `content/pages/en/about.mdx` → `en`. */
export function langOfContentFile(path: string): Lang | undefined {
	return /\/content\/[^/]+\/(fr|en)\/[^/]+\.mdx?$/.exec(path.replace(/\\/g, '/'))?.[1] as Lang | undefined;
}

/** The plugin entry for `satteri({ hastPlugins })`; it leaves files outside `content/<…>/<lang>/` alone. */
export const headingLinks: HastPluginEntry = ({ fileURL }) => {
	const lang = fileURL && langOfContentFile(fileURLToPath(fileURL));
	if (!lang) return null;
	return {
		name: 'roadmap-heading-links',
		element: {
			filter: ['h2', 'h3'],
			visit(node, ctx) {
				const id = node.properties?.id;
				if (typeof id !== 'string') return;
				const anchor = headingAnchorHtml(lang, id, ctx.textContent(node));
				ctx.wrapNode(node, { raw: `<div class="${HEADING_WRAPPER_CLASS}">${anchor}</div>` });
			},
		},
	};
};
