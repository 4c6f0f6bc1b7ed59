import { describe, expect, test } from 'vitest';
import { DATA_FILES, dataFile } from '../../../src/lib/exports/files';

describe('dataFile', () => {
	test('finds a data file by key, with a name in each language', () => {
		expect(dataFile('deadlines-ics').names).toEqual({ fr: 'echeances.ics', en: 'deadlines.ics' });
	});

	test('throws on an unknown key, naming the known ones', () => {
		expect(() => dataFile('nope' as never)).toThrowErrorMatchingInlineSnapshot(
			`[Error: Unknown data file "nope". Expected one of: actions-json, actions-csv, deadlines-csv, deadlines-ics]`,
		);
	});
});

describe('DATA_FILES', () => {
	test('gives every file a distinct name in each language', () => {
		for (const lang of ['fr', 'en'] as const) {
			const names = DATA_FILES.map((f) => f.names[lang]);
			expect(new Set(names).size).toBe(names.length);
		}
	});
});
