import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { actionsCsv, ACTION_COLUMNS, deadlinesCsv, DEADLINE_COLUMNS, LIST_SEPARATOR } from '../../../src/lib/exports/csv';
import { data } from './fixture';

const BOM = '\uFEFF';
const read = (csv: string) => parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
const split = (cell: string) => (cell === '' ? [] : cell.split(LIST_SEPARATOR));

describe('actionsCsv', () => {
	const csv = actionsCsv(data);

	test('starts with a UTF-8 BOM and the column names, and ends rows with CRLF', () => {
		expect(csv.startsWith(BOM + ACTION_COLUMNS.join(',') + '\r\n')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	test('quotes fields that hold commas, quotes or line breaks (RFC 4180)', () => {
		expect(csv).toContain('"Conseil, ""éthique"" et virgules, ici"');
		expect(csv).toContain('"Action\navec un saut de ligne"');
	});

	test('round-trips through a CSV parser to the same actions', () => {
		const rows = read(csv);
		expect(rows).toHaveLength(data.actions.length);
		rows.forEach((row, i) => {
			const a = data.actions[i]!;
			expect(row).toMatchObject({ id: String(a.id), axis: String(a.axis), title: a.title, shortTitle: a.shortTitle, url: a.url });
			expect(split(row.owners!)).toEqual(a.owners);
			expect(split(row.partners!)).toEqual(a.partners);
			expect(split(row.related!).map(Number)).toEqual(a.related);
			expect(split(row.referencedBy!).map(Number)).toEqual(a.referencedBy);
			expect(Number(row.deadlineCount)).toBe(a.deadlines.length);
		});
	});

	test('matches its snapshot', async () => {
		await expect(csv).toMatchFileSnapshot('__snapshots__/actions.csv');
	});
});

describe('deadlinesCsv', () => {
	const csv = deadlinesCsv(data);

	test('has one row per deadline, which round-trips to the same deadlines', () => {
		expect(csv.startsWith(BOM + DEADLINE_COLUMNS.join(',') + '\r\n')).toBe(true);
		const rows = read(csv);
		expect(rows).toHaveLength(data.actions.reduce((n, a) => n + a.deadlines.length, 0));
		// Read the rows back into each action's deadlines, in order, and compare with the data.
		for (const a of data.actions) {
			const own = rows.filter((r) => Number(r.actionId) === a.id);
			expect(own.map((r) => Number(r.position))).toEqual(a.deadlines.map((_, i) => i + 1));
			expect(own.every((r) => r.url === a.url && r.actionShortTitle === a.shortTitle)).toBe(true);
			const back = own.map(({ label, text, when, repeat, earliest, latest }) => ({ label, text, when, repeat: repeat || null, earliest, latest: latest || null }));
			expect(back).toEqual(a.deadlines);
		}
	});

	test('matches its snapshot', async () => {
		await expect(csv).toMatchFileSnapshot('__snapshots__/deadlines.csv');
	});
});

describe('formula cells', () => {
	const hostile = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1+1'];
	/** The fixture with one hostile text as the first action's short title and first deadline label. */
	const tamper = (text: string) => {
		const copy = structuredClone(data);
		copy.actions[0]!.shortTitle = text;
		copy.actions[0]!.deadlines[0]!.label = text;
		return copy;
	};

	test.each(hostile)('a cell starting like a formula (%j) comes back from csv-parse with a leading quote', (text) => {
		const tampered = tamper(text);
		const rows = [...read(actionsCsv(tampered)), ...read(deadlinesCsv(tampered))];
		const cells = rows.flatMap((r) => [r.shortTitle, r.actionShortTitle, r.label]).filter((c) => c !== undefined);
		expect(cells).toContain(`'${text}`);
		expect(cells).not.toContain(text);
		// No cell of either file starts with a formula character.
		for (const c of rows.flatMap((r) => Object.values(r))) expect(c).not.toMatch(/^[=+\-@\t\r]/);
	});

	test('leaves ordinary text and numbers untouched', () => {
		const rows = read(actionsCsv(data));
		expect(rows[0]!.title).toBe(data.actions[0]!.title);
		expect(rows[0]!.id).toBe(String(data.actions[0]!.id));
	});
});
