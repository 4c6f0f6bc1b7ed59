/**
 * Dev-server figures: how long `astro dev` takes to answer a page, the first time (Vite compiles the
 * route and its modules on demand, content is queried once) and once warm (what an author feels
 * between saves). The server is always stopped, even when a request fails.
 */
import { createServer, connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { killGroup, median, start } from './measure.mjs';

/** A port nobody listens on now (the OS picks it; the tiny race with another program is acceptable). */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** True once something accepts TCP connections on the port. A bare connect, not an HTTP request,
 * so that waiting does not warm up any route before the measured first request. */
const listening = (port) =>
	new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});

/** Milliseconds for a GET, body included; throws unless the answer is 200. */
async function timedGet(url) {
	const t0 = performance.now();
	const response = await fetch(url, { headers: { 'cache-control': 'no-cache' } });
	await response.arrayBuffer();
	const ms = performance.now() - t0;
	if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
	return ms;
}

/**
 * Starts `astro dev` on 127.0.0.1 with the given environment, then fetches each path once (first
 * request) and `warm` more times (median).
 * @returns `{ startup, pages: [{ path, first, warm }] }` in milliseconds.
 */
export async function measureDevServer({ astro, cwd, env, paths, logFile, warm = 5, readyTimeoutMs = 180_000 }) {
	const port = await freePort();
	const t0 = performance.now();
	const server = start(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd, env, logFile });
	try {
		const exited = new Promise((_, reject) => server.once('exit', (code) => reject(new Error(`astro dev exited (code ${code}); see ${logFile}`))));
		exited.catch(() => {});
		const ready = (async () => {
			while (!(await listening(port))) {
				if (performance.now() - t0 > readyTimeoutMs) throw new Error(`astro dev did not listen within ${readyTimeoutMs / 1000} s; see ${logFile}`);
				await sleep(100);
			}
		})();
		await Promise.race([ready, exited]);
		const startup = performance.now() - t0;
		const pages = [];
		for (const path of paths) {
			const url = `http://127.0.0.1:${port}${path}`;
			const first = await Promise.race([timedGet(url), exited]);
			const times = [];
			for (let i = 0; i < warm; i++) times.push(await Promise.race([timedGet(url), exited]));
			pages.push({ path, first, warm: median(times) });
		}
		return { startup, pages };
	} finally {
		killGroup(server);
	}
}
