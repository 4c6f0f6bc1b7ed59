/** The project type-checks (`astro check`, strictest tsconfig): a missing UI string is a type error. */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('astro check reports no error', () => {
	const run = spawnSync('npx', ['astro', 'check'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
	expect(output).toMatch(/- 0 errors/);
	expect(run.status, output).toBe(0);
}, 120_000);
