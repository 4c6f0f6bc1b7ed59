/**
 * Writes `dist/_headers` (the format of Netlify, Cloudflare Pages and similar static hosts) after
 * the build: the Content-Security-Policy that Astro put in every page's <meta>, plus the directives a
 * <meta> cannot carry (frame-ancestors) and the usual hardening headers.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** Every HTML file below a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true });
	return entries.filter((f) => f.endsWith('.html')).map((f) => `${dir}/${f}`);
}

/** The single policy all pages share; throws if pages disagree, so the header never lies. */
export async function sitePolicy(dist: string): Promise<string> {
	const policies = new Set<string>();
	for (const file of await htmlFiles(dist)) {
		const policy = META.exec(await readFile(file, 'utf8'))?.[1];
		if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>.`);
		policies.add(policy.replace(/\s+/g, ' ').replace(/\s*;\s*/g, '; ').trim().replace(/;$/, ''));
	}
	if (policies.size !== 1) throw new Error(`Pages carry ${policies.size} different Content-Security-Policies; _headers needs one.`);
	return [...policies][0]!;
}

export default function headers(): AstroIntegration {
	return {
		name: 'roadmap-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir).replace(/\/$/, '');
				const policy = `${await sitePolicy(dist)}; frame-ancestors 'none'`;
				const lines = [
					'/*',
					`  Content-Security-Policy: ${policy}`,
					'  X-Content-Type-Options: nosniff',
					'  Referrer-Policy: strict-origin-when-cross-origin',
					'  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
					'  Cross-Origin-Opener-Policy: same-origin',
					'',
				];
				await writeFile(`${dist}/_headers`, lines.join('\n'));
				logger.info('wrote _headers');
			},
		},
	};
}
