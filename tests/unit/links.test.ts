import { describe, expect, test } from 'vitest';
import { invertLinks } from '../../src/lib/links';

describe('invertLinks', () => {
	test('lists, for each action, the actions that refer to it, in order', () => {
		const links = new Map([
			[3, [15, 16]],
			[11, [15]],
			[15, [11]],
			[16, []],
		]);
		expect(invertLinks(links)).toEqual(
			new Map([
				[3, []],
				[11, [15]],
				[15, [3, 11]],
				[16, [3]],
			]),
		);
	});

	test('is the exact inverse: inverting twice gives back the links', () => {
		const links = new Map([
			[1, [2, 3]],
			[2, [3]],
			[3, [1]],
		]);
		expect(invertLinks(invertLinks(links))).toEqual(links);
	});

	test('ignores self-references and duplicates', () => {
		expect(invertLinks(new Map([[1, [1, 2, 2]], [2, []]]))).toEqual(new Map([[1, []], [2, [1]]]));
	});

	test('throws on a link to an action that does not exist', () => {
		expect(() => invertLinks(new Map([[1, [27]]]))).toThrow('Action 1 links to action 27, which does not exist.');
	});
});
