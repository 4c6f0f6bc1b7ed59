/**
 * The English edition speaks with one voice: content/termbase.yml gives, for each French term, the
 * one English rendering and the variants that are forbidden. Every English page of the built site
 * is read (its visible text, French passages marked lang="fr" left out), and official names must
 * be the termbase's in the data files and in every bracketed gloss of the English text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { termbaseSchema } from '../../src/schemas';
import { DIST, normalise } from '../helpers/site';

const read = (path: string) => parse(readFileSync(new URL(path, new URL('../../', import.meta.url)), 'utf8'));
const termbase = termbaseSchema.parse(read('content/termbase.yml'));
const organisations = read('content/organisations.yml') as Array<{ id: string; name: { fr: string; en: string } }>;
const glossary = read('content/glossary.yml') as Array<{ id: string; name: { fr: string; en: string } }>;

/** Every HTML page under dist/en/, as its site path. */
function englishPages(dir = new URL('en/', DIST), prefix = '/en/'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? englishPages(new URL(`${e.name}/`, dir), `${prefix}${e.name}/`) : e.name.endsWith('.html') ? [prefix + e.name] : [],
	);
}

/** The visible English text of a page: its body without scripts, styles and French passages. */
function englishText(path: string): string {
	// A space at block boundaries, so that "2019</td><td>First pilots" does not read "2019First pilots".
	const html = readFileSync(new URL(`.${path}`, DIST), 'utf8').replace(/<(\/?)(p|li|dt|dd|h[1-6]|div|td|th|tr|caption|section|ul|ol|table|nav|header|footer|article|aside|br)\b/g, ' <$1$2');
	const body = parseHtml(html).querySelector('body')!;
	body.querySelectorAll('script, style, template, [lang="fr"], [hidden]').forEach((e) => e.remove());
	return normalise(body.textContent);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** A phrase as a whole-word, case-insensitive pattern (Unicode-aware: "pilot" does not match "piloté"). */
const phrase = (p: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(normalise(p))}(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu');

/** The forbidden variants found in a text, after the phrases each term allows are taken out. */
export function forbiddenIn(text: string): string[] {
	const found: string[] = [];
	for (const entry of [...termbase.terms, ...termbase.names]) {
		let t = text;
		for (const ok of 'allowed' in entry ? entry.allowed : []) t = t.replace(phrase(ok), ' ');
		for (const bad of entry.forbidden) for (const m of t.matchAll(phrase(bad))) found.push(`“${m[0]}” (use “${entry.en}”): …${t.slice(Math.max(0, m.index! - 50), m.index! + 60)}…`);
	}
	return found;
}

const pages = englishPages();
const texts = new Map(pages.map((p) => [p, englishText(p)]));

describe('the termbase', () => {
	test('covers the terms the audit named and every organisation', () => {
		expect(termbase.terms.length).toBeGreaterThanOrEqual(20);
		const fr = termbase.terms.map((t) => t.fr).join(' | ');
		for (const term of ['pilot', 'urbanisation', 'référentiel', 'généralisation', 'expérimentation', 'industriels', 'co-construction', 'orientations nationales', 'socle', 'droit commun', 'dispositif de déclaration'])
			expect(fr).toContain(term);
		expect(termbase.names.map((n) => n.organisation).filter(Boolean).sort()).toEqual(organisations.map((o) => o.id).sort());
	});

	test.each(termbase.names.map((n) => [n.organisation ?? n.glossary!, n] as const))('%s has the termbase’s French and English names in its data file', (id, n) => {
		const entry = n.organisation ? organisations.find((o) => o.id === id) : glossary.find((g) => g.id === id);
		expect(entry, `${id} is not in its data file`).toBeDefined();
		expect(entry!.name).toEqual({ fr: n.fr, en: n.en });
	});

	test('finds a forbidden variant, and lets an allowed phrase through', () => {
		expect(forbiddenIn('The national steering entrusted to the ANS')).toHaveLength(1);
		expect(forbiddenIn('Pilot phase; First pilots; the text names no lead')).toEqual([]);
		expect(forbiddenIn('The text names no pilot.')).toHaveLength(1);
		expect(forbiddenIn('a consultation with piloté par')).toEqual([]);
	});
});

describe('every English page', () => {
	test('reads at least the 26 actions, the 5 orientations and the other sections', () => {
		expect(pages.filter((p) => /^\/en\/actions\/\d+\/index\.html$/.test(p))).toHaveLength(26);
		expect(pages.length).toBeGreaterThan(40);
	});

	test.each(pages)('%s uses no forbidden variant', (path) => {
		expect(forbiddenIn(texts.get(path)!).join('\n')).toBe('');
	});

	test('glosses each French official name with its English form', () => {
		const wrong: string[] = [];
		for (const n of termbase.names) {
			// « Agence du numérique en santé (ANS, digital health agency) »: the gloss after the acronym, if any.
			const glossed = new RegExp(`${escape(normalise(n.fr))}[”"]?\\s*\\(([^)]*)\\)`, 'giu');
			for (const [path, text] of texts) {
				for (const m of text.matchAll(glossed)) {
					const gloss = m[1]!.split(',').map((part) => part.trim()).filter((part) => !/^[A-Z][\w’'-]*[A-Z]\w*$|^Cnam$/.test(part)).join(', ');
					if (gloss && gloss.toLowerCase() !== n.en.toLowerCase()) wrong.push(`${path}: “${m[0]}” should gloss it “${n.en}”`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});
});
