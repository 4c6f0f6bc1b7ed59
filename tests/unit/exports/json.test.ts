import { describe, expect, test } from 'vitest';
import { actionsJson } from '../../../src/lib/exports/json';
import { data } from './fixture';

describe('actionsJson', () => {
	test('writes indented JSON that reads back to the same data', async () => {
		const json = actionsJson(data);
		expect(JSON.parse(json)).toEqual(data);
		await expect(json).toMatchFileSnapshot('__snapshots__/actions.json');
	});
});
