import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/minimal.json' with { type: 'json' };
import { lintData } from '../../src/lib/lint/index.ts';
import { formatLintError } from '../../src/lib/lint/lint-error.ts';

// Broken on purpose, so handled untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

/** Lints a copy of the fixture with one field broken by `breakIt`. */
function lintBroken(breakIt: (d: Data) => void) {
	const copy = structuredClone(fixture) as Data;
	breakIt(copy);
	return lintData(copy, 'data/compat.json');
}

describe('lintData', () => {
	it('accepts the valid fixture', () => {
		expect(lintData(structuredClone(fixture))).toEqual([]);
	});

	it('rejects {} and names every missing top-level field', () => {
		const errors = lintData({});
		expect(errors.map((e) => e.path)).toEqual(
			expect.arrayContaining(['/$schema', '/sources', '/tfReleases', '/packages', '/variants', '/cells', '/mappings', '/codePairs']),
		);
		expect(errors[0]!.message).toMatch(/missing required field/);
	});

	const cases: [string, (d: Data) => void, { path: string; record: string; message: RegExp }][] = [
		['an unknown field', (d) => (d.mappings[0].extra = 1), { path: '/mappings/0/extra', record: 'tf.contrib.slim.conv2d', message: /unknown field "extra"/ }],
		['a status outside the enum', (d) => (d.cells[1].status = 'works-ish'), { path: '/cells/1/status', record: 'tf 2.0+ × tf.contrib.slim × nasnet_mobile', message: /"works-ish" is not allowed; expected one of "works"/ }],
		['a malformed date', (d) => (d.tfReleases[0].released = '2017-13-02'), { path: '/tfReleases/0/released', record: 'tf 1.4', message: /"2017-13-02" has the wrong form; expected a calendar day/ }],
		['a missing required field', (d) => delete (d.tfReleases[1] as any).python, { path: '/tfReleases/1/python', record: 'tf 2.0', message: /missing required field "python"/ }],
		['a source ref that is a branch', (d) => ((d.sources['fixture-repo'] as any).ref = 'master'), { path: '/sources/fixture-repo/ref', record: 'source fixture-repo', message: /"master" has the wrong form; expected a 40-hex commit or a release tag/ }],
		['a plain-http documentation address', (d) => ((d.sources['fixture-doc'] as any).url = 'http://example.org'), { path: '/sources/fixture-doc/url', record: 'source fixture-doc', message: /wrong form; expected an https address/ }],
		['an accuracy above 100', (d) => ((d.variants[1] as any).checkpoint.top1 = 120), { path: '/variants/1/checkpoint/top1', record: 'nasnet_large', message: /120 is above the maximum 100/ }],
		['a cell without sources', (d) => (d.cells[0].sources = []), { path: '/cells/0/sources', record: 'tf 1.4 × tf.contrib.slim × nasnet_mobile, nasnet_large', message: /expected at least 1 item/ }],
		['a reference to an unknown variant', (d) => (d.cells[0].variants[0] = 'nasnet_mobil'), { path: '/cells/0/variants/0', record: 'tf 1.4 × tf.contrib.slim × nasnet_mobil, nasnet_large', message: /unknown variant "nasnet_mobil"; expected one of: nasnet_mobile, nasnet_large/ }],
		['a reference to an unknown package', (d) => (d.cells[1].package = 'tf-slim'), { path: '/cells/1/package', record: 'tf 2.0+ × tf-slim × nasnet_mobile', message: /unknown package "tf-slim"/ }],
		['a citation of an unknown source', (d) => (d.mappings[0].traps[0].sources = ['nowhere']), { path: '/mappings/0/traps/0/sources/0', record: 'tf.contrib.slim.conv2d', message: /unknown source "nowhere"/ }],
		['a source nobody cites', (d) => ((d.sources as any)['orphan'] = { title: 'Orphan page', url: 'https://example.org/o' }), { path: '/sources/orphan', record: 'source orphan', message: /cited by no record/ }],
		['a TF version missing from tfReleases', (d) => (d.cells[2].tf.to = '2.15'), { path: '/cells/2/tf/to', record: 'tf 2.0–2.15 × tf.contrib.slim × nasnet_large', message: /TF 2.15 is not in "tfReleases"/ }],
		['a range that runs backwards', (d) => (d.cells[2].tf = { from: '2.16', to: '2.0' }), { path: '/cells/2/tf', record: 'tf 2.16–2.0 × tf.contrib.slim × nasnet_large', message: /range runs backwards/ }],
		['releases out of order', (d) => d.tfReleases.reverse(), { path: '/tfReleases/1/version', record: 'tf 2.0', message: /TF 2.0 comes after TF 2.16; expected versions in ascending order/ }],
		['two cells for the same release, package and variant', (d) => (d.cells[1].variants = ['nasnet_mobile', 'nasnet_large']), { path: '/cells/2/variants/0', record: 'tf 2.0–2.16 × tf.contrib.slim × nasnet_large', message: /TF 2.0 × tf.contrib.slim × nasnet_large already has a status in \/cells\/1/ }],
		['a duplicate variant id', (d) => (d.variants[1].id = 'nasnet_mobile'), { path: '/variants/1/id', record: 'nasnet_mobile', message: /variant id "nasnet_mobile" is already used at \/variants\/0\/id/ }],
		['a variant naming an unknown code pair', (d) => ((d.variants[0] as any).checkpointCodePair = 'nasnet-ckpt'), { path: '/variants/0/checkpointCodePair', record: 'nasnet_mobile', message: /unknown code pair "nasnet-ckpt"/ }],
		['an alias that repeats another symbol', (d) => (d.mappings[0].aliases = ['tf.contrib.slim.conv2d']), { path: '/mappings/0/aliases/0', record: 'tf.contrib.slim.conv2d', message: /symbol spelling "tf.contrib.slim.conv2d" is already used/ }],
		['an alias the import forms already derive', (d) => (d.mappings[0].aliases = ['tf_slim.layers.conv2d']), { path: '/mappings/0/aliases/0', record: 'tf.contrib.slim.conv2d', message: /alias "tf_slim.layers.conv2d" is already derived from "importForms"/ }],
		['an error message that leads to two pages', (d) => (d.errors[0].package = 'tf.contrib.slim'), { path: '/errors/0', record: 'no-contrib', message: /names 2 pages \(symbol, package\); expected exactly one/ }],
		['an error message that names an alias', (d) => (d.errors[0].symbol = 'slim.conv2d'), { path: '/errors/0/symbol', record: 'no-contrib', message: /"slim.conv2d" is not the canonical symbol/ }],
		['an identity mapping', (d) => (d.mappings[0].native[0]!.symbol = 'tf.contrib.slim.conv2d'), { path: '/mappings/0/native/0/symbol', record: 'tf.contrib.slim.conv2d', message: /route "tf.contrib.slim.conv2d" is the symbol itself/ }],
		['a route that is one of its aliases', (d) => (d.mappings[0].compat[0]!.symbol = 'contrib_slim_conv2d'), { path: '/mappings/0/compat/0/symbol', record: 'tf.contrib.slim.conv2d', message: /route "contrib_slim_conv2d" is the symbol itself/ }],
		['a mapping to an unknown code pair', (d) => (d.mappings[0].codePair = 'conv3d'), { path: '/mappings/0/codePair', record: 'tf.contrib.slim.conv2d', message: /unknown code pair "conv3d"/ }],
		['an unknown status backed by evidence', (d) => (d.cells[2].evidence = 'code'), { path: '/cells/2/evidence', record: 'tf 2.0–2.16 × tf.contrib.slim × nasnet_large', message: /status "unknown" with evidence "code"; expected "none"/ }],
		['a known status with no evidence', (d) => (d.cells[0].evidence = 'none'), { path: '/cells/0/evidence', record: 'tf 1.4 × tf.contrib.slim × nasnet_mobile, nasnet_large', message: /status "works" with evidence "none"/ }],
		['works-with-changes without conditions', (d) => (d.cells[0].status = 'works-with-changes'), { path: '/cells/0/conditions', record: 'tf 1.4 × tf.contrib.slim × nasnet_mobile, nasnet_large', message: /without "conditions"/ }],
		['no native route and no note', (d) => (d.mappings[0].native = []), { path: '/mappings/0/nativeNote', record: 'tf.contrib.slim.conv2d', message: /no native route and no "nativeNote"/ }],
		['a wrong $schema', (d) => (d.$schema = './other.json' as any), { path: '/$schema', record: '', message: /expected "\.\/compat\.schema\.json", found "\.\/other\.json"/ }],
		['a source with both a url and a repo', (d) => ((d.sources['fixture-doc'] as any).repo = 'a/b'), { path: '/sources/fixture-doc/repo', record: 'source fixture-doc', message: /unknown field "repo"/ }],
	];

	it.each(cases)('rejects %s', (_name, breakIt, expected) => {
		const errors = lintBroken(breakIt);
		expect(errors.length, JSON.stringify(errors, null, 2)).toBeGreaterThan(0);
		const hit = errors.find((e) => e.path === expected.path);
		expect(hit, `no error at ${expected.path}; got ${errors.map((e) => e.path).join(', ')}`).toBeDefined();
		expect(hit!.file).toBe('data/compat.json');
		expect(hit!.record).toBe(expected.record);
		expect(hit!.message).toMatch(expected.message);
		expect(hit!.tip.length).toBeGreaterThan(0);
	});

	it('formats an error with file, path, record, message and tip', () => {
		const [error] = lintBroken((d) => (d.cells[1].status = 'fine'));
		expect(formatLintError(error!)).toBe(
			'data/compat.json: /cells/1/status (tf 2.0+ × tf.contrib.slim × nasnet_mobile): "fine" is not allowed; expected one of "works", "works-with-changes", "broken", "not-available", "unknown"\n' +
				`    tip: ${error!.tip}`,
		);
	});
});
