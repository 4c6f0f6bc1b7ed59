/**
 * The cross-references between actions as a Mermaid flowchart, generated from the link map (never
 * written by hand). Only the actions that link or are linked are drawn: the ones without any link
 * would only spread the chart (the page lists them under it, and the table has every action). Each
 * node carries its axis as a class, so the page colours it like the axis badges; no subgraphs, whose
 * boxes made dagre stretch every cross-axis arrow across the page.
 */
import type { LinkMap } from './links';
import { mermaidText } from './timeline';

export interface GraphOptions {
	/** Accessible title and description of the diagram. */
	title: string;
	description: string;
	/** Label of an action node. */
	actionLabel: (id: number) => string;
}

/** Characters that Mermaid's flowchart labels (rendered as HTML) must not see raw, and their entity codes. */
const ENTITIES: Record<string, string> = { '&': '#amp;', '<': '#lt;', '>': '#gt;', '"': '#quot;', '`': '#96;' };

/**
 * A flowchart label, quoted. Mermaid renders labels as HTML, so markup characters become Mermaid's
 * entity codes (https://mermaid.js.org/syntax/flowchart.html#entity-codes-to-escape-characters),
 * which it turns back into text, never into elements.
 * @example flowchartLabel('<b>"A&B"</b>') // '"#lt;b#gt;#quot;A#amp;B#quot;#lt;/b#gt;"'
 */
export const flowchartLabel = (s: string) => `"${mermaidText(s).replace(/[&<>"`]/g, (c) => ENTITIES[c]!)}"`;

/** The actions at either end of a link. */
export const linkedIds = (links: LinkMap): Set<number> => new Set([...links].flatMap(([from, targets]) => (targets.length > 0 ? [from, ...targets] : [])));

/** Mermaid class of an axis's nodes (the page styles `.axis-N` with the axis colour). */
export const axisClass = (axis: number) => `axis-${axis}`;

/**
 * Mermaid `flowchart` source: a node for each linked action, in the class of its axis, and an arrow
 * for each link.
 */
export function graphSource(actions: ReadonlyArray<{ id: number; axis: number }>, links: LinkMap, o: GraphOptions): string {
	const linked = linkedIds(links);
	const drawn = actions.filter((a) => linked.has(a.id));
	const lines = ['flowchart LR', `  accTitle: ${mermaidText(o.title)}`, `  accDescr: ${mermaidText(o.description)}`];
	for (const a of drawn) lines.push(`  a${a.id}[${flowchartLabel(o.actionLabel(a.id))}]:::${axisClass(a.axis)}`);
	for (const [from, targets] of links) for (const to of targets) lines.push(`  a${from} --> a${to}`);
	// Declared so that Mermaid knows the classes; the colours are the page's (light-dark tokens).
	for (const axis of [...new Set(drawn.map((a) => a.axis))].sort((a, b) => a - b)) lines.push(`  classDef ${axisClass(axis)} stroke-width:2px`);
	return lines.join('\n');
}

/** Number of links in a link map. */
export const linkCount = (links: LinkMap) => [...links.values()].reduce((n, l) => n + l.length, 0);
