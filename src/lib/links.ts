/**
 * Cross-references between actions, by number: what each action links to, and the exact inverse
 * ("referenced by"). Pure functions: the pages and the exports share them.
 */

/** Outgoing links of each action: action number → numbers it refers to. */
export type LinkMap = ReadonlyMap<number, readonly number[]>;

/**
 * The backlinks of a link map: for each action, the actions that refer to it, in number order.
 * Every action of `links` has an entry, empty when nothing refers to it.
 * @example invertLinks(new Map([[12, [4]], [4, []]])) // Map { 12 => [], 4 => [12] }
 */
export function invertLinks(links: LinkMap): Map<number, number[]> {
	const back = new Map<number, number[]>([...links.keys()].map((id) => [id, []]));
	for (const [from, targets] of links) {
		for (const to of new Set(targets)) {
			if (to === from) continue;
			const list = back.get(to);
			if (!list) throw new Error(`Action ${from} links to action ${to}, which does not exist.`);
			list.push(from);
		}
	}
	for (const list of back.values()) list.sort((a, b) => a - b);
	return back;
}
