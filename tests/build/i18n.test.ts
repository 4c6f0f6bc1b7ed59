/**
 * The English edition: every page has its twin in the other language, the switch and hreflang lead
 * to it, and the English text is complete and in English.
 */
import { franc } from 'franc';
import { describe, expect, test } from 'vitest';
import { ACTION_IDS as ids } from '../helpers/frontmatter';
import { builtPages, markupShape, pageExists, readPage, readableText } from '../helpers/site';

/** Every built page path under a language prefix, e.g. `/en/actions/6/`. */
const pagesOf = (lang: 'fr' | 'en') => builtPages(`/${lang}/`);

const paragraphs = (path: string) =>
	readPage(path)
		.querySelectorAll('main .prose p')
		.map((p) => readableText(p))
		.filter((t) => t.length > 0);

const language = (text: string) => franc(text, { only: ['fra', 'eng'], minLength: 10 });

describe('every page in both languages', () => {
	test('the French and English editions have the same number of pages', () => {
		expect(pagesOf('en').length).toBe(pagesOf('fr').length);
		expect(pagesOf('fr').length).toBeGreaterThanOrEqual(ids.length + 5 + 7);
	});

	test.each(['fr', 'en'] as const)('from every %s page, the switch leads to its twin, whose switch leads back', (lang) => {
		const other = lang === 'fr' ? 'en' : 'fr';
		for (const path of pagesOf(lang)) {
			const page = readPage(path);
			expect(page.querySelector('html')!.getAttribute('lang'), path).toBe(lang);
			const switchLink = page.querySelector('a[data-lang-switch]');
			expect(switchLink, `${path} has a language switch`).not.toBeNull();
			const target = switchLink!.getAttribute('href')!;
			expect(target.startsWith(`/${other}/`), path).toBe(true);
			expect(switchLink!.getAttribute('hreflang')).toBe(other);
			expect(pageExists(target), `${path} → ${target}`).toBe(true);
			const twin = readPage(target);
			expect(twin.querySelector('a[data-lang-switch]')!.getAttribute('href'), target).toBe(path);
			expect(twin.querySelector('[data-action-id]')?.getAttribute('data-action-id')).toBe(page.querySelector('[data-action-id]')?.getAttribute('data-action-id'));
			const alternates = Object.fromEntries(
				page.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
			);
			expect(alternates, path).toEqual({ [lang]: path, [other]: target, 'x-default': lang === 'fr' ? path : target });
		}
	});

	test.each(ids)('action %i keeps its number, axis and structure in English', (id) => {
		const fr = readPage(`/fr/actions/${id}/`);
		const en = readPage(`/en/actions/${id}/`);
		expect(readableText(en.querySelector('h1')!)).toMatch(new RegExp(`^Action ${id} `));
		expect(en.querySelector('.breadcrumb a[href^="/en/axes/"]')!.getAttribute('href')).toBe(
			fr.querySelector('.breadcrumb a[href^="/fr/axes/"]')!.getAttribute('href')!.replace('/fr/', '/en/'),
		);
		expect(en.querySelectorAll('.deadlines li').map((li) => li.getAttribute('data-edtf'))).toEqual(
			fr.querySelectorAll('.deadlines li').map((li) => li.getAttribute('data-edtf')),
		);
		expect(en.querySelectorAll('.facts abbr').map((a) => a.textContent)).toEqual(fr.querySelectorAll('.facts abbr').map((a) => a.textContent));
	});

	// What lets the axe audit read one English page of each kind (accessibility.test.ts): an English
	// page is its French twin's markup with the text translated. Only phrasing elements differ (a
	// French name kept in English text is a <span lang="fr">, a glossary term an <abbr>).
	test('every English page has the elements of its French twin, in the same order, text-level elements aside', () => {
		const skeleton = (path: string) => markupShape(readPage(path).querySelector('body')!);
		const english = pagesOf('en');
		expect(english.length).toBeGreaterThan(60);
		for (const path of english) {
			const twin = readPage(path).querySelector('a[data-lang-switch]')!.getAttribute('href')!;
			const en = skeleton(path);
			expect(en.length, path).toBeGreaterThan(50);
			expect(en, `${path} against ${twin}`).toEqual(skeleton(twin));
		}
	});
});

describe('the English translation', () => {
	test.each(ids)('action %i is complete: same paragraphs, a sane length', (id) => {
		const fr = paragraphs(`/fr/actions/${id}/`);
		const en = paragraphs(`/en/actions/${id}/`);
		expect(en.length).toBe(fr.length);
		const ratio = en.join(' ').length / fr.join(' ').length;
		expect(ratio).toBeGreaterThan(0.75);
		// English glosses of French names ("ARS (regional health agencies)") lengthen short paragraphs.
		expect(ratio).toBeLessThan(1.6);
	});

	test.each(ids)('action %i reads as English in English and French in French', (id) => {
		const en = paragraphs(`/en/actions/${id}/`);
		const fr = paragraphs(`/fr/actions/${id}/`);
		expect(language(en.join(' '))).toBe('eng');
		expect(language(fr.join(' '))).toBe('fra');
		for (const p of en.filter((t) => t.length > 120)) expect(language(p), p).toBe('eng');
	});

	test('no English page carries an untranslated French paragraph', () => {
		for (const path of pagesOf('en')) {
			for (const p of paragraphs(path).filter((t) => t.length > 120)) expect(language(p), `${path}: ${p}`).toBe('eng');
		}
	});

	test('French names kept in the English text are marked lang="fr"', () => {
		const page = readPage('/en/actions/11/');
		const marked = page.querySelectorAll('main article [lang=fr]').map((e) => e.textContent);
		expect(marked).toContain('Espace Numérique de Santé');
		expect(marked.some((t) => t.startsWith('Dossier Médical Partagé'))).toBe(true);
	});
});

describe('localised typography', () => {
	test('French pages put no-break spaces before colons and inside guillemets; English pages do not', () => {
		const fr = readPage('/fr/actions/7/').querySelector('main')!.textContent;
		expect(fr).toContain('Généralisation\u00A0: à partir de 2021');
		expect(fr).toContain('«\u00A0appli carte Vitale\u00A0»');
		const en = readPage('/en/actions/7/').querySelector('main')!.textContent;
		expect(en).toContain('Nationwide roll-out: from 2021');
		expect(en).not.toMatch(/\u00A0:/);
	});

	test('apostrophes are typographic in titles from frontmatter as in the text', () => {
		const h1 = readPage('/fr/actions/7/').querySelector('h1')!.textContent;
		expect(h1).toContain('l’appli carte Vitale');
		expect(h1).not.toContain("'");
	});
});
