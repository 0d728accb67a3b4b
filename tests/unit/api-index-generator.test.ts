import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { argumentsSince, buildApiIndex, serializeApiIndex, type Reading } from '../../src/lib/api-index/build.ts';
import { slimMembers, starNames } from '../../src/lib/api-index/contrib-slim.ts';
import { exportedNames } from '../../src/lib/api-index/exports.ts';
import { argNames, parseClassGolden, parseGolden } from '../../src/lib/api-index/golden.ts';
import { compatModules, goldenNamespaces, legacyKerasOnly } from '../../src/lib/api-index/namespaces.ts';
import type { PythonFacts } from '../../src/lib/api-index/python-facts.ts';
import { foldRanges, type Presence } from '../../src/lib/api-index/ranges.ts';
import { upgradeTables } from '../../src/lib/api-index/upgrade.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/api-index/${name}`, import.meta.url), 'utf8');

/** Facts through the generator's own Python reader, as the generator gets them. */
function facts(name: string): PythonFacts {
	const out = execFileSync('python3', ['scripts/api-index/python_facts.py'], { input: JSON.stringify({ files: { f: fixture(name) } }), encoding: 'utf8' });
	return JSON.parse(out).f;
}

const noUpgrade = { bySpelling: new Map(), modules: new Map() };
const build = (releases: string[], readings: Reading[]) =>
	buildApiIndex({ releases, readings, inputs: [], upgrade: noUpgrade, upgradeLegacy: noUpgrade, tfSlim: new Map(), generated: 'test' });
const member = (name: string) => ({ name, kind: 'function' as const });

describe('golden files', () => {
	it('lists a module golden’s members with their kinds and argument names', () => {
		const module = parseGolden(fixture('tensorflow.nn.pbtxt'))!;
		expect(module.path).toBe('tf.nn');
		expect(module.members).toEqual([
			{ name: 'rnn_cell', kind: 'module' },
			{ name: 'RNNCellDropoutWrapper', kind: 'class' },
			{ name: 'conv2d', kind: 'function', args: ['input', 'filter', 'strides', 'padding', 'name'] },
			{ name: 'dropout', kind: 'function', args: ['x', 'rate', 'seed', '**kwargs'] },
		]);
	});
	it('skips class goldens: a class’s methods are not API symbols', () => {
		expect(parseGolden(fixture('tensorflow.-variable.pbtxt'))).toBeUndefined();
	});
	it('reads varargs in the Python 2 notation', () => {
		expect(argNames("args=['a'], varargs=args, keywords=kwargs, defaults=None")).toEqual(['a', '*args', '**kwargs']);
	});
});

describe('namespaces and their traps', () => {
	const none = { v1: false, v2: false };
	it('ignores the v2 goldens of 1.11 and 1.12, which mirror v1', () => {
		expect(goldenNamespaces('1.11', 'v2', none)).toEqual([]);
		expect(goldenNamespaces('1.12', 'v2', compatModules('1.12', fixture('BUILD-1.12.txt')))).toEqual([]);
		const index = build(['1.12'], goldenNamespaces('1.12', 'v2', none).map((namespace) => ({ release: '1.12', namespace, evidence: 'tf-golden', members: [member('tf.placeholder')] })));
		expect(index.symbols['tf.placeholder']).toBeUndefined();
	});
	it('bounds tf.compat.v1 and tf.compat.v2 by the API build, not by any golden', () => {
		expect(compatModules('1.12', fixture('BUILD-1.12.txt'))).toEqual({ v1: false, v2: false });
		expect(compatModules('1.13', fixture('BUILD-1.13.txt'))).toEqual({ v1: true, v2: false });
		expect(compatModules('1.14', fixture('BUILD-1.14.txt'))).toEqual({ v1: true, v2: true });
		expect(goldenNamespaces('1.13', 'v1', { v1: true, v2: false })).toEqual(['tf1', 'v1']);
		expect(goldenNamespaces('1.13', 'v2', { v1: true, v2: false })).toEqual([]);
		expect(goldenNamespaces('1.14', 'v2', { v1: true, v2: true })).toEqual(['v2']);
		expect(goldenNamespaces('2.0', 'v1', { v1: true, v2: true })).toEqual(['v1']);
	});
	it('reads the root golden directory only before the v1/v2 split', () => {
		expect(goldenNamespaces('1.10', 'root', { v1: false, v2: false })).toEqual(['tf1']);
		expect(goldenNamespaces('1.11', 'root', { v1: false, v2: false })).toEqual([]);
	});
	it('marks tf.compat.v1.layers and tf.compat.v1.keras listed but unusable from 2.16 (Keras 3)', () => {
		expect(legacyKerasOnly('2.16', 'v1', 'tf.layers.conv2d')).toBe(true);
		expect(legacyKerasOnly('2.16', 'v1', 'tf.keras.layers.Conv2D')).toBe(true);
		expect(legacyKerasOnly('2.15', 'v1', 'tf.layers.conv2d')).toBe(false);
		expect(legacyKerasOnly('2.16', 'v2', 'tf.keras.layers.Conv2D')).toBe(false);
		expect(legacyKerasOnly('2.16', 'v1', 'tf.layersfoo')).toBe(false);
		const index = build(['2.15', '2.16'], [
			{ release: '2.15', namespace: 'v1', evidence: 'tf-golden', members: [member('tf.layers.conv2d')] },
			{ release: '2.16', namespace: 'v1', evidence: 'tf-golden', members: [member('tf.layers.conv2d')] },
		]);
		expect(index.symbols['tf.layers.conv2d']!.v1).toEqual([
			{ from: '2.15', to: '2.15', evidence: 'tf-golden' },
			{ from: '2.16', to: '2.16', evidence: 'tf-golden', usable: false, needs: 'tf_keras' },
		]);
	});
	it('never lists tf.contrib in a 2.x release, whatever the source tree holds', () => {
		const index = build(['1.15', '2.0'], [
			{ release: '1.15', namespace: 'tf1', evidence: 'contrib-source', members: [member('tf.contrib.slim.conv2d')] },
			{ release: '2.0', namespace: 'v1', evidence: 'contrib-source', members: [member('tf.contrib.slim.conv2d')] },
		]);
		expect(index.symbols['tf.contrib.slim.conv2d']).toEqual({ kind: 'function', tf1: [{ from: '1.15', to: '1.15', evidence: 'contrib-source' }] });
	});
});

describe('keras.applications from export decorators', () => {
	it('takes the names under the prefix, the modules they imply, and v1= names for the TF1 API', () => {
		const f = [facts('applications_nasnet.py')];
		expect(exportedNames(f, 'keras.applications', 'v2').map((e) => e.name)).toEqual([
			'tf.keras.applications.NASNetMobile',
			'tf.keras.applications.nasnet',
			'tf.keras.applications.nasnet.NASNetMobile',
			'tf.keras.applications.nasnet.preprocess_input',
		]);
		expect(exportedNames(f, 'keras.applications', 'v1').map((e) => e.name)).toContain('tf.keras.applications.nasnet.preprocess_input_v1');
		expect(exportedNames(f, 'keras.applications', 'v1').map((e) => e.name)).not.toContain('tf.keras.applications.nasnet.preprocess_input');
	});
	it('fills a release the goldens leave empty without overriding a golden elsewhere', () => {
		const index = build(['1.10', '1.11'], [
			{ release: '1.10', namespace: 'tf1', evidence: 'tf-golden', members: [member('tf.keras.applications.NASNetMobile')] },
			{ release: '1.11', namespace: 'tf1', evidence: 'decorator', members: [member('tf.keras.applications.NASNetMobile')] },
			{ release: '1.10', namespace: 'tf1', evidence: 'decorator', members: [member('tf.keras.applications.NASNetMobile')] },
		]);
		expect(index.symbols['tf.keras.applications.NASNetMobile']!.tf1).toEqual([
			{ from: '1.10', to: '1.10', evidence: 'tf-golden' },
			{ from: '1.11', to: '1.11', evidence: 'decorator' },
		]);
	});
});

describe('tf.contrib.slim members from its imports', () => {
	const files: Record<string, string> = {
		'tensorflow.contrib.framework.python.ops.arg_scope': 'slim/arg_scope.py',
		'tensorflow.contrib.layers.python.layers.__init__': 'slim/layers_init.py',
		'tensorflow.contrib.layers.python.layers.layers': 'slim/layers.py',
		'tensorflow.contrib.layers.python.layers.optimizers': 'slim/optimizers.py',
		'tensorflow.contrib.slim.python.slim.learning': 'slim/learning.py',
	};
	const read = (module: string) => (files[module] ? facts(files[module]!) : undefined);
	const { members, unresolved } = slimMembers(facts('slim/init.py'), read);
	it('binds the literal __all__ of star-imported modules, recursively through packages', () => {
		expect([...members.keys()].sort()).toEqual(['OPTIMIZER_SUMMARIES', 'add_arg_scope', 'arg_scope', 'batch_norm', 'conv2d', 'learning', 'losses', 'optimize_loss']);
		expect(members.get('conv2d')).toBe('function');
		expect(members.get('learning')).toBe('module');
	});
	it('takes only what a module without a literal __all__ defines, not the module aliases that leak through', () => {
		expect(members.has('math_ops')).toBe(false);
		expect(unresolved).toEqual(['tensorflow.contrib.layers.python.layers.optimizers']);
	});
	it('keeps only the documented and allowed names of a module that calls remove_undocumented', () => {
		const names = starNames('tensorflow.contrib.metrics', (m) => (m === 'tensorflow.contrib.metrics.__init__' ? facts('slim/metrics_init.py') : undefined), []);
		expect([...names.keys()]).toEqual(['streaming_accuracy', 'aggregate_metric_map', 'set_union']);
	});
	it('leaves out private helpers and __future__ imports', () => {
		expect(members.has('make_all')).toBe(false);
		expect(members.has('absolute_import')).toBe(false);
	});
});

describe('tf_upgrade_v2 tables', () => {
	const f = facts('upgrade_tables.py');
	const tables = upgradeTables({ renames: f, allRenames: f, upgrade: f, reorders: f, deprecations: f });
	it('combines renames, keyword renames (null for a dropped keyword), reorders, warnings and transformers', () => {
		expect(tables.bySpelling.get('tf.arg_max')).toEqual({ rename: 'tf.argmax', keywords: { dimension: 'axis' } });
		expect(tables.bySpelling.get('tf.nn.conv2d')).toEqual({ keywords: { filter: 'filters', use_cudnn_on_gpu: null }, warning: true });
		expect(tables.bySpelling.get('tf.argmax')).toEqual({ reorder: ['input', 'axis', 'name', 'dimension', 'output_type'] });
		expect(tables.bySpelling.get('tf.nn.dropout')).toEqual({ transform: true });
	});
	it('keeps a table that a later class assigns empty', () => {
		expect(tables.bySpelling.get('tf.nn.conv2d')?.keywords).toBeDefined();
	});
	it('reads the level of a module deprecation through its named message', () => {
		expect([...tables.modules]).toEqual([['tf.contrib', 'error'], ['tf.contrib.rnn', 'warning']]);
	});
});

describe('ranges and output', () => {
	it('folds consecutive releases and starts a new range at a gap or a change of evidence', () => {
		const r = ['1.4', '1.5', '1.6', '1.7', '1.8'];
		const p = new Map<string, Presence>([
			['1.4', { evidence: 'tf-golden' }],
			['1.5', { evidence: 'tf-golden' }],
			['1.7', { evidence: 'tf-golden' }],
			['1.8', { evidence: 'decorator' }],
		]);
		expect(foldRanges(r, p)).toEqual([
			{ from: '1.4', to: '1.5', evidence: 'tf-golden' },
			{ from: '1.7', to: '1.7', evidence: 'tf-golden' },
			{ from: '1.8', to: '1.8', evidence: 'decorator' },
		]);
	});
	it('serializes the same input to the same bytes, sorted, and back to the same object', () => {
		const readings: Reading[] = [{ release: '2.0', namespace: 'v2', evidence: 'tf-golden', members: [member('tf.b'), member('tf.a')] }];
		const a = serializeApiIndex(build(['2.0'], readings));
		const b = serializeApiIndex(build(['2.0'], [...readings].reverse()));
		expect(a).toBe(b);
		expect(Object.keys(JSON.parse(a).symbols)).toEqual(['tf.a', 'tf.b']);
	});
});

describe('class goldens', () => {
	it('give the constructor’s arguments without self, for keyword checks on calls', () => {
		const text = 'path: "tensorflow.keras.optimizers.Adam"\ntf_class {\n  member_method {\n    name: "__init__"\n    argspec: "args=[\\\'self\\\', \\\'learning_rate\\\', \\\'use_ema\\\'], varargs=None, keywords=kwargs, defaults=None"\n  }\n}\n';
		expect(parseClassGolden(text)).toEqual({ path: 'tf.keras.optimizers.Adam', init: ['learning_rate', 'use_ema', '**kwargs'] });
		expect(parseClassGolden(fixture('tensorflow.nn.pbtxt'))).toBeUndefined();
	});
});

describe('arguments that arrived later', () => {
	it('dates an argument by the unbroken run of listings that have it up to the newest', () => {
		const releases = ['2.9', '2.10', '2.11', '2.12'];
		const per = new Map([
			[0, ['learning_rate']],
			[1, ['learning_rate', 'use_ema']],
			[2, ['learning_rate']],
			[3, ['learning_rate', 'use_ema']],
		]);
		expect(argumentsSince(releases, per, ['learning_rate', 'use_ema'])).toEqual({ use_ema: '2.12' });
		expect(argumentsSince(releases, new Map([[0, ['a']], [3, ['a']]]), ['a'])).toEqual({});
	});
});
