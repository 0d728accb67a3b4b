import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) => spawnSync(process.execPath, ['scripts/slimcompat.ts', ...args], { encoding: 'utf8' });
const tf1 = 'tests/fixtures/scan/nasnet_tf1.py';
const unknownOnly = 'tests/fixtures/scan/unknown_only.py';
const clean = 'tests/fixtures/scan/tf2_clean.py';

describe('slimcompat scan', () => {
	it('exits 1 when TF1-only symbols are found, and lists them in text', () => {
		const run = cli('scan', tf1);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain(`${tf1}:7:10: TF1-only: tf.placeholder (tf.placeholder) → tf.keras.Input http://localhost:4321/api/tf.placeholder/`);
		expect(run.stdout).toContain(`${tf1}:9:26: NASNet builder: nasnet.build_nasnet_mobile`);
		expect(run.stdout).not.toMatch(/:1:\d+:/); // the docstring's tf.Session
		expect(run.stdout).not.toMatch(/:5:1: /); // the alias being assigned
	});
	it('exits 2 when only unknown tf.* symbols are found', () => {
		expect(cli('scan', unknownOnly).status).toBe(2);
	});
	it('exits 0 on TF2 code', () => {
		const run = cli('scan', clean);
		expect(run.status).toBe(0);
		expect(run.stdout.trim()).toBe('0 finding(s) in 1 file(s).');
	});
	it('exits 64 with usage on a bad call', () => {
		const run = cli('scan', tf1, '--format', 'xml');
		expect(run.status).toBe(64);
		expect(run.stderr).toMatch(/^usage: slimcompat scan/);
		expect(cli('scan', 'no/such/file.py').stderr).toMatch(/no\/such\/file\.py: cannot be read/);
	});
	it('writes Markdown for a review, with links and a suggestion for a one-line rename', () => {
		const run = cli('scan', tf1, '--format', 'markdown', '--site', 'https://example.org/slimcompat/');
		expect(run.stdout).toContain('- Line 7: `tf.placeholder` — TF1-only: [`tf.placeholder` → `tf.keras.Input`](https://example.org/slimcompat/api/tf.placeholder/)');
		expect(run.stdout).toContain('  ```suggestion\n  images = tf.compat.v1.placeholder(tf.float32, [None, 224, 224, 3])  # tf.get_variable in a comment\n  ```');
	});
	it('writes JSON with a permalink per finding', () => {
		const [file] = JSON.parse(cli('scan', tf1, '--format', 'json').stdout);
		expect(file.path).toBe(tf1);
		expect(file.findings.find((f: { written: string }) => f.written === 'slim.dropout')).toMatchObject({
			line: 10,
			resolved: 'tf.contrib.slim.dropout',
			status: 'TF1-only',
			permalink: 'http://localhost:4321/api/tf.contrib.slim.dropout/',
		});
	});
	it('writes SARIF 2.1.0 that validates against the SARIF schema', () => {
		const require = createRequire(import.meta.url);
		const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
		const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
		const log = JSON.parse(cli('scan', tf1, unknownOnly, '--format', 'sarif').stdout);
		expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
		const results = log.runs[0].results;
		expect(results.find((r: { ruleId: string }) => r.ruleId === 'tf.placeholder')).toMatchObject({
			level: 'warning',
			locations: [{ physicalLocation: { artifactLocation: { uri: tf1 }, region: { startLine: 7, startColumn: 10 } } }],
		});
		expect(results.some((r: { ruleId: string; level: string }) => r.ruleId === 'unknown-tf-symbol' && r.level === 'note')).toBe(true);
	});
});
