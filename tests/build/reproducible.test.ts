/**
 * Two clean builds produce byte-identical output: dist/ and the second build the global set-up makes
 * (tests/setup/build-site.ts), into a folder of its own with a content cache of its own, in the same
 * Node process as the first (tests/setup/site-builds.ts: Astro loads afresh the configuration and every
 * module of the site for each build).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { builtSite } from '../helpers/builds';
import { DIST } from '../helpers/site';

/** Every file below a folder with the SHA-256 of its bytes. */
function digest(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => statSync(join(dir, f)).isFile())
			.sort()
			.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]),
	);
}

test('a second clean build is byte-identical to the first', async () => {
	const first = digest(fileURLToPath(DIST));
	const again = digest(await builtSite('rebuild'));
	expect(Object.keys(again)).toEqual(Object.keys(first));
	expect(Object.keys(first).length).toBeGreaterThan(200);
	const differing = Object.keys(first).filter((f) => first[f] !== again[f]);
	expect(differing).toEqual([]);
}, 240_000);
