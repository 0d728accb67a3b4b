import type { Mapping } from './compat-data.generated.ts';

/** One-line answer for a symbol, used as the page description that link previews show. */
export function mappingDescription(mapping: Mapping): string {
	const target = mapping.native[0]?.symbol ?? mapping.compat[0]?.symbol;
	const arrow = target ? `${mapping.symbol} → ${target}` : `${mapping.symbol}: no TF2 equivalent`;
	return `${arrow}. ${mapping.summary}`;
}
