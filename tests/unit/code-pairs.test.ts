import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeOnly, removedInTf2, tf2Violations } from '../../src/lib/code-check.ts';
import { tf2Releases } from '../../src/lib/code-pair-releases.ts';
import { data } from '../../src/lib/data.ts';
import { codePairFor } from '../../src/lib/query.ts';
import { siteScanData } from '../../src/lib/scan-data.ts';

// TF2 reuses these names for new functions, so a TF2 snippet may call them (see their mappings).
const reused = ['tf.summary.scalar', 'tf.summary.histogram', 'tf.summary.image', 'tf.nn.avg_pool'];
const removed = removedInTf2(data, reused);

describe('code pairs', () => {
	it('every snippet parses as Python 3', () => {
		const snippets = data.codePairs.flatMap((p) => [
			{ where: `${p.id} (TF1)`, code: p.tf1 },
			{ where: `${p.id} (TF2)`, code: p.tf2 },
		]);
		const script = 'import ast, json, sys\nfor s in json.load(sys.stdin):\n    try: ast.parse(s["code"])\n    except SyntaxError as e: print(f"{s[\'where\']}: line {e.lineno}: {e.msg}")';
		const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(snippets), encoding: 'utf8' });
		expect(run.error, 'python3 is needed to parse the snippets').toBeUndefined();
		expect(run.stderr).toBe('');
		expect(run.stdout).toBe('');
	});

	it('no TF2 snippet calls a symbol TF 2.x removed, except through tf.compat.v1', () => {
		expect(removed).toEqual(expect.arrayContaining(['tf.contrib', 'tf.placeholder', 'tf.Session', 'tf.variable_scope']));
		const bad = data.codePairs.flatMap((p) => tf2Violations(p.tf2, removed).map((s) => `${p.id}: ${s}`));
		expect(bad).toEqual([]);
	});

	it('every mapping shows a code pair whose TF1 side uses the symbol', () => {
		const pairs = new Map(data.codePairs.map((p) => [p.id, p]));
		const missing = data.mappings
			.filter((m) => !codeOnly(pairs.get(m.codePair ?? '')?.tf1 ?? '').includes(m.symbol.split('.').at(-1)!))
			.map((m) => `${m.symbol} (${m.codePair ?? 'no codePair'})`);
		expect(missing).toEqual([]);
	});

	it('every code pair is shown by a mapping, a variant page or a guide', () => {
		const guides = readdirSync('src/content/docs/guides').map((f) => readFileSync(`src/content/docs/guides/${f}`, 'utf8')).join('\n');
		const shown = new Set([
			...data.mappings.flatMap((m) => m.codePair ?? []),
			...data.variants.flatMap((v) => v.checkpointCodePair ?? []),
			...[...guides.matchAll(/<CodeCompare id="([^"]+)"/g)].map((m) => m[1]),
		]);
		expect(data.codePairs.map((p) => p.id).filter((id) => !shown.has(id))).toEqual([]);
	});

	// Names that arrived after TF 2.0: a snippet that uses one says from which release (keras goldens at the tags).
	const floors = [
		{ use: /regularizers\.L2\(/, release: '2.3' },
		{ use: /use_ema=/, release: '2.11' },
	];
	it('every TF2 snippet that uses a late name states its floor in the note', () => {
		const users = data.codePairs.flatMap((p) => floors.filter((f) => f.use.test(codeOnly(p.tf2)) || f.use.test(p.tf2)).map((f) => ({ p, f })));
		expect(users.length).toBeGreaterThan(0);
		expect(users.filter(({ p, f }) => !(p.note ?? '').includes(`TF ${f.release}`)).map(({ p, f }) => `${p.id} (${f.release})`)).toEqual([]);
	});

	it('every TF1 snippet exercises TF1 code (the check is not vacuous)', () => {
		const tf1Hits = data.codePairs.filter((p) => tf2Violations(p.tf1, removed).length > 0).length;
		expect(tf1Hits).toBeGreaterThan(data.codePairs.length / 2);
	});
});

describe('tf2Violations', () => {
	it('finds removed symbols used through the plain tensorflow module', () => {
		expect(tf2Violations('import tensorflow as tf\nx = tf.placeholder(tf.float32)\nslim = tf.contrib.slim', removed)).toEqual([
			'tf.placeholder',
			'tf.contrib',
		]);
	});
	it('allows them through tensorflow.compat.v1', () => {
		expect(tf2Violations('import tensorflow.compat.v1 as tf\nx = tf.placeholder(tf.float32)', removed)).toEqual([]);
		expect(tf2Violations('import tensorflow as tf\nx = tf.compat.v1.placeholder(tf.float32)', removed)).toEqual([]);
	});
	it('ignores symbols in comments and strings', () => {
		expect(tf2Violations("import tensorflow as tf\n# tf.Session() is gone\nmsg = 'tf.placeholder'\n", removed)).toEqual([]);
	});
	it('does not take a longer name for a removed one', () => {
		expect(tf2Violations('import tensorflow as tf\nx = tf.Sessionless', removed)).toEqual([]);
	});
});

describe('codeOnly', () => {
	it('blanks comments and strings but keeps line numbers', () => {
		const source = "a = 'x'  # c\nb = \"\"\"q\nr\"\"\"";
		const blanked = codeOnly(source);
		expect(blanked.length).toBe(source.length);
		expect(blanked.split('\n').map((l) => l.trim())).toEqual(['a =', 'b =', '']);
	});
});

describe('the release a TF2 side needs', () => {
	const scanData = siteScanData();
	it('is computed for every pair: each TF2 side runs as written on the newest release the index read', () => {
		expect(data.codePairs.filter((p) => !tf2Releases(p.tf2, scanData)).map((p) => p.id)).toEqual([]);
	});
	it('follows the names and keywords a side uses (tf.keras.regularizers.L2 arrived in 2.3)', () => {
		expect(tf2Releases(codePairFor(data, 'l2-regularizer')!.tf2, scanData)?.from).toBe('2.3');
		expect(tf2Releases('import tensorflow as tf\nopt = tf.keras.optimizers.SGD(0.1, use_ema=True)\n', scanData)?.from).toBe('2.11');
	});
});
