/**
 * Runs on every page as it is prerendered: applies the enrichment of `lib/enrich.ts` (cross-links,
 * abbreviations, language marks, typography) and the heading anchors of `lib/heading-anchors.ts` to
 * the finished HTML, so they happen in one place for MDX bodies and frontmatter-derived text alike.
 */
import { defineMiddleware } from 'astro:middleware';
import { getGlossary, getOrganisations } from './content';
import { t, urlFor, type Lang } from './i18n';
import { enrichDocument, parsePage } from './lib/enrich';
import { anchorHeadings } from './lib/heading-anchors';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	const lang: Lang = /<html[^>]*\slang="en"/.test(html) ? 'en' : 'fr';
	const self = /data-action-id="(\d+)"/.exec(html)?.[1];
	// One parse for every step: each page is large, and the build runs this for all of them.
	const doc = parsePage(html);
	enrichDocument(doc, {
		lang,
		self: self ? Number(self) : undefined,
		actionUrl: (id) => urlFor(lang, { kind: 'action', id }),
		glossary: getGlossary().map((g) => g.data),
		organisations: getOrganisations().map((o) => o.data),
	});
	anchorHeadings(doc, { anchor: (title) => t(lang, 'share.anchor', { title }), copied: t(lang, 'share.copied') });
	return new Response(doc.toString(), { status: response.status, headers: response.headers });
});
