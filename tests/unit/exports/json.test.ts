import { describe, expect, test } from 'vitest';
import { actionsJson } from '../../../src/lib/exports/json';
import { data } from './fixture';

describe('actionsJson', () => {
	const json = actionsJson(data);

	test('is indented by two spaces, one field a line, $schema first, and ends with one newline', () => {
		expect(json.startsWith('{\n  "$schema": "https://roadmap.example/schema/actions.schema.json",\n  "lang": "fr",\n')).toBe(true);
		expect(json).toMatch(/\n  "actions": \[\n    \{\n      "id": 2,\n/);
		expect(json.endsWith('}\n')).toBe(true);
		expect(json.endsWith('\n\n')).toBe(false);
	});

	test('keeps the text readable: accents, guillemets and no-break spaces are not escaped', () => {
		expect(json).toContain('"title": "Relance du « Conseil du numérique en santé », et création d\'une cellule d\'éthique"');
		expect(json).not.toMatch(/\\u[0-9a-f]{4}/i);
	});

	test('matches its snapshot', async () => {
		await expect(json).toMatchFileSnapshot('__snapshots__/actions.json');
	});
});
