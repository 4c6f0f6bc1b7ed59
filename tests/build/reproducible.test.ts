/** Two clean builds produce byte-identical output. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { astroCommand } from '../helpers/astro';
import { DIST } from '../helpers/site';

const work = mkdtempSync(join(tmpdir(), 'roadmap-rebuild-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file below a folder with the SHA-256 of its bytes. */
function digest(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => statSync(join(dir, f)).isFile())
			.sort()
			.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]),
	);
}

test('a second clean build is byte-identical to the first', () => {
	const second = join(work, 'dist');
	const [command, args] = astroCommand('build', '--silent', '--outDir', second);
	execFileSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ROADMAP_CACHE_DIR: join(work, 'cache') },
	});
	const first = digest(fileURLToPath(DIST));
	const again = digest(second);
	expect(Object.keys(again)).toEqual(Object.keys(first));
	const differing = Object.keys(first).filter((f) => first[f] !== again[f]);
	expect(differing).toEqual([]);
}, 240_000);
