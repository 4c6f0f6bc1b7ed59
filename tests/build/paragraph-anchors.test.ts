/**
 * Paragraph permalinks on the built site: every paragraph of every action, and of the dossier's
 * other sections, has the id `pN` by its position, N = 1, 2, 3… in page order, with a "§ N" marker
 * linking to it; the same numbers in French and English; the markers stay out of the text the
 * fidelity tests compare and out of the search index; the cite block offers each paragraph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readDossier } from '../helpers/dossier';
import { ACTION_IDS } from '../helpers/frontmatter';
import { DIST, readPage, readableText } from '../helpers/site';

const source = readDossier();
const LANGS = [
	{ lang: 'fr', name: 'Lien vers le paragraphe' },
	{ lang: 'en', name: 'Link to paragraph' },
] as const;
/** The dossier's own pages besides the actions: the editorials and the two sections, French path first. */
const SECTIONS = [
	['/fr/edito-de-la-ministre/', source.editorials[0]!],
	['/fr/edito-des-pilotes/', source.editorials[1]!],
	['/fr/numerique-au-service-des-patients/', source.sections[0]!],
	['/fr/numerique-au-service-des-professionnels/', source.sections[1]!],
] as const;
const twin = (frPath: string) => readPage(frPath).querySelector('a[data-lang-switch]')!.getAttribute('href')!;

/** Every element of the page that carries a paragraph number. */
const numbered = (page: HTMLElement) => page.querySelectorAll('[data-paragraph]');

/** Checks a page's paragraph anchors and returns their count. */
function checkAnchors(path: string, name: string, { idPrefix = '', hrefPrefix = '' } = {}): number {
	const page = readPage(path);
	const paragraphs = numbered(page);
	paragraphs.forEach((p, i) => {
		const n = i + 1;
		const where = `${path} paragraph ${n}`;
		expect(p.tagName, where).toBe('P');
		expect(p.closest('main .prose'), `${where} is in the text`).not.toBeNull();
		expect(p.id, where).toBe(`${idPrefix}p${n}`);
		expect(p.getAttribute('data-paragraph'), where).toBe(String(n));
		const marker = p.firstChild as HTMLElement;
		expect(marker.tagName, `${where} starts with its marker`).toBe('COPY-LINK');
		expect(marker.classList.contains('paragraph-anchor'), where).toBe(true);
		expect(marker.hasAttribute('data-pagefind-ignore'), where).toBe(true);
		expect(marker.querySelectorAll('a').map((a) => a.getAttribute('href')), where).toEqual([`${hrefPrefix}#p${n}`]);
		expect(marker.querySelector('[aria-hidden=true]')!.textContent, where).toBe(`§\u00A0${n}`);
		expect(marker.querySelector('.visually-hidden')!.textContent, where).toBe(`${name} ${n}`);
	});
	// Every paragraph of the text is numbered: only the footnotes are not.
	const unnumbered = page.querySelectorAll('main .prose > p:not([data-paragraph])');
	expect(
		unnumbered.filter((p) => !p.classList.contains('footnote')).map((p) => p.outerHTML.slice(0, 80)),
		`${path}: paragraphs without an anchor`,
	).toEqual([]);
	return paragraphs.length;
}

describe.each(ACTION_IDS)('action %i', (id) => {
	const paragraphsOf = source.actions.find((a) => a.id === id)!.paragraphs;

	test('every paragraph has its anchor pN and marker, in French and English, with the same count', () => {
		const [fr, en] = LANGS.map(({ lang, name }) => checkAnchors(`/${lang}/actions/${id}/`, name));
		expect(fr).toBeGreaterThan(0);
		expect(en, 'as many paragraphs in English as in French').toBe(fr);
	});

	test("paragraph N is the dossier's paragraph N, word for word, the marker left out", () => {
		const page = readPage(`/fr/actions/${id}/`);
		const footnotes = page.querySelectorAll('.prose .footnote').map((p) => readableText(p));
		const expected = paragraphsOf.filter((p) => !footnotes.some((f) => f.endsWith(p)));
		expect(numbered(page).map((p) => readableText(p))).toEqual(expected);
	});

	test('the cite block offers the whole action and each paragraph', () => {
		for (const { lang } of LANGS) {
			const page = readPage(`/${lang}/actions/${id}/`);
			// Without JavaScript the choice could change nothing: it is hidden until the script shows it.
			expect(page.querySelector('.cite [data-cite-scope]')!.hasAttribute('hidden')).toBe(true);
			const options = page.querySelectorAll('.cite select option');
			expect(options.map((o) => o.getAttribute('value'))).toEqual(['', ...numbered(page).map((p) => p.getAttribute('data-paragraph'))]);
			expect(options.slice(1).map((o) => o.textContent)).toEqual(numbered(page).map((_, i) => `Action ${id}, §\u00A0${i + 1}`));
			expect(page.querySelector('.cite [data-cite-label]')!.getAttribute('data-paragraph-label')).toBe(`Action ${id}, §\u00A0{n}`);
		}
	});
});

describe("the dossier's other sections", () => {
	test.each(SECTIONS)('%s: every paragraph has its anchor, as many in English, each the dossier\'s paragraph', (path, section) => {
		const fr = checkAnchors(path, LANGS[0].name);
		expect(checkAnchors(twin(path), LANGS[1].name)).toBe(fr);
		expect(numbered(readPage(path)).map((p) => readableText(p))).toEqual(section.paragraphs);
	});

	test("the site's own pages and the axes have no paragraph numbers", () => {
		for (const path of ['/fr/a-propos/', '/en/accessibility/', '/fr/axes/3/', '/en/axes/3/', '/fr/cinq-orientations/', '/fr/']) {
			expect(numbered(readPage(path)), path).toHaveLength(0);
		}
	});
});

describe('the whole roadmap on one page', () => {
	test.each(LANGS)('($lang) scopes each action\'s ids and links its markers to the paragraph on the action page', ({ lang, name }) => {
		const page = readPage(lang === 'fr' ? '/fr/feuille-de-route/' : '/en/roadmap/');
		for (const id of ACTION_IDS) {
			const article = page.querySelector(`article[data-action="${id}"]`)!;
			const ids = numbered(article).map((p) => p.id);
			expect(ids).toEqual(numbered(readPage(`/${lang}/actions/${id}/`)).map((p) => `action-${id}-${p.id}`));
			for (const a of article.querySelectorAll('.paragraph-anchor a')) expect(a.getAttribute('href')).toMatch(new RegExp(`^/${lang}/actions/${id}/#p\\d+$`));
			expect(article.querySelector('.paragraph-anchor .visually-hidden')!.textContent).toBe(`${name} 1`);
		}
	});
});

describe('the search index', () => {
	test('holds the paragraphs without their markers', () => {
		const dir = new URL('pagefind/fragment/', DIST);
		// A Pagefind fragment: gzip of the signature "pagefind_dcd" followed by the page's JSON.
		const fragments = readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(new URL(f, dir))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string });
		const action13 = fragments.find((f) => f.url === '/fr/actions/13/')!;
		expect(action13.content).toContain('Les bénéfices de la e-prescription');
		for (const f of fragments) {
			expect(f.content, f.url).not.toMatch(/§|Lien vers le paragraphe|Link to paragraph/);
		}
	});
});
