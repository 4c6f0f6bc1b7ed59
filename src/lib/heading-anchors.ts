/**
 * "Copy link" anchors for the headings of a rendered page (run by `src/middleware.ts` on every
 * HTML page, so MDX content and templates get the same treatment): every visible h2 and h3 in
 * `<main>` gets an id if it has none, and an anchor beside it. Without JavaScript the anchor is a
 * plain link to the section; the `<copy-link>` element (src/scripts/copy-link.ts) also copies it.
 * The heading is wrapped with its anchor, as Starlight does
 * (packages/starlight/integrations/heading-links.ts), so that the anchor stays out of its name.
 */
import GithubSlugger from 'github-slugger';
import { parse, type HTMLElement } from 'node-html-parser';

/** Wordings of the anchors, in the page's language. */
export interface AnchorLabels {
	/** The anchor's accessible name, from the heading's text. */
	anchor: (title: string) => string;
	/** Announced once the link is copied. */
	copied: string;
}

/** Class of the element that holds a heading and its anchor. */
export const HEADING_WRAPPER_CLASS = 'heading-with-anchor';

/** Escapes text for HTML content and double-quoted attributes. */
export const escapeHtml = (text: string): string =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The anchor of the heading `id` whose text is `title`. */
export function headingAnchorHtml(id: string, title: string, labels: AnchorLabels): string {
	const label = escapeHtml(labels.anchor(title.trim().replace(/\s+/g, ' ')));
	return (
		`<copy-link class="heading-anchor" data-copied="${escapeHtml(labels.copied)}" data-print="hide" data-pagefind-ignore>` +
		`<a href="#${escapeHtml(id)}"><span aria-hidden="true">#</span><span class="visually-hidden">${label}</span></a>` +
		`</copy-link>`
	);
}

/**
 * The page with an id and an anchor on every visible h2 and h3 of `<main>`. Existing ids are kept;
 * new ones are slugs of the heading (as Markdown headings get), never taken twice on the page.
 */
export function addHeadingAnchors(html: string, labels: AnchorLabels): string {
	const root = parse(html, { comment: true });
	return anchorHeadings(root, labels) ? root.toString() : html;
}

/** Adds the anchors to a parsed page in place; false when the page has no heading to anchor. */
export function anchorHeadings(root: HTMLElement, labels: AnchorLabels): boolean {
	const main = root.querySelector('main');
	if (!main) return false;
	const taken = new Set(root.querySelectorAll('[id]').map((el) => el.id));
	const slugger = new GithubSlugger();
	const headings = main
		.querySelectorAll('h2, h3')
		.filter((h) => !h.classList.contains('visually-hidden') && !h.parentNode?.classList.contains(HEADING_WRAPPER_CLASS));
	if (headings.length === 0) return false;
	for (const heading of headings) {
		const title = heading.textContent;
		let id = heading.id;
		if (!id) {
			do id = slugger.slug(title.trim() || heading.tagName.toLowerCase());
			while (taken.has(id));
			heading.setAttribute('id', id);
			taken.add(id);
		}
		heading.replaceWith(`<div class="${HEADING_WRAPPER_CLASS}">${heading.outerHTML}${headingAnchorHtml(id, title, labels)}</div>`);
	}
	return true;
}
