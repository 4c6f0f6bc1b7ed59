/**
 * The data files of the built site: actions.json against its published schema and the frontmatter,
 * the CSVs through a real CSV parser, the calendars through a real iCalendar parser. (A second
 * build giving the same files and UIDs is tests/build/reproducible.test.ts: byte-identical output.
 * That the links of actions.json are those the pages show is tests/build/links.test.ts.)
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { ACTION_IDS, readActions } from '../helpers/frontmatter';
import { DIST } from '../helpers/site';

const SITE = 'https://feuille-de-route-sante-2022.example';
const HOST = new URL(SITE).host;
const LANGS = [
	{ lang: 'fr', dir: 'donnees', deadlinesCsv: 'echeances.csv', ics: 'echeances.ics' },
	{ lang: 'en', dir: 'data', deadlinesCsv: 'deadlines.csv', ics: 'deadlines.ics' },
] as const;

const read = (path: string, root = DIST) => readFileSync(new URL('.' + path, root), 'utf8');
const readJson = (path: string) => JSON.parse(read(path));
const csvRows = (path: string) => parseCsv(read(path), { bom: true, columns: true }) as Array<Record<string, string>>;
const list = (cell: string) => (cell === '' ? [] : cell.split('; '));
/** French typography puts no-break spaces before colons and inside guillemets. */
const spaces = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');
const events = (ics: string) =>
	new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

/** Backlinks computed here, without the site's code: the actions whose `links` include `id`. */
const inverse = (actions: Array<{ id: number; links: number[] }>, id: number) => actions.filter((a) => a.links.includes(id)).map((a) => a.id);

describe('the published JSON Schema', () => {
	test('is a valid 2020-12 schema whose $id is its own address', () => {
		const schema = readJson('/schema/actions.schema.json');
		expect(schema.$id).toBe(`${SITE}/schema/actions.schema.json`);
		const ajv = addFormats(new Ajv2020({ strict: true }));
		expect(() => ajv.compile(schema)).not.toThrow();
	});
});

describe.each(LANGS)('the $lang data files', ({ lang, dir, deadlinesCsv, ics }) => {
	const source = readActions(lang);
	const json = readJson(`/${lang}/${dir}/actions.json`);
	const deadlineCount = source.reduce((n, a) => n + a.deadlines.length, 0);

	test('actions.json validates against the published schema', () => {
		const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
		const validate = ajv.compile(readJson('/schema/actions.schema.json'));
		expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
		expect(json.$schema).toBe(`${SITE}/schema/actions.schema.json`);
		expect(json.lang).toBe(lang);
	});

	test(`actions.json has the ${ACTION_IDS.length} actions, whose fields equal the frontmatter`, () => {
		expect(source.map((a) => a.id)).toEqual(ACTION_IDS);
		expect(json.actions.map((a: { id: number }) => a.id)).toEqual(ACTION_IDS);
		json.actions.forEach((a: Record<string, unknown>, i: number) => {
			const fm = source[i]!;
			expect(a).toMatchObject({
				id: fm.id,
				axis: fm.axis,
				title: fm.title,
				shortTitle: fm.shortTitle,
				owners: fm.owners,
				partners: fm.partners,
				related: fm.related,
				url: `${SITE}/${lang}/actions/${fm.id}/`,
				calendar: `${SITE}/${lang}/actions/${fm.id}/${ics}`,
				edition: '2019-04-25',
			});
			// `links` are `related` and the actions the text mentions (which of them: tests/build/links.test.ts).
			expect(a.links).toEqual([...new Set(a.links as number[])].sort((x, y) => x - y));
			expect(a.links).toEqual(expect.arrayContaining(fm.related));
			expect(a.links).not.toContain(fm.id);
			expect(a.referencedBy, `referencedBy of ${fm.id}`).toEqual(inverse(json.actions, fm.id));
			expect((a.deadlines as Array<Record<string, unknown>>).map(({ label, text, when, repeat }) => ({ label, text, when, repeat }))).toEqual(
				fm.deadlines.map((d) => ({ label: d.label, text: d.text, when: d.when, repeat: d.repeat ?? null })),
			);
		});
	});

	test('actions.json gives each deadline its first and last day, null when open-ended', () => {
		const seven = json.actions.find((a: { id: number }) => a.id === 7);
		expect(seven.deadlines.map((d: { earliest: string; latest: string | null }) => [d.earliest, d.latest])).toEqual([
			['2019-06-21', '2019-09-22'], // summer 2019
			['2019-07-01', '2019-09-30'], // third quarter 2019
			['2021-01-01', null], // from 2021
		]);
	});

	test('actions.json names the edition it comes from, and only what the dossier supports', () => {
		expect(json.edition).toMatchObject({ id: '2019-04-25', date: '2019-04-25', actionCount: ACTION_IDS.length });
		expect(json.edition.note).toContain('26');
		expect(json.edition.note).not.toContain('30');
		expect(json.licence.text).toContain('L321-1');
		const named = new Set(source.flatMap((a) => [...a.owners, ...a.partners]));
		expect(new Set(json.organisations.map((o: { id: string }) => o.id))).toEqual(named);
	});

	test('actions.csv opens cleanly: UTF-8 BOM, CRLF, and round-trips to the same actions', () => {
		const raw = read(`/${lang}/${dir}/actions.csv`);
		expect(raw.charCodeAt(0)).toBe(0xfeff);
		expect(raw).toContain('\r\n');
		const rows = csvRows(`/${lang}/${dir}/actions.csv`);
		expect(rows).toHaveLength(ACTION_IDS.length);
		rows.forEach((row, i) => {
			const a = json.actions[i];
			expect(row).toMatchObject({ id: String(a.id), axis: String(a.axis), title: a.title, shortTitle: a.shortTitle, url: a.url, edition: a.edition });
			expect(list(row.owners!)).toEqual(a.owners);
			expect(list(row.partners!)).toEqual(a.partners);
			expect(list(row.related!).map(Number)).toEqual(a.related);
			expect(list(row.referencedBy!).map(Number)).toEqual(a.referencedBy);
			expect(row.axisTitle).toBe(json.axes[a.axis - 1].title);
		});
	});

	test(`${deadlinesCsv} has one row per deadline, which round-trips to the same deadlines`, () => {
		const rows = csvRows(`/${lang}/${dir}/${deadlinesCsv}`);
		expect(rows).toHaveLength(deadlineCount);
		const expected = json.actions.flatMap((a: { id: number; deadlines: Array<Record<string, string | null>> }) =>
			a.deadlines.map((d, i) => ({ actionId: String(a.id), position: String(i + 1), label: d.label, text: d.text, when: d.when, repeat: d.repeat ?? '', earliest: d.earliest, latest: d.latest ?? '' })),
		);
		expect(rows.map(({ actionShortTitle: _s, url: _u, ...rest }) => rest)).toEqual(expected);
	});

	test(`${ics} parses with ical.js and has exactly one all-day event per deadline, on the right days`, () => {
		const parsed = events(read(`/${lang}/${dir}/${ics}`));
		expect(parsed).toHaveLength(deadlineCount);
		const byUid = new Map(parsed.map((e) => [e.uid, e]));
		expect(byUid.size).toBe(deadlineCount);
		for (const a of json.actions) {
			a.deadlines.forEach((d: { earliest: string; latest: string | null; label: string }, i: number) => {
				const event = byUid.get(`action-${a.id}-deadline-${i + 1}@${HOST}`)!;
				expect(event, `action ${a.id} deadline ${i + 1}`).toBeDefined();
				expect(event.startDate.isDate).toBe(true);
				expect(event.startDate.toString()).toBe(d.earliest);
				const last = event.endDate.clone();
				last.adjust(-1, 0, 0, 0); // DTEND is exclusive
				expect(last.toString()).toBe(d.latest ?? '2022-12-31');
				expect(spaces(event.summary)).toContain(`Action ${a.id} — ${spaces(d.label)}`);
				expect(event.component.getFirstPropertyValue('url')).toBe(a.url);
				if (d.latest === null) expect(event.description).toMatch(/31 (décembre|December) 2022/);
			});
		}
	});

	test('the summary carries the original wording', () => {
		const summaries = events(read(`/${lang}/${dir}/${ics}`)).map((e) => spaces(e.summary));
		expect(summaries).toContain(lang === 'fr' ? 'Action 7 — Généralisation : à partir de 2021' : 'Action 7 — Nationwide roll-out: from 2021');
	});

	test('each action has its own calendar with exactly its deadlines, under the same UIDs', () => {
		for (const a of json.actions) {
			const own = events(read(`/${lang}/actions/${a.id}/${ics}`)).map((e) => e.uid);
			expect(own).toEqual(a.deadlines.map((_: unknown, i: number) => `action-${a.id}-deadline-${i + 1}@${HOST}`));
		}
	});
});

describe('UIDs', () => {
	test('are the same in French and English, so one deadline is one event whatever the language', () => {
		const uids = (path: string) => events(read(path)).map((e) => e.uid);
		expect(uids('/en/data/deadlines.ics')).toEqual(uids('/fr/donnees/echeances.ics'));
	});
});
