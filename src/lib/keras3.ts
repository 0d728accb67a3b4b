import type { CompatData, Keras3Rule, Mapping } from './compat-data.generated.ts';

export type Keras3Status = NonNullable<Keras3Rule['status']>;

/** Names Keras 3 exports at each tag read, as data/keras3-exports.json holds them. */
export interface Keras3Exports {
	tags: Record<string, { commit: string; names: readonly string[] }>;
}

export interface Keras3Verdict {
	status: Keras3Status;
	rule: Keras3Rule;
}

/** How a TF2 route fares with Keras 3 as tf.keras: the first rule that matches decides. */
export function keras3Verdict(data: CompatData, exports: Keras3Exports, symbol: string): Keras3Verdict | undefined {
	const rule = (data.keras3Rules ?? []).find((r) => symbol.startsWith(r.match));
	if (!rule) return undefined;
	if (rule.status !== undefined) return { status: rule.status, rule };
	const name = rule.keras! + symbol.slice(rule.match.length);
	// A module route (tf.keras.layers) counts as exported when names under it are.
	const found = Object.values(exports.tags).map((t) => t.names.some((n) => n === name || n.startsWith(`${name}.`)));
	// Exported at every tag read: works; at none: gone; at some: the export moved, which no rule here settles.
	return { status: found.every(Boolean) ? 'works' : found.some(Boolean) ? 'unknown' : 'gone', rule };
}

export const keras3Labels: Record<Keras3Status, string> = {
	works: 'works by default',
	'needs-tf-keras': 'needs tf-keras and TF_USE_LEGACY_KERAS=1',
	gone: 'gone in Keras 3',
	'not-keras': 'not Keras: unaffected',
	unknown: 'not settled',
};

/** Every route of every mapping with its Keras 3 verdict, in mapping order. */
export function keras3Column(data: CompatData, exports: Keras3Exports): { mapping: Mapping; kind: 'compat' | 'native'; symbol: string; verdict: Keras3Verdict }[] {
	return data.mappings.flatMap((mapping) =>
		(['native', 'compat'] as const).flatMap((kind) =>
			mapping[kind].flatMap((r) => {
				const verdict = keras3Verdict(data, exports, r.symbol);
				return verdict ? [{ mapping, kind, symbol: r.symbol, verdict }] : [];
			}),
		),
	);
}
