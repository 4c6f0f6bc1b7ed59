/** The actions' frontmatter read straight from the MDX files, independently of Astro and zod. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface RawAction {
	id: number;
	axis: number;
	title: string;
	shortTitle: string;
	owners: string[];
	partners: string[];
	deadlines: Array<{ label: string; text: string; when: string; repeat?: string }>;
	related: number[];
}

const CONTENT = new URL('../../content/actions/', import.meta.url);

/** Every action of a language, by number. */
export function readActions(lang: string): RawAction[] {
	const dir = new URL(`${lang}/`, CONTENT);
	return readdirSync(dir)
		.filter((f) => /^\d\d\.md$/.test(f))
		.map((f) => {
			const source = readFileSync(new URL(f, dir), 'utf8');
			const yaml = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
			if (!yaml) throw new Error(`${lang}/${f} has no frontmatter`);
			return parse(yaml) as RawAction;
		})
		.sort((a, b) => a.id - b.id);
}
