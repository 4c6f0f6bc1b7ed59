/**
 * Checks that need the whole collection (a schema sees one file at a time): unique ids, files
 * named after their id, cross-references that exist, deadlines whose EDTF agrees with their
 * wording (in French and in English), and translations whose structure matches the French original.
 * Each problem names the file and the field, and says how to fix it.
 */
import { ACTION_COUNT, LANGS, type ActionData, type Lang } from '../schemas';
import { ROADMAP_SPAN } from './edition';
import { parseEdtf } from './edtf';
import { readWording, type Reading } from './wording';

/** An action as the loader sees it. */
export interface ActionFile {
	/** Path relative to the project, e.g. `content/actions/fr/06.md`. */
	file: string;
	lang: Lang | string;
	data: ActionData;
}

/** The fields that must be identical in every language. */
export const STRUCTURAL_FIELDS = ['axis', 'owners', 'partners', 'related'] as const;

const at = (file: string, field: string, message: string) => `${file}: ${field}: ${message}`;

/** A deadline's dates outside the roadmap's span (`ROADMAP_SPAN`, src/lib/edition.ts), in words. */
function outsideSpan(when: string): string | undefined {
	const { start, end } = parseEdtf(when);
	const last = end ?? start;
	if (start >= ROADMAP_SPAN.start && last <= ROADMAP_SPAN.end) return undefined;
	return `${when} (${start} to ${end ?? '…'}) is outside the roadmap's span, ${ROADMAP_SPAN.start} to ${ROADMAP_SPAN.end}: check the year (the span is ROADMAP_SPAN in src/lib/edition.ts)`;
}

function checkWording(a: ActionFile, read: (text: string) => Reading | undefined): string[] {
	return a.data.deadlines.flatMap((d, i) => {
		const field = `deadlines[${i}]`;
		const span = outsideSpan(d.when);
		if (span) return [at(a.file, `${field}.when`, span)];
		const reading = read(d.text);
		if (!reading) {
			return [at(a.file, `${field}.text`, `"${d.text}" is not a wording the site can read: add a rule to src/lib/wording.ts`)];
		}
		if ('repeat' in reading) {
			if (reading.repeat !== d.repeat) return [at(a.file, `${field}.repeat`, `"${d.text}" means repeat: ${reading.repeat}, found ${d.repeat ?? 'nothing'}`)];
			// A recurrence has no end: its `when` is the open period from its first occurrence (`2019-06/..`).
			return parseEdtf(d.when).end === null
				? []
				: [at(a.file, `${field}.when`, `"${d.text}" recurs with no end, so when must be an open period from the first occurrence (e.g. 2019-06/..), found ${d.when}`)];
		}
		if (d.repeat) return [at(a.file, `${field}.repeat`, `"${d.text}" is a date, not a recurrence: remove repeat, or word the recurrence (e.g. "semestrielle")`)];
		return reading.when === d.when
			? []
			: [at(a.file, `${field}.when`, `"${d.text}" means ${reading.when}, found ${d.when}`)];
	});
}

/** Problems within one language's actions. */
function checkLanguage(files: ActionFile[]): string[] {
	const problems: string[] = [];
	const byId = new Map<number, ActionFile>();
	for (const a of files) {
		const other = byId.get(a.data.id);
		if (other) problems.push(at(a.file, 'id', `${a.data.id} is already used by ${other.file}: each action number appears once`));
		else byId.set(a.data.id, a);
		const expected = String(a.data.id).padStart(2, '0');
		if (!new RegExp(`/${expected}\\.mdx?$`).test(a.file)) problems.push(at(a.file, 'id', `action ${a.data.id} must live in a file named ${expected}.md`));
		a.data.related.forEach((r, i) => {
			if (r === a.data.id) problems.push(at(a.file, `related[${i}]`, `an action cannot be related to itself (${r})`));
		});
		const read = readWording[a.lang as Lang];
		if (read) problems.push(...checkWording(a, read));
	}
	for (const a of files) {
		a.data.related.forEach((r, i) => {
			if (!byId.has(r)) problems.push(at(a.file, `related[${i}]`, `action ${r} does not exist`));
		});
	}
	const sorted = [...byId.values()].sort((x, y) => x.data.id - y.data.id);
	sorted.forEach((a, i) => {
		const prev = sorted[i - 1];
		if (prev && a.data.axis < prev.data.axis) {
			problems.push(at(a.file, 'axis', `action ${a.data.id} is in axis ${a.data.axis}, before action ${prev.data.id} (axis ${prev.data.axis}): axes follow the roadmap's order`));
		}
	});
	return problems;
}

/** Problems between a translation and the French original. */
function checkTranslation(original: ActionFile[], translation: ActionFile[]): string[] {
	const problems: string[] = [];
	const fr = new Map(original.map((a) => [a.data.id, a]));
	for (const t of translation) {
		const o = fr.get(t.data.id);
		if (!o) {
			problems.push(at(t.file, 'id', `there is no French action ${t.data.id} to translate`));
			continue;
		}
		for (const field of STRUCTURAL_FIELDS) {
			if (JSON.stringify(t.data[field]) !== JSON.stringify(o.data[field])) {
				problems.push(at(t.file, field, `must equal ${o.file} (${JSON.stringify(o.data[field])})`));
			}
		}
		const names = (a: ActionFile) => JSON.stringify((a.data.leadPeople ?? []).map((p) => p.name));
		if (names(t) !== names(o)) {
			problems.push(at(t.file, 'leadPeople', `must name the same people as ${o.file} (${names(o)}); only their roles are translated`));
		}
		if (t.data.deadlines.length !== o.data.deadlines.length) {
			problems.push(at(t.file, 'deadlines', `has ${t.data.deadlines.length} deadlines, ${o.file} has ${o.data.deadlines.length}`));
		}
		t.data.deadlines.forEach((d, i) => {
			const od = o.data.deadlines[i];
			if (od && (d.when !== od.when || d.repeat !== od.repeat)) {
				problems.push(at(t.file, `deadlines[${i}].when`, `must equal ${o.file} (${od.when}${od.repeat ? ' ' + od.repeat : ''})`));
			}
		});
	}
	return problems;
}

/**
 * Every problem in the actions collection, as `file: field: message` lines; empty when all is well.
 * Every configured language must have all of them.
 */
export function checkActions(files: ActionFile[]): string[] {
	const problems: string[] = [];
	// Files in a language folder that is not configured are reported once, by the loader.
	for (const lang of LANGS) {
		const own = files.filter((a) => a.lang === lang);
		problems.push(...checkLanguage(own));
		const ids = new Set(own.map((a) => a.data.id));
		const missing = Array.from({ length: ACTION_COUNT }, (_, i) => i + 1).filter((n) => !ids.has(n));
		if (own.length === 0) {
			problems.push(at(`content/actions/${lang}/`, 'folder', `there is no action in "${lang}": every configured language needs all ${ACTION_COUNT} actions`));
			continue;
		}
		for (const n of missing) {
			const name = `${String(n).padStart(2, '0')}.md`;
			const fix = lang === 'fr' ? 'add it from the dossier' : `translate content/actions/fr/${name} into it`;
			problems.push(at(`content/actions/${lang}/${name}`, 'id', `action ${n} is missing in "${lang}": ${fix}`));
		}
		if (lang !== 'fr') problems.push(...checkTranslation(files.filter((a) => a.lang === 'fr'), own));
	}
	return problems;
}
