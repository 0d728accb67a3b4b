import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy } from '../lib/csp.ts';
import { keepFragment } from '../lib/redirects.ts';

/** After the build, makes Astro's redirect pages keep the #fragment of the address (see keepFragment). */
export function fragmentRedirects(): AstroIntegration {
	return {
		name: 'slimcompat:fragment-redirects',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let rewritten = 0;
				for (const page of (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'))) {
					const file = join(root, page);
					const html = await readFile(file, 'utf8');
					const kept = keepFragment(html, contentSecurityPolicy());
					if (kept === html) continue;
					await writeFile(file, kept);
					rewritten++;
				}
				logger.info(`${rewritten} redirect pages keep the #fragment`);
			},
		},
	};
}
