// Derives the research/slim checkpoint → Keras weight maps of NASNet-A Mobile and Large by re-tracing both
// builders (src/lib/nasnet-trace.ts) and writes data/nasnet-maps/<variant>.json.
// `node scripts/generate-nasnet-maps.ts` rewrites the files; `--check` fails when a committed file has drifted.
import { readFile, writeFile } from 'node:fs/promises';
import { joinTraces, kerasBatchNormOrder, kerasParamName, kerasTotals, slimBatchNormOrder, slimParamName, traceKeras, traceSlim } from '../src/lib/nasnet-trace.ts';
import type { KerasConfig, SlimConfig } from '../src/lib/nasnet-trace.ts';
import { serializeMap } from '../src/lib/nasnet-map.ts';
import type { NasnetMap } from '../src/lib/nasnet-map.ts';

const slimRepo = { repo: 'tensorflow/models', commit: '3617973260592c3a85aceeaab7576d198246784f' };
const utilsRepo = { repo: 'tensorflow/models', commit: '08eebbce39a9effe5b6d82c7974174afd7beb11c' };
const kerasRepo = { repo: 'keras-team/keras', commit: '3422977a5e38fb2f7709aaa9a08e47f0c43d0f60' };
const slimLayers = { repo: 'google-research/tf-slim', commit: 'a143c8241b12e00a441678f9d527c6a488166863' };
const nasnetPy = 'research/slim/nets/nasnet/nasnet.py';
const utilsPy = 'research/slim/nets/nasnet/nasnet_utils.py';
const kerasPy = 'keras/src/applications/nasnet.py';

/** What every map was derived from; the page and the file header show it. */
const common = [
	{ ...utilsRepo, path: utilsPy, lines: '45-52', read: 'calc_reduction_layers: where the two reduction cells go' },
	{ ...utilsRepo, path: utilsPy, lines: '87-125', read: 'factorized_reduction: path1_conv, path2_conv, final_path_bn' },
	{ ...utilsRepo, path: utilsPy, lines: '172-197', read: 'stacked separable convolutions separable_KxK_n and bn_sep_KxK_n' },
	{ ...utilsRepo, path: utilsPy, lines: '261-279', read: '_reduce_prev_layer: no scope without a previous layer, path*_conv when the width differs, prev_1x1/prev_bn when only the channels differ' },
	{ ...utilsRepo, path: utilsPy, lines: '281-297', read: '_cell_base: 1x1 and beginning_bn' },
	{ ...utilsRepo, path: utilsPy, lines: '299-340', read: 'comb_iter_i/left|right scopes; only the two cell inputs are strided' },
	{ ...utilsRepo, path: utilsPy, lines: '342-368', read: "1x1/bn_1 under 'none' and pooling branches only when stride or channels differ (never in NASNet-A ImageNet)" },
	{ ...utilsRepo, path: utilsPy, lines: '370-398', read: 'cell_output/reduction_i only for unused states whose shape differs (never in NASNet-A ImageNet)' },
	{ ...utilsRepo, path: utilsPy, lines: '450-497', read: 'NASNet-A normal and reduction cells: operations, used states, input indices' },
	{ ...slimRepo, path: nasnetPy, lines: '225-247', read: 'aux head aux_N/aux_logits: proj, aux_bn0, Conv, aux_bn1, FC' },
	{ ...slimRepo, path: nasnetPy, lines: '250-275', read: 'ImageNet stem: conv0, conv0_bn, cell_stem_0, cell_stem_1' },
	{ ...slimRepo, path: nasnetPy, lines: '453-548', read: 'cell loop: reduction_cell_k before cell_n, prev_layer choice, aux head after cell reduction-1, final_layer/FC' },
	{ ...kerasRepo, path: kerasPy, lines: '186-253', read: 'NASNet(): stem_conv1, stem_bn1, stem_1, stem_2, blocks 0.., reduce_N, skip_reduction, predictions' },
	{ ...kerasRepo, path: kerasPy, lines: '492-547', read: '_separable_conv_block: separable_conv_{1,2}_ID and their _bn_' },
	{ ...kerasRepo, path: kerasPy, lines: '550-634', read: '_adjust_block: adjust_conv_1/2 and adjust_bn, or adjust_conv_projection and adjust_bn' },
	{ ...kerasRepo, path: kerasPy, lines: '637-727', read: '_normal_a_cell: normal_conv_1, normal_bn_1, normal_left1..5 / right1..2' },
	{ ...kerasRepo, path: kerasPy, lines: '730-843', read: '_reduction_a_cell: reduction_conv_1, reduction_bn_1, left1, right1..3, left4 (the x5 separable block)' },
	{ ...slimLayers, path: 'tf_slim/layers/layers.py', lines: '297-365', read: 'fused batch_norm creates beta, gamma, moving_mean, moving_variance in that order' },
	{ ...slimLayers, path: 'tf_slim/layers/layers.py', lines: '1046', read: "conv2d's kernel is stored as weights" },
	{ ...slimLayers, path: 'tf_slim/layers/layers.py', lines: '2762-2763', read: 'separable_conv2d stores depthwise_weights and pointwise_weights' },
	{ ...kerasRepo, path: 'keras/src/layers/normalization/batch_normalization.py', lines: '243-271', read: 'BatchNormalization builds gamma, beta, moving_mean, moving_variance in that order' },
];

interface Variant {
	id: 'nasnet_mobile' | 'nasnet_large';
	checkpoint: string;
	kerasApplication: string;
	imageSize: number;
	slim: SlimConfig;
	keras: KerasConfig;
	read: typeof common;
}

const variants: Variant[] = [
	{
		id: 'nasnet_mobile',
		checkpoint: 'nasnet-a_mobile_04_10_2017',
		kerasApplication: 'tf.keras.applications.NASNetMobile',
		imageSize: 224,
		slim: { numCells: 12, numConvFilters: 44, stemMultiplier: 1, filterScalingRate: 2, numReductionLayers: 2, skipReductionLayerInput: false, numClasses: 1001 },
		keras: { penultimateFilters: 1056, numBlocks: 4, stemBlockFilters: 32, skipReduction: false, filterMultiplier: 2, classes: 1000 },
		read: [
			{ ...slimRepo, path: nasnetPy, lines: '97-111', read: 'mobile_imagenet_config: 12 cells, 44 filters, stem multiplier 1, skip_reduction_layer_input 0' },
			{ ...slimRepo, path: nasnetPy, lines: '394', read: 'default image size 224' },
			{ ...kerasRepo, path: kerasPy, lines: '386-400', read: 'NASNetMobile: penultimate_filters 1056, num_blocks 4, stem 32, skip_reduction False, 224' },
		],
	},
	{
		id: 'nasnet_large',
		checkpoint: 'nasnet-a_large_04_10_2017',
		kerasApplication: 'tf.keras.applications.NASNetLarge',
		imageSize: 331,
		slim: { numCells: 18, numConvFilters: 168, stemMultiplier: 3, filterScalingRate: 2, numReductionLayers: 2, skipReductionLayerInput: true, numClasses: 1001 },
		keras: { penultimateFilters: 4032, numBlocks: 6, stemBlockFilters: 96, skipReduction: true, filterMultiplier: 2, classes: 1000 },
		read: [
			{ ...slimRepo, path: nasnetPy, lines: '70-84', read: 'large_imagenet_config: 18 cells, 168 filters, stem multiplier 3, skip_reduction_layer_input 1' },
			{ ...slimRepo, path: nasnetPy, lines: '450', read: 'default image size 331' },
			{ ...kerasRepo, path: kerasPy, lines: '474-488', read: 'NASNetLarge: penultimate_filters 4032, num_blocks 6, stem 96, skip_reduction True, 331' },
		],
	},
];

const converter = { repo: 'titu1994/Keras-NASNet', commit: '8a5d132b6ec35251ab4972ed6cd0a571de0a8d2d', path: 'weight_translation/extract_weights.py', lines: '67-80' };

function build(v: Variant): NasnetMap {
	const slim = traceSlim(v.slim, v.imageSize);
	const keras = traceKeras(v.keras, v.imageSize);
	const rows = joinTraces(slim, keras);
	const totals = kerasTotals(keras);
	return {
		$schema: './nasnet-map.schema.json',
		$comment: 'Generated by scripts/generate-nasnet-maps.ts from the sources in derivedFrom; do not edit. Regenerate with `node scripts/generate-nasnet-maps.ts` (`--check` fails when this file has drifted).',
		variant: v.id,
		checkpoint: v.checkpoint,
		kerasApplication: v.kerasApplication,
		inputSize: v.imageSize,
		grade: 'derived from code and corroborated by the converter that made the Keras weights; not run against the checkpoint tarball, which could not be downloaded',
		derivedFrom: [...v.read, ...common],
		totals: {
			checkpointModelVariables: rows.length,
			mapped: rows.filter((r) => r.keras).length,
			noKerasCounterpart: rows.filter((r) => !r.keras).length,
			kerasWeights: totals.weights,
			kerasParameters: totals.params,
			kerasNonTrainable: totals.nonTrainable,
			finalFeatureMap: [slim.final.size, slim.final.size, slim.final.channels],
		},
		batchNormOrder: {
			checkpoint: slimBatchNormOrder.map((p) => slimParamName[p]),
			keras: kerasBatchNormOrder.map((p) => kerasParamName[p]),
		},
		notModelVariables: [
			{ pattern: 'global_step', why: 'training step counter (drop path also reads it when its keep probability is below 1, nasnet_utils.py lines 419-435)', ...converter },
			{ pattern: '<variable>/ExponentialMovingAverage', why: 'moving-average shadows of the model variables', ...converter },
			{ pattern: '<variable>/RMSProp', why: 'RMSProp optimizer slot', ...converter },
			{ pattern: '<variable>/RMSProp_1', why: 'RMSProp optimizer slot', ...converter },
		],
		cells: slim.cells.map((c, i) => ({ slim: c.name, keras: keras.cells[i]!.name, kind: c.kind, output: [c.output!.size, c.output!.size, c.output!.channels] })),
		rows,
	};
}

const check = process.argv.includes('--check');
let drift = 0;
for (const v of variants) {
	const file = new URL(`../data/nasnet-maps/${v.id}.json`, import.meta.url);
	const text = serializeMap(build(v));
	if (check) {
		const current = await readFile(file, 'utf8').catch(() => '');
		if (current !== text) {
			console.error(`data/nasnet-maps/${v.id}.json is out of date with the trace.\nTip: run \`node scripts/generate-nasnet-maps.ts\` and commit the result.`);
			drift++;
		}
	} else {
		await writeFile(file, text);
		console.log(`wrote data/nasnet-maps/${v.id}.json`);
	}
}
if (drift) process.exit(1);
if (check) console.log('data/nasnet-maps/*.json match the trace.');
