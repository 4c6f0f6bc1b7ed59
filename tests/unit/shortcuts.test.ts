import { describe, expect, test } from 'vitest';
import { isSearchShortcut, type KeyPress } from '../../src/lib/shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('isSearchShortcut', () => {
	test('opens search with / outside form fields', () => {
		expect(isSearchShortcut(press('/'), false)).toBe(true);
		expect(isSearchShortcut(press('/'), true)).toBe(false);
	});

	test('opens search with Ctrl+K and Cmd+K, even in a field', () => {
		expect(isSearchShortcut(press('k', { ctrlKey: true }), true)).toBe(true);
		expect(isSearchShortcut(press('K', { metaKey: true }), false)).toBe(true);
	});

	test('leaves other keys and combinations alone', () => {
		expect(isSearchShortcut(press('k'), false)).toBe(false);
		expect(isSearchShortcut(press('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
		expect(isSearchShortcut(press('/', { ctrlKey: true }), false)).toBe(false);
	});
});
