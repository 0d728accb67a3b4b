// Validates every HTML file in dist/ (html-validate's "standard" rules: the HTML content model, not style), on two
// worker threads. Astro's redirect pages (one fixed template, thousands of them) are validated through one of them.
// Exceptions are listed below, each with its reason and the upstream issue; anything else fails.
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { HtmlValidate } from 'html-validate';

const exceptions = [
	{
		rule: 'element-permitted-content',
		message: /^<div> element is not permitted as content under <(code|button)>$/,
		why: 'Expressive Code (Starlight\'s code blocks) wraps each line in a <div> inside <code>, and its copy button holds a <div>.',
		link: 'https://github.com/expressive-code/expressive-code/issues/423',
	},
];

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (path.endsWith('.html')) yield path;
	}
}

/** Validates `files`; returns the problems and how many known upstream errors were excused. */
async function validate(files: readonly string[]): Promise<{ problems: string[]; excused: number }> {
	const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:prettier'] });
	const problems: string[] = [];
	let excused = 0;
	for (const file of files) {
		const report = await validator.validateFile(file);
		for (const result of report.results)
			for (const m of result.messages) {
				if (exceptions.some((e) => e.rule === m.ruleId && e.message.test(m.message))) excused++;
				else problems.push(`${file}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
			}
	}
	return { problems, excused };
}

if (!isMainThread) {
	parentPort!.postMessage(await validate(workerData as string[]));
} else {
	const all: string[] = [];
	for await (const file of htmlFiles(process.argv[2] ?? 'dist')) all.push(file);
	const isRedirect = async (f: string) => /^<!doctype html><title>Redirecting to: /i.test((await readFile(f, 'utf8')).slice(0, 64));
	const redirects = new Set<string>();
	for (const f of all) if (await isRedirect(f)) redirects.add(f);
	const files = [...all.filter((f) => !redirects.has(f)), ...[...redirects].slice(0, 1)];
	const threads = Math.max(1, Math.min(2, availableParallelism()));
	const parts = Array.from({ length: threads }, (_, i) => files.filter((_, j) => j % threads === i));
	const results = await Promise.all(
		parts.map((part) => new Promise<{ problems: string[]; excused: number }>((resolve, reject) => {
			const worker = new Worker(new URL(import.meta.url), { workerData: part });
			worker.once('message', resolve);
			worker.once('error', reject);
		})),
	);
	const problems = results.flatMap((r) => r.problems);
	const excused = results.reduce((n, r) => n + r.excused, 0);
	if (problems.length) {
		console.error(problems.slice(0, 40).join('\n'));
		console.error(`\n${problems.length} HTML error(s) in ${files.length} files.`);
		process.exit(1);
	}
	console.log(`${files.length} HTML files valid, ${redirects.size} redirect pages through one of them (${excused} known upstream error(s) excused: ${exceptions.map((e) => e.link).join(', ')}).`);
}
