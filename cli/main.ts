// Entry of the packed CLI: the same runCli as scripts/slimcompat.ts, with the scan data bundled at build time.
import { readFile } from 'node:fs/promises';
import scanData from 'slimcompat:scan-data';
import { runCli } from '../src/lib/scanner/cli.ts';

declare const __SLIMCOMPAT_SITE__: string | undefined;
declare const __SLIMCOMPAT_VERSION__: string;

const result = await runCli(process.argv.slice(2), scanData, {
	readFile: (path) => readFile(path, 'utf8'),
	env: process.env,
	configuredSite: __SLIMCOMPAT_SITE__,
	version: __SLIMCOMPAT_VERSION__,
});
if (result.stdout) console.log(result.stdout);
if (result.stderr) console.error(result.stderr);
process.exitCode = result.code;
