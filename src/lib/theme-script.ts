/**
 * The script that sets the saved theme before first paint, so a chosen dark theme never flashes
 * light. It is inlined in <head> (a separate file would cost a blocking request on every page), so
 * its hash goes into the Content-Security-Policy: `astro.config.mjs` adds `THEME_SCRIPT_HASH`
 * to Astro's CSP, and `config/headers.ts` checks that every inline script of every page is allowed.
 * Starlight does the same: https://github.com/withastro/starlight/blob/main/packages/starlight/components/ThemeProvider.astro
 */
import { createHash } from 'node:crypto';

/** The script's exact text: its hash must match what the page carries, byte for byte. */
export const THEME_SCRIPT =
	"try{const t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch{}";

/** A CSP hash of an inline script as Astro's config takes it, e.g. `sha256-…` (no quotes). */
export const scriptHash = (code: string): `sha256-${string}` => `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;

/** The theme script's CSP source. */
export const THEME_SCRIPT_HASH = scriptHash(THEME_SCRIPT);
