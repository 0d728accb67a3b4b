import { describe, expect, it } from 'vitest';
import type { ApiIndex } from '../../src/lib/api-index.generated.ts';
import { availabilityRows, lookup, lowestTf2Release, membersOf, parseSpelling, presenceOf } from '../../src/lib/api-symbols.ts';
import { apiIndex, data } from '../../src/lib/data.ts';
import { redirects } from '../../src/lib/redirects.ts';
import { buildSymbolPages, inlineMembers, modulesWithMembersPage } from '../../src/lib/symbol-pages.ts';
import { signatureChanges, tf2Route, upgradeParts } from '../../src/lib/symbol-facts.ts';

/** A two-symbol index over four releases, enough for every branch below. */
const index: ApiIndex = {
	$schema: './api-index.schema.json',
	generated: 'test',
	releases: ['1.15', '2.0', '2.15', '2.16'],
	inputs: [{ repository: 'tensorflow/tensorflow', ref: 'v2.16.1', commit: '0'.repeat(40), reads: 'goldens' }],
	symbols: {
		'tf.layers': { kind: 'module', tf1: [{ from: '1.15', to: '1.15', evidence: 'tf-golden' }], v1: [{ from: '1.15', to: '2.16', evidence: 'tf-golden' }] },
		'tf.layers.conv2d': {
			kind: 'function',
			tf1: [{ from: '1.15', to: '1.15', evidence: 'tf-golden' }],
			v1: [
				{ from: '1.15', to: '2.15', evidence: 'tf-golden' },
				{ from: '2.16', to: '2.16', evidence: 'tf-golden', usable: false, needs: 'tf_keras' },
			],
			upgradeLegacy: { rename: 'tf.compat.v1.layers.conv2d' },
		},
		'tf.keras.regularizers.L2': { kind: 'class', v2: [{ from: '2.15', to: '2.16', evidence: 'keras-golden' }] },
		'tf.reduce_mean': {
			kind: 'function',
			tf1: [{ from: '1.15', to: '1.15', evidence: 'tf-golden' }],
			v2: [{ from: '1.15', to: '2.16', evidence: 'tf-golden' }],
			sig: { v1: ['input_tensor', 'axis', 'keep_dims'], v2: ['input_tensor', 'axis', 'keepdims'] },
			upgrade: { keywords: { keep_dims: 'keepdims' } },
		},
		'tf.Graph': { kind: 'class', v2: [{ from: '2.0', to: '2.16', evidence: 'tf-golden' }] },
	},
	upgradeOnly: {},
	upgradeModules: { 'tf.contrib': 'error' },
	tfSlim: {},
};

describe('spellings and presence', () => {
	it('splits the compat namespaces and the module spelling off a written name', () => {
		expect(parseSpelling('tf.compat.v1.layers.conv2d')).toEqual({ name: 'tf.layers.conv2d', namespace: 'v1' });
		expect(parseSpelling('tensorflow.compat.v2.reduce_mean')).toEqual({ name: 'tf.reduce_mean', namespace: 'v2' });
		expect(parseSpelling('tf.compat.v1')).toEqual({ name: 'tf.compat.v1' });
	});
	it('judges tf.X against the release’s own API and tf.compat.v1.X against the TF1 API', () => {
		expect(presenceOf(index, 'tf.layers.conv2d', '1.15').state).toBe('present');
		expect(presenceOf(index, 'tf.layers.conv2d', '2.0').state).toBe('absent');
		expect(presenceOf(index, 'tf.compat.v1.layers.conv2d', '2.15').state).toBe('present');
		expect(presenceOf(index, 'tf.compat.v1.layers.conv2d', '2.16')).toEqual({ state: 'not-usable', needs: 'tf_keras' });
		expect(presenceOf(index, 'tf.keras.regularizers.L2', '2.0')).toEqual({ state: 'needs-newer', since: '2.15' });
	});
	it('never reports a name present in the newest release read as missing from a later one', () => {
		expect(presenceOf(index, 'tf.reduce_mean', '2.21')).toEqual({ state: 'present' });
	});
	it('finds the lowest TF2 release a snippet’s names need', () => {
		expect(lowestTf2Release(index, ['tf.reduce_mean', 'tf.keras.regularizers.L2'])).toBe('2.15');
		expect(lowestTf2Release(index, ['tf.reduce_mean'])).toBe('2.0');
		expect(lowestTf2Release(index, ['tf.layers.conv2d'])).toBeUndefined();
	});
	it('resolves attributes of classes but not unknown members of modules', () => {
		expect(lookup(index, 'tf.Graph.as_default')?.attribute).toBe('as_default');
		expect(lookup(index, 'tf.layers.not_there')).toBeUndefined();
	});
	it('lists a module’s direct members', () => {
		expect(membersOf(index, 'tf.layers')).toEqual(['tf.layers.conv2d']);
	});
	it('gives one strip row per namespace the symbol has, with 1.x releases only for TF1', () => {
		const rows = availabilityRows(index, 'tf.layers.conv2d');
		expect(rows.map((r) => r.namespace)).toEqual(['tf1', 'v1']);
		expect(rows[0]!.cells.map((c) => c.release)).toEqual(['1.15']);
		expect(rows[1]!.cells.at(-1)).toMatchObject({ release: '2.16', cell: 'unusable' });
	});
});

describe('derived TF2 answers', () => {
	it('routes a name TF2 keeps to itself, with its signature changes', () => {
		expect(tf2Route(index, 'tf.reduce_mean')).toEqual({ kind: 'same', since: '2.0', until: '2.16' });
		expect(signatureChanges(index.symbols['tf.reduce_mean'])).toEqual({ removed: ['keep_dims'], added: ['keepdims'] });
		expect(upgradeParts(index.symbols['tf.reduce_mean']!.upgrade)).toEqual(['renames the keyword `keep_dims` to `keepdims`']);
	});
	it('routes a TF1-only name to tf.compat.v1 and says when it needs tf_keras', () => {
		expect(tf2Route(index, 'tf.layers.conv2d')).toEqual({ kind: 'compat', name: 'tf.compat.v1.layers.conv2d', unusableFrom: '2.16' });
	});
	it('says plainly when tf_upgrade_v2 leaves a name alone', () => {
		expect(upgradeParts(undefined)).toEqual(['leaves it unchanged']);
	});
});

describe('symbol pages and redirects', () => {
	const pages = buildSymbolPages(data, apiIndex);
	const byName = new Map(pages.map((p) => [p.name, p]));
	it('give every indexed symbol and every mapping one page', () => {
		expect(pages.length).toBe(new Set([...Object.keys(apiIndex.symbols), ...data.mappings.map((m) => m.symbol)]).size);
		expect(byName.get('tf.keras.layers.Conv2D')?.indexed).toBe(true);
		expect(byName.get('tf.placeholder')?.mapping?.symbol).toBe('tf.placeholder');
	});
	it('send tf.compat.v1 spellings to the symbol’s page', () => {
		expect(redirects(data, {}, '/', apiIndex)['/api/tf.compat.v1.placeholder/']).toBe('/api/tf.placeholder/');
	});
	it('keep a generated page’s table of contents in step with its sections', () => {
		expect(byName.get('tf.nn')!.headings.map((h) => h.slug)).toEqual(['tf2', 'releases', 'members']);
	});
	it('give a members page to the modules too large to list on their own page, and only to them', () => {
		const listed = modulesWithMembersPage(apiIndex);
		expect(listed).toEqual(expect.arrayContaining(['tf.raw_ops', 'tf.contrib.slim']));
		expect(listed).not.toContain('tf.nn.rnn_cell');
		expect(membersOf(apiIndex, 'tf.nn.rnn_cell').length).toBeLessThanOrEqual(inlineMembers);
	});
});

describe('curated mappings and the generated index agree', () => {
	it('a mapping renamed by tf_upgrade_v2 names the target the script of 2.15 or of the newest release gives', () => {
		const disagree = data.mappings.flatMap((m) => {
			const s = apiIndex.symbols[m.symbol];
			if (!s || m.upgradeScript.action !== 'renamed') return [];
			const targets = [s.upgrade?.rename, s.upgradeLegacy?.rename];
			return targets.includes(m.upgradeScript.to) ? [] : [`${m.symbol}: curated ${m.upgradeScript.to}, index ${targets.join(' / ')}`];
		});
		expect(disagree).toEqual([]);
	});
	it('a mapping left unchanged by tf_upgrade_v2 has no rename in either script', () => {
		const renamed = data.mappings.filter((m) => m.upgradeScript.action === 'unchanged' && (apiIndex.symbols[m.symbol]?.upgrade?.rename || apiIndex.symbols[m.symbol]?.upgradeLegacy?.rename));
		expect(renamed.map((m) => m.symbol)).toEqual([]);
	});
});
