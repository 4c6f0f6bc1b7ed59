/**
 * Serves the built site (dist/) on 127.0.0.1, on a free port, with Astro's own preview server:
 * the same URLs, trailing slashes and 404 page as `npm run preview`.
 */
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

/** A running preview of the built site. */
export interface Site {
	/** `http://127.0.0.1:PORT`, without a trailing slash. */
	origin: string;
	stop(): Promise<void>;
}

/** Starts a preview server of dist/; the caller stops it. */
export async function serveSite(): Promise<Site> {
	const root = fileURLToPath(new URL('../../', import.meta.url));
	const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
