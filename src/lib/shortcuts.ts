/**
 * The keyboard shortcuts that open search: `/` (as on many sites) and Ctrl+K / Cmd+K.
 */

/** The parts of a keyboard event the shortcut depends on. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * Whether a key press asks for search. `/` is left alone while the reader types in a field (it
 * is a character there); Ctrl+K / Cmd+K work everywhere.
 * @example isSearchShortcut({ key: 'k', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false }, true) // true
 */
export function isSearchShortcut(press: KeyPress, typing: boolean): boolean {
	if (press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey) return true;
	return press.key === '/' && !typing && !press.ctrlKey && !press.metaKey && !press.altKey;
}
