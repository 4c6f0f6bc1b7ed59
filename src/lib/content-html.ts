/**
 * Content bodies are Markdown written by people, published as HTML: this scan keeps active HTML out
 * of them before anything renders. It reads the raw body (outside code blocks and code spans) and
 * reports, with the line, every raw HTML element outside a small allowlist (what the dossier's
 * footnotes and notes need), every attribute outside the allowlist (so no `on*` event handler and no
 * `style`), every link whose URL is not http(s), mailto, relative or a fragment (so no `javascript:`
 * or `data:`), and in MDX every `import`/`export` statement and `{…}` expression, which MDX would
 * run at build time.
 */
import { textProblem } from './text-checks';

/** Raw HTML elements content may use, and the attributes each may carry. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
	sup: ['id', 'class'],
	sub: ['id', 'class'],
	abbr: ['title', 'lang'],
	br: [],
	a: ['href', 'id', 'class', 'aria-label', 'lang'],
	p: ['id', 'class', 'lang'],
	span: ['lang', 'class'],
};

/** Elements that are never allowed, named in their own message. */
const DANGEROUS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'frame', 'frameset', 'svg', 'math', 'template']);

/** URL schemes a link may use; anything else with a scheme is refused. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** A problem in a body, with its 1-based line in the file. */
export interface BodyProblem {
	line: number;
	message: string;
}

const HOW = 'content is Markdown: write the text without raw HTML, or use only <sup>, <sub>, <abbr>, <br>, <a href> and <p> (footnotes)';

/** Decodes the character references a browser would decode in a URL (`&#58;`, `&colon;`). */
function decodeEntities(s: string): string {
	return s
		.replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
		.replace(/&colon;/gi, ':')
		.replace(/&tab;|&newline;/gi, '');
}

/**
 * Why a link URL is unsafe, or undefined when it is fine.
 * @example unsafeUrl('javascript:alert(1)') // 'uses the javascript: scheme…'
 */
export function unsafeUrl(url: string): string | undefined {
	// Browsers ignore tabs, line breaks and leading spaces/controls in a URL's scheme.
	const clean = decodeEntities(url).replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(clean)?.[1];
	if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return undefined;
	return `links to a ${scheme}: URL, which could run code or hide content: use an https:, mailto:, relative or #fragment link`;
}

/** Replaces code blocks and code spans with spaces (keeping line breaks), so they are not scanned. */
function withoutCode(body: string): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	return body
		.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\2[^\n]*|$)/gm, blank)
		.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank)
		.replace(/<!--[\s\S]*?-->/g, blank);
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * Every problem in a content body. `firstLine` is the line of the file where the body starts, so that
 * messages point at the file's own line numbers; `mdx` adds the MDX-only rules.
 */
export function checkBody(body: string, { firstLine = 1, mdx = false } = {}): BodyProblem[] {
	const problems: BodyProblem[] = [];
	const scanned = withoutCode(body);
	const add = (index: number, message: string) => problems.push({ line: firstLine - 1 + lineAt(scanned, index), message });

	for (const m of scanned.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
		const name = m[2]!.toLowerCase();
		const allowed = ALLOWED_HTML[name];
		if (m[1] && !allowed) continue; // the opening tag was reported
		if (DANGEROUS.has(name)) {
			add(m.index, `<${name}> is not allowed in content (it could run code or change the page): remove it; ${HOW}`);
			continue;
		}
		if (!allowed) {
			add(m.index, `<${m[2]}> is not an allowed HTML element: ${HOW}`);
			continue;
		}
		if (m[1]) continue;
		for (const a of m[3]!.matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g)) {
			const attr = a[1]!.toLowerCase();
			const value = (a[2] ?? '').replace(/^["']|["']$/g, '');
			if (attr.startsWith('on')) add(m.index, `<${name}> has an event handler (${attr}=…), which would run code: remove it`);
			else if (!allowed.includes(attr)) add(m.index, `<${name}> has the attribute ${attr}, which content may not use: remove it (allowed on <${name}>: ${allowed.join(', ') || 'none'})`);
			else if (attr === 'href') {
				const unsafe = unsafeUrl(value);
				if (unsafe) add(m.index, `<a href="${value}"> ${unsafe}`);
			}
		}
	}
	// Markdown links and images `[x](url)`, reference definitions `[x]: url`, autolinks `<scheme:…>`.
	const urls = [
		...scanned.matchAll(/\]\(\s*<?([^\s)>]*)/g),
		...scanned.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*<?([^\s>]+)/gm),
		...scanned.matchAll(/<([a-z][a-z0-9+.-]*:[^\s>]*)>/gi),
	];
	for (const m of urls) {
		const unsafe = unsafeUrl(m[1]!);
		if (unsafe) add(m.index, `the link to "${m[1]}" ${unsafe}`);
	}
	for (const m of scanned.matchAll(/^(import|export)\b[^\n]*/gm)) {
		add(m.index, `an ${m[1]} statement would run code when the site is built: content cannot ${m[1]} anything; delete the line`);
	}
	if (mdx) {
		for (const m of scanned.matchAll(/[{}]/g)) {
			add(m.index, `"{" or "}" starts an MDX expression, which would run code when the site is built: remove it, or write it as &#123; or &#125;`);
		}
	}
	scanned.split('\n').forEach((text, i) => {
		const problem = textProblem(text);
		if (problem) problems.push({ line: firstLine + i, message: `the text ${problem}` });
	});
	const unique = new Map(problems.map((p) => [`${p.line}\n${p.message}`, p]));
	return [...unique.values()].sort((a, b) => a.line - b.line);
}

/**
 * The body of a content file and the line it starts on (after the YAML frontmatter).
 * @example splitFrontmatter('---\nid: 1\n---\nText') // { body: 'Text', firstLine: 4 }
 */
export function splitFrontmatter(source: string): { body: string; firstLine: number } {
	const m = /^---\r?\n[\s\S]*?\r?\n---[^\S\n]*(?:\r?\n|$)/.exec(source);
	if (!m) return { body: source, firstLine: 1 };
	return { body: source.slice(m[0].length), firstLine: m[0].split('\n').length };
}
