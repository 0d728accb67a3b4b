import { spawnSync } from 'node:child_process';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import large from '../../data/nasnet-maps/nasnet_large.json' with { type: 'json' };
import mobile from '../../data/nasnet-maps/nasnet_mobile.json' with { type: 'json' };
import schema from '../../data/nasnet-maps/nasnet-map.schema.json' with { type: 'json' };
import { groupRows, mapToTsv } from '../../src/lib/nasnet-map.ts';
import type { NasnetMap } from '../../src/lib/nasnet-map.ts';
import { count, joinTraces, reductionLayers, traceKeras, traceSlim } from '../../src/lib/nasnet-trace.ts';

const maps = { mobile: mobile as NasnetMap, large: large as NasnetMap };

// Keras's published totals (model.summary() of NASNetMobile / NASNetLarge, as the issue quotes them).
const published = {
	mobile: { rows: 1138, weights: 1126, params: 5_326_716, nonTrainable: 36_738, final: [7, 7, 1056] },
	large: { rows: 1558, weights: 1546, params: 88_949_818, nonTrainable: 196_668, final: [11, 11, 4032] },
};

describe.each(Object.entries(maps))('the %s map', (name, map) => {
	const want = published[name as keyof typeof published];
	const mapped = map.rows.filter((r) => r.keras);

	it('is valid against its schema', () => {
		const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
		expect(validate(map), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
	});

	it("sums to Keras's published totals from its Keras side", () => {
		expect(mapped).toHaveLength(want.weights);
		const params = mapped.reduce((s, r) => s + count(r.keras!.shape), 0);
		const nonTrainable = mapped.filter((r) => /moving_/.test(r.keras!.weight)).reduce((s, r) => s + count(r.keras!.shape), 0);
		expect(params).toBe(want.params);
		expect(nonTrainable).toBe(want.nonTrainable);
		expect(map.totals).toMatchObject({ kerasWeights: want.weights, kerasParameters: want.params, kerasNonTrainable: want.nonTrainable });
	});

	it('lists every checkpoint model variable once, and the final feature map', () => {
		expect(map.rows).toHaveLength(want.rows);
		expect(new Set(map.rows.map((r) => r.ckpt)).size).toBe(want.rows);
		expect(new Set(map.rows.map((r) => r.id)).size).toBe(want.rows);
		expect(map.totals.finalFeatureMap).toEqual(want.final);
	});

	it('uses each Keras weight once', () => {
		expect(new Set(mapped.map((r) => `${r.keras!.layer}/${r.keras!.weight}`)).size).toBe(mapped.length);
	});

	it('leaves only the aux head without a Keras counterpart, and drops class 0 only at the classifier', () => {
		expect(map.rows.filter((r) => !r.keras).every((r) => /^aux_\d+\/aux_logits\//.test(r.ckpt))).toBe(true);
		expect(map.rows.filter((r) => r.transform === 'drop-class-0').map((r) => r.ckpt)).toEqual(['final_layer/FC/weights', 'final_layer/FC/biases']);
		const fc = map.rows.find((r) => r.ckpt === 'final_layer/FC/weights')!;
		expect([fc.shape.at(-1), fc.keras!.shape.at(-1)]).toEqual([1001, 1000]);
	});

	it("shows the traps: stem and block ids shift, BN order differs", () => {
		expect(map.cells[0]).toMatchObject({ slim: 'cell_stem_0', keras: 'stem_1' });
		expect(map.cells.find((c) => c.slim === 'reduction_cell_0')?.keras).toMatch(/^reduce_\d+$/);
		expect(map.batchNormOrder.checkpoint.slice(0, 2)).toEqual(['beta', 'gamma']);
		expect(map.batchNormOrder.keras.slice(0, 2)).toEqual(['gamma', 'beta']);
	});

	it('creates pooling-branch 1x1/bn_1 and cell_output reductions nowhere, prev_1x1 only where the channels differ', () => {
		expect(map.rows.some((r) => /\/(bn_1|cell_output)\//.test(r.ckpt))).toBe(false);
		expect(map.rows.some((r) => r.ckpt.startsWith('cell_stem_0/prev_1x1') || r.ckpt.startsWith('cell_stem_0/path1_conv'))).toBe(false);
		expect(map.rows.some((r) => r.ckpt === 'cell_stem_1/path1_conv/weights')).toBe(true);
	});

	it('writes a TSV with one line per row and groups rows by slim scope', () => {
		const tsv = mapToTsv(map).trimEnd().split('\n');
		expect(tsv).toHaveLength(want.rows + 2);
		expect(tsv.at(-1)).toBe('final_layer/FC/biases\t1001\tpredictions\tbias\t1000\tdrop-class-0');
		const groups = groupRows(map);
		expect(groups.reduce((s, g) => s + g.rows.length, 0)).toBe(want.rows);
		expect(groups[0]!.block).toBe('stem');
	});
});

describe('the trace', () => {
	it('places slim cell_4 in Keras block 5 for Mobile (Keras numbers the reduction cells too)', () => {
		const row = mobile.rows.find((r) => r.ckpt === 'cell_4/1x1/weights');
		expect(row?.keras?.layer).toBe('normal_conv_1_5');
	});

	it('finds the reduction cells where calc_reduction_layers puts them', () => {
		expect(reductionLayers(12, 2)).toEqual([4, 8]);
		expect(reductionLayers(18, 2)).toEqual([6, 12]);
	});

	it('refuses to join when the Keras side is built differently', () => {
		const slim = traceSlim({ numCells: 12, numConvFilters: 44, stemMultiplier: 1, filterScalingRate: 2, numReductionLayers: 2, skipReductionLayerInput: false, numClasses: 1001 }, 224);
		const keras = (over: object) => traceKeras({ penultimateFilters: 1056, numBlocks: 4, stemBlockFilters: 32, skipReduction: false, filterMultiplier: 2, classes: 1000, ...over }, 224);
		expect(() => joinTraces(slim, keras({}))).not.toThrow();
		expect(() => joinTraces(slim, keras({ stemBlockFilters: 96 }))).toThrow(/does not fit/);
		expect(() => joinTraces(slim, keras({ numBlocks: 3 }))).toThrow(/cell/);
	});

	it('the committed maps match the generator', () => {
		const run = spawnSync(process.execPath, ['scripts/generate-nasnet-maps.ts', '--check'], { encoding: 'utf8' });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
	});
});
