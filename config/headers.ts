/**
 * Writes the site's HTTP headers after the build, from one list (`siteHeaders`):
 * - `dist/_headers`, the format of Netlify, Cloudflare Pages and similar static hosts;
 * - `dist/_headers.nginx`, the same headers as nginx `add_header` lines, included by
 *   deploy/nginx.conf, so that self-hosting cannot drift from the static hosts.
 * The Content-Security-Policy is the one Astro put in every page's <meta>, plus what a <meta> cannot
 * carry (frame-ancestors); the build fails if a page has an inline script the policy does not allow.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import type { RenderedPages } from './rendered-pages';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** Longest header line Cloudflare Pages accepts in `_headers`. */
export const MAX_HEADER_LINE = 2000;

const RUNS = ['', 'module', 'text/javascript', 'application/javascript'];
const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The CSP sources (`'sha256-…'`) of the inline scripts a browser would run in a page. */
export function inlineScriptHashes(html: string): string[] {
	// A real parser: `<script>` inside an attribute value (a hostile description) is not a script.
	return parse(html)
		.querySelectorAll('script:not([src])')
		.filter((s) => RUNS.includes((s.getAttribute('type') ?? '').toLowerCase()))
		.map((s) => hashOf(s.rawText));
}

/** Every `<script …>…</script>` as written; the content ends at the first `</script`, as in HTML. */
const SCRIPT_ELEMENT = /<script\b([^<>]*)>([\s\S]*?)<\/script[\t\n\f\r />]/gi;
/** Attributes simple enough to read without a parser: names, and double-quoted values without `<>&`. */
const SIMPLE_ATTRIBUTES = /^(?:\s+[a-z][a-z0-9-]*(?:="[^"<>&]*")?)*\s*$/i;

/**
 * Whether every inline script of a page is allowed, decided without building the page's DOM when
 * that is certain: every `<script` of the text is a simple element that runs nothing disallowed. Any
 * `<script` it cannot read plainly (in an attribute, a comment, inside another script, odd
 * attributes), or a script not allowed, returns false and `inlineScriptHashes` decides. Parsing
 * every page cost about 1 ms a page, most of this integration's time (issue 10).
 */
export function allowedAtAGlance(html: string, allowed: ReadonlySet<string>): boolean {
	const elements = [...html.matchAll(SCRIPT_ELEMENT)];
	if (elements.length !== (html.match(/<script/gi)?.length ?? 0)) return false;
	return elements.every(([, attributes = '', code = '']) => {
		if (!SIMPLE_ATTRIBUTES.test(attributes) || /<script/i.test(code)) return false;
		const names = [...attributes.matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/gi)].map(([, name = '', value = '']) => [name.toLowerCase(), value] as const);
		if (names.some(([name]) => name === 'src')) return true;
		const type = names.find(([name]) => name === 'type')?.[1] ?? '';
		return !RUNS.includes(type.toLowerCase()) || allowed.has(hashOf(code));
	});
}

/** The sources of one directive of a policy. */
const directive = (policy: string, name: string) =>
	policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1) ?? [];

/**
 * A page's Content-Security-Policy, as one line; throws if it has none or if it has an inline
 * script the policy does not allow. `page` names the page in the message.
 */
export function pagePolicy(page: string, html: string): string {
	const raw = META.exec(html)?.[1];
	if (!raw) throw new Error(`${page} has no Content-Security-Policy <meta>.`);
	const policy = raw.replace(/\s+/g, ' ').replace(/\s*;\s*/g, '; ').trim().replace(/;$/, '');
	const allowed = new Set(directive(policy, 'script-src'));
	const blocked = allowedAtAGlance(html, allowed) ? [] : inlineScriptHashes(html).filter((h) => !allowed.has(h));
	if (blocked.length > 0) {
		throw new Error(`${page} has an inline script the Content-Security-Policy does not allow (${blocked.join(' ')}): add its hash to security.csp.scriptDirective.hashes in astro.config.mjs, or move it to a file.`);
	}
	return policy;
}

/** The single policy all pages share, given each page's (`pagePolicy`); throws if pages disagree. */
export function sitePolicy(policies: Iterable<string>): string {
	const distinct = new Set(policies);
	if (distinct.size === 0) throw new Error('The build has no HTML page to take the Content-Security-Policy from.');
	if (distinct.size !== 1) throw new Error(`Pages carry ${distinct.size} different Content-Security-Policies; _headers needs one.`);
	return [...distinct][0]!;
}

/** Every header the site sends with every response, given its page policy. */
export function siteHeaders(policy: string): Array<[name: string, value: string]> {
	return [
		['Content-Security-Policy', `${policy}; frame-ancestors 'none'`],
		// Two years, as browsers' preload lists expect; only sent over HTTPS by browsers' rules.
		['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
	];
}

/** `_headers` for Netlify and Cloudflare Pages: every path gets every header. */
export function headersFile(headers: ReadonlyArray<[string, string]>): string {
	const lines = ['/*', ...headers.map(([name, value]) => `  ${name}: ${value}`), ''];
	const long = lines.find((l) => l.length > MAX_HEADER_LINE);
	if (long) throw new Error(`A _headers line is ${long.length} characters long; Cloudflare Pages accepts ${MAX_HEADER_LINE}: ${long.slice(0, 60)}…`);
	return lines.join('\n');
}

/** The same headers as nginx directives (`always`: also on 404 pages). */
export function nginxHeaders(headers: ReadonlyArray<[string, string]>): string {
	const lines = ['# Generated by config/headers.ts with every build: the headers of dist/_headers.'];
	for (const [name, value] of headers) lines.push(`add_header ${name} "${value.replace(/["\\]/g, '\\$&')}" always;`);
	return lines.join('\n') + '\n';
}

/**
 * The integration: each page's policy is read as the page is handed over (`rendered-pages.ts`), and
 * the header files are written once the build is done. The first page in error stops the build.
 */
export default function headers(pages: RenderedPages): AstroIntegration {
	let policies = new Set<string>();
	let problem: unknown;
	pages.onPage(({ path, html }) => {
		if (problem !== undefined) return;
		try {
			policies.add(pagePolicy(path, html));
		} catch (error) {
			problem = error;
		}
	});
	return {
		name: 'roadmap-headers',
		hooks: {
			'astro:build:start': () => {
				policies = new Set();
				problem = undefined;
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (problem !== undefined) throw problem;
				const dist = fileURLToPath(dir).replace(/\/$/, '');
				const list = siteHeaders(sitePolicy(policies));
				await writeFile(`${dist}/_headers`, headersFile(list));
				await writeFile(`${dist}/_headers.nginx`, nginxHeaders(list));
				logger.info('wrote _headers and _headers.nginx');
			},
		},
	};
}
