/**
 * The order test files start in, across tiers: Vitest's own (failed first, then longest first from
 * its cache of past runs, or largest first on a fresh clone), except that the tiers which need no
 * site build (unit, types, content) go first, so that they run while the build of the global set-up
 * (tests/setup/build-site.ts) is still going instead of waiting behind files that wait for it; then,
 * of the files that read the built site, the longest files, longest first, whatever Vitest's cache
 * says (a fresh clone, as CI runs, has none, and Vitest then starts the largest files first): the
 * layout sweeps, the axe audit and search, which take most of the run, and html-validate over every
 * page, which ran last, alone on one core, for seven seconds. The hostile content's test, in the
 * content tier, reads a build the builder makes after the site's: started first, it held a worker for
 * about 18 s while it waited, so it starts with the built tiers' files.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const NO_BUILD = new Set(['unit', 'types', 'content']);
/** Files of those tiers that wait for a build all the same (tests/setup/build-site.ts). */
const WAIT = ['tests/hostile/hostile.test.ts'];
/** The longest files of the built tiers, longest first (wall times of 7 December: 93, 52, 50 and 9 s). */
const LONGEST = ['tests/e2e/readable.test.ts', 'tests/e2e/accessibility.test.ts', 'tests/e2e/search.test.ts', 'tests/build/validity.test.ts'];

export default class TiersSequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const longest = (spec: TestSpecification) => LONGEST.findIndex((f) => spec.moduleId.endsWith(f));
		const rank = (spec: TestSpecification) => {
			if (NO_BUILD.has(spec.project.name) && !WAIT.some((f) => spec.moduleId.endsWith(f))) return 0;
			return longest(spec) >= 0 ? 1 + longest(spec) / LONGEST.length : 2;
		};
		return sorted.sort((a, b) => rank(a) - rank(b));
	}
}
