/**
 * The "copy link" anchor beside a heading, as HTML: the Markdown plugin (config/heading-links.ts)
 * and the AnchoredHeading component both insert this one markup. Without JavaScript it is a
 * plain link to the section; the `<copy-link>` element (src/scripts/copy-link.ts) also copies it.
 */
import { t } from '../i18n/translate';
import type { Lang } from '../schemas';

/** Class of the element that holds a heading and its anchor. */
export const HEADING_WRAPPER_CLASS = 'heading-with-anchor';

/** Escapes text for HTML content and double-quoted attributes. */
export const escapeHtml = (text: string): string =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The anchor of the heading `id` whose text is `title`, labelled in `lang`.
 * @example headingAnchorHtml('en', 'licence', 'Licence') // '<copy-link …><a href="#licence">…</a></copy-link>'
 */
export function headingAnchorHtml(lang: Lang, id: string, title: string): string {
	const label = escapeHtml(t(lang, 'share.anchor', { title: title.trim().replace(/\s+/g, ' ') }));
	return (
		`<copy-link class="heading-anchor" data-copied="${escapeHtml(t(lang, 'share.copied'))}" data-print="hide" data-pagefind-ignore>` +
		`<a href="#${escapeHtml(id)}"><span aria-hidden="true">#</span><span class="visually-hidden">${label}</span></a>` +
		`</copy-link>`
	);
}
