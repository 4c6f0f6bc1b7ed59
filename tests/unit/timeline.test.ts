import { describe, expect, test } from 'vitest';
import { byStartYear, earliest, ganttSource, itemsOf, mermaidText, scaleOf } from '../../src/lib/timeline';
import { ROADMAP_HORIZON as HORIZON } from '../../src/lib/edition';

/** One fixture per EDTF shape the roadmap uses. */
const fixture = {
	id: 7,
	axis: 2,
	deadlines: [
		{ label: 'Publication du référentiel INS', text: 'juin 2019', when: '2019-06' },
		{ label: 'Phase pilote', text: 'année 2020', when: '2020' },
		{ label: 'Etude d’opportunité', text: 'fin 2019', when: '2019-36' },
		{ label: 'Décret', text: 'été 2019', when: '2019-22' },
		{ label: 'Premiers pilotes', text: 'deuxième semestre 2020', when: '2020-41' },
		{ label: 'Tests', text: 'de juin à décembre 2019', when: '2019-06/2019-12' },
		{ label: 'Montée en charge', text: '2020 – 2022', when: '2020/2022' },
		{ label: 'Généralisation', text: 'à partir de 2021', when: '2021/..' },
		{ label: 'Périodicité', text: 'semestrielle', when: '2019-06/..', repeat: 'P6M' as const },
	],
};

describe('itemsOf', () => {
	test('gives every deadline its bounds and its shape', () => {
		expect(itemsOf(fixture).map((i) => [i.when, i.start, i.end, i.shape])).toEqual([
			['2019-06', '2019-06-01', '2019-06-30', 'milestone'],
			['2020', '2020-01-01', '2020-12-31', 'span'],
			['2019-36', '2019-10-01', '2019-12-31', 'span'],
			['2019-22', '2019-06-21', '2019-09-22', 'span'],
			['2020-41', '2020-07-01', '2020-12-31', 'span'],
			['2019-06/2019-12', '2019-06-01', '2019-12-31', 'span'],
			['2020/2022', '2020-01-01', '2022-12-31', 'span'],
			['2021/..', '2021-01-01', null, 'open'],
			['2019-06/..', '2019-06-01', null, 'recurring'],
		]);
	});
});

describe('ganttSource', () => {
	const source = ganttSource([{ title: 'Action 7', items: itemsOf(fixture) }], {
		title: 'Calendrier de l’action 7',
		description: 'Diagramme de Gantt de 9 échéances',
		name: (i) => `${i.label} (${i.text})`,
	});

	test('draws every deadline of the frontmatter with its interval (end dates exclusive)', () => {
		expect(source).toMatchInlineSnapshot(`
			"gantt
			  accTitle: Calendrier de l’action 7
			  accDescr: Diagramme de Gantt de 9 échéances
			  dateFormat YYYY-MM-DD
			  axisFormat %Y
			  tickInterval 1year
			  todayMarker off
			  section Action 7
			    Publication du référentiel INS (juin 2019) :milestone, a7d1, 2019-06-01, 0d
			    Phase pilote (année 2020) :a7d2, 2020-01-01, 2021-01-01
			    Etude d’opportunité (fin 2019) :a7d3, 2019-10-01, 2020-01-01
			    Décret (été 2019) :a7d4, 2019-06-21, 2019-09-23
			    Premiers pilotes (deuxième semestre 2020) :a7d5, 2020-07-01, 2021-01-01
			    Tests (de juin à décembre 2019) :a7d6, 2019-06-01, 2020-01-01
			    Montée en charge (2020 – 2022) :a7d7, 2020-01-01, 2023-01-01
			    Généralisation (à partir de 2021) :active, a7d8, 2021-01-01, 2023-01-01
			    Périodicité (semestrielle) :active, a7d9, 2019-06-01, 2023-01-01"
		`);
	});

	test('runs open-ended deadlines to the roadmap horizon', () => {
		expect(HORIZON).toBe('2022-12-31');
		// Mermaid's end dates are exclusive: the day after 31 December 2022.
		expect(source).toContain('Généralisation (à partir de 2021) :active, a7d8, 2021-01-01, 2023-01-01');
		expect(source).toContain('Périodicité (semestrielle) :active, a7d9, 2019-06-01, 2023-01-01');
	});

	test('skips empty sections', () => {
		expect(ganttSource([{ title: 'Vide', items: [] }], { title: 't', description: 'd', name: (i) => i.label })).not.toContain('section');
	});
});

describe('mermaidText', () => {
	test('replaces the characters Mermaid reads as syntax', () => {
		expect(mermaidText('Echéances : 2020; n#1\nsuite')).toBe('Echéances — 2020, nn°1 suite');
	});
});

describe('byStartYear', () => {
	test('groups deadlines by the year they start, in date order', () => {
		const groups = byStartYear(itemsOf(fixture));
		expect(groups.map((g) => [g.year, g.items.map((i) => i.index + 1)])).toEqual([
			[2019, [1, 6, 9, 4, 3]],
			[2020, [2, 7, 5]],
			[2021, [8]],
		]);
	});
});

describe('scaleOf', () => {
	test('spans whole years from the first start to the last end, open-ended items to the horizon', () => {
		expect(scaleOf(itemsOf(fixture))).toEqual({ start: '2019-01-01', end: '2023-01-01' });
		const late = itemsOf({ id: 21, axis: 4, deadlines: [{ label: 'x', text: '2018-2024', when: '2018/2024' }] });
		expect(scaleOf(late)).toEqual({ start: '2018-01-01', end: '2025-01-01' });
	});

	test('pins every chart to the scale with two vert markers', () => {
		const source = ganttSource([{ title: 'A', items: itemsOf(fixture).slice(0, 1) }], { title: 't', description: 'd', name: (i) => i.label, scale: { start: '2018-01-01', end: '2025-01-01' } });
		expect(source).toContain('scale start :vert, scale0, 2018-01-01, 0d');
		expect(source).toContain('scale end :vert, scale1, 2025-01-01, 0d');
	});

	test('names the earliest deadline, the one the note under the charts explains', () => {
		expect(earliest(itemsOf(fixture))?.index).toBe(0);
	});
});
