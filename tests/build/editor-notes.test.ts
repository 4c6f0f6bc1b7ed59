/**
 * Editor's notes (content/notes.yml): each quotes the dossier exactly, and the web article where it
 * says so; each is shown on its page in both languages, while the dossier's text stays as it is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { editorNoteSchema } from '../../src/schemas';
import { dossier, normalise, readPage, readableText } from '../helpers/site';

const notes = editorNoteSchema.array().parse(parse(readFileSync(new URL('../../content/notes.yml', import.meta.url), 'utf8')));
const article = () => readFileSync(new URL('../../content/source/article-virage-numerique.txt', import.meta.url), 'utf8');
const pageOf = (lang: 'fr' | 'en', n: (typeof notes)[number]) =>
	n.action ? `/${lang}/actions/${n.action}/` : `/${lang}/axes/${n.axis}/`;
/** Source texts joined across PDF line breaks, for phrases that span two lines. */
const flat = (s: string) => normalise(s.replace(/-\n/g, '-').replace(/\n/g, ' '));

describe('editor’s notes', () => {
	test('the three typos of the dossier have a [sic] note', () => {
		const typos = notes.filter((n) => n.kind === 'typo').map((n) => n.action);
		expect(typos).toEqual(expect.arrayContaining([15, 19, 25]));
	});

	test.each(notes.map((n) => [n.id, n] as const))('%s quotes the dossier, and the web article, word for word', (_, n) => {
		expect(flat(dossier())).toContain(normalise(n.dossier));
		if (n.article) expect(flat(article())).toContain(normalise(n.article));
	});

	test.each(notes.map((n) => [n.id, n] as const))('%s is on its page in both languages, and the dossier’s words stay in the French text', (_, n) => {
		const fr = readPage(pageOf('fr', n));
		const main = fr.querySelector('main')!.clone() as ReturnType<typeof readPage>;
		main.querySelectorAll('.editor-notes').forEach((e) => e.remove());
		expect(readableText(main)).toContain(normalise(n.dossier));
		for (const lang of ['fr', 'en'] as const) {
			const aside = readPage(pageOf(lang, n)).querySelector('main .editor-notes');
			expect(aside, `${pageOf(lang, n)} has no editor's notes`).not.toBeNull();
			expect(aside!.getAttribute('data-pagefind-ignore')).not.toBeNull();
			const text = readableText(aside!);
			expect(text).toContain(normalise(n.dossier));
			expect(text).toContain(normalise(n.note[lang]));
		}
	});
});
