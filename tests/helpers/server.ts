/**
 * A static file server for the built site (dist/), on 127.0.0.1 and a free port, for browser tests.
 * The test that starts it stops it.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
};

/** One rule of a `_headers` file: a path pattern and the headers of the paths it matches. */
export interface HeaderRule {
	pattern: RegExp;
	headers: Array<[string, string]>;
}

/**
 * Parses `_headers` as Netlify and Cloudflare Pages do: an unindented line is a path (`*` matches
 * anything, `:name` one segment), indented `Name: value` lines are its headers, `#` starts a comment.
 */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const m = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
		if (!rule || !m) throw new Error(`_headers: cannot read the line "${line}"`);
		rule.headers.push([m[1]!, m[2]!]);
	}
	return rules;
}

/** The headers `_headers` gives a path (every matching rule, in order). */
export const headersFor = (rules: readonly HeaderRule[], path: string) => rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers);

export interface ServeOptions {
	/** Send the headers of dist/_headers, as a static host would. */
	headers?: boolean;
	/**
	 * Let the browser keep files and ask whether they changed, as static hosts do by default
	 * (Netlify, Cloudflare Pages): an ETag, `Cache-Control: no-cache`, 304 when its copy is current.
	 * Without it nothing is cached: every visit downloads every file.
	 */
	revalidate?: boolean;
	/**
	 * Send each HTML page slowly, 2 KB every 20 ms, as a slow network does: the browser paints what
	 * it has parsed while the rest is on its way, and runs the page's scripts only once all of it has
	 * arrived, so what arrives or wakes up later and moves what is painted is a layout shift every time.
	 */
	trickle?: boolean;
}

export interface StaticServer {
	/** Base URL, e.g. `http://127.0.0.1:41234`. */
	url: string;
	close: () => Promise<void>;
}

/** Writes `body` 2 KB at a time, 20 ms apart, then ends the response. */
function trickle(body: Buffer, res: ServerResponse): void {
	const next = (at: number) => {
		if (at >= body.length) return void res.end();
		res.write(body.subarray(at, at + 2048));
		setTimeout(() => next(at + 2048), 20);
	};
	next(0);
}

/**
 * Serves dist/ like a static host: `/x/` → `/x/index.html`, unknown paths → 404.html with status 404;
 * with `headers`, every response carries the headers `dist/_headers` gives its path.
 */
export async function serveDist(options: ServeOptions = {}): Promise<StaticServer> {
	const rules = options.headers ? parseHeaders(readFileSync(join(ROOT, '_headers'), 'utf8')) : [];
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(ROOT, path));
		if (!file.startsWith(ROOT)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		if (!found) file = join(ROOT, '404.html');
		for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
		if (options.revalidate && found) {
			const { size, mtimeMs } = statSync(file);
			const etag = `"${size.toString(36)}-${Math.trunc(mtimeMs).toString(36)}"`;
			res.setHeader('etag', etag);
			res.setHeader('cache-control', 'no-cache');
			if (req.headers['if-none-match'] === etag) {
				res.writeHead(304).end();
				return;
			}
		}
		res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		if (options.trickle && extname(file) === '.html') trickle(readFileSync(file), res);
		else createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
	};
}
