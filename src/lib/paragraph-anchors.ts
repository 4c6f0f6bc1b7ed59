/**
 * Paragraph permalinks: every top-level paragraph of an action's text (and of the dossier's other
 * sections) is numbered by its position, `p1…pN`, the same number in French and English (the
 * translations have the same paragraphs). The Sätteri plugin `config/markdown/paragraph-anchors.ts`
 * puts the id on the `<p>` and this marker at its start: a discreet "§ 2" link to `#p2`, copied on
 * click like the heading anchors (`<copy-link>`, src/scripts/copy-link.ts). The marker is not text
 * of the dossier: search skips it (`data-pagefind-ignore`), a reader's selection skips it
 * (`user-select: none`, src/styles/share.css), and tests that compare the page with the dossier
 * drop it (`PARAGRAPH_MARKER_SELECTOR`).
 */
import { escapeHtml } from './html';

/** Wordings of the markers, in the page's language. */
export interface ParagraphLabels {
	/** The visible marker, e.g. `§ 2`. */
	marker: (n: number) => string;
	/** The link's accessible name, e.g. "Lien vers le paragraphe 2". */
	anchor: (n: number) => string;
	/** Announced once the link is copied. */
	copied: string;
}

/** The id of the paragraph at position `n` (from 1): ids depend on position only, never on text. */
export const paragraphId = (n: number): string => `p${n}`;

/** The paragraph number of a fragment such as `#p2`, or null. */
export function paragraphOfHash(hash: string): number | null {
	const m = /^#p([1-9]\d*)$/.exec(hash);
	return m ? Number(m[1]) : null;
}

/** Attribute holding the paragraph's number on its `<p>`. */
export const PARAGRAPH_ATTRIBUTE = 'data-paragraph';

/** Elements that are markers, not text: left out wherever the text is compared or read. */
export const PARAGRAPH_MARKER_SELECTOR = '.paragraph-anchor';

/** The marker of paragraph `n`, linking to `href` (its fragment on the page, by default). */
export function paragraphMarkerHtml(n: number, labels: ParagraphLabels, href = `#${paragraphId(n)}`): string {
	return (
		`<copy-link class="paragraph-anchor" data-copied="${escapeHtml(labels.copied)}" data-pagefind-ignore>` +
		`<a href="${escapeHtml(href)}"><span aria-hidden="true">${escapeHtml(labels.marker(n))}</span>` +
		`<span class="visually-hidden">${escapeHtml(labels.anchor(n))}</span></a>` +
		`</copy-link>`
	);
}

/**
 * A body's HTML for a page that shows several bodies (the whole roadmap): the paragraph ids get
 * the prefix `scope` (`action-13-p2`), so that no id is repeated, and each marker links to the
 * paragraph's permanent address `permalink` + `#p2` (the action's own page), which is what a
 * reader copies to cite it. It rewrites only the attributes `paragraphMarkerHtml` and the plugin
 * write: a `<` in text is always escaped, so these patterns only match tags.
 */
export function scopeParagraphAnchors(html: string, scope: string, permalink: string): string {
	return html
		.replace(/<p id="p(\d+)" data-paragraph="\1"/g, (_, n: string) => `<p id="${escapeHtml(scope)}p${n}" data-paragraph="${n}"`)
		.replace(/(<copy-link class="paragraph-anchor"[^>]*><a href=")#p(\d+)"/g, (_, start: string, n: string) => `${start}${escapeHtml(permalink)}#p${n}"`);
}

/** How many numbered paragraphs a body's HTML has (for the cite block's choice of passage). */
export const paragraphCount = (html: string): number => html.match(/<p id="p\d+" data-paragraph="\d+"/g)?.length ?? 0;
