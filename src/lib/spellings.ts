import type { CompatData, Mapping } from './compat-data.generated.ts';

/** Spellings the import-form table derives for a mapping: `tf_slim.layers.conv2d` for `tf.contrib.slim.conv2d`. */
export function derivedSpellings(data: Pick<CompatData, 'importForms'>, mapping: Mapping): string[] {
	return data.importForms.flatMap((form) => {
		if (mapping.symbol === form.replaces) return form.names ? [] : [form.prefix];
		if (!mapping.symbol.startsWith(form.replaces + '.')) return [];
		const name = mapping.symbol.slice(form.replaces.length + 1);
		if (name.includes('.') || (form.names && !form.names.includes(name))) return [];
		return [`${form.prefix}.${name}`];
	});
}

/** Every way code spells a mapping's symbol, canonical name first, each once. */
export function spellingsOf(data: Pick<CompatData, 'importForms'>, mapping: Mapping): string[] {
	return [...new Set([mapping.symbol, ...(mapping.aliases ?? []), ...derivedSpellings(data, mapping)])];
}

/** `batch_norm` for `tf.contrib.slim.batch_norm`: the name as a call site writes it after the module prefix. */
export const shortName = (symbol: string) => symbol.slice(symbol.lastIndexOf('.') + 1);
/** `tf.contrib.slim` for `tf.contrib.slim.batch_norm`. */
export const moduleOf = (symbol: string) => symbol.slice(0, Math.max(0, symbol.lastIndexOf('.')));
