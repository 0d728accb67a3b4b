import type { ApiIndex, ApiSymbol, Range } from './api-index.generated.ts';
import { rangeAt } from './api-index/ranges.ts';
import type { Namespace } from './api-index/namespaces.ts';
import { compareVersions } from './versions.ts';

export type { ApiIndex, ApiSymbol, Namespace };

/** How code writes a name, split into the index's key and the namespace the spelling selects. */
export interface Spelling {
	/** Index key: `tf.` prefix, no `compat.vN`. */
	name: string;
	/** `v1` for `tf.compat.v1.X`, `v2` for `tf.compat.v2.X`, undefined for plain `tf.X` (the release decides). */
	namespace?: 'v1' | 'v2';
}

/** `tensorflow.compat.v1.layers.conv2d` → `{ name: 'tf.layers.conv2d', namespace: 'v1' }`. */
export function parseSpelling(written: string): Spelling {
	const name = written.replace(/^tensorflow(?=\.|$)/, 'tf');
	const m = /^tf\.compat\.(v1|v2)(?:\.(.+))?$/.exec(name);
	if (!m || !m[2]) return { name };
	return { name: `tf.${m[2]}`, namespace: m[1] as 'v1' | 'v2' };
}

/** The namespace `tf.X` means on a release: TF1's own API on 1.x, TF2's on 2.x. */
export const plainNamespace = (release: string): Namespace => (release.startsWith('1.') ? 'tf1' : 'v2');

/** Where a name stands on one release, as the scanner and the pages judge it. */
export type Presence =
	| { state: 'present' }
	| { state: 'not-usable'; needs?: string }
	| { state: 'needs-newer'; since: string }
	| { state: 'removed'; until: string }
	| { state: 'absent' };

/** The ranges of a symbol, with or without their evidence (the scanner's data drops it). */
type Ranged = Partial<Record<Namespace, readonly Pick<Range, 'from' | 'to' | 'usable' | 'needs'>[]>>;

/**
 * Whether a name exists at `release` in a namespace. Past the newest release read, what held there holds: a name
 * present in the newest release is never reported missing from a later one.
 */
export function presence(symbol: Ranged | undefined, ns: Namespace, release: string, newest: string): Presence {
	const ranges = symbol?.[ns];
	if (!ranges?.length) return { state: 'absent' };
	const at = compareVersions(release, newest) > 0 ? newest : release;
	const hit = ranges.find((r) => compareVersions(r.from, at) <= 0 && compareVersions(at, r.to) <= 0);
	if (hit) return hit.usable === false ? { state: 'not-usable', ...(hit.needs ? { needs: hit.needs } : {}) } : { state: 'present' };
	const later = ranges.filter((r) => compareVersions(r.from, at) > 0).map((r) => r.from).sort(compareVersions);
	if (later.length) return { state: 'needs-newer', since: later[0]! };
	return { state: 'removed', until: ranges.map((r) => r.to).sort(compareVersions).at(-1)! };
}

/** Where `written` (`tf.X`, `tf.compat.v1.X`) stands on `release`: `tf.X` in the release's own API. */
export const presenceOf = (index: ApiIndex, written: string, release: string): Presence => {
	const spelling = parseSpelling(written);
	return presence(index.symbols[spelling.name], spelling.namespace ?? plainNamespace(release), release, index.releases.at(-1)!);
};

/** The first release with the name in the namespace, or undefined when it never has it. */
export const firstRelease = (symbol: ApiSymbol | undefined, namespace: Namespace): string | undefined => symbol?.[namespace]?.[0]?.from;

/** The last release with the name in the namespace. */
export const lastRelease = (symbol: ApiSymbol | undefined, namespace: Namespace): string | undefined => symbol?.[namespace]?.at(-1)?.to;

/**
 * The lowest TF 2.x release on which every name exists as written (`tf.compat.v1.X` through the v1 namespace), or
 * undefined when some name exists on no 2.x release the index read.
 */
export function lowestTf2Release(index: ApiIndex, written: readonly string[]): string | undefined {
	const tf2 = index.releases.filter((r) => !r.startsWith('1.'));
	return tf2.find((release) => written.every((w) => presenceOf(index, w, release).state === 'present'));
}

export type Cell = 'present' | 'unusable' | 'absent';

/** One strip row per namespace the symbol ever has: a cell per release read. */
export function availabilityRows(index: ApiIndex, name: string): { namespace: Namespace; label: string; cells: { release: string; cell: Cell; evidence?: string }[] }[] {
	const symbol = index.symbols[name];
	if (!symbol) return [];
	const labels: Record<Namespace, string> = { tf1: `${name} in TF 1.x`, v1: name.replace(/^tf\./, 'tf.compat.v1.'), v2: `${name} in TF 2.x (tf.compat.v2 in 1.x)` };
	return (['tf1', 'v1', 'v2'] as const)
		.filter((ns) => symbol[ns])
		.map((namespace) => ({
			namespace,
			label: labels[namespace],
			cells: index.releases
				.filter((r) => namespace !== 'tf1' || r.startsWith('1.'))
				.map((release) => {
					const range = rangeAt(index.releases, symbol[namespace], release);
					return range ? { release, cell: range.usable === false ? 'unusable' : 'present', evidence: range.evidence } : { release, cell: 'absent' as const };
				}),
		}));
}

/** `1.4–1.15`, or one release alone. */
export const formatRange = (r: Pick<Range, 'from' | 'to'>) => (r.from === r.to ? r.from : `${r.from}–${r.to}`);

/**
 * The index entry a written name stands on: the name itself, or for an attribute of a class or value
 * (`tf.GraphKeys.UPDATE_OPS`, `tf.data.Dataset.from_tensor_slices`) the class or value it belongs to. Undefined when
 * the name, or the module it claims to be in, is not a public symbol of any release read. Members of a module whose
 * own members no listing enumerates (`tf.app.flags.DEFINE_string`) resolve to the module.
 */
export function lookup(index: ApiIndex, written: string): { spelling: Spelling; symbol: ApiSymbol; attribute?: string } | undefined {
	const spelling = parseSpelling(written);
	const parts = spelling.name.split('.');
	for (let n = parts.length; n >= 2; n--) {
		const name = parts.slice(0, n).join('.');
		const symbol = index.symbols[name];
		if (!symbol) continue;
		if (n === parts.length) return { spelling, symbol };
		// Attributes of modules are symbols in their own right: a module member the index lacks is unknown, unless the
		// listings never enumerate that module's members (`tf.app.flags` has no golden of its own).
		if (symbol.kind === 'module' && membersOf(index, name).length) return undefined;
		return { spelling: { ...spelling, name }, symbol, attribute: parts.slice(n).join('.') };
	}
	return undefined;
}

const children = new WeakMap<ApiIndex, Map<string, string[]>>();

/** The direct members of a module symbol, sorted; computed once per index, not per page. */
export function membersOf(index: ApiIndex, module: string): string[] {
	let map = children.get(index);
	if (!map) {
		map = new Map();
		for (const name of Object.keys(index.symbols)) {
			const parent = name.slice(0, name.lastIndexOf('.'));
			(map.get(parent) ?? map.set(parent, []).get(parent)!).push(name);
		}
		children.set(index, map);
	}
	return map.get(module) ?? [];
}

/** `TF 1.x`, `tf.compat.v1`, `TF 2.x`: where a symbol exists at all, in a few words. */
export const namespacesOf = (symbol: ApiSymbol): string[] =>
	[symbol.tf1 && 'TF 1.x', symbol.v1 && 'tf.compat.v1', symbol.v2 && 'TF 2.x'].filter((s): s is string => Boolean(s));
