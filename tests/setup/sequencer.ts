/**
 * The order test files start in, across tiers: Vitest's own (failed first, then longest first from
 * its cache of past runs, or largest first on a fresh clone), except that the tiers which need no
 * site build (unit, types, content) go first, so that they run while the build of the global set-up
 * (tests/setup/build-site.ts) is still going instead of waiting behind files that wait for it; and
 * that, of the files that read the built site, those which build the site again go first, so that
 * their build runs beside the browser files instead of alone once they are done.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const NO_BUILD = new Set(['unit', 'types', 'content']);
/** Files of the built tiers that run a build of their own. */
const REBUILDS = ['tests/build/reproducible.test.ts'];

export default class TiersSequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const rank = (spec: TestSpecification) => (NO_BUILD.has(spec.project.name) ? 0 : REBUILDS.some((f) => spec.moduleId.endsWith(f)) ? 1 : 2);
		return sorted.sort((a, b) => rank(a) - rank(b));
	}
}
