import type { ArgDiff, CompatData } from './compat-data.generated.ts';

/** One Slim default that behaves differently from its native TF2 counterpart. */
export interface DefaultRow {
	/** The Slim (TF1) symbol, canonical. */
	symbol: string;
	/** The native TF2 route the argument is compared with, or `-` when the mapping has none. */
	route: string;
	arg: ArgDiff;
}

/** Rows of the defaults table, in mapping order: every argument the data marks `defaultDiffers`. */
export function differingDefaults(data: CompatData): DefaultRow[] {
	return data.mappings.flatMap((m) =>
		(m.args ?? []).filter((a) => a.defaultDiffers === true).map((arg) => ({ symbol: m.symbol, route: m.native[0]?.symbol ?? '-', arg })),
	);
}
