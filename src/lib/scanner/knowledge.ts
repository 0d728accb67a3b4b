import type { Range } from '../api-index.generated.ts';
import type { CompatData } from '../compat-data.generated.ts';
import { releasePath, symbolPath } from '../paths.ts';
import { compareVersions } from '../versions.ts';
import { spellingsOf } from '../spellings.ts';

/** A release range of one spelling, as data/api-index.json writes it (evidence dropped: the scanner does not show it). */
export type ApiRange = Omit<Range, 'evidence'>;

export interface ApiSymbol {
	/**
	 * `module`, `class`, `function` or `constant`; `opaque-module` for a module whose members the index does not list
	 * (`tf.app.flags` re-exports absl's flags): its members are not judged.
	 */
	kind: string;
	tf1?: ApiRange[];
	v1?: ApiRange[];
	v2?: ApiRange[];
	sig?: { v1?: string[]; v2?: string[]; v2Since?: Record<string, string> };
	/** tf_upgrade_v2's rules for the TF1 spelling; a keyword mapped to null is removed. */
	upgrade?: { rename?: string; keywords?: Record<string, string | null>; reorder?: string[]; transform?: boolean; error?: boolean; warning?: boolean };
}

/** The part of data/api-index.json the scanner reads. */
export interface ApiIndexLike {
	releases: string[];
	symbols: Record<string, ApiSymbol>;
	/** tf_slim's top-level names, with the tf_slim revisions that export them. */
	tfSlim?: Record<string, string[]>;
}

/** What the site says about a symbol: the page to link and the first route and trap to show. */
export interface MappingInfo {
	symbol: string;
	path: string;
	route?: string;
	trap?: string;
	/** Why there is no route, when there is none (HParams). */
	note?: string;
	/** The site's argument table: TF1 argument names (`keep_dims`), what TF2 has instead (`keepdims`, `-`), and why. */
	args?: { tf1: string[]; tf2: string; note?: string }[];
}

/** Everything a scan needs, small enough to ship to the browser and inside the CLI package. */
export interface ScanData {
	releases: string[];
	/** First release with `tf.compat.v1`, derived from the index. */
	v1Since: string;
	symbols: Record<string, ApiSymbol>;
	mappings: Record<string, MappingInfo>;
	/** Contrib spellings tf_slim replaces one for one: `tf.contrib.framework.arg_scope` → `tf_slim.arg_scope`. */
	slimNames: Record<string, string>;
}

const stripRanges = (ranges?: ApiRange[]) =>
	ranges?.map((r): ApiRange => ({ from: r.from, to: r.to, ...(r.usable === false ? { usable: false as const, ...(r.needs ? { needs: r.needs } : {}) } : {}) }));


/**
 * Joins the API index (what exists, when, with which arguments) with the site's mappings (where the answer is). A
 * mapping's alias only counts when it names the same function (same last name): the data lists
 * `tf.contrib.deprecated.scalar_summary` beside `histogram_summary` and `tf.logging.INFO` beside `set_verbosity` as
 * things tf_upgrade_v2 treats alike, and a scanner that merged them would link and fix one as the other.
 */
export function buildScanData(api: ApiIndexLike, data: Pick<CompatData, 'mappings' | 'importForms' | 'variants'>): ScanData {
	const symbols: Record<string, ApiSymbol> = {};
	let v1Since: string | undefined;
	const parents = new Set(Object.keys(api.symbols).map((name) => name.slice(0, name.lastIndexOf('.'))));
	for (const [name, s] of Object.entries(api.symbols)) {
		const v1 = stripRanges(s.v1);
		for (const r of v1 ?? []) if (!v1Since || compareVersions(r.from, v1Since) < 0) v1Since = r.from;
		symbols[name] = {
			kind: s.kind === 'module' && !parents.has(name) ? 'opaque-module' : s.kind,
			...(s.tf1 ? { tf1: stripRanges(s.tf1)! } : {}),
			...(v1 ? { v1 } : {}),
			...(s.v2 ? { v2: stripRanges(s.v2)! } : {}),
			...(s.sig ? { sig: s.sig } : {}),
			...(s.upgrade ? { upgrade: s.upgrade } : {}),
		};
	}
	const last = (name: string) => name.slice(name.lastIndexOf('.') + 1);
	const mappings: Record<string, MappingInfo> = {};
	for (const m of data.mappings) {
		const route = m.native[0]?.symbol ?? m.compat[0]?.symbol;
		const info: MappingInfo = {
			symbol: m.symbol,
			path: symbolPath(m.symbol),
			...(route ? { route } : {}),
			...(m.traps?.[0] ? { trap: m.traps[0].text } : {}),
			...(!route && m.nativeNote ? { note: m.nativeNote } : {}),
			...(m.args?.length
				? { args: m.args.map((a) => ({ tf1: a.tf1.split('/').map((n) => n.trim()).filter((n) => /^\w+$/.test(n)), tf2: a.tf2, ...(a.note ? { note: a.note } : {}) })) }
				: {}),
		};
		for (const spelling of spellingsOf(data, m)) if (last(spelling) === last(m.symbol)) mappings[spelling] = info;
	}
	// tf_slim replaces a contrib spelling one for one only for the names tf_slim itself exports at its top level.
	const exported = (name: string) => !api.tfSlim || name in api.tfSlim;
	const slimNames: Record<string, string> = { 'tf.contrib.slim': 'tf_slim' };
	for (const form of data.importForms)
		if (form.replaces === 'tf.contrib.slim' && form.prefix.startsWith('tf.contrib.'))
			for (const name of form.names ?? []) if (exported(name)) slimNames[`${form.prefix}.${name}`] = `tf_slim.${name}`;
	for (const name of Object.keys(symbols)) {
		const member = name.slice('tf.contrib.slim.'.length);
		if (name.startsWith('tf.contrib.slim.') && !member.includes('.') && exported(member)) slimNames[name] = `tf_slim.${member}`;
	}
	return { releases: api.releases, v1Since: v1Since ?? api.releases[0]!, symbols, mappings, slimNames };
}

export type { Namespace, Presence } from '../api-symbols.ts';
export { presence } from '../api-symbols.ts';

/**
 * The page a finding links to: the site has a page per indexed symbol and per mapping; a name with neither (a
 * tf.contrib member outside Slim) links to the release's page.
 */
export const linkFor = (data: ScanData, key: string, release: string, mapping?: MappingInfo) =>
	data.symbols[key] ? symbolPath(key) : (mapping?.path ?? releasePath(release));
