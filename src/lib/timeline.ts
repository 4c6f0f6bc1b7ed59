/**
 * Deadlines → timeline data → Mermaid source. The diagrams are generated from frontmatter here,
 * never written by hand: point deadlines become milestones, fuzzy ones bars over their EDTF interval,
 * open-ended ones run to the roadmap's horizon with a "from" marker, recurring ones say so.
 */
import type { Deadline } from '../schemas';
import { compareBounds, parseEdtf, type Precision } from './edtf';
import { nextDay } from './days';
import { ROADMAP_HORIZON } from './edition';


/** How a deadline is drawn. */
export type Shape = 'milestone' | 'span' | 'open' | 'recurring';

/** One deadline of one action, with its calendar bounds. */
export interface TimelineItem {
	action: number;
	axis: number;
	/** Position among the action's deadlines (0-based): stable ids and order. */
	index: number;
	label: string;
	text: string;
	when: string;
	repeat?: string | undefined;
	start: string;
	/** Last day covered; null when open-ended. */
	end: string | null;
	precision: Precision;
	shape: Shape;
}

/** Precisions drawn as a single point in time. */
const POINTS: ReadonlySet<Precision> = new Set(['day', 'month']);

/** The timeline items of one action, in the dossier's order. */
export function itemsOf(action: { id: number; axis: number; deadlines: readonly Deadline[] }): TimelineItem[] {
	return action.deadlines.map((d, index) => {
		const b = parseEdtf(d.when);
		const shape: Shape = d.repeat ? 'recurring' : b.end === null ? 'open' : !b.interval && POINTS.has(b.precision) ? 'milestone' : 'span';
		return { action: action.id, axis: action.axis, index, label: d.label, text: d.text, when: d.when, repeat: d.repeat, start: b.start, end: b.end, precision: b.precision, shape };
	});
}

/** Items sorted by date (then by action and position), for "what is due when". */
export const byDate = (items: readonly TimelineItem[]) =>
	[...items].sort((a, b) => compareBounds(a, b) || a.action - b.action || a.index - b.index);

/** Items grouped by the year they start, years ascending. */
export function byStartYear(items: readonly TimelineItem[]): Array<{ year: number; items: TimelineItem[] }> {
	const years = new Map<number, TimelineItem[]>();
	for (const item of byDate(items)) {
		const year = Number(item.start.slice(0, 4));
		years.set(year, [...(years.get(year) ?? []), item]);
	}
	return [...years].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, items: list }));
}

/** A chart section: a heading and its items. */
export interface GanttSection {
	title: string;
	items: readonly TimelineItem[];
}

/** The first and last day a chart shows: whole years, the same for every chart so they compare. */
export interface Scale {
	start: string;
	end: string;
}

/** The whole roadmap's span in whole years: from January of its first deadline to the end of its last. */
export function scaleOf(items: readonly TimelineItem[]): Scale {
	if (items.length === 0) throw new Error('scaleOf: expected at least one deadline. Received none.');
	const first = Math.min(...items.map((i) => Number(i.start.slice(0, 4))));
	const last = Math.max(...items.map((i) => Number((i.end ?? (i.start > ROADMAP_HORIZON ? i.start : ROADMAP_HORIZON)).slice(0, 4))));
	return { start: `${first}-01-01`, end: `${last + 1}-01-01` };
}

/** The earliest deadline (the one that sets the scale's start), for the note under the charts. */
export const earliest = (items: readonly TimelineItem[]): TimelineItem | undefined => byDate(items)[0];

export interface GanttOptions {
	/** Accessible title (`accTitle`). */
	title: string;
	/** Accessible description (`accDescr`). */
	description: string;
	/** Task name of an item, in the page's language. */
	name: (item: TimelineItem) => string;
	/** The common time scale: two invisible `vert` markers pin Mermaid's time domain to it. */
	scale?: Scale | undefined;
}

/** Mermaid reads ':' ';' '#' in a task name as syntax: replace them with look-alikes. */
export const mermaidText = (text: string) =>
	text.replace(/\s*:\s*/g, ' — ').replace(/;/g, ',').replace(/#/g, 'n°').replace(/[\r\n]+/g, ' ').trim();

/** The Mermaid task line of one item. */
function task(item: TimelineItem, name: string): string {
	const id = `a${item.action}d${item.index + 1}`;
	const label = mermaidText(name);
	switch (item.shape) {
		case 'milestone':
			return `    ${label} :milestone, ${id}, ${item.start}, 0d`;
		case 'span':
			return `    ${label} :${id}, ${item.start}, ${nextDay(item.end!)}`;
		case 'open':
		case 'recurring':
			// Open-ended: drawn to the horizon (or a month past the start if it starts after it).
			return `    ${label} :active, ${id}, ${item.start}, ${nextDay(item.start > ROADMAP_HORIZON ? item.start : ROADMAP_HORIZON)}`;
	}
}

/**
 * Row geometry of the gantt charts (Mermaid `gantt` config): a label above each thin bar, with room
 * for it on two lines (MermaidDiagram.astro wraps a label too long for the chart's width).
 */
export const GANTT = { barHeight: 12, barGap: 34, topPadding: 40, fontSize: 14, sectionFontSize: 14, leftPadding: 20, rightPadding: 40, gridLineStartPadding: 30 } as const;

/** The height Mermaid gives a gantt chart of `tasks` rows (rows plus top and bottom paddings). */
export const ganttHeight = (tasks: number) => 2 * GANTT.topPadding + tasks * (GANTT.barHeight + GANTT.barGap);

/**
 * The Mermaid `gantt` source of some sections, with accessible title and description.
 * @example ganttSource([{ title: 'Action 6', items }], { title: 'Action 6', description: '…', name: (i) => i.label })
 */
export function ganttSource(sections: readonly GanttSection[], options: GanttOptions): string {
	const lines = [
		'gantt',
		`  accTitle: ${mermaidText(options.title)}`,
		`  accDescr: ${mermaidText(options.description)}`,
		'  dateFormat YYYY-MM-DD',
		'  axisFormat %Y',
		'  tickInterval 1year',
		'  todayMarker off',
	];
	if (options.scale) {
		// Mermaid's time domain runs from the earliest to the latest task, `vert` markers included.
		lines.push(`  scale start :vert, scale0, ${options.scale.start}, 0d`, `  scale end :vert, scale1, ${options.scale.end}, 0d`);
	}
	for (const section of sections) {
		if (section.items.length === 0) continue;
		lines.push(`  section ${mermaidText(section.title)}`);
		for (const item of section.items) lines.push(task(item, options.name(item)));
	}
	return lines.join('\n');
}
