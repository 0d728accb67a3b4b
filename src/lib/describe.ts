import type { CompatData, ErrorMessage, Mapping } from './compat-data.generated.ts';
import { packageById, variantById } from './query.ts';
import { formatRange } from './versions.ts';

/** Link text that states the answer, for a Markdown link pasted into a review. */
export function mappingLinkText(mapping: Mapping): string {
	const target = mapping.native[0]?.symbol ?? mapping.compat[0]?.symbol;
	return target ? `${mapping.symbol} → ${target}` : `${mapping.symbol}: no TF2 equivalent`;
}

/** One-line answer for a symbol, used as the page description that link previews show. */
export function mappingDescription(mapping: Mapping): string {
	return `${mappingLinkText(mapping)}. ${mapping.summary}`;
}

/** "TF 2.16 × tf_slim (pip: tf-slim) × NASNet-A Mobile", naming one matrix cell. */
export function cellText(data: CompatData, version: string, packageId: string, variantId: string): string {
	return `TF ${version} × ${packageById(data, packageId)?.name ?? packageId} × ${variantById(data, variantId)?.name ?? variantId}`;
}

/** Where an error message occurs, as a sentence: `Occurs on TF 2.14 and newer, with tf_slim 1.1.0.` */
export function occursInText(e: ErrorMessage): string {
	const extra = e.occursIn.with?.length ? `, with ${e.occursIn.with.join(' and ')}` : '';
	return `Occurs on ${formatRange(e.occursIn.tf)}${extra}.`;
}
