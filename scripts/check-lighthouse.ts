// Lighthouse (mobile) on the home page, a symbol page, the matrix and a guide, against the built site served on
// localhost: performance must reach 95, accessibility, best practices and SEO 100.
// usage: node scripts/check-lighthouse.ts [BASE_URL]   (default http://localhost:4321/)
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const base = process.argv[2] ?? 'http://localhost:4321/';
const pages = ['', 'api/tf.contrib.slim.conv2d/', 'matrix/', 'guides/nasnet-on-tf2-with-tf-slim/'];
const floors = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// The server may still be starting.
for (let tries = 0; ; tries++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {}
	if (tries === 60) throw new Error(`${base} did not answer within 30 s`);
	await new Promise((r) => setTimeout(r, 500));
}

const chrome = await chromeLauncher.launch({
	...(chromePath ? { chromePath } : {}),
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
});
const failures: string[] = [];
try {
	for (const page of pages) {
		const url = new URL(page, base).href;
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(floors) });
		const categories = result!.lhr.categories;
		const scores = Object.fromEntries(Object.keys(floors).map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
		console.log(`${url}: ${Object.entries(scores).map(([c, s]) => `${c} ${s}`).join(', ')}`);
		for (const [category, floor] of Object.entries(floors))
			if (scores[category]! < floor) {
				const audits = categories[category]!.auditRefs
					.map((ref) => result!.lhr.audits[ref.id]!)
					.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
					.map((a) => a.id);
				failures.push(`${url}: ${category} ${scores[category]} < ${floor} (${audits.slice(0, 6).join(', ')})`);
			}
	}
} finally {
	chrome.kill();
}
if (failures.length) {
	console.error(failures.join('\n'));
	process.exit(1);
}
