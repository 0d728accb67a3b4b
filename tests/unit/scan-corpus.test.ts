import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiIndex as api, data } from '../../src/lib/data.ts';
import { precision, recall, scoreLines, type Expected } from '../../src/lib/scanner/benchmark.ts';
import { buildScanData } from '../../src/lib/scanner/knowledge.ts';
import { exitCode, scan } from '../../src/lib/scanner/scan.ts';
import { applySuggestions, lineSuggestions } from '../../src/lib/scanner/suggest.ts';

// The real API index: these tests measure the scanner as shipped, on the committed corpus.
const scanData = buildScanData(api, data);
const dir = 'tests/fixtures/scan-corpus';
const files = (group: string) => readdirSync(`${dir}/${group}`).filter((f) => f.endsWith('.py')).sort();
const read = (group: string, name: string) => readFileSync(`${dir}/${group}/${name}`, 'utf8');
const parsesAsPython = (source: string) => {
	const path = join(mkdtempSync(join(tmpdir(), 'scan-corpus-')), 'fixed.py');
	writeFileSync(path, source);
	return spawnSync('python3', ['-c', 'import ast,sys; ast.parse(open(sys.argv[1]).read())', path], { encoding: 'utf8' });
};

describe('scan corpus', () => {
	it('has files on both sides', () => {
		expect(files('tf1').length).toBeGreaterThanOrEqual(4);
		expect(files('tf2').length).toBeGreaterThanOrEqual(3);
	});
	it.each(files('tf2'))('finds nothing in valid TF2 code: tf2/%s', (name) => {
		const findings = scan(read('tf2', name), scanData);
		expect(findings.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
		expect(exitCode(findings)).toBe(0);
	});
	it.each(files('tf1'))('flags every line that fails on TF 2.16: tf1/%s', (name) => {
		const expected: Expected = JSON.parse(read('tf1', name.replace(/\.py$/, '.json')));
		const score = scoreLines(scan(read('tf1', name), scanData, { release: expected.release }), expected.lines);
		expect(score.missed).toEqual([]);
		expect(recall(score)).toBe(1);
	});
	it.each(files('tf1'))('reports every crashing import with its fix: tf1/%s', (name) => {
		const source = read('tf1', name);
		const findings = scan(source, scanData);
		const imports = source.split('\n').flatMap((text, i) => (/^\s*(import|from)\s+tensorflow\.contrib/.test(text) || /^\w+ = tf\.contrib\.slim$/.test(text) ? [i + 1] : []));
		for (const line of imports) expect(findings.some((f) => f.line === line), `line ${line}`).toBe(true);
		const slimLines = imports.filter((l) => /slim/.test(source.split('\n')[l - 1]!));
		for (const line of slimLines) expect(lineSuggestions(source, findings).get(line)).toMatch(/^\s*import tf_slim as \w+$/);
	});
	it.each(files('tf1'))('applies every suggestion into Python 3 that no longer uses what was flagged: tf1/%s', (name) => {
		const source = read('tf1', name);
		const findings = scan(source, scanData);
		const fixedLines = [...lineSuggestions(source, findings).keys()];
		expect(fixedLines.length).toBeGreaterThan(0);
		const fixed = applySuggestions(source, findings);
		const parsed = parsesAsPython(fixed);
		expect(parsed.stderr).toBe('');
		expect(parsed.status).toBe(0);
		const after = scan(fixed, scanData);
		expect(after.filter((f) => fixedLines.includes(f.line)).map((f) => `${f.line}: ${f.message}`)).toEqual([]);
	});
});

describe('release-aware on the real index', () => {
	const verdicts = (source: string, release: string) => scan(`import tensorflow as tf\n${source}`, scanData, { release }).map((f) => f.verdict);
	it('knows when tf.keras.regularizers.L2 arrived', () => {
		expect(verdicts('r = tf.keras.regularizers.L2(0.1)', '2.2')).toEqual(['needs TF 2.3']);
		expect(verdicts('r = tf.keras.regularizers.L2(0.1)', '2.3')).toEqual([]);
	});
	it('knows tf.compat.v1.layers is listed but not usable by default under Keras 3', () => {
		expect(verdicts('y = tf.compat.v1.layers.conv2d(x, 32, 3)', '2.16')).toEqual(['not usable by default']);
		expect(verdicts('y = tf.compat.v1.layers.conv2d(x, 32, 3)', '2.15')).toEqual([]);
	});
	it('takes a name present in the newest indexed release as present later', () => {
		expect(verdicts('y = tf.nn.relu(x)', '2.21')).toEqual([]);
	});
});

describe('scoreLines', () => {
	it('counts lines, not findings', () => {
		const at = (line: number) => ({ line }) as Parameters<typeof scoreLines>[0][number];
		const score = scoreLines([at(2), at(2), at(5)], { 2: ['a'], 3: ['b'] });
		expect(score).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, extra: [5], missed: [3] });
		expect([precision(score), recall(score)]).toEqual([0.5, 0.5]);
	});
});
