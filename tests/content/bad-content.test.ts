/**
 * Bad content fails the real build: each fixture in tests/fixtures/bad-content/ is laid over a copy
 * of content/ and `astro sync` must stop with a message naming the file and the field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ACTION_IDS } from '../helpers/frontmatter';

const work = mkdtempSync(join(tmpdir(), 'roadmap-bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `astro sync` on content/ with one fixture laid over it; returns everything it printed. */
function syncWith(fixture: string, env: Record<string, string> = {}): { status: number | null; output: string } {
	const dir = join(work, fixture);
	cpSync('content', dir, { recursive: true });
	cpSync(join('tests/fixtures/bad-content', fixture), dir, { recursive: true });
	const run = spawnSync('npx', ['astro', 'sync'], {
		encoding: 'utf8',
		env: { ...process.env, ROADMAP_CONTENT_DIR: dir, ROADMAP_CACHE_DIR: join(work, `cache-${fixture}`), ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	return { status: run.status, output: (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}

describe('astro sync on bad content', () => {
	test.each([
		['missing-axis', /axis: (Required|Invalid input: expected number, received undefined)/],
		['axis-6', /axis: Too big: expected number to be <=5/],
		['unknown-owner', /owners\.0: unknown organisation "ministere-imaginaire": add it to content\/organisations\.yml/],
		['invalid-edtf', /deadlines\.0\.when: must be an EDTF date/],
		// Above the count, the schema refuses the number (the test below reaches the check for a missing file).
		['unknown-related', new RegExp(`related\\.0: Too big: expected number to be <=${ACTION_IDS.length}`)],
		['duplicate-id', /actions\/fr\/05\.md: id: 4 is already used by .*actions\/fr\/04\.md/],
	])('%s fails with a message naming the file and the field', (fixture, field) => {
		const { status, output } = syncWith(fixture);
		expect(status).not.toBe(0);
		expect(output).toMatch(/actions\/fr\/05\.md/);
		expect(output).toMatch(field);
	});

	test('unknown-related (a number in range that no file holds) fails with the whole-collection check, not the schema', () => {
		// The schema already refuses numbers above the count; to reach the check that looks for the
		// file, the roadmap here counts one action more than there are files, and action 05 names it.
		const missing = ACTION_IDS.length + 1; // the fixture's action 05 has `related: [27]`
		const { status, output } = syncWith('unknown-related', { ROADMAP_ACTION_COUNT: String(missing) });
		expect(status).not.toBe(0);
		expect(output).toMatch(new RegExp(`actions/fr/05\\.md: related\\[0\\]: action ${missing} does not exist`));
	});
});
