/**
 * Hostile but valid content builds, and every output escapes it for its own format: the fixture in
 * ./content/ (see README.md) is laid over a copy of content/ and built into a folder of its own by the
 * global set-up (tests/setup/build-site.ts, ./fixture.ts), and each output is read back with a real parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/builds';
import { FIXTURE } from './fixture';

let dist = '';

/** The frontmatter of a fixture file. */
const frontmatter = (path: string) => parseYaml(readFileSync(join(FIXTURE, path), 'utf8').split(/^---$/m)[1]!) as Record<string, any>;
const action = frontmatter('actions/fr/05.md');
const TITLE: string = action.title;
const SHORT: string = action.shortTitle;
const LABELS: string[] = action.deadlines.map((d: { label: string }) => d.label);
const PAGE = frontmatter('pages/fr/patients.md');

/** What the site's typography does to text (no-break spaces, curly apostrophes), undone for comparison. */
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'").replace(/\s+/g, ' ').trim();

/** Markup an attacker would like to see become elements. */
const INJECTED = ['img', 'svg[onload]', 'iframe', 'i[onclick]', 'b[onmouseover]', 'a[href^="javascript"]'];

beforeAll(async () => {
	dist = await builtSite('hostile');
}, 600_000);

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const html = (path: string): HTMLElement => parseHtml(read(path));

describe('a hostile content build', () => {
	test('no page gets an element, attribute or script from the content', () => {
		const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(100);
		for (const path of pages) {
			const doc = html(path);
			for (const selector of INJECTED) expect(doc.querySelectorAll(selector).length, `${path} ${selector}`).toBe(0);
			for (const script of doc.querySelectorAll('script')) expect(script.rawText, path).not.toMatch(/alert\(/);
			for (const style of doc.querySelectorAll('style')) expect(style.rawText, path).not.toContain('*{display:none}');
		}
	});

	test('HTML text and attributes give back the text as written', () => {
		for (const lang of ['fr', 'en']) {
			const doc = html(`${lang}/actions/5/index.html`);
			expect(plain(doc.querySelector('h1')!.textContent)).toContain(plain(TITLE));
			expect(plain(doc.querySelector('title')!.textContent)).toContain(plain(SHORT));
			expect(plain(doc.querySelector('meta[property="og:title"]')!.getAttribute('content')!)).toContain(plain(SHORT));
			for (const label of LABELS) expect(plain(doc.querySelector('main')!.textContent)).toContain(plain(label));
			// The isolate stays closed: the text after it is not reversed.
			expect(doc.querySelector('h1')!.textContent).toMatch(/\u2067[^\u2069]*\u2069/);
		}
		const page = html('fr/numerique-au-service-des-patients/index.html');
		expect(page.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(PAGE.description);
		expect(plain(page.querySelector('meta[property="og:title"]')!.getAttribute('content')!)).toContain(plain(PAGE.title));
	});

	test('actions.json holds the text as written', () => {
		const data = JSON.parse(read('fr/donnees/actions.json'));
		const five = data.actions.find((a: { id: number }) => a.id === 5);
		expect(five.title).toBe(TITLE);
		expect(five.shortTitle).toBe(SHORT);
		expect(five.deadlines.map((d: { label: string }) => d.label)).toEqual(LABELS);
	});

	test('CSV cells give back the text, formulas neutralised with a leading quote', () => {
		const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
		const actions = parseCsv(read('fr/donnees/actions.csv'), { bom: true, columns: true }) as Array<Record<string, string>>;
		expect(actions[4]!.title).toBe(TITLE);
		expect(actions[4]!.shortTitle).toBe(`'${SHORT}`);
		const deadlines = parseCsv(read('fr/donnees/echeances.csv'), { bom: true, columns: true }) as Array<Record<string, string>>;
		expect(deadlines.filter((d) => d.actionId === '5').map((d) => d.label)).toEqual(LABELS.map(neutral));
		for (const row of [...actions, ...deadlines]) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
	});

	test('iCalendar events give back the text, line break included, one event per deadline', () => {
		for (const file of ['fr/donnees/echeances.ics', 'fr/actions/5/echeances.ics']) {
			const events = new ICAL.Component(ICAL.parse(read(file))).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
			const mine = events.filter((e) => e.summary.startsWith('Action 5 '));
			expect(mine).toHaveLength(LABELS.length);
			mine.forEach((e, i) => expect(e.summary).toContain(LABELS[i]!));
		}
	});

	test('Mermaid sources: flowchart labels hold no markup character, gantt tasks stay one per line', () => {
		const flowchart = html('fr/liens/index.html').querySelector('mermaid-diagram')!.getAttribute('data-source')!;
		const labels = [...flowchart.matchAll(/\[("[^\]\n]*")\]/g)].map((m) => m[1]!.slice(1, -1));
		// The chart draws the linked actions only: the fixture's action 5 is related to action 4, so its label is drawn.
		expect(labels.length).toBeGreaterThan(10);
		for (const label of labels) expect(label).not.toMatch(/[<>&"]/);
		expect(flowchart).toContain('#lt;b#gt;#quot;e-CPS#quot;#lt;/b#gt; #amp;');
		const gantt = html('fr/actions/5/index.html').querySelector('mermaid-diagram')!.getAttribute('data-source')!;
		const tasks = gantt.split('\n').filter((l) => l.startsWith('    '));
		expect(tasks).toHaveLength(LABELS.length);
		tasks.forEach((t) => expect(t).toMatch(/ :(milestone, |active, )?a5d\d, \d{4}-\d{2}-\d{2}, /));
		expect(gantt.split('\n').filter((l) => /^\s*accTitle/.test(l))).toHaveLength(1);
	});

	test('the search index holds plain text, as written', () => {
		const dir = join(dist, 'pagefind/fragment');
		const fragments = readdirSync(dir).map((f) => {
			const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
			return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: Record<string, string> };
		});
		const five = fragments.find((f) => f.url === '/fr/actions/5/')!;
		// Result titles take the pages' typography (issue 13): apostrophes become ’, nothing else changes.
		expect(five.meta.title).toBe(`Action 5 — ${SHORT.replace(/'/g, '’')}`);
		expect(plain(five.content)).toContain(plain(TITLE));
		expect(five.content).not.toMatch(/&(lt|gt|amp|quot);/);
	});
});
