/**
 * Sätteri plugin: a "copy link" anchor beside every h2 and h3 of a Markdown body, as Starlight's
 * `satteriAutolinkHeadingsPlugin` does (packages/starlight/integrations/satteri.ts). Ids come from
 * Astro's own heading-ids plugin, which runs before this one.
 */
import type { HastPluginDefinition } from 'satteri';
import { HEADING_WRAPPER_CLASS, headingAnchorHtml, type AnchorLabels } from '../../src/lib/heading-anchors';
import type { Lang } from '../../src/schemas';
import { documentOf } from './document';

export function headingAnchorsPlugin(labels: Record<Lang, AnchorLabels>): HastPluginDefinition {
	return {
		name: 'roadmap-heading-anchors',
		element: {
			filter: ['h2', 'h3'],
			visit(node, ctx) {
				const doc = documentOf(ctx.fileURL);
				const id = node.properties?.['id'];
				if (!doc || typeof id !== 'string' || !id) return;
				return {
					type: 'element',
					tagName: 'div',
					properties: { className: [HEADING_WRAPPER_CLASS] },
					children: [node, { type: 'raw', value: headingAnchorHtml(id, ctx.textContent(node), labels[doc.lang]) }],
				};
			},
		},
	};
}
