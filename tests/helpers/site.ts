/** Reading the built site (dist/) and the source dossier from tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { HTMLElement, parse } from 'node-html-parser';
import { pathOfFile } from '../../config/rendered-pages';
import { PARAGRAPH_MARKER_SELECTOR } from '../../src/lib/paragraph-anchors';

export const DIST = new URL('../../dist/', import.meta.url);

const parsed = new Map<string, HTMLElement>();

/**
 * The built HTML of a site path such as `/fr/actions/6/`, parsed once per test process and shared by
 * every test that reads the page (the site tier's files read 140 pages 2,900 times: 5 s of parsing):
 * read it, never change it; to take parts away, `clone()` first (readableText does).
 */
export function readPage(path: string): HTMLElement {
	let page = parsed.get(path);
	if (page) return page;
	const file = fileOf(path);
	if (!existsSync(file)) throw new Error(`No built page for ${path} (${file.pathname})`);
	page = parse(readFileSync(file, 'utf8'));
	parsed.set(path, page);
	return page;
}

/** The file in dist/ of a site path: `/fr/` → `dist/fr/index.html`, `/404.html` → `dist/404.html`. */
export const fileOf = (path: string) => new URL('.' + path + (path.endsWith('/') ? 'index.html' : ''), DIST);

/**
 * Every built HTML page as a site path (`/fr/actions/6/`, `/404.html`), sorted; only those under
 * `prefix` when given (`/en/`). The one way tests list the built pages.
 */
export function builtPages(prefix = '/'): string[] {
	return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map(pathOfFile)
		.filter((p) => p.startsWith(prefix))
		.sort();
}

/** Whether a site path was built. */
export const pageExists = (path: string) => existsSync(new URL('.' + path + 'index.html', DIST));

/**
 * Text as a reader sees it, made comparable: one space for any run of white space (no-break
 * spaces included), straight apostrophes, no Markdown emphasis marks.
 */
export function normalise(text: string): string {
	return text
		.normalize('NFC')
		.replace(/\*\*/g, '')
		.replace(/[’‘]/g, "'")
		.replace(/…/g, '...')
		.replace(/[\s\u00A0\u202F]+/g, ' ')
		.trim();
}

/** The readable text of an element, footnote call numbers and paragraph markers ("§ 2") removed. */
export function readableText(el: HTMLElement): string {
	const clone = parse(el.outerHTML);
	clone.querySelectorAll(`sup[id^="appel-"], ${PARAGRAPH_MARKER_SELECTOR}`).forEach((s) => s.remove());
	return normalise(clone.textContent);
}

/** The canonical source text of the dossier. */
export const dossier = () => readFileSync(new URL('../../content/source/dossier-2019-04-25.txt', import.meta.url), 'utf8');

/** Text-level elements: links, spans, abbreviations and the like, which give text no structure of its own. */
const TEXT_LEVEL = new Set(['a', 'abbr', 'b', 'bdi', 'br', 'cite', 'code', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'wbr']);

/**
 * The shape of an element's markup: its descendant elements in document order, each as
 * `depth tag.class…[role=…]`, text-level elements left out. With `once`, an element whose subtree
 * has the shape of its previous sibling's is left out too (a list of 3 items and one of 5 have one shape).
 */
export function markupShape(root: HTMLElement, { once = false } = {}): string[] {
	const out: string[] = [];
	const walk = (el: HTMLElement, depth: number) => {
		let previous: string | undefined;
		for (const child of el.childNodes) {
			if (!(child instanceof HTMLElement)) continue;
			const tag = child.tagName.toLowerCase();
			if (TEXT_LEVEL.has(tag)) {
				walk(child, depth);
				continue;
			}
			const start = out.length;
			const role = child.getAttribute('role');
			out.push(`${depth} ${tag}${child.classList.length ? `.${[...child.classList.values()].sort().join('.')}` : ''}${role ? `[role=${role}]` : ''}`);
			walk(child, depth + 1);
			if (once) {
				const own = out.slice(start).join('\n');
				if (own === previous) out.length = start;
				previous = own;
			}
		}
	};
	walk(root, 0);
	return out;
}
