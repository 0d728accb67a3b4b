import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tf2Releases } from '../../src/lib/code-pair-releases.ts';
import { data } from '../../src/lib/data.ts';
import { codePairFor } from '../../src/lib/query.ts';
import { siteScanData } from '../../src/lib/scan-data.ts';
import { parsePython } from '../../src/lib/scanner/python.ts';
import { scan } from '../../src/lib/scanner/scan.ts';

const scanData = siteScanData();
const newest = scanData.releases.at(-1)!;
/** The dotted names a snippet uses as code (never in its comments or strings), read by the scanner's parser. */
const namesUsed = (code: string) => parsePython(code).references.map((r) => r.parts.join('.'));

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

	it('every mapping shows a code pair whose TF1 side uses the symbol', () => {
		const pairs = new Map(data.codePairs.map((p) => [p.id, p]));
		const missing = data.mappings
			.filter((m) => !namesUsed(pairs.get(m.codePair ?? '')?.tf1 ?? '').some((name) => name.split('.').includes(m.symbol.split('.').at(-1)!)))
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
		const users = data.codePairs.flatMap((p) => floors.filter((f) => f.use.test(p.tf2)).map((f) => ({ p, f })));
		expect(users.length).toBeGreaterThan(0);
		expect(users.filter(({ p, f }) => !(p.note ?? '').includes(`TF ${f.release}`)).map(({ p, f }) => `${p.id} (${f.release})`)).toEqual([]);
	});

	it('every TF1 snippet exercises TF1 code: most fail on the newest release (the checks are not vacuous)', () => {
		const failing = data.codePairs.filter((p) => scan(p.tf1, scanData, { release: newest }).some((f) => f.severity === 'error')).length;
		expect(failing).toBeGreaterThan(data.codePairs.length / 2);
	});
});

describe('the release a TF2 side needs', () => {
	it('is computed for every pair: each TF2 side runs as written on the newest release the index read', () => {
		expect(data.codePairs.filter((p) => !tf2Releases(p.tf2, scanData)).map((p) => p.id)).toEqual([]);
	});
	it('follows the names and keywords a side uses (tf.keras.regularizers.L2 arrived in 2.3)', () => {
		expect(tf2Releases(codePairFor(data, 'l2-regularizer')!.tf2, scanData)?.from).toBe('2.3');
		expect(tf2Releases('import tensorflow as tf\nopt = tf.keras.optimizers.SGD(0.1, use_ema=True)\n', scanData)?.from).toBe('2.11');
	});
});
