import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { deadlinesIcs, deadlineUid, eventSpan, type IcsOptions } from '../../../src/lib/exports/ics';
import { data } from './fixture';

const options: IcsOptions = {
	lang: 'fr',
	host: 'roadmap.example',
	stamp: new Date('2024-01-02T03:04:05Z'),
	url: 'https://roadmap.example/fr/donnees/echeances.ics',
	text: {
		calendarName: 'Échéances de la feuille de route',
		action: (n) => `Action ${n}`,
		openEnd: (wording) => `Échéance ouverte (« ${wording} ») : l'évènement s'arrête le 31 décembre 2022.`,
		repeat: { P6M: 'tous les six mois', P1Y: 'tous les ans' },
	},
};

const events = (ics: string) =>
	new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('deadlineUid', () => {
	test('is built from the action number, the deadline position and the host only', () => {
		expect(deadlineUid(7, 2, 'roadmap.example')).toBe('action-7-deadline-2@roadmap.example');
		expect(deadlineUid(7, 3, 'roadmap.example')).not.toBe(deadlineUid(7, 2, 'roadmap.example'));
	});
});

describe('eventSpan', () => {
	test('ends the day after the last day, since DTEND is exclusive', () => {
		expect(eventSpan({ earliest: '2019-06-21', latest: '2019-09-22' })).toEqual({
			start: new Date('2019-06-21T00:00:00Z'),
			end: new Date('2019-09-23T00:00:00Z'),
			open: false,
		});
	});

	test('stops an open-ended deadline at the roadmap horizon, 31 December 2022', () => {
		expect(eventSpan({ earliest: '2021-01-01', latest: null })).toEqual({
			start: new Date('2021-01-01T00:00:00Z'),
			end: new Date('2023-01-01T00:00:00Z'),
			open: true,
		});
	});
});

describe('deadlinesIcs', () => {
	const ics = deadlinesIcs(data, options);

	test('parses as iCalendar with exactly one all-day event per deadline, on the right days', () => {
		const parsed = events(ics);
		const expected = data.actions.flatMap((a) => a.deadlines.map((d, i) => ({ a, d, position: i + 1 })));
		expect(parsed).toHaveLength(expected.length);
		parsed.forEach((event, i) => {
			const { a, d, position } = expected[i]!;
			expect(event.uid).toBe(`action-${a.id}-deadline-${position}@roadmap.example`);
			expect(event.startDate.isDate).toBe(true);
			expect(event.startDate.toString()).toBe(d.earliest);
			const lastDay = event.endDate.clone();
			lastDay.adjust(-1, 0, 0, 0);
			expect(lastDay.toString()).toBe(d.latest ?? '2022-12-31');
			expect(event.component.getFirstPropertyValue('url')).toBe(a.url);
		});
	});

	test('puts the action number and the original wording in the summary', () => {
		const summaries = events(ics).map((e) => e.summary);
		expect(summaries).toContain('Action 7 — Généralisation\u00A0: à partir de 2021');
	});

	test('says in the description that an open-ended deadline was cut at the horizon', () => {
		const open = events(ics).find((e) => e.uid === 'action-7-deadline-2@roadmap.example')!;
		expect(open.description).toContain('Échéance ouverte (« à partir de 2021 »)');
		const closed = events(ics).find((e) => e.uid === 'action-7-deadline-1@roadmap.example')!;
		expect(closed.description).not.toContain('Échéance ouverte');
	});

	test('escapes commas and semicolons, and folds long lines at 75 octets', () => {
		expect(ics.replace(/\r\n /g, '')).toContain('santé »\\, et création');
		for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
	});

	test('keeps only the asked actions in a per-action calendar', () => {
		expect(events(deadlinesIcs(data, { ...options, actionIds: [7] })).map((e) => e.uid)).toEqual([
			'action-7-deadline-1@roadmap.example',
			'action-7-deadline-2@roadmap.example',
		]);
	});

	test('matches its snapshot', async () => {
		await expect(ics).toMatchFileSnapshot('__snapshots__/deadlines.ics');
	});
});
