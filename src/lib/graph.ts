/**
 * The cross-references between actions as a Mermaid flowchart, one subgraph per axis, generated
 * from the link map (never written by hand).
 */
import type { LinkMap } from './links';
import { mermaidText } from './timeline';

export interface GraphOptions {
	/** Accessible title and description of the diagram. */
	title: string;
	description: string;
	/** Heading of an axis subgraph. */
	axisLabel: (axis: number) => string;
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

/** Mermaid `flowchart` source: nodes grouped by axis, an arrow for each link. */
export function graphSource(actions: ReadonlyArray<{ id: number; axis: number }>, links: LinkMap, o: GraphOptions): string {
	const quote = flowchartLabel;
	const lines = ['flowchart LR', `  accTitle: ${mermaidText(o.title)}`, `  accDescr: ${mermaidText(o.description)}`];
	const axes = [...new Set(actions.map((a) => a.axis))].sort((a, b) => a - b);
	for (const axis of axes) {
		lines.push(`  subgraph axis${axis} [${quote(o.axisLabel(axis))}]`, '    direction TB');
		for (const a of actions.filter((x) => x.axis === axis)) lines.push(`    a${a.id}[${quote(o.actionLabel(a.id))}]`);
		lines.push('  end');
	}
	for (const [from, targets] of links) for (const to of targets) lines.push(`  a${from} --> a${to}`);
	return lines.join('\n');
}

/** Number of links in a link map. */
export const linkCount = (links: LinkMap) => [...links.values()].reduce((n, l) => n + l.length, 0);
