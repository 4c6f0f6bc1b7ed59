/**
 * Each action's calendar (`/fr/actions/7/echeances.ics`), written once the build is done from the
 * `actions.json` Astro has just written in each language: every action's `calendar` address, and its
 * deadlines, serialised by the same function as the calendar of every deadline (src/calendars.ts).
 *
 * Not a route in a build (issue 10): Astro renders and writes each route's file through its whole
 * request pipeline (request, response, two log lines, an asynchronous mkdir and write), about 1 ms a
 * file on a quiet 2-core machine and 3 ms on a busy one, for calendars of about 2 KB whose own
 * serialisation takes 0.1 ms; at 10× content their 520 files took about 1 s of the 6 to 7 s of
 * rendering (README, Benchmark, fourth round). Here each is one write into the folder its action's
 * page is in: 0.1 to 0.35 s for all 520. `astro dev` serves the same files by a route
 * (src/views/action-calendar.ts), injected only there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { calendarIcs } from '../src/calendars';
import { segment } from '../src/i18n/segments';
import type { RoadmapData } from '../src/lib/exports/actions-schema';
import { dataFile } from '../src/lib/exports/files';
import { LANGS } from '../src/schemas';

export default function actionCalendars(): AstroIntegration {
	return {
		name: 'roadmap:action-calendars',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'dev') injectRoute({ pattern: '/[lang]/actions/[id]/[calendar].ics', entrypoint: new URL('../src/views/action-calendar.ts', import.meta.url) });
			},
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				let written = 0;
				for (const lang of LANGS) {
					const data = JSON.parse(readFileSync(join(site, lang, segment('data', lang), dataFile('actions-json').names[lang]), 'utf8')) as RoadmapData;
					for (const action of data.actions) {
						writeFileSync(join(site, decodeURI(new URL(action.calendar).pathname)), calendarIcs(data, action.calendar, action.id));
						written++;
					}
				}
				logger.info(`wrote ${written} action calendars`);
			},
		},
	};
}
