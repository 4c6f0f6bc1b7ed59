import { describe, expect, test } from 'vitest';
import { deadlineYears, facetKeys, facetValues } from '../../src/lib/search-facets';

describe('deadlineYears', () => {
	test.each([
		['2019-06', [2019]],
		['2019-36', [2019]],
		['2020/2022', [2020, 2021, 2022]],
		['2019-09/2020-02', [2019, 2020]],
		['2019-24', [2019, 2020]],
		['2021/..', [2021]],
	])('places %s in %j', (when, years) => {
		expect(deadlineYears(when)).toEqual(years);
	});
});

describe('facetValues', () => {
	test('gives the axis, the pilots and every deadline year, sorted and without repeats', () => {
		expect(facetValues({ axis: 4, pilots: ['DNS', 'Cnam', 'DNS'], deadlines: [{ when: '2020/2021' }, { when: '2019-06' }, { when: '2020' }] })).toEqual({
			axis: ['4'],
			pilot: ['Cnam', 'DNS'],
			year: ['2019', '2020', '2021'],
		});
	});

	test('has no pilot value for an action whose text names none', () => {
		expect(facetValues({ axis: 2, pilots: [], deadlines: [{ when: '2019' }] }).pilot).toEqual([]);
	});
});

describe('facetKeys', () => {
	test('names the facets in the language of the URL', () => {
		expect(facetKeys('fr')).toEqual(['axe', 'pilote', 'annee']);
		expect(facetKeys('en')).toEqual(['axis', 'lead', 'year']);
	});
});
