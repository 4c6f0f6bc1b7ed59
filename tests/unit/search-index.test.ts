import { describe, expect, test } from 'vitest';
import { contentWeight, htmlForIndex } from '../../src/lib/search-index';

describe('htmlForIndex', () => {
	test('keeps words of adjacent blocks apart', () => {
		expect(htmlForIndex('/fr/actions/21/', '<dl><dd>APA</dd><dd>Allocation</dd></dl>')).toBe('<dl><dd>APA</dd> <dd>Allocation</dd> </dl> ');
	});
	test('weights down pages that gather many subjects, not actions', () => {
		expect(htmlForIndex('/en/timeline/', '<main id="main" data-pagefind-body>')).toBe('<main id="main" data-pagefind-body data-pagefind-weight="0.25">');
		expect(htmlForIndex('/en/actions/18/', '<main id="main" data-pagefind-body>')).toBe('<main id="main" data-pagefind-body>');
	});
});

describe('contentWeight', () => {
	test.each([
		['/fr/', 0.25],
		['/en/connections/', 0.25],
		['/fr/glossaire/', 0.25],
		['/fr/acteurs/ans/', 0.25],
		['/fr/actions/7/', 1],
		['/en/axes/2/', 1],
	])('%s weighs %d', (path, weight) => expect(contentWeight(path)).toBe(weight));
});
