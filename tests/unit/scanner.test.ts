import { describe, expect, it } from 'vitest';
import { data } from '../../src/lib/data.ts';
import { buildIndex } from '../../src/lib/scanner/index.ts';
import { readAliases } from '../../src/lib/scanner/imports.ts';
import { blankStringsAndComments } from '../../src/lib/scanner/lexer.ts';
import { exitCode, scan } from '../../src/lib/scanner/scan.ts';

const index = buildIndex(data);
const found = (source: string) => scan(source, index).map((f) => `${f.line}:${f.written}→${f.entry?.symbol ?? `unknown ${f.resolved}`}`);

describe('readAliases', () => {
	it('reads every way code imports TensorFlow and Slim', () => {
		const aliases = readAliases(
			[
				'import tensorflow as tf',
				'import tensorflow.contrib.slim as slim',
				'from tensorflow.contrib import slim as contrib_slim, framework',
				'import tf_slim as ts',
				'from nets.nasnet import nasnet',
				'from tensorflow.contrib.framework import (',
				'    arg_scope,',
				'    add_arg_scope as aas)',
				'conv = slim.conv2d',
			].join('\n'),
		);
		expect(Object.fromEntries(aliases)).toEqual({
			tf: 'tf',
			slim: 'tf.contrib.slim',
			contrib_slim: 'tf.contrib.slim',
			framework: 'tf.contrib.framework',
			ts: 'tf_slim',
			nasnet: 'nets.nasnet.nasnet',
			arg_scope: 'tf.contrib.framework.arg_scope',
			aas: 'tf.contrib.framework.add_arg_scope',
			conv: 'tf.contrib.slim.conv2d',
		});
	});
	it('treats tensorflow.compat.v1 as tf', () => {
		expect(readAliases('import tensorflow.compat.v1 as tf').get('tf')).toBe('tf');
	});
});

describe('scan', () => {
	it('finds slim calls through each import form and resolves them to one mapping', () => {
		for (const header of ['import tensorflow.contrib.slim as slim', 'from tensorflow.contrib import slim', 'import tf_slim as slim', 'import tensorflow as tf\nslim = tf.contrib.slim'])
			expect(found(`${header}\nnet = slim.conv2d(x, 32, [3, 3])`).at(-1)).toMatch(/slim\.conv2d→tf\.contrib\.slim\.conv2d$/);
	});
	it('links a NASNet builder to its variant', () => {
		const [f] = scan('from nets.nasnet import nasnet\nlogits, _ = nasnet.build_nasnet_mobile(images, 1001)', index);
		expect(f).toMatchObject({ line: 2, column: 13, written: 'nasnet.build_nasnet_mobile', entry: { kind: 'variant', path: '/variants/nasnet_mobile/' } });
	});
	it('reports unknown tf.* names instead of dropping them', () => {
		expect(found('import tensorflow as tf\nx = tf.not_a_real_symbol(1)')).toEqual(['2:tf.not_a_real_symbol→unknown tf.not_a_real_symbol']);
	});
	it('ignores names inside strings and comments', () => {
		expect(found("import tensorflow as tf\n# tf.placeholder(tf.float32)\ns = 'tf.Session()'\nd = \"\"\"\ntf.get_variable\n\"\"\"")).toEqual([]);
	});
	it('does not take a longer identifier for an alias', () => {
		expect(found('import tensorflow as tf\ntfrecord = 1\nx = tfrecord + 1')).toEqual([]);
	});
	it('gives exit codes that can gate CI', () => {
		expect(exitCode(scan('import tensorflow as tf\nx = tf.placeholder(tf.float32)', index))).toBe(1);
		expect(exitCode(scan('import tensorflow as tf\nx = tf.not_a_real_symbol', index))).toBe(2);
		expect(exitCode(scan('import tensorflow as tf\nx = tf.nn.relu(y)', index))).toBe(0);
		expect(exitCode(scan('print(1)', index))).toBe(0);
	});
});

describe('hostile input', () => {
	it('survives binary, an unterminated string and a huge line', () => {
		const binary = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => i % 256));
		expect(() => scan(binary, index)).not.toThrow();
		expect(found('import tensorflow as tf\ns = "never closed\nx = tf.placeholder(dtype)')).toEqual(['3:tf.placeholder→tf.placeholder']);
		expect(found(`import tensorflow as tf\ns = """never closed ${'x'.repeat(100)}\nx = tf.Session()`)).toEqual([]);
		const huge = `import tensorflow as tf\nx = ${'tf.nn.relu('.repeat(50_000)}\ny = tf.placeholder(dtype)`;
		expect(found(huge)).toEqual(['3:tf.placeholder→tf.placeholder']);
	});
	it('scans 10,000 lines in well under a second', () => {
		const body = Array.from({ length: 10_000 }, (_, i) => (i % 3 ? `x${i} = slim.conv2d(x, 32, [3, 3])  # layer ${i}` : `s = "tf.Session() ${i}"`)).join('\n');
		const started = performance.now();
		const findings = scan(`import tensorflow.contrib.slim as slim\n${body}`, index);
		const elapsed = performance.now() - started;
		expect(findings.length).toBe(6666);
		expect(elapsed).toBeLessThan(1000);
	});
});

describe('blankStringsAndComments', () => {
	it('keeps every line and column', () => {
		const source = "a = 'x' # c\nb = r'''y\nz'''\n";
		const blanked = blankStringsAndComments(source);
		expect(blanked.length).toBe(source.length);
		expect(blanked.split('\n').map((l) => l.trimEnd())).toEqual(['a =', 'b = r', '', '']);
	});
});
