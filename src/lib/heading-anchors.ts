/**
 * The "copy link" anchor beside a heading: for Markdown headings, added by the Sätteri plugin of
 * `config/markdown/heading-anchors.ts`; for the headings of templates, by `AnchorHeading.astro`.
 * Without JavaScript the anchor is a plain link to the section; the `<copy-link>` element
 * (src/scripts/copy-link.ts) also copies it. The heading is wrapped with its anchor, as Starlight
 * does (packages/starlight/integrations/rehype-heading-links.ts), so that the anchor stays out of
 * its name.
 */
import { escapeHtml } from './html';

/** Wordings of the anchors, in the page's language. */
export interface AnchorLabels {
	/** The anchor's accessible name, from the heading's text. */
	anchor: (title: string) => string;
	/** Announced once the link is copied. */
	copied: string;
}

/** Class of the element that holds a heading and its anchor. */
export const HEADING_WRAPPER_CLASS = 'heading-with-anchor';

/** The anchor of the heading `id` whose text is `title`. */
export function headingAnchorHtml(id: string, title: string, labels: AnchorLabels): string {
	const label = escapeHtml(labels.anchor(title.trim().replace(/\s+/g, ' ')));
	return (
		`<copy-link class="heading-anchor" data-copied="${escapeHtml(labels.copied)}" data-print="hide" data-pagefind-ignore>` +
		`<a href="#${escapeHtml(id)}"><span aria-hidden="true">#</span><span class="visually-hidden">${label}</span></a>` +
		`</copy-link>`
	);
}
