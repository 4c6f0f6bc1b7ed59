/**
 * Generated content for the build benchmark: the real content/ folder with every action repeated
 * `times` times, read by the site through ROADMAP_CONTENT_DIR (and ROADMAP_ACTION_COUNT, since the
 * schema bounds action numbers). Works for any number of actions and for `.md` or `.mdx` files.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Action files of one language folder, in numeric order (file names are the action numbers). */
export const actionFiles = (folder) =>
	readdirSync(folder)
		.filter((f) => /\.mdx?$/.test(f))
		.sort((a, b) => parseInt(a, 10) - parseInt(b, 10));

/** Number of actions per language in a content folder (French is the reference). */
export const countActions = (contentDir) => actionFiles(join(contentDir, 'actions', 'fr')).length;

/**
 * Copies `contentDir` to `outDir` with each action repeated `times` times. Action n becomes
 * (n-1)·times+1 … n·times; `related` points at the first copy of each related action, so cross-links
 * stay valid and the link graph grows with the content. Axes, pages and organisations are copied as is.
 * @returns the number of actions per language in the copy.
 */
export function multiplyContent(contentDir, outDir, times) {
	cpSync(contentDir, outDir, { recursive: true });
	const first = (n) => (n - 1) * times + 1;
	for (const lang of readdirSync(join(contentDir, 'actions'))) {
		const source = join(contentDir, 'actions', lang);
		const target = join(outDir, 'actions', lang);
		rmSync(target, { recursive: true });
		mkdirSync(target);
		actionFiles(source).forEach((file, i) => {
			const text = readFileSync(join(source, file), 'utf8');
			for (let copy = 0; copy < times; copy++) {
				const id = i * times + copy + 1;
				const renumbered = text
					.replace(/^id: \d+$/m, `id: ${id}`)
					.replace(/^related: \[(.*)\]$/m, (_, list) => {
						const ids = list.trim() ? list.split(',').map((n) => first(Number(n))).filter((n) => n !== id) : [];
						return `related: [${ids.join(', ')}]`;
					});
				// The site requires the file name to be the zero-padded number, with the original's extension.
				writeFileSync(join(target, String(id).padStart(2, '0') + extname(file)), renumbered);
			}
		});
	}
	return countActions(outDir);
}
