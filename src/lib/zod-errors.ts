/**
 * zod issues as plain lines, `file: field: message`, for people editing content: the field path as
 * they would write it (`deadlines[0].when`), what was expected and what was found, and no Markdown
 * markup (Astro's own messages print `**field**`, which a terminal shows as `id**: **id:`).
 * Mirrors the idea of Starlight's error map:
 * https://github.com/withastro/starlight/blob/main/packages/starlight/utils/error-map.ts
 */
import { z } from 'astro/zod';

/** zod's default English messages, to tell a schema's own message from a default one. */
const defaultMessage = z.locales.en().localeError;

/** `deadlines[0].when` from `['deadlines', 0, 'when']`. */
export const fieldPath = (path: readonly PropertyKey[]) =>
	path.reduce<string>((s, key) => (typeof key === 'number' ? `${s}[${key}]` : s ? `${s}.${String(key)}` : String(key)), '');

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** One issue in words; the schema's own message when it has one. */
export function issueMessage(issue: z.core.$ZodIssue): string {
	const fallback = defaultMessage(issue as never);
	const isDefault = !fallback || issue.message === (typeof fallback === 'string' ? fallback : fallback.message);
	if (!isDefault) return issue.message;
	const input = (issue as { input?: unknown }).input;
	switch (issue.code) {
		case 'invalid_type':
			return input === undefined ? `is missing: add it (a ${issue.expected})` : `must be a ${issue.expected}, found ${show(input)}`;
		case 'too_big':
			return issue.origin === 'array'
				? `lists too many items (at most ${issue.maximum})`
				: `must be at most ${issue.maximum}, found ${show(input)}`;
		case 'too_small':
			return issue.origin === 'array'
				? `must list at least ${issue.minimum} item${Number(issue.minimum) > 1 ? 's' : ''}`
				: `must be at least ${issue.minimum}, found ${show(input)}`;
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling (fields are listed in src/schemas.ts)`;
		case 'invalid_value':
			return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${show(input)}`;
		case 'invalid_format':
			return `${issue.message.replace(/^Invalid string: /, 'must ')}, found ${show(input)}`;
		default:
			return issue.message;
	}
}

/** `file: field: message`, one line per issue; a whole-object issue is named `frontmatter`. */
export const formatIssues = (file: string, issues: readonly z.core.$ZodIssue[]) =>
	issues.map((issue) => `${file}: ${fieldPath(issue.path) || 'frontmatter'}: ${issueMessage(issue)}`);
