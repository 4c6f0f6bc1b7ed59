/**
 * The hostile content (./content/, see README.md) laid over a copy of the real content/: a fixture
 * file replaces its twin whether that ends in .md or .mdx. The global set-up lays it in a folder of its
 * own and has it built (tests/setup/build-site.ts); hostile.test.ts reads the fixture and the build.
 */
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE = 'tests/hostile/content';

/** Copies content/ into `dir` and lays the fixture over it. */
export function layHostileContent(dir: string): void {
	cpSync('content', dir, { recursive: true });
	for (const file of readdirSync(FIXTURE, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'))) {
		rmSync(join(dir, file.replace(/\.md$/, '.mdx')), { force: true });
		cpSync(join(FIXTURE, file), join(dir, file));
	}
}
