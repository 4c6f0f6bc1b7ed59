/**
 * Runs on every page as it is prerendered: applies the enrichment of `lib/enrich.ts` (cross-links,
 * abbreviations, language marks, typography) and the heading anchors of `lib/heading-anchors.ts` to
 * the finished HTML, so they happen in one place for MDX bodies and frontmatter-derived text alike.
 */
import { defineMiddleware } from 'astro:middleware';
import { getGlossary, getOrganisations } from './content';
import { t, urlFor, type Lang } from './i18n';
import { enrichHtml } from './lib/enrich';
import { addHeadingAnchors } from './lib/heading-anchors';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	const lang: Lang = /<html[^>]*\slang="en"/.test(html) ? 'en' : 'fr';
	const self = /data-action-id="(\d+)"/.exec(html)?.[1];
	const enriched = enrichHtml(html, {
		lang,
		self: self ? Number(self) : undefined,
		actionUrl: (id) => urlFor(lang, { kind: 'action', id }),
		glossary: getGlossary().map((g) => g.data),
		organisations: getOrganisations().map((o) => o.data),
	});
	const anchored = addHeadingAnchors(enriched, { anchor: (title) => t(lang, 'share.anchor', { title }), copied: t(lang, 'share.copied') });
	return new Response(anchored, { status: response.status, headers: response.headers });
});
