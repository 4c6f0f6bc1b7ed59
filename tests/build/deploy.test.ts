/**
 * The deployment files: the nginx headers are the _headers headers (both written by
 * config/headers.ts), deploy/nginx.conf passes `nginx -t` with the built site, and the Netlify and
 * Cloudflare Pages files publish dist/ with SITE_URL set.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../helpers/server';

const DIST = resolve('dist');
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0);
if (!nginx) console.warn('Skipping the nginx -t test: nginx is not installed (Debian package "nginx").');
const openssl = spawnSync('openssl', ['version']).status === 0;

const work = mkdtempSync(join(tmpdir(), 'roadmap-deploy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The `add_header` lines of dist/_headers.nginx as [name, value] pairs. */
function nginxHeaders(): Array<[string, string]> {
	return [...readFileSync(join(DIST, '_headers.nginx'), 'utf8').matchAll(/^add_header (\S+) "((?:[^"\\]|\\.)*)" always;$/gm)].map((m) => [m[1]!, m[2]!.replace(/\\(.)/g, '$1')]);
}

describe('deployment', () => {
	test('nginx sends exactly the headers of _headers', () => {
		const expected = headersFor(parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8')), '/fr/');
		expect(expected.map(([name]) => name)).toContain('Strict-Transport-Security');
		expect(nginxHeaders()).toEqual(expected);
	});

	test.skipIf(!nginx || !openssl)('deploy/nginx.conf passes nginx -t with the built site', () => {
		// A self-signed certificate stands in for the real one; paths point at this checkout's dist/.
		execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', join(work, 'key.pem'), '-out', join(work, 'cert.pem')], { stdio: 'ignore' });
		const server = readFileSync('deploy/nginx.conf', 'utf8')
			.replaceAll('/srv/roadmap/dist', DIST)
			.replace(/ssl_certificate \S+;/, `ssl_certificate ${join(work, 'cert.pem')};`)
			.replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${join(work, 'key.pem')};`);
		writeFileSync(join(work, 'server.conf'), server);
		writeFileSync(join(work, 'nginx.conf'), `pid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp {\n\taccess_log off;\n\tinclude ${work}/server.conf;\n}\n`);
		const run = spawnSync(nginx!, ['-t', '-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { encoding: 'utf8' });
		expect(run.stderr).toMatch(/syntax is ok/);
		expect(run.status, run.stderr).toBe(0);
	});

	test('Netlify and Cloudflare Pages publish dist/, and Netlify builds with SITE_URL', () => {
		const netlify = readFileSync('netlify.toml', 'utf8');
		expect(netlify).toMatch(/^\s*publish = "dist"$/m);
		expect(netlify).toMatch(/^\s*command = "SITE_URL=\$URL npm run build"$/m);
		expect(readFileSync('wrangler.toml', 'utf8')).toMatch(/^pages_build_output_dir = "\.\/dist"$/m);
	});
});
