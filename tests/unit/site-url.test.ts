import { describe, expect, test } from 'vitest';
import { cleanUrl, isPlaceholderSite, readerUrl } from '../../src/lib/site-url';

describe('isPlaceholderSite', () => {
	test.each([
		['https://feuille-de-route-sante-2022.example', true],
		['https://site.test/', true],
		['http://localhost:4321', true],
		[undefined, true],
		['https://sante.gouv.fr', false],
		['https://example.org', false],
	])('%s is a placeholder: %s', (site, expected) => {
		expect(isPlaceholderSite(site)).toBe(expected);
	});
});

describe('readerUrl', () => {
	test('keeps the bare path on a placeholder site, for the browser to complete', () => {
		expect(readerUrl('/fr/actions/6/', 'https://feuille-de-route-sante-2022.example')).toBe('/fr/actions/6/');
	});
	test('gives the absolute URL on the real site', () => {
		expect(readerUrl('/fr/actions/6/', 'https://roadmap.org')).toBe('https://roadmap.org/fr/actions/6/');
	});
});

describe('cleanUrl', () => {
	test('drops the query and the fragment', () => {
		expect(cleanUrl('/fr/actions/6/?pagefind-highlight=ins#x', 'http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321/fr/actions/6/');
	});
	test('keeps an absolute URL on its own host', () => {
		expect(cleanUrl('https://roadmap.org/en/actions/6/', 'http://127.0.0.1:4321')).toBe('https://roadmap.org/en/actions/6/');
	});
});
