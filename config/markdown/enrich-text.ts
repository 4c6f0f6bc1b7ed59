/**
 * Sätteri plugin: the roadmap's cross-links, abbreviations, language marks and typography, applied
 * to Markdown bodies as they are rendered (not to finished pages). The rules are those of
 * `src/lib/enrich.ts`, which the roadmap model also uses to record what each action mentions, so
 * the links in the text, "referenced by" and the exports come from one definition.
 */
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import type { Element, Parents, Text } from 'hast';
import { createEnricher, HEADINGS, NOT_IN } from '../../src/lib/enrich';
import { escapeHtml } from '../../src/lib/html';
import { typography } from '../../src/lib/typography';
import type { GlossaryEntry, Organisation } from '../../src/schemas';
import { documentOf } from './document';

export interface EnrichTextOptions {
	glossary: readonly GlossaryEntry[];
	organisations: readonly Organisation[];
	/** The site-relative URL of an action page. */
	actionUrl: (lang: 'fr' | 'en', id: number) => string;
}

type Enrich = ReturnType<typeof createEnricher>;
declare module 'satteri' {
	interface DataMap {
		roadmapEnrich?: Enrich;
	}
}

/** Elements whose text is left exactly as written. */
const VERBATIM = new Set(['code', 'pre', 'script', 'style']);

/** Whether a text node may be enriched or even typeset, and whether it sits in a heading. */
function placeOf(node: Readonly<Text>, ctx: HastVisitorContext): { skip: boolean; verbatim: boolean; heading: boolean } {
	let heading = false;
	let skip = false;
	for (let el: Readonly<Parents> | undefined = ctx.parent(node); el && el.type === 'element'; el = ctx.parent(el)) {
		const tag = (el as Element).tagName;
		if (VERBATIM.has(tag)) return { skip: true, verbatim: true, heading };
		if (NOT_IN.has(tag) || (el as Element).properties?.['lang']) skip = true;
		if (HEADINGS.has(tag)) heading = true;
	}
	return { skip, verbatim: false, heading };
}

export function enrichTextPlugin(options: EnrichTextOptions): HastPluginDefinition {
	return {
		name: 'roadmap-enrich-text',
		before(_root, ctx) {
			const doc = documentOf(ctx.fileURL);
			if (!doc) return;
			// One enricher per document: it remembers the first mentions of the page.
			ctx.data.roadmapEnrich = createEnricher({
				lang: doc.lang,
				self: doc.action,
				actionUrl: (id) => options.actionUrl(doc.lang, id),
				glossary: options.glossary,
				organisations: options.organisations,
			});
		},
		text(node, ctx) {
			const enrich = ctx.data.roadmapEnrich;
			const doc = documentOf(ctx.fileURL);
			if (!enrich || !doc || !node.value.trim()) return;
			const { skip, verbatim, heading } = placeOf(node, ctx);
			if (verbatim) return;
			const escaped = escapeHtml(typography(doc.lang, node.value));
			const html = skip ? escaped : enrich(escaped, heading);
			if (html === escapeHtml(node.value)) return;
			return { type: 'raw', value: html };
		},
	};
}
