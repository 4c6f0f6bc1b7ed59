/**
 * Bad content fails the real build: each case folder beside this file (tests/content/<case>/) is laid
 * over a copy of content/ (a file replaces its twin whether it ends in .md or .mdx; some cases also
 * delete files), and `astro sync` must stop with a message naming the file and the field. The syncs
 * run a few at a time (ROADMAP_SYNC_POOL, default: as many as cores, at least 2) in beforeAll; each test then reads its output.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroCommand } from '../helpers/astro';

const HERE = 'tests/content';

interface Case {
	/** What the message must say: the file (with its line for body problems) and the field. */
	message: RegExp;
	/** Files of content/ to delete, e.g. `axes/en/3` (any extension). */
	remove?: string[];
}

/** Every case, and the message that proves the build names the file and the field and says how to fix it. */
const CASES: Record<string, Case> = {
	// Schema: one file at a time.
	'missing-axis': { message: /actions\/fr\/05\.md: axis: is missing: add it \(a number\)/ },
	'axis-6': { message: /actions\/fr\/05\.md: axis: must be at most 5, found 6/ },
	'wrong-type': { message: /actions\/fr\/05\.md: id: must be a number, found "cinq"/ },
	'unknown-field': { message: /actions\/fr\/05\.md: frontmatter: unknown field titel: remove it or check the spelling/ },
	'unknown-owner': { message: /actions\/fr\/05\.md: owners\[0\]: unknown organisation "ministere-imaginaire": add it to content\/organisations\.yml/ },
	'invalid-edtf': { message: /actions\/fr\/05\.md: deadlines\[0\]\.when: must be an EDTF date/ },
	'invalid-calendar-day': { message: /actions\/fr\/05\.md: deadlines\[1\]\.when: must be an EDTF date .*2019-02-29 is not a day of the calendar/ },
	'huge-year': { message: /actions\/fr\/05\.md: deadlines\[1\]\.when: must be an EDTF date .*is not a 4-digit year/ },
	'unknown-related': { message: /actions\/fr\/05\.md: related\[0\]: must be at most 26, found 27/ },
	'duplicate-related': { message: /actions\/fr\/05\.md: related\[1\]: 15 is already listed at position 0: remove the duplicate/ },
	'duplicate-partners': { message: /actions\/fr\/05\.md: partners\[1\]: "cnam" is already listed at position 0: remove the duplicate/ },
	'duplicate-owners': { message: /actions\/fr\/05\.md: owners\[2\]: "dns" is already listed at position 0/ },
	'long-short-title': { message: /actions\/fr\/05\.md: shortTitle: must be at most 64 characters.*shorten it/ },
	'unbreakable-short-title': { message: /actions\/fr\/05\.md: shortTitle: has a word longer than 30 characters.*add spaces/ },
	'control-character': { message: /actions\/fr\/05\.md: shortTitle: contains the control character U\+0000 .*delete it/ },
	'form-feed-in-label': { message: /actions\/fr\/05\.md: deadlines\[2\]\.label: contains the control character U\+000C/ },
	'unbalanced-bidi': { message: /actions\/fr\/05\.md: deadlines\[1\]\.label: has a bidirectional control U\+202E that is never closed/ },
	'glossary-short-term': { message: /glossary\.yml \(item "e-prescription"\): terms\.fr\[1\]: "à" is too short to link safely/ },
	'glossary-common-word': { message: /glossary\.yml \(item "e-prescription"\): terms\.en\[1\]: "health" is a common word/ },
	// Whole collection.
	'duplicate-id': { message: /actions\/fr\/05\.md: id: 4 is already used by .*actions\/fr\/04\.mdx?/ },
	'year-after-span': { message: /actions\/fr\/05\.md: deadlines\[1\]\.when: 2030 .*is outside the roadmap's span, 2018-01-01 to 2024-12-31/ },
	'interval-outside-span': { message: /actions\/fr\/05\.md: deadlines\[2\]\.when: 1900\/2099 .*is outside the roadmap's span/ },
	'recurring-closed-when': { message: /actions\/fr\/02\.md: deadlines\[1\]\.when: "semestrielle" recurs with no end, so when must be an open period/ },
	'repeat-on-a-date': { message: /actions\/fr\/05\.md: deadlines\[1\]\.repeat: "2020" is a date, not a recurrence: remove repeat/ },
	'duplicate-organisation': { message: /organisations\.yml:\d+: id: "cnam" is already the id of the item on line \d+/ },
	'duplicate-page-slug': { message: /pages\/fr\/(patients\.md|a-propos\.mdx?): slug: "a-propos" is already the slug of .*pages\/fr\// },
	'page-slug-is-a-route': { message: /pages\/fr\/patients\.md: slug: "calendrier" is the address of a page of the site \(\/fr\/calendrier\/\): choose another slug/ },
	'missing-page-translation': { remove: ['pages/en/patients'], message: /pages\/fr\/patients\.mdx?: translation: the page "patients" has no "en" version/ },
	'missing-axis-translation': { remove: ['axes/en/3'], message: /axes\/fr\/3\.mdx?: translation: the axis "3" has no "en" version/ },
	'missing-action-translation': { remove: ['actions/en/07'], message: /actions\/en\/07\.md: id: action 7 is missing in "en": translate content\/actions\/fr\/07\.md/ },
	'unknown-language-folder': { message: /pages\/de\/: folder: "de" is not a language of the site \(fr, en/ },
	'french-text-in-english': { message: /actions\/en\/05\.md: body: its text reads as "fr", but the file is in the "en" folder/ },
	'english-text-in-french': { message: /actions\/fr\/05\.md: body: its text reads as "en", but the file is in the "fr" folder/ },
	'non-utf8': { message: /actions\/fr\/05\.md: encoding: the file is not valid UTF-8: save it as UTF-8/ },
	// Active HTML and code in bodies: the file and the line.
	'html-script': { message: /actions\/fr\/05\.md:\d+: body: <script> is not allowed in content/ },
	'html-iframe': { message: /actions\/fr\/05\.md:\d+: body: <iframe> is not allowed in content/ },
	'html-object': { message: /actions\/fr\/05\.md:\d+: body: <object> is not allowed in content/ },
	'html-style': { message: /actions\/fr\/05\.md:\d+: body: <style> is not allowed in content/ },
	'html-img': { message: /actions\/fr\/05\.md:\d+: body: <img> is not an allowed HTML element: content is Markdown/ },
	'html-event-handler': { message: /actions\/fr\/05\.md:\d+: body: <sup> has an event handler \(onmouseover=…\), which would run code: remove it/ },
	'html-javascript-href': { message: /actions\/fr\/05\.md:\d+: body: <a href="javascript:alert\(1\)"> links to a javascript: URL/ },
	'markdown-javascript-link': { message: /actions\/fr\/05\.md:\d+: body: the link to "javascript:alert\(1" links to a javascript: URL/ },
	'markdown-data-link': { message: /actions\/fr\/05\.md:\d+: body: the link to "data:text\/html.*" links to a data: URL/ },
	'mdx-import': { message: /actions\/fr\/05\.mdx:21: body: an import statement would run code when the site is built/ },
	'mdx-expression': { message: /actions\/fr\/05\.mdx:\d+: body: "\{" or "\}" starts an MDX expression/ },
};

const work = mkdtempSync(join(tmpdir(), 'roadmap-bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file below a folder, relative to it. */
const filesIn = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
	.filter((e) => e.isFile())
	.map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

/** Deletes `path` with any Markdown extension (content is moving from .mdx to .md). */
function removeTwins(stem: string): void {
	for (const ext of ['.md', '.mdx']) rmSync(stem + ext, { force: true });
}

/** Copies content/, lays the case over it, and runs `astro sync` on it; resolves to everything it printed. */
function syncWith(name: string, c: Case): Promise<{ status: number | null; output: string }> {
	const dir = join(work, name);
	cpSync('content', dir, { recursive: true });
	for (const path of c.remove ?? []) removeTwins(join(dir, path));
	const fixture = join(HERE, name);
	if (existsSync(fixture)) {
		for (const file of filesIn(fixture)) {
			if (/\.mdx?$/.test(file)) removeTwins(join(dir, file.replace(/\.mdx?$/, '')));
			cpSync(join(fixture, file), join(dir, file), { recursive: true });
		}
	}
	return new Promise((resolve) => {
		const [command, args] = astroCommand('sync');
		const child = spawn(command, args, {
			env: { ...process.env, ROADMAP_CONTENT_DIR: dir, ROADMAP_CACHE_DIR: join(work, `cache-${name}`), ASTRO_TELEMETRY_DISABLED: '1' },
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (status) => resolve({ status, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
	});
}

/** Runs `task` on every item, at most `size` at a time. */
async function pool<T, R>(items: readonly T[], size: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = [];
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await task(items[i]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
	return results;
}

const results = new Map<string, { status: number | null; output: string }>();

beforeAll(async () => {
	const names = [...Object.keys(CASES), 'pristine'];
	// Other test files run beside this one (vitest.config.ts): one sync per core keeps them moving.
	const size = Number(process.env.ROADMAP_SYNC_POOL ?? Math.max(2, Math.min(4, cpus().length)));
	const outputs = await pool(names, size, (name) => syncWith(name, CASES[name] ?? { message: /^$/ }));
	names.forEach((name, i) => results.set(name, outputs[i]!));
}, 900_000);

describe('astro sync on bad content', () => {
	test('has a fixture folder for every case that is not only a deletion, and a case for every folder', () => {
		const folders = readdirSync(HERE, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
		expect(folders.sort()).toEqual(Object.keys(CASES).filter((n) => !CASES[n]!.remove).sort());
		expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(30);
	});

	test.each(Object.keys(CASES))('%s fails with a message naming the file and the field', (name) => {
		const { status, output } = results.get(name)!;
		expect(status, output).not.toBe(0);
		expect(output).toMatch(CASES[name]!.message);
		// Plain text: no Markdown emphasis, no stack-only error without a file.
		expect(output).not.toMatch(/\*\*/);
	});
});

test('the real content passes the same checks', () => {
	const { status, output } = results.get('pristine')!;
	expect(status, output).toBe(0);
});
