/**
 * Where the browser loads Mermaid from: Mermaid's own prebuilt ES module build
 * (`mermaid/dist/mermaid.esm.min.mjs` and its chunks), copied into the site by `config/mermaid.ts`
 * rather than re-bundled by Vite on every build (issue 10: bundling it was a third of a 1× build's
 * CPU time and half its memory). The folder carries Mermaid's version, so a cached copy is never
 * stale; it sits in `_astro/` with Astro's other build assets (same origin: CSP `script-src 'self'`).
 */
import { version } from 'mermaid/package.json';

/** The site folder holding Mermaid's files, e.g. `/_astro/mermaid-12.3.0/`. */
export const MERMAID_DIR = `/_astro/mermaid-${version}/`;

/** Mermaid's entry module; a diagram imports it when it nears the viewport. */
export const MERMAID_MODULE = `${MERMAID_DIR}mermaid.esm.min.mjs`;
