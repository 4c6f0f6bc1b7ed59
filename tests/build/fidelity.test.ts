/**
 * Fidelity: every paragraph and every deadline line of the dossier appears on the built page
 * where it belongs (white space and apostrophes normalised). Nothing of the dossier is missing.
 */
import { describe, expect, test } from 'vitest';
import { clean, readDossier } from '../helpers/dossier';
import { ACTION_IDS } from '../helpers/frontmatter';
import { dossier, readPage, readableText } from '../helpers/site';

const source = readDossier();
const mainText = (path: string) => readableText(readPage(path).querySelector('main')!);

describe('the source reading', () => {
	test('finds the actions of the content (26) in 5 axes, with their paragraphs and deadlines', () => {
		expect(source.actions.map((a) => a.id)).toEqual(ACTION_IDS);
		expect(source.roadmapAxes.map((a) => a.axis)).toEqual([1, 2, 3, 4, 5]);
		expect(source.orientations.map((a) => a.axis)).toEqual([1, 2, 3, 4, 5]);
		for (const a of source.actions) {
			expect(a.paragraphs.length, `action ${a.id}`).toBeGreaterThan(0);
			expect(a.deadlines.length, `action ${a.id}`).toBeGreaterThan(0);
		}
		expect(source.actions.reduce((n, a) => n + a.deadlines.length, 0)).toBe(59);
	});
});

describe('each action page', () => {
	test.each(source.actions)('reproduces action $id word for word', (action) => {
		const page = readPage(`/fr/actions/${action.id}/`);
		const h1 = readableText(page.querySelector('h1')!);
		expect(h1).toBe(`Action ${action.id} ${action.title}`);
		const text = readableText(page.querySelector('main')!);
		for (const p of action.paragraphs) expect(text).toContain(p);
		const deadlines = page.querySelectorAll('.deadlines li').map((li) => readableText(li));
		expect(deadlines.map((d) => d.replace(/ \((tous les|every) [^)]*\)$/, ''))).toEqual(action.deadlines);
	});
});

describe('the sections around the roadmap', () => {
	test('the home page carries the cover of the dossier', () => {
		// The PDF sets the first lines in capitals; the site stores them in sentence case and lets CSS shout.
		const text = mainText('/fr/').toLowerCase();
		for (const line of source.cover) expect(text).toContain(line.toLowerCase());
	});

	test.each([
		['/fr/edito-de-la-ministre/', 0],
		['/fr/edito-des-pilotes/', 1],
	] as const)('%s reproduces its editorial', (path, i) => {
		const text = mainText(path);
		expect(text).toContain(source.editorials[i]!.title);
		for (const p of source.editorials[i]!.paragraphs) expect(text).toContain(p);
	});

	test.each([
		['/fr/numerique-au-service-des-patients/', 0],
		['/fr/numerique-au-service-des-professionnels/', 1],
	] as const)('%s reproduces its section', (path, i) => {
		const text = mainText(path);
		expect(text).toContain(source.sections[i]!.title);
		for (const p of source.sections[i]!.paragraphs) expect(text).toContain(p);
	});

	test('"Cinq orientations" reproduces all five introductions, and each axis page its own', () => {
		const all = mainText('/fr/cinq-orientations/');
		expect(all).toContain('Cinq orientations pour accélérer le virage numérique');
		for (const o of source.orientations) {
			expect(all).toContain(o.title);
			const axisPage = mainText(`/fr/axes/${o.axis}/`);
			expect(axisPage).toContain(source.roadmapAxes[o.axis - 1]!.title);
			for (const p of o.paragraphs) {
				expect(all).toContain(p);
				expect(axisPage).toContain(p);
			}
		}
	});
});

describe('the whole dossier', () => {
	test('every line of the dossier, apart from the table of contents, is somewhere on the French site', () => {
		const site = ['/fr/', '/fr/cinq-orientations/', '/fr/edito-de-la-ministre/', '/fr/edito-des-pilotes/', '/fr/numerique-au-service-des-patients/', '/fr/numerique-au-service-des-professionnels/']
			.concat(source.actions.map((a) => `/fr/actions/${a.id}/`), [1, 2, 3, 4, 5].map((n) => `/fr/axes/${n}/`))
			.map((path) => mainText(path))
			.join('\n')
			.toLowerCase();
		const lines = dossier()
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		const sommaire = lines.indexOf('SOMMAIRE');
		const firstSection = lines.indexOf('Edito de la ministre des Solidarités et de la Santé', sommaire + 2);
		const missing = lines
			.filter((_, i) => i < sommaire || i >= firstSection)
			.map((line) => clean(line.replace(/^\*\*|\*\*$/g, '').replace(/^Echéances :/, '').replace(/^Action \d+ : /, '').replace(/^\d - /, '')))
			.filter((line) => line && !site.includes(line.toLowerCase()));
		expect(missing).toEqual([]);
	});
});
