/**
 * Serves Mermaid's prebuilt ES module build (`mermaid/dist/mermaid.esm.min.mjs` and the chunks it
 * imports) at `MERMAID_DIR` instead of letting Vite bundle Mermaid's sources: Mermaid already ships
 * this build minified and split by diagram type, and re-bundling 5 MB of it cost every `astro build`
 * about 3 s of CPU and 480 MB of memory (issue 10). The files are copied unchanged after the build and
 * served from node_modules by the dev server; `src/components/MermaidDiagram.astro` imports
 * `MERMAID_MODULE` when a diagram nears the viewport, as before.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MERMAID_DIR } from '../src/lib/mermaid-module';

/** Mermaid's `dist/` folder, wherever npm installed it. */
const SOURCE = join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist');
const CHUNKS = 'chunks/mermaid.esm.min';

/** The files of the prebuilt build, relative to `dist/`: the entry and its chunks (no source maps). */
export function mermaidFiles(): string[] {
	return ['mermaid.esm.min.mjs', ...readdirSync(join(SOURCE, CHUNKS)).filter((f) => f.endsWith('.mjs')).sort().map((f) => `${CHUNKS}/${f}`)];
}

export default function mermaid(): AstroIntegration {
	return {
		name: 'roadmap-mermaid',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const files = new Set(mermaidFiles());
				// Only the listed files: the request path is never joined blindly to a folder.
				server.middlewares.use(MERMAID_DIR, (req, res, next) => {
					const file = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
					if (!files.has(file)) return next();
					res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
					res.end(readFileSync(join(SOURCE, file)));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const target = join(fileURLToPath(dir), MERMAID_DIR);
				const files = mermaidFiles();
				await mkdir(join(target, CHUNKS), { recursive: true });
				await Promise.all(files.map((f) => copyFile(join(SOURCE, f), join(target, f))));
				logger.info(`copied Mermaid's ${files.length} files to ${MERMAID_DIR}`);
			},
		},
	};
}
