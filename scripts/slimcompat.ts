#!/usr/bin/env node
// slimcompat scan FILE… [--tf X.Y] [--format text|markdown|json|sarif] [--site URL]
// Reports the lines of Python files that fail or change meaning on a TensorFlow release, with one-line fixes.
// Exit code: 1 when something fails or changes meaning, 2 when only unlisted tf.* names are found, 0 otherwise, 64 on bad
// usage. This is the in-repository entry (Node 24 with type stripping); cli/ packs the same code for any Node >= 20.
import { readFile } from 'node:fs/promises';
import { apiIndex as api, data } from '../src/lib/data.ts';
import { runCli } from '../src/lib/scanner/cli.ts';
import { buildScanData } from '../src/lib/scanner/knowledge.ts';

const result = await runCli(process.argv.slice(2), buildScanData(api, data), {
	readFile: (path) => readFile(path, 'utf8'),
	env: process.env,
	configuredSite: process.env.SITE_URL,
	version: '0.1.0',
});
if (result.stdout) console.log(result.stdout);
if (result.stderr) console.error(result.stderr);
process.exitCode = result.code;
