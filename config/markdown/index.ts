/**
 * The Markdown pipeline of the site's content: Astro's default processor, Sätteri, with the
 * roadmap's plugins. Content is read from ROADMAP_CONTENT_DIR like the collections.
 */
import { readFileSync } from 'node:fs';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { en } from '../../src/i18n/ui.en';
import { fr } from '../../src/i18n/ui.fr';
import { glossarySchema, organisationSchema } from '../../src/schemas';
import { enrichTextPlugin } from './enrich-text';
import { headingAnchorsPlugin } from './heading-anchors';
import { paragraphAnchorsPlugin } from './paragraph-anchors';

const readYaml = <T>(file: string, schema: z.ZodType<T>): T => schema.parse(parseYaml(readFileSync(file, 'utf8')));

/** `markdown.processor` for astro.config.mjs. */
export function roadmapMarkdown(contentDir = process.env.ROADMAP_CONTENT_DIR ?? './content') {
	// Read lazily-validated copies: the content collections report bad entries with file and field.
	const glossary = readYaml(`${contentDir}/glossary.yml`, z.array(z.unknown())).flatMap((g) => glossarySchema.safeParse(g).data ?? []);
	const organisations = readYaml(`${contentDir}/organisations.yml`, z.array(z.unknown())).flatMap((o) => organisationSchema.safeParse(o).data ?? []);
	const ui = { fr, en };
	const fill = (text: string, n: number) => text.replace('{n}', String(n));
	const paragraphLabels = (lang: 'fr' | 'en') => ({
		marker: (n: number) => fill(ui[lang]['paragraph.marker'], n),
		anchor: (n: number) => fill(ui[lang]['paragraph.anchor'], n),
		copied: ui[lang]['share.copied'],
	});
	return satteri({
		hastPlugins: [
			// Ids first, from the heading's text as written; then links and marks; then the anchors
			// (the paragraph markers last, so that no text rule ever reads or changes them).
			() => satteriHeadingIdsPlugin(),
			enrichTextPlugin({ glossary, organisations, actionUrl: (lang, id) => `/${lang}/actions/${id}/` }),
			headingAnchorsPlugin({
				fr: { anchor: (title) => ui.fr['share.anchor'].replace('{title}', title), copied: ui.fr['share.copied'] },
				en: { anchor: (title) => ui.en['share.anchor'].replace('{title}', title), copied: ui.en['share.copied'] },
			}),
			paragraphAnchorsPlugin({ fr: paragraphLabels('fr'), en: paragraphLabels('en') }),
		],
	});
}
