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

/** Mermaid `flowchart` source: nodes grouped by axis, an arrow for each link. */
export function graphSource(actions: ReadonlyArray<{ id: number; axis: number }>, links: LinkMap, o: GraphOptions): string {
	const quote = (s: string) => `"${mermaidText(s).replace(/"/g, '”')}"`;
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
