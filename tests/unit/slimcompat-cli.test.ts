import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import api from '../fixtures/api-index.mini.json' with { type: 'json' };
import { data } from '../../src/lib/data.ts';
import { runCli } from '../../src/lib/scanner/cli.ts';
import { buildScanData } from '../../src/lib/scanner/knowledge.ts';

const scanData = buildScanData(api as Parameters<typeof buildScanData>[0], data);
const cli = (...args: string[]) => runCli(args, scanData, { readFile: (p) => readFile(p, 'utf8'), env: {}, version: '0.1.0' });
const tf1 = 'tests/fixtures/scan/nasnet_tf1.py';
const unknownOnly = 'tests/fixtures/scan/unknown_only.py';
const clean = 'tests/fixtures/scan/tf2_clean.py';

describe('slimcompat scan', () => {
	it('exits 1 on code that fails on TF2, one line per finding, without local links', async () => {
		const run = await cli('scan', tf1);
		expect(run.code).toBe(1);
		expect(run.stdout).toContain(`${tf1}:5:8: error: removed in TF 2.0: tf.contrib.slim: TensorFlow 2.x has no tf.contrib.`);
		expect(run.stdout).toContain(`${tf1}:7:10: error: TF1-only: tf.placeholder is not in TF 2.16 (TF1 only, last in 1.15). TF2 route: tf.keras.Input. /api/tf.placeholder/`);
		expect(run.stdout).not.toMatch(/:1:\d+:/); // the docstring's tf.Session
		expect(run.stdout).not.toMatch(/slim\.dropout|nasnet\.build/); // fine once the import is fixed
		expect(run.stdout).not.toContain('localhost');
	});
	it('judges against the release asked for', async () => {
		expect((await cli('scan', tf1, '--tf', '1.15')).code).toBe(0);
		expect((await cli('scan', tf1, '--tf', '2.0')).code).toBe(1);
	});
	it('exits 2 when only unlisted tf.* names are found', async () => {
		expect((await cli('scan', unknownOnly)).code).toBe(2);
	});
	it('exits 0 with a plain sentence on valid TF2 code', async () => {
		const run = await cli('scan', clean);
		expect(run).toMatchObject({ code: 0, stdout: 'No findings: 1 file scanned, nothing fails or changes meaning on TF 2.16.' });
	});
	it('exits 64 with usage on a bad call', async () => {
		const run = await cli('scan', tf1, '--format', 'xml');
		expect(run.code).toBe(64);
		expect(run.stderr).toMatch(/unknown format "xml"\.\nusage: slimcompat scan/);
		expect((await cli('scan', tf1, '--tf', 'latest')).code).toBe(64);
		expect((await cli('scan', 'no/such/file.py')).stderr).toMatch(/no\/such\/file\.py: cannot be read/);
	});
	it('writes Markdown for a review: summary first, links to --site, one suggestion per line', async () => {
		const run = await cli('scan', tf1, '--format', 'markdown', '--site', 'https://example.org/slimcompat/');
		expect(run.stdout.split('\n')[0]).toBe('4 findings on TF 2.16 (4 fail) in 1 of 1 file.');
		expect(run.stdout).toContain('[slimcompat: tf.placeholder page](https://example.org/slimcompat/api/tf.placeholder/)');
		expect(run.stdout).toContain('```suggestion\nimages = tf.compat.v1.placeholder(tf.float32, [None, 224, 224, 3])  # tf.get_variable in a comment\n```');
		expect(run.stdout.match(/```suggestion/g)).toHaveLength(4);
	});
	it('writes JSON with a permalink and the line suggestion per finding', async () => {
		const out = JSON.parse((await cli('scan', tf1, '--format', 'json', '--site', 'https://example.org/')).stdout);
		expect(out.release).toBe('2.16');
		expect(out.files[0].findings.find((f: { written: string }) => f.written === 'tf.Session')).toMatchObject({
			line: 11,
			severity: 'error',
			permalink: 'https://example.org/api/tf.Session/',
			suggestion: 'with tf.compat.v1.Session() as sess:',
		});
	});
	it('writes SARIF 2.1.0 that validates against the SARIF schema', async () => {
		const require = createRequire(import.meta.url);
		const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
		const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
		const log = JSON.parse((await cli('scan', tf1, unknownOnly, '--format', 'sarif')).stdout);
		expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
		const results = log.runs[0].results;
		expect(results.find((r: { ruleId: string }) => r.ruleId === 'tf.placeholder')).toMatchObject({
			level: 'error',
			locations: [{ physicalLocation: { artifactLocation: { uri: tf1 }, region: { startLine: 7, startColumn: 10, endColumn: 24 } } }],
		});
		expect(results.some((r: { level: string }) => r.level === 'note')).toBe(true);
	});
	it('runs as the repository script with the real API index', () => {
		const script = (...args: string[]) => spawnSync(process.execPath, ['scripts/slimcompat.ts', ...args], { encoding: 'utf8', env: { ...process.env, SITE_URL: '' } });
		expect(script('scan', clean)).toMatchObject({ status: 0, stdout: 'No findings: 1 file scanned, nothing fails or changes meaning on TF 2.16.\n' });
		const tf1Run = script('scan', tf1, '--format', 'markdown', '--site', 'https://example.org/');
		expect(tf1Run.status).toBe(1);
		expect(tf1Run.stdout).toContain('```suggestion\nimport tf_slim as slim\n```');
	}, 60_000); // two Node processes that each validate both data files
});
