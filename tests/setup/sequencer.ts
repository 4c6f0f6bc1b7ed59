/**
 * The order test files start in, across tiers: Vitest's own (failed first, then longest first from
 * its cache of past runs, or largest first on a fresh clone), except that the tiers which need no
 * site build (unit, types, content) go first, so that they run while the build of the global set-up
 * (tests/setup/build-site.ts) is still going instead of waiting behind files that wait for it.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const NO_BUILD = new Set(['unit', 'types', 'content']);

export default class TiersSequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const first = (spec: TestSpecification) => (NO_BUILD.has(spec.project.name) ? 0 : 1);
		return sorted.sort((a, b) => first(a) - first(b));
	}
}
