import { describe, expect, test } from 'vitest';
import { formatSearchState, pagefindFilters, parseSearchState, stateFilters } from '../../src/lib/search-url';

const keys = ['axe', 'pilote', 'annee'];

describe('parseSearchState', () => {
	test('reads the query and the values of known facets, in any order', () => {
		expect(parseSearchState('?annee=2020&q=pilotage&axe=4&annee=2019', keys)).toEqual({
			q: 'pilotage',
			filters: { axe: ['4'], annee: ['2020', '2019'] },
		});
	});

	test('ignores unknown parameters, empty and repeated values', () => {
		expect(parseSearchState('?utm_source=x&axe=&pilote=ANS&pilote=ANS', keys)).toEqual({ q: '', filters: { pilote: ['ANS'] } });
	});

	test('decodes accents and spaces', () => {
		expect(parseSearchState('?q=t%C3%A9l%C3%A9+soin', keys).q).toBe('télé soin');
	});
});

describe('formatSearchState', () => {
	test('writes the query first, then facets in their order', () => {
		expect(formatSearchState({ q: 'pilotage', filters: { annee: ['2019'], axe: ['4'] } }, keys)).toBe('?q=pilotage&axe=4&annee=2019');
	});

	test('writes nothing for an empty search', () => {
		expect(formatSearchState({ q: '  ', filters: {} }, keys)).toBe('');
	});

	test('is read back as the same state', () => {
		const state = { q: 'dossier médical & co', filters: { pilote: ['ANS', 'DNS'], annee: ['2020'] } };
		expect(parseSearchState(formatSearchState(state, keys), keys)).toEqual(state);
	});
});

describe('pagefindFilters', () => {
	test('makes the values of one facet alternatives and drops empty facets', () => {
		expect(pagefindFilters({ axe: ['1', '2'], annee: [] })).toEqual({ axe: { any: ['1', '2'] } });
	});
});

describe('stateFilters', () => {
	test('undoes pagefindFilters and accepts plain lists', () => {
		expect(stateFilters(pagefindFilters({ axe: ['4'] }))).toEqual({ axe: ['4'] });
		expect(stateFilters({ annee: ['2020'], axe: { any: [] } })).toEqual({ annee: ['2020'] });
	});
});
