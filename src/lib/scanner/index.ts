import type { CompatData } from '../compat-data.generated.ts';
import { symbolPath, variantPath } from '../paths.ts';
import { spellingsOf } from '../spellings.ts';

/** What the scanner knows about one spelling of a symbol; small, so the browser page can carry it inline. */
export interface IndexEntry {
	/** Canonical symbol, or the research/slim function for a variant. */
	symbol: string;
	/** `tf1`: TF2 needs a change; `ok`: valid in TF2 as written; `variant`: a research/slim NASNet builder. */
	kind: 'tf1' | 'ok' | 'variant';
	/** Site path of the page with the answer. */
	path: string;
	/** The TF2 route to show first. */
	route?: string;
	/** What tf_upgrade_v2 writes instead, when it is a plain rename: the one-line fix. */
	rename?: string;
	/** The first trap, to show beside the finding. */
	trap?: string;
}

export type ScanIndex = Record<string, IndexEntry>;

/** Every spelling of every mapping, and the research/slim NASNet builders, keyed by full dotted name. */
export function buildIndex(data: CompatData): ScanIndex {
	const index: ScanIndex = {};
	for (const m of data.mappings) {
		const route = m.native[0]?.symbol ?? m.compat[0]?.symbol;
		const entry: IndexEntry = {
			symbol: m.symbol,
			kind: m.upgradeScript.action === 'unchanged' ? 'ok' : 'tf1',
			path: symbolPath(m.symbol),
			...(route ? { route } : {}),
			...(m.upgradeScript.action === 'renamed' && m.upgradeScript.to ? { rename: m.upgradeScript.to } : {}),
			...(m.traps?.[0] ? { trap: m.traps[0].text } : {}),
		};
		for (const spelling of spellingsOf(data, m)) index[spelling] = entry;
	}
	// The TF2 and compatibility routes the data names are valid TF2 code: known, and nothing to fix.
	for (const m of data.mappings)
		for (const route of [...m.native, ...m.compat])
			index[route.symbol] ??= { symbol: route.symbol, kind: 'ok', path: symbolPath(m.symbol) };
	for (const v of data.variants)
		for (const fn of [v.builder, v.argScope])
			index[`nets.nasnet.${fn}`] = { symbol: fn, kind: 'variant', path: variantPath(v.id), ...(v.kerasApplication ? { route: v.kerasApplication } : {}) };
	return index;
}
