#!/usr/bin/env node
// slimcompat scan FILE… [--format text|markdown|json|sarif] [--site URL]
// Lists the TF1/Slim symbols Python files use, with their TF2 routes and permalinks.
// Exit code: 1 when TF1-only symbols are found, 2 when only unknown tf.* symbols are, 0 otherwise, 64 on bad usage.
import { readFile } from 'node:fs/promises';
import { data } from '../src/lib/data.ts';
import { buildIndex } from '../src/lib/scanner/index.ts';
import { formatJson, formatMarkdown, formatSarif, formatText, type FileReport } from '../src/lib/scanner/report.ts';
import { exitCode, scan } from '../src/lib/scanner/scan.ts';

const usage = 'usage: slimcompat scan FILE… [--format text|markdown|json|sarif] [--site URL]';
const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const format = option('format') ?? 'text';
const site = option('site') ?? process.env.SLIMCOMPAT_SITE ?? 'http://localhost:4321/';
const [command, ...files] = args;
if (command !== 'scan' || !files.length || !['text', 'markdown', 'json', 'sarif'].includes(format)) {
	console.error(usage);
	process.exit(64);
}

const index = buildIndex(data);
const reports: FileReport[] = [];
for (const path of files) {
	let source: string;
	try {
		source = await readFile(path, 'utf8');
	} catch (error) {
		console.error(`${path}: cannot be read: ${(error as Error).message}`);
		process.exit(64);
	}
	reports.push({ path, lines: source.split(/\r\n?|\n/), findings: scan(source, index) });
}

const formats = { text: formatText, markdown: formatMarkdown, json: formatJson, sarif: (r: FileReport[], s: string) => formatSarif(r, s, '0.1.0') };
console.log(formats[format as keyof typeof formats](reports, site));
process.exit(exitCode(reports.flatMap((r) => r.findings)));
