/** The actions' frontmatter read straight from the content files, independently of Astro and zod. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** content/actions/, or the folder the build reads (ROADMAP_CONTENT_DIR), so tests follow the content built. */
const CONTENT = process.env.ROADMAP_CONTENT_DIR
	? pathToFileURL(resolve(process.env.ROADMAP_CONTENT_DIR, 'actions') + '/')
	: new URL('../../content/actions/', import.meta.url);

/** Every action of a language, by number. */
export function readActions(lang: string): RawAction[] {
	const dir = new URL(`${lang}/`, CONTENT);
	return readdirSync(dir)
		.filter((f) => /^\d+\.mdx?$/.test(f))
		.map((f) => {
			const source = readFileSync(new URL(f, dir), 'utf8');
			const yaml = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
			if (!yaml) throw new Error(`${lang}/${f} has no frontmatter`);
			return parse(yaml) as RawAction;
		})
		.sort((a, b) => a.id - b.id);
}

/** The action numbers, read from the French content (26 in the 2019 dossier): tests never hard-code the count. */
export const ACTION_IDS: readonly number[] = readActions('fr').map((a) => a.id);
