// Re-traces NASNet-A twice, once as research/slim builds it and once as Keras builds it, and joins the two
// variable lists on where each variable sits in the network (cell position, branch, parameter), never on its name.
// Scopes that exist only when two shapes differ are decided by the traced shapes, as both builders decide them.

/** research/slim hyper-parameters (nasnet.py `*_imagenet_config`). */
export interface SlimConfig {
	numCells: number;
	numConvFilters: number;
	stemMultiplier: number;
	filterScalingRate: number;
	numReductionLayers: number;
	skipReductionLayerInput: boolean;
	numClasses: number;
}

/** Keras `NASNet(...)` arguments (NASNetMobile / NASNetLarge). */
export interface KerasConfig {
	penultimateFilters: number;
	numBlocks: number;
	stemBlockFilters: number;
	skipReduction: boolean;
	filterMultiplier: number;
	classes: number;
}

export interface Shape4 {
	size: number;
	channels: number;
}

/** Parameters in the order research/slim's and Keras's layers expose them. */
export type Param = 'kernel' | 'depthwise' | 'pointwise' | 'gamma' | 'beta' | 'mean' | 'variance' | 'bias';

export interface SlimVariable {
	name: string;
	shape: number[];
	/** Position in the network, shared with the Keras trace; undefined for variables Keras has no place for. */
	key?: string | undefined;
	/** The slim scope the variable's row is grouped under on the page (e.g. `cell_4`). */
	block: string;
}

export interface KerasWeight {
	layer: string;
	weight: string;
	shape: number[];
	trainable: boolean;
	key: string;
}

export interface Cell {
	kind: 'normal' | 'reduction';
	name: string;
	output?: Shape4;
}

export interface Trace<T> {
	variables: T[];
	/** Cells in build order with their names and output shapes, to check both traces stack the same cells. */
	cells: Cell[];
	final: Shape4;
}

export const slimParamName: Record<Param, string> = {
	kernel: 'weights',
	depthwise: 'depthwise_weights',
	pointwise: 'pointwise_weights',
	gamma: 'gamma',
	beta: 'beta',
	mean: 'moving_mean',
	variance: 'moving_variance',
	bias: 'biases',
};
export const kerasParamName: Record<Param, string> = {
	kernel: 'kernel',
	depthwise: 'depthwise_kernel',
	pointwise: 'pointwise_kernel',
	gamma: 'gamma',
	beta: 'beta',
	mean: 'moving_mean',
	variance: 'moving_variance',
	bias: 'bias',
};
/** tf-slim's fused batch_norm creates beta before gamma; Keras's BatchNormalization builds gamma first. */
export const slimBatchNormOrder: Param[] = ['beta', 'gamma', 'mean', 'variance'];
export const kerasBatchNormOrder: Param[] = ['gamma', 'beta', 'mean', 'variance'];

/** SAME padding (slim) and Keras's correct_pad + VALID both give ceil(n / stride). */
const sameOut = (size: number, stride: number) => Math.ceil(size / stride);
/** VALID padding: floor((n - k) / s) + 1. */
const validOut = (size: number, kernel: number, stride: number) => Math.floor((size - kernel) / stride) + 1;

interface Op {
	kind: 'separable' | 'pool' | 'none';
	kernel: number;
	layers: number;
}
const op = (spec: string): Op => {
	const sep = /^separable_(\d)x\d_(\d)$/.exec(spec);
	if (sep) return { kind: 'separable', kernel: Number(sep[1]), layers: Number(sep[2]) };
	const pool = /^(avg|max)_pool_(\d)x\d$/.exec(spec);
	if (pool) return { kind: 'pool', kernel: Number(pool[2]), layers: 0 };
	if (spec === 'none') return { kind: 'none', kernel: 1, layers: 0 };
	throw new Error(`unknown NASNet operation ${spec}`);
};

/** The two NASNet-A cells as nasnet_utils.py (@08eebbc, lines 450-497) defines them. */
export const slimCells = {
	normal: {
		operations: ['separable_5x5_2', 'separable_3x3_2', 'separable_5x5_2', 'separable_3x3_2', 'avg_pool_3x3', 'none', 'avg_pool_3x3', 'avg_pool_3x3', 'separable_3x3_2', 'none'],
		used: [1, 0, 0, 0, 0, 0, 0],
		indices: [0, 1, 1, 1, 0, 1, 1, 1, 0, 0],
	},
	reduction: {
		operations: ['separable_5x5_2', 'separable_7x7_2', 'max_pool_3x3', 'separable_7x7_2', 'avg_pool_3x3', 'separable_5x5_2', 'none', 'avg_pool_3x3', 'separable_3x3_2', 'max_pool_3x3'],
		used: [1, 1, 1, 0, 0, 0, 0],
		indices: [0, 1, 0, 1, 0, 1, 3, 2, 2, 0],
	},
} as const;

const bnShape = (c: number) => [c];

/** research/slim: every model variable build_nasnet_{mobile,large}(is_training=True) creates, in creation order. */
export function traceSlim(config: SlimConfig, imageSize: number): Trace<SlimVariable> {
	const out: SlimVariable[] = [];
	const cells: Trace<SlimVariable>['cells'] = [];
	let block = '';
	let cellKey = '';
	const add = (scope: string, param: Param, shape: number[], part?: string) =>
		out.push({ name: `${scope}/${slimParamName[param]}`, shape, block, key: part === undefined ? undefined : `${cellKey}|${part}|${param}` });
	const conv = (scope: string, cin: number, cout: number, k: number, part?: string) => add(scope, 'kernel', [k, k, cin, cout], part);
	const bn = (scope: string, c: number, part?: string) => {
		for (const p of slimBatchNormOrder) add(scope, p, bnShape(c), part);
	};

	// factorized_reduction, stride 2 (nasnet_utils.py lines 87-125): two half-width 1x1 paths and one BN.
	const factorized = (scope: string, input: Shape4, filters: number, part: string): Shape4 => {
		conv(`${scope}/path1_conv`, input.channels, filters / 2, 1, `${part}.path1`);
		conv(`${scope}/path2_conv`, input.channels, filters / 2, 1, `${part}.path2`);
		bn(`${scope}/final_path_bn`, filters, `${part}.bn`);
		return { size: sameOut(input.size, 2), channels: filters };
	};

	const cell = (kind: 'normal' | 'reduction', scope: string, net: Shape4, prevIn: Shape4 | null, scaling: number, stride: number): Shape4 => {
		const record: Cell = { kind, name: scope };
		cells.push(record);
		cellKey = `c${cells.length - 1}`;
		block = scope;
		const def = slimCells[kind];
		const filters = Math.trunc(config.numConvFilters * scaling);
		// _reduce_prev_layer (lines 261-279): nothing when there is no previous layer, a factorized reduction when
		// the width differs, a 1x1 projection when only the channel count differs.
		let prev = prevIn ?? net;
		if (prevIn && prevIn.size !== net.size) prev = factorized(scope, prevIn, filters, 'prev.reduce');
		else if (prevIn && prevIn.channels !== filters) {
			conv(`${scope}/prev_1x1`, prevIn.channels, filters, 1, 'prev.project');
			bn(`${scope}/prev_bn`, filters, 'prev.project.bn');
			prev = { size: prevIn.size, channels: filters };
		}
		// _cell_base (lines 281-297): 1x1 on the current input.
		conv(`${scope}/1x1`, net.channels, filters, 1, 'base');
		bn(`${scope}/beginning_bn`, filters, 'base.bn');
		const states: Shape4[] = [{ size: net.size, channels: filters }, prev];
		for (let iter = 0; iter < 5; iter++) {
			const pair = [0, 1].map((side) => {
				const idx = def.indices[2 * iter + side]!;
				const o = op(def.operations[2 * iter + side]!);
				const sideName = side === 0 ? 'left' : 'right';
				const at = `${scope}/comb_iter_${iter}/${sideName}`;
				const part = `comb${iter}.${sideName}`;
				const input = states[idx]!;
				// _apply_conv_operation (lines 342-368): only the cell's two inputs are strided.
				const s = stride > 1 && idx < 2 ? stride : 1;
				if (o.kind === 'separable') {
					// _stacked_separable_conv (lines 172-197): the first layer strides and changes the width.
					let cin = input.channels;
					for (let n = 1; n <= o.layers; n++) {
						add(`${at}/separable_${o.kernel}x${o.kernel}_${n}`, 'depthwise', [o.kernel, o.kernel, cin, 1], `${part}.sep${n}`);
						add(`${at}/separable_${o.kernel}x${o.kernel}_${n}`, 'pointwise', [1, 1, cin, filters], `${part}.sep${n}`);
						bn(`${at}/bn_sep_${o.kernel}x${o.kernel}_${n}`, filters, `${part}.sep${n}.bn`);
						cin = filters;
					}
				} else if ((o.kind === 'none' && (s > 1 || input.channels !== filters)) || (o.kind === 'pool' && input.channels !== filters)) {
					conv(`${at}/1x1`, input.channels, filters, 1, `${part}.project`);
					bn(`${at}/bn_1`, filters, `${part}.project.bn`);
				}
				return { size: sameOut(input.size, s), channels: filters };
			});
			if (pair[0]!.size !== pair[1]!.size || pair[0]!.channels !== pair[1]!.channels)
				throw new Error(`${scope}/comb_iter_${iter}: branches disagree (${JSON.stringify(pair)})`);
			states.push(pair[0]!);
		}
		// _combine_unused_states (lines 370-398): unused states that differ from the last one get reduced.
		const last = states.at(-1)!;
		let channels = 0;
		states.forEach((s, idx) => {
			if (def.used[idx]) return;
			if (s.size !== last.size || s.channels !== last.channels) {
				if (s.size !== last.size) factorized(`${scope}/cell_output/reduction_${idx}`, s, last.channels, `output.reduce${idx}`);
				else {
					conv(`${scope}/cell_output/reduction_${idx}/path_conv`, s.channels, last.channels, 1, `output.reduce${idx}`);
					bn(`${scope}/cell_output/reduction_${idx}/path_bn`, last.channels, `output.reduce${idx}.bn`);
				}
			}
			channels += last.channels;
		});
		record.output = { size: last.size, channels };
		return record.output;
	};

	// _imagenet_stem (nasnet.py lines 250-275).
	block = 'stem';
	cellKey = 'stem';
	const stemFilters = Math.trunc(32 * config.stemMultiplier);
	conv('conv0', 3, stemFilters, 3, 'conv');
	bn('conv0_bn', stemFilters, 'conv.bn');
	let net: Shape4 = { size: validOut(imageSize, 3, 2), channels: stemFilters };
	const outputs: (Shape4 | null)[] = [null, net];
	let scaling = 1 / config.filterScalingRate ** 2;
	for (let n = 0; n < 2; n++) {
		net = cell('reduction', `cell_stem_${n}`, net, outputs.at(-2)!, scaling, 2);
		outputs.push(net);
		scaling *= config.filterScalingRate;
	}

	// _build_nasnet_base (lines 453-548).
	const reductionAt = reductionLayers(config.numCells, config.numReductionLayers);
	const auxAt = reductionAt.length >= 2 ? reductionAt[1]! - 1 : -1;
	scaling = 1;
	let prev: Shape4 | null = null;
	for (let n = 0; n < config.numCells; n++) {
		if (config.skipReductionLayerInput) prev = outputs.at(-2)!;
		if (reductionAt.includes(n)) {
			scaling *= config.filterScalingRate;
			net = cell('reduction', `reduction_cell_${reductionAt.indexOf(n)}`, net, outputs.at(-2)!, scaling, 2);
			outputs.push(net);
		}
		if (!config.skipReductionLayerInput) prev = outputs.at(-2)!;
		net = cell('normal', `cell_${n}`, net, prev, scaling, 1);
		if (n === auxAt) auxHead(`aux_${n}`, net);
		outputs.push(net);
	}

	// _build_aux_head (lines 225-247): built only when is_training, so it is in the training checkpoint.
	function auxHead(scope: string, input: Shape4) {
		block = scope;
		const pooled = validOut(input.size, 5, 3);
		conv(`${scope}/aux_logits/proj`, input.channels, 128, 1);
		bn(`${scope}/aux_logits/aux_bn0`, 128);
		add(`${scope}/aux_logits/Conv`, 'kernel', [pooled, pooled, 128, 768]);
		bn(`${scope}/aux_logits/aux_bn1`, 768);
		add(`${scope}/aux_logits/FC`, 'kernel', [768, config.numClasses]);
		add(`${scope}/aux_logits/FC`, 'bias', [config.numClasses]);
	}

	block = 'final_layer';
	cellKey = 'final';
	add('final_layer/FC', 'kernel', [net.channels, config.numClasses], 'fc');
	add('final_layer/FC', 'bias', [config.numClasses], 'fc');
	return { variables: out, cells, final: net };
}

/** nasnet_utils.calc_reduction_layers: reductions at int(k / (r + 1) * cells) for k = 1..r. */
export function reductionLayers(numCells: number, numReductionLayers: number): number[] {
	return Array.from({ length: numReductionLayers }, (_, k) => Math.trunc(((k + 1) / (numReductionLayers + 1)) * numCells));
}

/** Keras: every weight NASNet(...) creates with include_top=True, in layer order. */
export function traceKeras(config: KerasConfig, imageSize: number): Trace<KerasWeight> {
	const out: KerasWeight[] = [];
	const cells: Trace<KerasWeight>['cells'] = [];
	let cellKey = '';
	const add = (layer: string, param: Param, shape: number[], part: string) =>
		out.push({ layer, weight: kerasParamName[param], shape, trainable: param !== 'mean' && param !== 'variance', key: `${cellKey}|${part}|${param}` });
	const conv = (layer: string, cin: number, cout: number, k: number, part: string) => add(layer, 'kernel', [k, k, cin, cout], part);
	const bn = (layer: string, c: number, part: string) => {
		for (const p of kerasBatchNormOrder) add(layer, p, bnShape(c), part);
	};
	// _separable_conv_block (keras nasnet.py lines 492-547): two SeparableConv2D + BN pairs, no bias.
	const sepBlock = (id: string, input: Shape4, filters: number, k: number, stride: number, part: string): Shape4 => {
		add(`separable_conv_1_${id}`, 'depthwise', [k, k, input.channels, 1], `${part}.sep1`);
		add(`separable_conv_1_${id}`, 'pointwise', [1, 1, input.channels, filters], `${part}.sep1`);
		bn(`separable_conv_1_bn_${id}`, filters, `${part}.sep1.bn`);
		add(`separable_conv_2_${id}`, 'depthwise', [k, k, filters, 1], `${part}.sep2`);
		add(`separable_conv_2_${id}`, 'pointwise', [1, 1, filters, filters], `${part}.sep2`);
		bn(`separable_conv_2_bn_${id}`, filters, `${part}.sep2.bn`);
		return { size: sameOut(input.size, stride), channels: filters };
	};
	// _adjust_block (lines 550-634).
	const adjust = (p: Shape4 | null, ip: Shape4, filters: number, id: string): Shape4 => {
		if (!p) return ip;
		if (p.size !== ip.size) {
			conv(`adjust_conv_1_${id}`, p.channels, Math.floor(filters / 2), 1, 'prev.reduce.path1');
			conv(`adjust_conv_2_${id}`, p.channels, Math.floor(filters / 2), 1, 'prev.reduce.path2');
			bn(`adjust_bn_${id}`, filters, 'prev.reduce.bn');
			return { size: sameOut(p.size, 2), channels: filters };
		}
		if (p.channels !== filters) {
			conv(`adjust_conv_projection_${id}`, p.channels, filters, 1, 'prev.project');
			bn(`adjust_bn_${id}`, filters, 'prev.project.bn');
			return { size: p.size, channels: filters };
		}
		return p;
	};
	const start = (kind: Cell['kind'], name: string): Cell => {
		const record: Cell = { kind, name };
		cells.push(record);
		cellKey = `c${cells.length - 1}`;
		return record;
	};
	// _normal_a_cell (lines 637-727): Keras's branch names and the slim comb_iter each one computes.
	const normal = (ip: Shape4, pIn: Shape4 | null, filters: number, id: string): [Shape4, Shape4] => {
		const record = start('normal', id);
		const p = adjust(pIn, ip, filters, id);
		conv(`normal_conv_1_${id}`, ip.channels, filters, 1, 'base');
		bn(`normal_bn_1_${id}`, filters, 'base.bn');
		const h: Shape4 = { size: ip.size, channels: filters };
		sepBlock(`normal_left1_${id}`, h, filters, 5, 1, 'comb0.left');
		sepBlock(`normal_right1_${id}`, p, filters, 3, 1, 'comb0.right');
		sepBlock(`normal_left2_${id}`, p, filters, 5, 1, 'comb1.left');
		sepBlock(`normal_right2_${id}`, p, filters, 3, 1, 'comb1.right');
		sepBlock(`normal_left5_${id}`, h, filters, 3, 1, 'comb4.left');
		// concat of p, x1..x5
		record.output = { size: ip.size, channels: 6 * filters };
		return [record.output, ip];
	};
	// _reduction_a_cell (lines 730-843).
	const reduction = (ip: Shape4, pIn: Shape4 | null, filters: number, id: string): [Shape4, Shape4] => {
		const record = start('reduction', id);
		const p = adjust(pIn, ip, filters, id);
		conv(`reduction_conv_1_${id}`, ip.channels, filters, 1, 'base');
		bn(`reduction_bn_1_${id}`, filters, 'base.bn');
		const h: Shape4 = { size: ip.size, channels: filters };
		const x1 = sepBlock(`reduction_left1_${id}`, h, filters, 5, 2, 'comb0.left');
		sepBlock(`reduction_right1_${id}`, p, filters, 7, 2, 'comb0.right');
		sepBlock(`reduction_right2_${id}`, p, filters, 7, 2, 'comb1.right');
		sepBlock(`reduction_right3_${id}`, p, filters, 5, 2, 'comb2.right');
		// Keras names the x5 separable block `reduction_left4_…`, the same id as the x4 pooling layer.
		sepBlock(`reduction_left4_${id}`, x1, filters, 3, 1, 'comb4.left');
		record.output = { size: x1.size, channels: 4 * filters };
		return [record.output, ip];
	};

	cellKey = 'stem';
	conv('stem_conv1', 3, config.stemBlockFilters, 3, 'conv');
	bn('stem_bn1', config.stemBlockFilters, 'conv.bn');
	let x: Shape4 = { size: validOut(imageSize, 3, 2), channels: config.stemBlockFilters };
	const f = Math.floor(config.penultimateFilters / 24);
	const m = config.filterMultiplier;
	let p: Shape4 | null = null;
	let p0: Shape4;
	[x, p] = reduction(x, p, Math.floor(f / m ** 2), 'stem_1');
	[x, p] = reduction(x, p, Math.floor(f / m), 'stem_2');
	for (let i = 0; i < config.numBlocks; i++) [x, p] = normal(x, p, f, `${i}`);
	[x, p0] = reduction(x, p, f * m, `reduce_${config.numBlocks}`);
	if (!config.skipReduction) p = p0;
	for (let i = 0; i < config.numBlocks; i++) [x, p] = normal(x, p, f * m, `${config.numBlocks + i + 1}`);
	[x, p0] = reduction(x, p, f * m ** 2, `reduce_${2 * config.numBlocks}`);
	if (!config.skipReduction) p = p0;
	for (let i = 0; i < config.numBlocks; i++) [x, p] = normal(x, p, f * m ** 2, `${2 * config.numBlocks + i + 1}`);
	cellKey = 'final';
	add('predictions', 'kernel', [x.channels, config.classes], 'fc');
	add('predictions', 'bias', [config.classes], 'fc');
	return { variables: out, cells, final: x };
}

export type Transform = 'none' | 'drop-class-0' | 'no-keras-counterpart';

export interface MapRow {
	/** Anchor id on the page: `ckpt-` and the checkpoint name with `/` turned into `-`. */
	id: string;
	block: string;
	ckpt: string;
	shape: number[];
	keras: { layer: string; weight: string; shape: number[] } | null;
	transform: Transform;
}

export const rowId = (ckpt: string) => `ckpt-${ckpt.replaceAll('/', '-')}`;

/** Joins the traces on position; throws when a Keras weight is left over, used twice, or shapes disagree. */
export function joinTraces(slim: Trace<SlimVariable>, keras: Trace<KerasWeight>): MapRow[] {
	const shape = (c: Cell) => `${c.kind} ${c.output?.size}x${c.output?.size}x${c.output?.channels}`;
	const differ = slim.cells.findIndex((c, i) => !keras.cells[i] || shape(c) !== shape(keras.cells[i]!));
	if (differ >= 0 || slim.cells.length !== keras.cells.length)
		throw new Error(`cell ${differ}: slim ${slim.cells[differ]?.name} (${slim.cells[differ] && shape(slim.cells[differ])}) is not Keras ${keras.cells[differ]?.name}`);
	const byKey = new Map(keras.variables.map((w) => [w.key, w]));
	if (byKey.size !== keras.variables.length) throw new Error('two Keras weights share a position');
	const used = new Set<string>();
	const rows = slim.variables.map((v): MapRow => {
		const w = v.key === undefined ? undefined : byKey.get(v.key);
		if (v.key !== undefined && !w) throw new Error(`${v.name}: no Keras weight at ${v.key}`);
		if (!w) return { id: rowId(v.name), block: v.block, ckpt: v.name, shape: v.shape, keras: null, transform: 'no-keras-counterpart' };
		used.add(w.key);
		const classes = v.key!.startsWith('final|');
		const expected = classes ? [...v.shape.slice(0, -1), v.shape.at(-1)! - 1] : v.shape;
		if (expected.join() !== w.shape.join()) throw new Error(`${v.name} ${JSON.stringify(v.shape)} does not fit ${w.layer}/${w.weight} ${JSON.stringify(w.shape)}`);
		return { id: rowId(v.name), block: v.block, ckpt: v.name, shape: v.shape, keras: { layer: w.layer, weight: w.weight, shape: w.shape }, transform: classes ? 'drop-class-0' : 'none' };
	});
	const left = keras.variables.filter((w) => !used.has(w.key));
	if (left.length) throw new Error(`Keras weights with no checkpoint variable: ${left.map((w) => `${w.layer}/${w.weight}`).join(', ')}`);
	return rows;
}

export const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** Keras's model.summary() totals, from the Keras trace. */
export function kerasTotals(keras: Trace<KerasWeight>) {
	const params = keras.variables.reduce((s, w) => s + count(w.shape), 0);
	const nonTrainable = keras.variables.filter((w) => !w.trainable).reduce((s, w) => s + count(w.shape), 0);
	return { weights: keras.variables.length, params, nonTrainable };
}
