import { describe, expect, test } from 'vitest';
import { flowchartLabel, graphSource } from '../../src/lib/graph';

describe('flowchartLabel', () => {
	test('turns markup characters into Mermaid entity codes, so Mermaid shows them as text', () => {
		expect(flowchartLabel('<img src=x onerror=alert(1)>')).toBe('"#lt;img src=x onerror=alert(1)#gt;"');
		expect(flowchartLabel('"A" & `B`')).toBe('"#quot;A#quot; #amp; #96;B#96;"');
	});
});

describe('graphSource', () => {
	test('never writes a raw <, >, & or " inside a label', () => {
		const source = graphSource([{ id: 1, axis: 1 }], new Map([[1, []]]), {
			title: 'T',
			description: 'D',
			axisLabel: () => '<b>Axe</b> "1"',
			actionLabel: () => '<img src=x onerror=alert(1)> & "q"',
		});
		const labels = [...source.matchAll(/\[("[^\]]*")\]/g)].map((m) => m[1]!);
		expect(labels).toHaveLength(2);
		for (const label of labels) expect(label.slice(1, -1)).not.toMatch(/[<>&"]/);
	});
});
