/**
 * A setup file of the site and browser tiers: each test file waits here until the real site's build,
 * which the global set-up asked for (tests/setup/build-site.ts), has ended, and fails with the build's
 * output if it failed.
 */
import { inject } from 'vitest';
import { builtSite } from '../helpers/builds';

if (inject('siteBuilds')?.site) await builtSite('site');
