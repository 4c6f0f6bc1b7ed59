/** A static file server for a built site, on 127.0.0.1 and a free port, for browser tests. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.ics': 'text/calendar; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
};

/** Serves `root`; resolves with the base URL and a function that stops the server. */
export async function serve(root: URL): Promise<{ url: string; close: () => Promise<void> }> {
	const dir = fileURLToPath(root);
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = dir + path;
		if (existsSync(file) && statSync(file).isDirectory()) file += 'index.html';
		if (!file.startsWith(dir) || !existsSync(file)) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
