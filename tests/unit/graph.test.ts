import { describe, expect, test } from 'vitest';
import { flowchartLabel, graphSource, linkedIds } from '../../src/lib/graph';

describe('flowchartLabel', () => {
	test('turns markup characters into Mermaid entity codes, so Mermaid shows them as text', () => {
		expect(flowchartLabel('<img src=x onerror=alert(1)>')).toBe('"#lt;img src=x onerror=alert(1)#gt;"');
		expect(flowchartLabel('"A" & `B`')).toBe('"#quot;A#quot; #amp; #96;B#96;"');
	});
});

describe('graphSource', () => {
	const options = { title: 'T', description: 'D', actionLabel: (id: number) => `${id}. <img src=x onerror=alert(1)> & "q"` };

	test('never writes a raw <, >, & or " inside a label', () => {
		const source = graphSource([{ id: 1, axis: 1 }, { id: 2, axis: 2 }], new Map([[1, [2]], [2, []]]), options);
		const labels = [...source.matchAll(/\[("[^\]]*")\]/g)].map((m) => m[1]!);
		expect(labels).toHaveLength(2);
		for (const label of labels) expect(label.slice(1, -1)).not.toMatch(/[<>&"]/);
	});

	test('draws the linked actions only, each in the class of its axis, and one arrow per link', () => {
		const actions = [{ id: 1, axis: 1 }, { id: 2, axis: 1 }, { id: 3, axis: 2 }, { id: 4, axis: 3 }];
		const source = graphSource(actions, new Map([[1, [3]], [2, []], [3, []], [4, []]]), options);
		expect(source.match(/^ {2}a\d+\[.*$/gm)!.map((l) => l.replace(/\[.*\]/, ''))).toEqual(['  a1:::axis-1', '  a3:::axis-2']);
		expect(source.match(/-->/g)).toHaveLength(1);
		expect(source).toMatch(/^ {2}classDef axis-1 /m);
		expect(source).not.toMatch(/subgraph|axis-3/);
	});
});

describe('linkedIds', () => {
	test('holds both ends of every link, and no action without one', () => {
		expect([...linkedIds(new Map([[12, [4]], [4, []], [5, []]]))].sort((a, b) => a - b)).toEqual([4, 12]);
	});
});
