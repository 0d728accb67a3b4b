// The generated checkpoint maps (data/nasnet-maps/*.json): their shape, a stable serialization, the TSV download
// and the grouping the page shows.
import type { MapRow } from './nasnet-trace.ts';

export interface SourceRead {
	repo: string;
	commit: string;
	path: string;
	lines: string;
	read: string;
}

export interface NasnetMap {
	$schema: string;
	$comment: string;
	variant: string;
	checkpoint: string;
	kerasApplication: string;
	inputSize: number;
	grade: string;
	derivedFrom: SourceRead[];
	totals: {
		checkpointModelVariables: number;
		mapped: number;
		noKerasCounterpart: number;
		kerasWeights: number;
		kerasParameters: number;
		kerasNonTrainable: number;
		finalFeatureMap: number[];
	};
	batchNormOrder: { checkpoint: string[]; keras: string[] };
	notModelVariables: { pattern: string; why: string; repo: string; commit: string; path: string; lines: string }[];
	cells: { slim: string; keras: string; kind: 'normal' | 'reduction'; output: number[] }[];
	rows: MapRow[];
}

/** Tab-indented JSON with one row per line, so diffs of regenerated maps stay readable. */
export function serializeMap(map: NasnetMap): string {
	const { rows, ...head } = map;
	const top = JSON.stringify(head, null, '\t');
	return `${top.slice(0, -2)},\n\t"rows": [\n${rows.map((r) => `\t\t${JSON.stringify(r)}`).join(',\n')}\n\t]\n}\n`;
}

const dims = (shape: number[]) => shape.join('x');

/** One line per checkpoint variable; empty Keras columns for variables Keras has no place for. */
export function mapToTsv(map: NasnetMap): string {
	const header = ['checkpoint_variable', 'checkpoint_shape', 'keras_layer', 'keras_weight', 'keras_shape', 'transform'];
	const lines = map.rows.map((r) => [r.ckpt, dims(r.shape), r.keras?.layer ?? '', r.keras?.weight ?? '', r.keras ? dims(r.keras.shape) : '', r.transform].join('\t'));
	return `# ${map.$comment}\n${header.join('\t')}\n${lines.join('\n')}\n`;
}

export interface RowGroup {
	block: string;
	/** The Keras block id the slim scope became, when it has one (`stem_1`, `5`, `reduce_4`). */
	keras?: string | undefined;
	rows: MapRow[];
}

/** Rows grouped by slim scope in checkpoint creation order, each with its Keras block id. */
export function groupRows(map: NasnetMap): RowGroup[] {
	const kerasOf = new Map(map.cells.map((c) => [c.slim, c.keras]));
	const groups: RowGroup[] = [];
	for (const row of map.rows) {
		const last = groups.at(-1);
		if (last?.block === row.block) last.rows.push(row);
		else groups.push({ block: row.block, keras: kerasOf.get(row.block), rows: [row] });
	}
	return groups;
}
