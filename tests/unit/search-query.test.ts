import { describe, expect, test } from 'vitest';
import { searchWords, subsets } from '../../src/lib/search-query';

describe('searchWords', () => {
	test.each([
		['fr', "qu'est-ce que l'INS", ['INS']],
		['fr', 'quand le DMP sera-t-il généralisé', ['DMP', 'généralisé']],
		['fr', 'les citoyens peuvent-ils donner leur avis', ['citoyens', 'donner', 'avis']],
		['fr', "HOP'EN", ["HOP'EN"]],
		['fr', 'télé-soin', ['télé-soin']],
		['en', 'what is the DMP', ['DMP']],
		['en', 'who funds IT in care homes', ['funds', 'IT', 'care', 'homes']],
		['en', 'the', ['the']],
	] as const)('on the %s site, "%s" requires %j', (lang, query, words) => {
		expect(searchWords(lang, query)).toEqual(words);
	});
});

describe('subsets', () => {
	test('lists smaller queries, largest first, in the order typed', () => {
		expect(subsets(['a', 'b', 'c'])).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c'], ['a'], ['b'], ['c']]);
	});
	test('stops at the limit', () => {
		expect(subsets(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 10)).toHaveLength(10);
	});
});
