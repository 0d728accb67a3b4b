import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/minimal.json' with { type: 'json' };
import type { CompatData } from '../../src/lib/compat-data.generated.ts';
import { buildNameIndex, codeTokens, editDistance, importedNames, lookupName, mergeResults, nameKeys, packNameIndex, sameTitleWord, titleWords, unpackNameIndex, type NameIndex } from '../../src/lib/search-names.ts';

const index: NameIndex = {
	pages: [
		['/api/tf.contrib.slim.batch_norm/', 'tf.contrib.slim.batch_norm'],
		['/api/tf.layers.batch_normalization/', 'tf.layers.batch_normalization'],
		['/variants/nasnet_mobile/', 'NASNet-A Mobile'],
		['/packages/tf_slim/', 'tf_slim'],
		['/api/tf.Session/', 'tf.Session'],
	],
	names: {
		'tf.contrib.slim.batch_norm': [0],
		'slim.batch_norm': [0],
		'tf.layers.batch_normalization': [1],
		'tf.keras.layers.batchnormalization': [0, 1],
		'nasnet.build_nasnet_mobile': [2],
		'nasnet_mobile': [2],
		tf_slim: [3],
		'tf.session': [4],
	},
	errors: [["modulenotfounderror: no module named tensorflow.contrib", 0]],
	exactOnly: [],
};
const paths = (q: string) => lookupName(index, q).map((h) => h.path);

describe('name keys of a query', () => {
	it('reads module spellings, compat namespaces, calls and imports as tf. names', () => {
		expect(nameKeys('tensorflow.contrib.slim.conv2d')).toContain('tf.contrib.slim.conv2d');
		expect(nameKeys('tf.compat.v1.placeholder(tf.float32)')).toContain('tf.placeholder');
		expect(nameKeys('from tensorflow.contrib import slim')).toContain('tf.contrib.slim');
	});
	it('reads the name inside a pasted error', () => {
		expect(nameKeys("AttributeError: module 'tensorflow' has no attribute 'Session'")).toContain('tf.session');
		expect(nameKeys("ModuleNotFoundError: No module named 'tf_slim'")).toEqual(['tf_slim']);
		expect(nameKeys("NameError: name 'contrib_training' is not defined")).toEqual(['contrib_training']);
	});
});

describe('edit distance', () => {
	it('counts a swap of neighbours as one edit', () => {
		expect(editDistance('bacth_norm', 'batch_norm')).toBe(1);
		expect(editDistance('nasnet_moblie', 'nasnet_mobile')).toBe(1);
		expect(editDistance('conv2d', 'conv3d')).toBe(1);
		expect(editDistance('abc', 'abc')).toBe(0);
	});
	it('stops early past a limit', () => {
		expect(editDistance('tf.contrib.slim', 'x', 2)).toBe(3);
	});
});

describe('looking up names', () => {
	it('puts an exact spelling first, in any module spelling or case', () => {
		expect(paths('slim.batch_norm')[0]).toBe('/api/tf.contrib.slim.batch_norm/');
		expect(paths('tensorflow.compat.v1.Session')[0]).toBe('/api/tf.Session/');
		expect(paths("AttributeError: module 'tensorflow' has no attribute 'Session'")[0]).toBe('/api/tf.Session/');
	});
	it('finds a name given without its leading modules', () => {
		expect(paths('build_nasnet_mobile')).toEqual(['/variants/nasnet_mobile/']);
		expect(paths('BatchNormalization')).toEqual(['/api/tf.contrib.slim.batch_norm/', '/api/tf.layers.batch_normalization/']);
	});
	it('finds the fix of a pasted error message', () => {
		expect(paths("ModuleNotFoundError: No module named 'tensorflow.contrib'")).toEqual(['/api/tf.contrib.slim.batch_norm/']);
	});
	it('offers the nearest name for a typo, and nothing for prose', () => {
		expect(lookupName(index, 'slim.bacth_norm')).toEqual([{ path: '/api/tf.contrib.slim.batch_norm/', title: 'tf.contrib.slim.batch_norm', how: 'near' }]);
		expect(paths('nasnet_moblie')).toEqual(['/variants/nasnet_mobile/']);
		expect(paths('how do I load a checkpoint')).toEqual([]);
	});
	it('lists name hits before the ranked results, each page once', () => {
		expect(mergeResults(lookupName(index, 'tf_slim'), ['/guides/x/', '/packages/tf_slim/'])).toEqual(['/packages/tf_slim/', '/guides/x/']);
	});
});

describe('building the index from data', () => {
	const built = buildNameIndex(fixture as unknown as CompatData, [{ name: 'tf.nn.conv2d', path: '/api/tf.nn.conv2d/', title: 'tf.nn.conv2d' }]);
	it('indexes every spelling of a mapping, lowercased, and names added from elsewhere', () => {
		expect(lookupName(built, 'slim.conv2d')[0]?.path).toBe('/api/tf.contrib.slim.conv2d/');
		expect(lookupName(built, 'tf_slim.layers.conv2d')[0]?.path).toBe('/api/tf.contrib.slim.conv2d/');
		expect(lookupName(built, 'tf.nn.conv2d')[0]?.path).toBe('/api/tf.nn.conv2d/');
	});
});

describe('names an import line loads', () => {
	it('lists the name, its module and its package, TensorFlow spelled tf. and its modules left out', () => {
		expect(importedNames('from nets.nasnet import nasnet')).toEqual(['nets.nasnet.nasnet', 'nets.nasnet', 'nets']);
		expect(importedNames('import tensorflow.contrib.slim as slim')).toEqual(['tf.contrib.slim']);
		expect(importedNames('import tf_slim.layers')).toEqual(['tf_slim.layers', 'tf_slim']);
		expect(importedNames('slim = tf.contrib.slim')).toEqual([]);
	});
});

describe('code-like words in a query', () => {
	it('picks dotted names, snake_case and CamelCase words', () => {
		expect(codeTokens('Inability to use tf.Session()')).toEqual(['tf.session']);
		expect(codeTokens('Cannot load NASNetLarge')).toEqual(['nasnetlarge']);
		expect(codeTokens('No variable_scope in tf 2.0')).toEqual(['variable_scope']);
		expect(codeTokens('how do I load a checkpoint')).toEqual([]);
	});
});

describe('a module and a member word', () => {
	it('puts the names under that member first', () => {
		const withMember: NameIndex = { ...index, pages: [...index.pages, ['/api/tf.contrib.slim.evaluation.evaluate_once/', 'x']], names: { ...index.names, 'tf.contrib.slim': [3], 'tf.contrib.slim.evaluation.evaluate_once': [5] } };
		expect(lookupName(withMember, 'tf.contrib.slim evaluation')[0]?.path).toBe('/api/tf.contrib.slim.evaluation.evaluate_once/');
	});
});

describe('names written as words', () => {
	it('finds a name of several words inside a question, and neighbouring words that spell a dotted name', () => {
		const named: NameIndex = { ...index, names: { ...index.names, 'nasnet-a mobile': [2] } };
		expect(lookupName(named, 'NASNet-A Mobile ImageNet accuracy')[0]?.path).toBe('/variants/nasnet_mobile/');
		expect(lookupName(index, 'slim batch_norm decay')[0]?.path).toBe('/api/tf.contrib.slim.batch_norm/');
	});
});

describe('plain words stay plain', () => {
	it('does not read a capitalised word or a release inside a question as a name', () => {
		expect(codeTokens('NASNet-A Mobile accuracy')).toEqual([]);
		const releases: NameIndex = { ...index, pages: [...index.pages, ['/tf/1.4/', 'TF 1.4']], names: { ...index.names, 'tensorflow 1.4': [5] } };
		expect(lookupName(releases, 'does tf slim need tensorflow 1.4')).toEqual([]);
		expect(lookupName(releases, 'tensorflow 1.4')[0]?.path).toBe('/tf/1.4/');
	});
});

describe('an unknown member of a known module', () => {
	it('leads to the module', () => {
		const modules: NameIndex = { ...index, pages: [...index.pages, ['/api/tf.contrib.slim/', 'tf.contrib.slim']], names: { ...index.names, slim: [5] } };
		expect(lookupName(modules, 'slim.tfexample_decoder')[0]?.path).toBe('/api/tf.contrib.slim/');
	});
});

describe('the index as served', () => {
	it('packs symbol pages and their own names, and unpacks to the same index', () => {
		const built = buildNameIndex(fixture as unknown as CompatData, [{ name: 'tf.nn.conv2d', path: '/api/tf.nn.conv2d/', title: 'tf.nn.conv2d', exactOnly: true }]);
		const packed = packNameIndex(built);
		expect(packed.pages).toContain('tf.nn.conv2d');
		expect(packed.names['tf.nn.conv2d']).toBeUndefined();
		expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(built).length);
		const unpacked = unpackNameIndex(JSON.parse(JSON.stringify(packed)));
		expect(unpacked.pages).toEqual(built.pages);
		expect(Object.fromEntries(Object.entries(unpacked.names).sort())).toEqual(Object.fromEntries(Object.entries(built.names).sort()));
		expect(unpacked.exactOnly).toEqual(built.exactOnly);
	});
	it('lets an exact-only page answer its own name and a typo of it, never a name inside a question', () => {
		const built = buildNameIndex(fixture as unknown as CompatData, [{ name: 'tf.nn.conv2d', path: '/api/tf.nn.conv2d/', title: 'tf.nn.conv2d', exactOnly: true }]);
		expect(lookupName(built, 'tensorflow.nn.conv2d')[0]?.path).toBe('/api/tf.nn.conv2d/');
		expect(lookupName(built, 'tf.nn.conv2dd')[0]?.path).toBe('/api/tf.nn.conv2d/');
		expect(lookupName(built, 'why does tf.nn.conv2d fail here').map((h) => h.path)).not.toContain('/api/tf.nn.conv2d/');
	});
});

describe('a class name capitalised mid-sentence', () => {
	const classes: NameIndex = { ...index, pages: [...index.pages, ['/api/tf.train.Saver/', 'tf.train.Saver']], names: { ...index.names, 'tf.train.saver': [5] } };
	it('leads to the hand-mapped class it ends', () => {
		expect(lookupName(classes, 'Replaced Saver with Checkpoint')[0]?.path).toBe('/api/tf.train.Saver/');
	});
	it('is only a word when a sentence starts with it or it is written in lowercase', () => {
		expect(lookupName(classes, 'Saver fails on restore')).toEqual([]);
		expect(lookupName(classes, 'replaced saver with checkpoint')).toEqual([]);
	});
});

describe('the words of a title', () => {
	it('splits at punctuation, reads plurals as singulars, and keeps only the TensorFlow release it names', () => {
		expect(titleWords('TF slim for Tensorflow2')).toEqual(['tf@2', 'slim']);
		expect(titleWords('Does TF-Slim need TensorFlow 1.4 for NASNet?')).toEqual(['tf@1.4', 'slim', 'need', 'nasnet']);
		expect(titleWords('Compatibility with Tensorflow==2.4.1 tf-slim')).toEqual(['tf@2.4.1', 'compatibility', 'slim']);
		expect(titleWords('Load Slim NASNet checkpoints in TF 2')).toEqual(['tf@2', 'load', 'slim', 'nasnet', 'checkpoint']);
		expect(titleWords('tf.contrib.slim')).toEqual(['contrib', 'slim']);
		expect(titleWords('input_shape should be (331, 331, 3)')).toEqual(['input', 'shape', '331', '3']);
	});
	it('matches releases that do not contradict each other', () => {
		expect(sameTitleWord('tf@2.0', 'tf@2.x')).toBe(true);
		expect(sameTitleWord('tf@2.4.1', 'tf@2.4')).toBe(true);
		expect(sameTitleWord('tf@2', 'tf@1.4')).toBe(false);
		expect(sameTitleWord('tf@2.0', 'tf@2.8')).toBe(false);
		expect(sameTitleWord('slim', 'slim')).toBe(true);
	});
});

describe('pages found by their titles', () => {
	const guides: NameIndex = {
		...index,
		pages: [...index.pages, ['/guides/tf1/', 'Does TF-Slim need TensorFlow 1.4 for NASNet?'], ['/guides/tf2/', 'Run research/slim NASNet on TF 2.x with tf_slim'], ['/guides/ckpt/', 'Load Slim NASNet checkpoints in TF 2']],
	};
	const titled = (q: string) => lookupName(guides, q).filter((h) => h.how === 'title').map((h) => h.path);
	it('come after the names, when the title holds all the query words but one, and at least two', () => {
		expect(titled('checkpoint conversion to tf2.0')).toEqual(['/guides/ckpt/']);
		expect(titled('TF slim for Tensorflow2')).toEqual(['/guides/tf2/', '/guides/ckpt/']);
		expect(titled('does tf slim need tensorflow 1.4')).toEqual(['/guides/tf1/']);
		expect(titled('checkpoint')).toEqual([]);
		expect(lookupName(guides, 'tf_slim on tensorflow 2').map((h) => h.path)).toEqual(['/packages/tf_slim/', '/guides/tf2/', '/guides/ckpt/']);
	});
	it('match a symbol by its own name, not by its module alone', () => {
		expect(titled('tf.contrib.slim version')).toEqual([]);
		expect(titled('batch norm in contrib slim')).toEqual(['/api/tf.contrib.slim.batch_norm/']);
	});
	it('leave exact-only pages to their names', () => {
		expect(lookupName({ ...guides, exactOnly: [0] }, 'batch norm in contrib slim')).toEqual([]);
	});
	it('include the titled pages the index is built with, as served', () => {
		const built = buildNameIndex(fixture as unknown as CompatData, [], [{ path: '/guides/ckpt/', title: 'Load Slim NASNet checkpoints in TF 2' }]);
		const served = unpackNameIndex(JSON.parse(JSON.stringify(packNameIndex(built))));
		expect(lookupName(served, 'checkpoint conversion to tf2.0').map((h) => h.path)).toContain('/guides/ckpt/');
	});
});
