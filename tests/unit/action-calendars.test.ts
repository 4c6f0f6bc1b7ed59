/**
 * config/action-calendars.ts: once the build is done, each action's calendar is written at the
 * action's `calendar` address, from the `actions.json` of its language, by the function that writes
 * the calendar of every deadline; the route that serves them exists in `astro dev` only.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import actionCalendars from '../../config/action-calendars';
import { calendarIcs } from '../../src/calendars';
import { buildRoadmapData } from '../../src/lib/exports/roadmap-data';
import { input } from './exports/fixture';

const hooks = actionCalendars().hooks;

describe('action calendars', () => {
	const dir = mkdtempSync(join(tmpdir(), 'roadmap-calendars-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('are written at each action’s calendar address, in each language, as src/calendars.ts serialises them', async () => {
		const french = buildRoadmapData(input);
		const english = buildRoadmapData({
			...input,
			lang: 'en',
			urls: { ...input.urls, action: (id) => `https://roadmap.example/en/actions/${id}/`, actionCalendar: (id) => `https://roadmap.example/en/actions/${id}/deadlines.ics` },
		});
		for (const [data, folder] of [[french, 'fr/donnees'], [english, 'en/data']] as const) {
			mkdirSync(join(dir, folder), { recursive: true });
			writeFileSync(join(dir, folder, 'actions.json'), JSON.stringify(data));
			for (const a of data.actions) mkdirSync(join(dir, data.lang, 'actions', String(a.id)), { recursive: true });
		}
		const said: string[] = [];
		await hooks['astro:build:done']!({ dir: pathToFileURL(dir + '/'), logger: { info: (m: string) => void said.push(m) } } as never);

		expect(french.actions.map((a) => a.id)).toEqual([2, 7, 12]);
		for (const data of [french, english]) {
			for (const a of data.actions) {
				const file = join(dir, data.lang, 'actions', String(a.id), data.lang === 'fr' ? 'echeances.ics' : 'deadlines.ics');
				const text = readFileSync(file, 'utf8');
				expect(text).toBe(calendarIcs(data, a.calendar, a.id));
				// Only this action's deadlines.
				expect(text.match(/^UID:.*$/gm)).toEqual(a.deadlines.map((_, i) => `UID:action-${a.id}-deadline-${i + 1}@roadmap.example`));
			}
		}
		expect(said).toEqual(['wrote 6 action calendars']);
	});

	test('are served by a route in astro dev only', () => {
		const injected = (command: 'dev' | 'build' | 'preview') => {
			const patterns: string[] = [];
			void hooks['astro:config:setup']!({ command, injectRoute: ({ pattern }: { pattern: string }) => void patterns.push(pattern) } as never);
			return patterns;
		};
		expect(injected('dev')).toEqual(['/[lang]/actions/[id]/[calendar].ics']);
		expect(injected('build')).toEqual([]);
		expect(injected('preview')).toEqual([]);
	});
});
