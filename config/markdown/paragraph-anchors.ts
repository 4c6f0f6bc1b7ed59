/**
 * Sätteri plugin: paragraph permalinks. Every top-level paragraph of an action's text, and of the
 * pages that are the dossier's own text (`part: dossier`: the editorials, the patients and
 * professionals sections), gets the id `p1…pN` by its position and a "§ N" marker linking to it
 * (markup in `src/lib/paragraph-anchors.ts`). Only the body's own paragraphs count: not a list's,
 * not a quotation's, not the footnotes (raw HTML with their own ids); axes and the site's own
 * pages (about, accessibility) are not numbered. Runs after the enrichment plugin, so the marker is
 * never typeset or cross-linked.
 */
import type { HastPluginDefinition } from 'satteri';
import { PARAGRAPH_ATTRIBUTE, paragraphId, paragraphMarkerHtml, type ParagraphLabels } from '../../src/lib/paragraph-anchors';
import type { Lang } from '../../src/schemas';
import { documentOf, type ContentDocument } from './document';

declare module 'satteri' {
	interface DataMap {
		roadmapParagraphs?: number;
	}
}

/** Whether a document's paragraphs are numbered. */
const isNumbered = (doc: ContentDocument, frontmatter: Record<string, unknown> | undefined) =>
	doc.kind === 'actions' || (doc.kind === 'pages' && frontmatter?.['part'] === 'dossier');

export function paragraphAnchorsPlugin(labels: Record<Lang, ParagraphLabels>): HastPluginDefinition {
	return {
		name: 'roadmap-paragraph-anchors',
		before(_root, ctx) {
			const doc = documentOf(ctx.fileURL);
			// Counted in document order, which is the order Sätteri visits elements in.
			if (doc && isNumbered(doc, ctx.data.astro?.frontmatter)) ctx.data.roadmapParagraphs = 0;
		},
		element: {
			filter: ['p'],
			visit(node, ctx) {
				const doc = documentOf(ctx.fileURL);
				if (!doc || ctx.data.roadmapParagraphs === undefined) return;
				if (ctx.parent(node)?.type !== 'root' || node.properties?.['id'] !== undefined) return;
				const n = ++ctx.data.roadmapParagraphs;
				ctx.setProperty(node, 'id', paragraphId(n));
				ctx.setProperty(node, toProperty(PARAGRAPH_ATTRIBUTE), String(n));
				ctx.prependChild(node, { type: 'raw', value: paragraphMarkerHtml(n, labels[doc.lang]) });
			},
		},
	};
}

/** `data-paragraph` → `dataParagraph`, hast's name for the attribute. */
const toProperty = (attribute: string) => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
