import { describe, expect, it } from 'vitest';
import api from '../fixtures/api-index.mini.json' with { type: 'json' };
import { data } from '../../src/lib/data.ts';
import { buildScanData, presence } from '../../src/lib/scanner/knowledge.ts';
import { parsePython } from '../../src/lib/scanner/python.ts';
import { escapeMarkdown, formatMarkdown, formatText, publicSite, summary } from '../../src/lib/scanner/report.ts';
import { exitCode, scan } from '../../src/lib/scanner/scan.ts';
import { applySuggestions, lineSuggestions } from '../../src/lib/scanner/suggest.ts';

// The hand-made fixture index: the scanner's logic is tested apart from the generated data.
const scanData = buildScanData(api as Parameters<typeof buildScanData>[0], data);
const found = (source: string, release?: string) =>
	scan(source, scanData, release ? { release } : {}).map((f) => `${f.line}:${f.written}:${f.verdict}`);

describe('parsePython', () => {
	it('reads every import form, across lines and with aliases', () => {
		const { imports } = parsePython('import tensorflow.contrib.slim as slim, os\nfrom tensorflow.contrib import (slim as s,\n    framework)\nfrom x import *\nfrom . import tf\n');
		expect(imports.map((i) => [i.line, i.names])).toEqual([
			[1, [{ target: 'tensorflow.contrib.slim', as: 'slim' }, { target: 'os' }]],
			[2, [{ target: 'tensorflow.contrib.slim', name: 'slim', as: 's' }, { target: 'tensorflow.contrib.framework', name: 'framework' }]],
			[4, [{ target: 'x.*', name: '*' }]],
			[5, [{ target: '.tf', name: 'tf' }]],
		]);
	});
	it('lists dotted names with their keyword arguments, not names in strings, comments or keyword positions', () => {
		const { references } = parsePython('y = tf.reduce_mean(x, 1, keep_dims=True)  # tf.Session\ns = "tf.placeholder"\n@slim.add_arg_scope\ndef f(a=tf.float32): pass\n');
		expect(references.map((r) => [r.parts.join('.'), r.call ? [r.call.positional, r.call.keywords.map((k) => k.name)] : null])).toEqual([
			['tf.reduce_mean', [2, ['keep_dims']]],
			['x', null],
			['slim.add_arg_scope', null],
			['tf.float32', null],
		]);
	});
});

describe('verdicts per call', () => {
	it('leaves valid TF2 code alone (the file from issue 11)', () => {
		const tf2 = [
			'import tensorflow as tf',
			'x = tf.reduce_mean(x, axis=[1, 2], keepdims=True)',
			'x = tf.expand_dims(x, axis=0)',
			'x = tf.nn.dropout(x, rate=0.5)',
			"tf.summary.histogram('a', x, step=1)",
			'x = tf.pad(x, [[0, 0], [1, 1]])',
			'y = tf.nn.softmax(x)',
			'n = tf.shape(x)[0]',
			'x = tf.transpose(x, [1, 0])',
			'd = tf.float32',
		].join('\n');
		expect(found(tf2)).toEqual([]);
		expect(exitCode(scan(tf2, scanData))).toBe(0);
	});
	it('flags TF1 keywords and positional arguments whose meaning changed, with the fix', () => {
		const source = 'import tensorflow as tf\nx = tf.reduce_mean(x, [1, 2], keep_dims=True)\nx = tf.nn.dropout(x, 0.5)\ntf.summary.histogram("a", x, collections=["c"])\n';
		const findings = scan(source, scanData);
		expect(findings.map((f) => `${f.line}:${f.severity}:${f.verdict}`)).toEqual(['2:error:keyword renamed', '3:warning:changes meaning', '4:error:fails in TF 2.16']);
		expect([...lineSuggestions(source, findings).values()]).toEqual([
			'x = tf.reduce_mean(x, [1, 2], keepdims=True)',
			'x = tf.compat.v1.nn.dropout(x, 0.5)',
			'tf.compat.v1.summary.histogram("a", x, collections=["c"])',
		]);
	});
	it("adds the site's argument note to an argument finding", () => {
		const [dropout, summary] = scan('import tensorflow as tf\nx = tf.nn.dropout(x, 0.5)\ntf.summary.scalar("a", x, collections=[])\n', scanData);
		expect(dropout!.message).toContain('(keep_prob → rate');
		expect(summary!.message).toContain('has no argument `collections` (collections → -: Not supported');
	});
	it('checks a name used as a value for existence only', () => {
		expect(found('import tensorflow as tf\na = tf.float32\nb = tf.placeholder')).toEqual(['3:tf.placeholder:TF1-only']);
	});
	it('fixes every finding of a line in one suggestion, never routing a constant to a function', () => {
		const source = 'import tensorflow as tf\ntf.logging.set_verbosity(tf.logging.INFO)\n';
		const findings = scan(source, scanData);
		expect(findings.map((f) => f.written)).toEqual(['tf.logging.set_verbosity', 'tf.logging.INFO']);
		expect(findings[1]!.path).not.toBe(findings[0]!.path);
		expect(lineSuggestions(source, findings).get(2)).toBe('tf.compat.v1.logging.set_verbosity(tf.compat.v1.logging.INFO)');
	});
	it('does not merge distinct functions the data lists together', () => {
		// Each name answers with its own record, never with a neighbour's.
		expect(scanData.mappings['tf.contrib.deprecated.histogram_summary']?.symbol).toBe('tf.contrib.deprecated.histogram_summary');
		expect(scanData.mappings['tf.contrib.deprecated.scalar_summary']?.route).toBe('tf.summary.scalar');
		expect(scanData.mappings['tf.logging.INFO']?.symbol ?? 'tf.logging.INFO').toBe('tf.logging.INFO');
	});
	it('reports FLAGS = tf.app.flags.FLAGS once, not every FLAGS.x', () => {
		expect(found('import tensorflow as tf\nFLAGS = tf.app.flags.FLAGS\nprint(FLAGS.batch_size)')).toEqual(['2:tf.app.flags.FLAGS:TF1-only']);
		expect(found('import tensorflow as tf\nFLAGS = tf.app.flags.FLAGS\nprint(FLAGS.batch_size)', '1.15')).toEqual([]);
	});
	it('reports names the index does not list as notes (exit 2)', () => {
		const findings = scan('import tensorflow as tf\nx = tf.not_a_real_symbol(1)', scanData);
		expect(findings.map((f) => [f.severity, f.written])).toEqual([['note', 'tf.not_a_real_symbol']]);
		expect(exitCode(findings)).toBe(2);
	});
});

describe('release-aware', () => {
	it('dates keywords that arrived after their function, and lets variadic signatures take any number', () => {
		expect(found('import tensorflow as tf\nopt = tf.keras.optimizers.Adam(1e-3, use_ema=True)', '2.10')).toEqual(['2:tf.keras.optimizers.Adam:fails in TF 2.10']);
		expect(found('import tensorflow as tf\nopt = tf.keras.optimizers.Adam(1e-3, use_ema=True)', '2.11')).toEqual([]);
		expect(found('import tensorflow as tf\ntf.print("x", x, y, summarize=3)')).toEqual([]);
	});
	it('says when a name needs a newer release', () => {
		expect(found('import tensorflow as tf\nr = tf.keras.regularizers.L2(0.1)', '2.2')).toEqual(['2:tf.keras.regularizers.L2:needs TF 2.3']);
		expect(found('import tensorflow as tf\nr = tf.keras.regularizers.L2(0.1)', '1.15')).toEqual(['2:tf.keras.regularizers.L2:needs TF 2.3']);
		expect(found('import tensorflow as tf\nr = tf.keras.regularizers.L2(0.1)', '2.3')).toEqual([]);
	});
	it('says when a name is listed but not usable by default', () => {
		expect(found('import tensorflow as tf\ny = tf.compat.v1.layers.conv2d(x, 3, 3)')).toEqual(['2:tf.compat.v1.layers.conv2d:not usable by default']);
		expect(found('import tensorflow.compat.v1 as tf\ny = tf.layers.conv2d(x, 3, 3)', '2.15')).toEqual([]);
	});
	it('never reports a name present in the newest indexed release as missing later', () => {
		expect(presence(scanData.symbols['tf.nn.relu'], 'v2', '2.21', '2.16')).toEqual({ state: 'present' });
	});
	it('knows tf.compat.v1 starts when the index says it does', () => {
		expect(found('import tensorflow.compat.v1 as tf\nx = tf.placeholder(tf.float32)', '1.12')).toEqual(['1:import tensorflow.compat.v1 as tf:not in TF 1.12']);
		expect(found('import tensorflow.compat.v1 as tf\nx = tf.placeholder(tf.float32)', '1.13')).toEqual([]);
	});
	it('judges TF1 code as valid on a TF1 release', () => {
		expect(found('import tensorflow as tf\nimport tensorflow.contrib.slim as slim\nx = tf.placeholder(tf.float32)\nwith tf.Session() as s: pass', '1.15')).toEqual([]);
	});
});

describe('imports are findings', () => {
	it('flags each crashing import form on its line with the tf_slim import as the fix', () => {
		const source = [
			'import tensorflow.contrib.slim as slim',
			'from tensorflow.contrib import slim',
			'from tensorflow.contrib.framework import arg_scope',
			'from tensorflow.contrib.training import HParams',
			'import tensorflow as tf',
			'slim = tf.contrib.slim',
			'net = slim.conv2d(x, 32, [3, 3])',
			'hp = HParams(a=1)',
		].join('\n');
		const findings = scan(source, scanData);
		expect(findings.map((f) => f.line)).toEqual([1, 2, 3, 4, 6]);
		expect(Object.fromEntries(lineSuggestions(source, findings))).toEqual({
			1: 'import tf_slim as slim',
			2: 'import tf_slim as slim',
			3: 'from tf_slim import arg_scope',
			6: 'import tf_slim as slim',
		});
		expect(findings[3]!.message).toMatch(/Neither TF2 nor tf_slim has HParams.*a dict/);
		expect(findings[3]!.path).toBe('/api/tf.contrib.training.HParams/');
	});
	it('leaves tf_slim and non-TensorFlow imports alone', () => {
		expect(found('import tf_slim as slim\nfrom nets.nasnet import nasnet\nnet = slim.conv2d(x, 3)\nl = nasnet.build_nasnet_mobile(x, 10)')).toEqual([]);
	});
	it('applies all suggestions into code that scans clean', () => {
		const source = 'import tensorflow as tf\nslim = tf.contrib.slim\nx = tf.placeholder(tf.float32)\ny = tf.reduce_mean(x, keep_dims=True)\n';
		const fixed = applySuggestions(source, scan(source, scanData));
		expect(fixed).toBe('import tensorflow as tf\nimport tf_slim as slim\nx = tf.compat.v1.placeholder(tf.float32)\ny = tf.reduce_mean(x, keepdims=True)\n');
		expect(scan(fixed, scanData)).toEqual([]);
	});
});

describe('reports', () => {
	const reports = (source: string) => [{ path: 'a_*b*.py', source, findings: scan(source, scanData) }];
	it('starts Markdown with a summary and escapes specials outside code', () => {
		const md = formatMarkdown(reports('import tensorflow as tf\nx = tf.placeholder(tf.float32)\n'), 'https://example.org/s/', '2.16');
		expect(md.split('\n')[0]).toBe('1 finding on TF 2.16 (1 fail) in 1 of 1 file.');
		expect(md).toContain('### `a_*b*.py`');
		expect(md).toContain('[slimcompat: tf.placeholder page](https://example.org/s/api/tf.placeholder/)');
		expect(md).toContain('```suggestion\nx = tf.compat.v1.placeholder(tf.float32)\n```');
		expect(escapeMarkdown('a *b* `c*d` [e] <i> x_y')).toBe('a \\*b\\* `c*d` \\[e\\] \\<i\\> x\\_y');
	});
	it('says plainly when nothing was found', () => {
		const md = formatMarkdown(reports('import tensorflow as tf\nx = tf.nn.relu(y)\n'), 'https://example.org/', '2.16');
		expect(md).toBe('No findings: 1 file scanned, nothing fails or changes meaning on TF 2.16.');
		expect(summary(reports(''), '2.16')).toMatch(/^No findings/);
	});
	it('never links to a local preview address', () => {
		expect(publicSite('http://localhost:4321/', undefined, 'https://x.org/site')).toBe('https://x.org/site/');
		expect(publicSite('http://127.0.0.1:4321/')).toBeUndefined();
		expect(formatText(reports('import tensorflow as tf\ntf.Session()'), undefined, '2.16')).toContain(' /api/tf.Session/');
	});
});

describe('hostile input', () => {
	it('survives binary, unterminated strings and deep nesting', () => {
		const binary = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => i % 256));
		expect(() => scan(binary, scanData)).not.toThrow();
		expect(found('import tensorflow as tf\ns = "never closed\nx = tf.placeholder(dtype)')).toEqual(['3:tf.placeholder:TF1-only']);
		expect(found(`import tensorflow as tf\nx = ${'tf.nn.relu('.repeat(20_000)}\ny = tf.placeholder(dtype)`).at(-1)).toBe('3:tf.placeholder:TF1-only');
	});
	it('scans 10,000 lines in well under a second', () => {
		const body = Array.from({ length: 10_000 }, (_, i) => (i % 3 ? `x${i} = tf.reduce_mean(x, [1], keep_dims=True)  # layer ${i}` : `s = "tf.Session() ${i}"`)).join('\n');
		const source = `import tensorflow as tf\n${body}`;
		scan(source, scanData); // warm up the parser tables
		const started = performance.now();
		const findings = scan(source, scanData);
		const elapsed = performance.now() - started;
		expect(findings.length).toBe(6666);
		expect(elapsed).toBeLessThan(1000);
	});
});
