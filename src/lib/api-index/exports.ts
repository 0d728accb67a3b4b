import type { SymbolKind } from './golden.ts';
import type { PythonFacts } from './python-facts.ts';

export interface ExportedName {
	name: string;
	kind: SymbolKind;
}

const withTf = (name: string) => `tf.${name}`;

/**
 * Names that `tf_export` / `keras_export` decorators give under `prefix` (e.g. `keras.applications`), for the TF1 API
 * (`v1=` when given, else the positional names) or the TF2 API (the positional names), plus the modules they imply.
 */
export function exportedNames(files: readonly PythonFacts[], prefix: string, api: 'v1' | 'v2'): ExportedName[] {
	const found = new Map<string, SymbolKind>();
	const under = (n: string) => n === prefix || n.startsWith(prefix + '.');
	for (const file of files)
		for (const e of file.exports) {
			const names = api === 'v1' && e.v1 !== null ? e.v1 : e.names;
			for (const n of names.filter(under)) {
				found.set(withTf(n), e.kind);
				// `keras.applications.nasnet.NASNetMobile` implies the module `keras.applications.nasnet`.
				for (let at = n.lastIndexOf('.'); at > prefix.length; at = n.lastIndexOf('.', at - 1))
					if (!found.has(withTf(n.slice(0, at)))) found.set(withTf(n.slice(0, at)), 'module');
			}
		}
	return [...found].map(([name, kind]) => ({ name, kind })).sort((a, b) => (a.name < b.name ? -1 : 1));
}
