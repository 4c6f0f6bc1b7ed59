/**
 * Bad content fails the real build: each case folder beside this file (tests/content/<case>/) is laid
 * over a copy of content/ (a file replaces its twin whether it ends in .md or .mdx; some cases also
 * delete files), and the content loaders must stop with a message naming the file and the field.
 * Every case is checked in this process by the loaders' own functions over the same table of
 * collections (./problems.ts). A few cases, one for each way a problem is found, are also synced by
 * Astro's own `sync()` (./sync-cases.ts, in one Node process), which must fail and print every
 * line found in process; one of them is synced by the CLI, `astro sync`, to show that what it prints
 * is that same message. Syncs run in a view of the project (projectView) and write their generated types
 * there, never into the project's `.astro/`.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroCommand, projectView } from '../helpers/astro';
import { contentProblems } from './problems';
import type { SyncCase, SyncResult } from './sync-cases';

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
const view = projectView();
afterAll(() => {
	rmSync(work, { recursive: true, force: true });
	rmSync(view, { recursive: true, force: true });
});

/** Every file below a folder, relative to it. */
const filesIn = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
	.filter((e) => e.isFile())
	.map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

/** Deletes `path` with any Markdown extension (content is moving from .mdx to .md). */
function removeTwins(stem: string): void {
	for (const ext of ['.md', '.mdx']) rmSync(stem + ext, { force: true });
}

/** Copies content/ and lays the case over it; returns the case's content folder and cache folder. */
function prepare(name: string, c: Case): SyncCase {
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
	return { name, content: dir, cache: join(work, `cache-${name}`) };
}

const run = promisify(execFile);
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Syncs `cases` one after the other in one Node process (./sync-cases.ts). */
async function syncAll(cases: SyncCase[]): Promise<SyncResult[]> {
	const list = join(work, 'cases.json');
	writeFileSync(list, JSON.stringify(cases));
	const { stdout } = await run(process.execPath, [join(HERE, 'sync-cases.ts'), list, view], { env: ENV, maxBuffer: 16 * 1024 * 1024 });
	return stdout.trim().split('\n').map((line) => JSON.parse(line) as SyncResult);
}

/** What `astro sync` (the CLI, in a child process) printed for a case, and its exit status. */
async function syncCli({ content, cache }: SyncCase): Promise<{ status: number; output: string }> {
	const [command, args] = astroCommand('sync');
	const output = (o: { stdout?: string; stderr?: string }) => ((o.stdout ?? '') + (o.stderr ?? '')).replace(/\x1b\[[0-9;]*m/g, '');
	try {
		const result = await run(command, args, { cwd: view, env: { ...ENV, ROADMAP_CONTENT_DIR: content, ROADMAP_CACHE_DIR: `${cache}-cli` } });
		return { status: 0, output: output(result) };
	} catch (e) {
		return { status: (e as { code?: number }).code ?? 1, output: output(e as { stdout?: string; stderr?: string }) };
	}
}

/** The case synced by the CLI, whose output is read as its sync's result: an error in a body, with its line. */
const CLI_CASES = ['html-script'];

/**
 * Cases Astro syncs too, one for each way the loaders find a problem: a file's raw text, its bytes,
 * its frontmatter against the schema, the whole collection, a deleted translation, a page's address,
 * a YAML list's ids, and one of its items against the schema.
 */
const SYNCED = ['html-script', 'non-utf8', 'axis-6', 'duplicate-id', 'missing-action-translation', 'page-slug-is-a-route', 'duplicate-organisation', 'glossary-short-term'];

/** A problem line without the case's temporary folder, as Astro (relative path) and this process (absolute) name it. */
const inCase = (text: string) => text.replace(/\S*roadmap-bad-content-[^/]+\/[^/]+\//g, '');

const found = new Map<string, Record<string, string[]>>();
const results = new Map<string, SyncResult>();
const cli = new Map<string, { status: number; output: string }>();

beforeAll(async () => {
	const cases = [...Object.entries(CASES), ['pristine', {}] as const].map(([name, c]) => prepare(name, c as Case));
	// The CLI cases are synced by the CLI only: what it prints is read as the sync's result too.
	const synced = cases.filter((c) => SYNCED.includes(c.name) && !CLI_CASES.includes(c.name));
	// One Node process for every case: Astro and Vite load once (about 3.5 s of CPU), and the cores are
	// kept busy by the other test files running beside this one (vitest.config.ts), not by more processes.
	const syncing = Promise.all([
		syncAll(synced),
		Promise.all(CLI_CASES.map((name) => syncCli(cases.find((c) => c.name === name)!))),
	]);
	for (const c of cases) found.set(c.name, await contentProblems(c.content));
	const [syncedResults, printed] = await syncing;
	for (const result of syncedResults) results.set(result.name, result);
	CLI_CASES.forEach((name, i) => {
		cli.set(name, printed[i]!);
		results.set(name, { name, ok: printed[i]!.status === 0, output: printed[i]!.output });
	});
}, 900_000);

describe('bad content', () => {
	test('has a fixture folder for every case that is not only a deletion, and a case for every folder', () => {
		const folders = readdirSync(HERE, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
		expect(folders.sort()).toEqual(Object.keys(CASES).filter((n) => !CASES[n]!.remove).sort());
		expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(30);
		expect(SYNCED.filter((n) => !CASES[n])).toEqual([]);
	});

	test.each(Object.keys(CASES))('%s stops the loaders with a message naming the file and the field', (name) => {
		const problems = Object.values(found.get(name)!).flat();
		expect(problems.length, `${name} was found bad`).toBeGreaterThan(0);
		expect(problems.join('\n')).toMatch(CASES[name]!.message);
		// Plain text: no Markdown emphasis.
		expect(problems.join('\n')).not.toMatch(/\*\*/);
	});

	test.each(SYNCED)('Astro\'s sync fails on %s and prints every problem found in process in the collection it reports', (name) => {
		const result = results.get(name);
		expect(result, `${name} was synced`).toBeDefined();
		expect(result!.ok, result!.output).toBe(false);
		expect(result!.output).toMatch(CASES[name]!.message);
		// "Invalid actions (1):": Astro reports the first collection that fails.
		const collection = /Invalid (\w+) \(\d+\):/.exec(result!.output)?.[1];
		const problems = found.get(name)![collection!];
		expect(problems, `${name}: problems found in process in ${collection}`).toBeDefined();
		for (const line of problems!) expect(inCase(result!.output)).toContain(inCase(line));
		expect(result!.output).not.toMatch(/\*\*/);
	});

	test.each(CLI_CASES)('`astro sync` prints the same message for %s and exits with an error', (name) => {
		const { status, output } = cli.get(name)!;
		expect(status, output).not.toBe(0);
		expect(output).toMatch(CASES[name]!.message);
		expect(output).not.toMatch(/\*\*/);
	});
});

// Astro's sync of the real content is the first step of every build (tests/setup/build-site.ts) and of
// `astro check` (tests/types/): a problem there fails the site and types tiers.
test('the real content, and its copy the cases are laid over, pass the same checks in process', async () => {
	expect(found.get('pristine')).toEqual({});
	expect(await contentProblems('content')).toEqual({});
});
