/**
 * Characters that must not reach a page, a spreadsheet or a calendar from a text field: control
 * characters (NUL, vertical tab, form feed…) and bidirectional controls left open, which would
 * reverse the rest of the line they end up in (a citation, a CSV row, a calendar summary).
 * Each function returns what is wrong, in words, or undefined when the text is fine.
 */

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Opening bidirectional controls (embeddings and overrides close with PDF, isolates with PDI). */
const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const PDF = '\u202C';
const PDI = '\u2069';

/** U+XXXX, for messages. */
export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A control character in the text, described; undefined when there is none. */
export function controlCharacterProblem(text: string): string | undefined {
	const m = CONTROL.exec(text);
	if (m) return `contains the control character ${codePoint(m[0])} at position ${m.index + 1}: delete it (it is invisible in most editors)`;
	if (text.includes('\uFFFD')) return 'contains U+FFFD (a character that was not valid UTF-8): save the file as UTF-8 and retype it';
	return undefined;
}

/**
 * A bidirectional control that is not closed (or closed without being opened) in the same text;
 * undefined when they balance, as Unicode's bidi algorithm expects (UAX #9).
 */
export function bidiProblem(text: string): string | undefined {
	const open: string[] = [];
	for (const c of text) {
		if (EMBEDDINGS.has(c) || ISOLATES.has(c)) open.push(c);
		else if (c === PDF || c === PDI) {
			const last = open.pop();
			const matches = last !== undefined && (c === PDF ? EMBEDDINGS.has(last) : ISOLATES.has(last));
			if (!matches) return `has a bidirectional control ${codePoint(c)} that closes nothing: delete it`;
		}
	}
	if (open.length > 0) {
		return `has a bidirectional control ${codePoint(open[0]!)} that is never closed, so it would reverse the text after it: delete it or close it in the same field`;
	}
	return undefined;
}

/** The first problem with a text field's characters, or undefined. */
export const textProblem = (text: string) => controlCharacterProblem(text) ?? bidiProblem(text);
