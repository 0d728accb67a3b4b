import type { ApiIndex, ApiSymbol, Input, Range } from '../api-index.generated.ts';
import type { SymbolKind } from './golden.ts';
import { legacyKerasOnly, shipsContrib, type Namespace } from './namespaces.ts';
import { foldRanges, type Presence } from './ranges.ts';
import type { UpgradeTables } from './upgrade.ts';

export type Evidence = Range['evidence'];

/** The names one source gives one namespace at one release. */
export interface Reading {
	release: string;
	namespace: Namespace;
	evidence: Evidence;
	members: readonly { name: string; kind: SymbolKind; args?: string[] }[];
}

export interface BuildInput {
	releases: readonly string[];
	/** In order of trust: where two readings list a name for the same release and namespace, the first one's evidence stands. */
	readings: readonly Reading[];
	inputs: readonly Input[];
	/** tf_upgrade_v2 as shipped with the newest release read. */
	upgrade: UpgradeTables;
	/** tf_upgrade_v2 as shipped with the last Keras 2 release, kept per spelling where it differs. */
	upgradeLegacy: UpgradeTables;
	tfSlim: ReadonlyMap<string, readonly string[]>;
	generated: string;
}

const NAMESPACES: readonly Namespace[] = ['tf1', 'v1', 'v2'];
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = <T>(entries: Iterable<[string, T]>) => Object.fromEntries([...entries].sort(([a], [b]) => byName(a, b)));

/**
 * For each argument of the newest TF2 signature that the symbol's first listed signature lacks, the first release of
 * the unbroken run of listings that have it up to the newest (`use_ema` on the Keras optimizers: 2.11).
 */
export function argumentsSince(releases: readonly string[], perRelease: ReadonlyMap<number, readonly string[]>, newest: readonly string[]): Record<string, string> {
	const listed = [...perRelease.keys()].sort((a, b) => a - b);
	const since: Record<string, string> = {};
	for (const arg of newest) {
		let first = listed.length;
		for (let i = listed.length - 1; i >= 0 && perRelease.get(listed[i]!)!.includes(arg); i--) first = i;
		if (first > 0 && first < listed.length) since[arg] = releases[listed[first]!]!;
	}
	return since;
}

type UpgradeEntry = Pick<ApiSymbol, 'upgrade' | 'upgradeLegacy'>;

/** The newest script's action on a spelling, and the Keras 2 script's where it differs. */
function upgradeOf(input: BuildInput, name: string): UpgradeEntry {
	const now = input.upgrade.bySpelling.get(name);
	const before = input.upgradeLegacy.bySpelling.get(name);
	return {
		...(now ? { upgrade: now } : {}),
		...(JSON.stringify(before ?? {}) !== JSON.stringify(now ?? {}) ? { upgradeLegacy: before ?? {} } : {}),
	};
}

/** Assembles the index: per symbol and namespace, the releases it is listed in, folded into ranges. */
export function buildApiIndex(input: BuildInput): ApiIndex {
	const order = new Map(input.releases.map((r, i) => [r, i]));
	const presence = new Map<string, Record<Namespace, Map<string, Presence>>>();
	const latest = new Map<string, { at: number; kind: SymbolKind }>();
	const sigs = new Map<string, { v1?: { at: number; args: string[] }; v2?: { at: number; args: string[] } }>();
	/** Per symbol, the TF2 argument names at each release, to date arguments that arrived later than the symbol. */
	const v2Args = new Map<string, Map<number, string[]>>();

	for (const reading of input.readings) {
		const at = order.get(reading.release);
		if (at === undefined) throw new Error(`reading for ${reading.release}, which is not in releases`);
		for (const m of reading.members) {
			if (/^tf\.contrib(\.|$)/.test(m.name) && !shipsContrib(reading.release)) continue;
			const perNs = presence.get(m.name) ?? presence.set(m.name, { tf1: new Map(), v1: new Map(), v2: new Map() }).get(m.name)!;
			const here = perNs[reading.namespace];
			if (here.has(reading.release)) continue;
			here.set(reading.release, {
				evidence: reading.evidence,
				...(legacyKerasOnly(reading.release, reading.namespace, m.name) ? { usable: false as const, needs: 'tf_keras' } : {}),
			});
			if ((latest.get(m.name)?.at ?? -1) < at) latest.set(m.name, { at, kind: m.kind });
			if (m.args && reading.namespace === 'v2') {
				const perRelease = v2Args.get(m.name) ?? v2Args.set(m.name, new Map()).get(m.name)!;
				if (!perRelease.has(at)) perRelease.set(at, m.args);
			}
			if (m.args) {
				const slot = reading.namespace === 'v2' ? 'v2' : 'v1';
				const sig = sigs.get(m.name) ?? sigs.set(m.name, {}).get(m.name)!;
				if ((sig[slot]?.at ?? -1) < at) sig[slot] = { at, args: m.args };
			}
		}
	}

	const symbols = new Map<string, ApiSymbol>();
	for (const [name, perNs] of presence) {
		const symbol: ApiSymbol = { kind: latest.get(name)!.kind };
		for (const ns of NAMESPACES) {
			const ranges = foldRanges(input.releases, perNs[ns]);
			if (ranges.length) symbol[ns] = ranges as [Range, ...Range[]];
		}
		const sig = sigs.get(name);
		if (sig) {
			const since = sig.v2 ? argumentsSince(input.releases, v2Args.get(name)!, sig.v2.args) : {};
			symbol.sig = { ...(sig.v1 ? { v1: sig.v1.args } : {}), ...(sig.v2 ? { v2: sig.v2.args } : {}), ...(Object.keys(since).length ? { v2Since: since } : {}) };
		}
		Object.assign(symbol, upgradeOf(input, name));
		symbols.set(name, symbol);
	}
	const spellings = new Set([...input.upgrade.bySpelling.keys(), ...input.upgradeLegacy.bySpelling.keys()]);
	const upgradeOnly = [...spellings].filter((k) => !symbols.has(k)).map((k) => [k, upgradeOf(input, k)] as [string, UpgradeEntry]);

	return {
		$schema: './api-index.schema.json',
		generated: input.generated,
		releases: [...input.releases] as ApiIndex['releases'],
		inputs: [...input.inputs] as ApiIndex['inputs'],
		symbols: sorted(symbols),
		upgradeOnly: sorted(upgradeOnly),
		upgradeModules: sorted(input.upgrade.modules),
		tfSlim: sorted([...input.tfSlim].map(([k, v]) => [k, [...v]])),
	};
}

/** Deterministic text: keys in a fixed order, one symbol per line, so a diff shows which symbols changed. */
export function serializeApiIndex(index: ApiIndex): string {
	const line = (entries: Record<string, unknown>) =>
		Object.entries(entries)
			.map(([k, v]) => `\t\t${JSON.stringify(k)}: ${JSON.stringify(v)}`)
			.join(',\n');
	const block = (entries: Record<string, unknown>) => (Object.keys(entries).length ? `{\n${line(entries)}\n\t}` : '{}');
	return [
		'{',
		`\t"$schema": ${JSON.stringify(index.$schema)},`,
		`\t"generated": ${JSON.stringify(index.generated)},`,
		`\t"releases": ${JSON.stringify(index.releases)},`,
		`\t"inputs": [\n${index.inputs.map((i) => `\t\t${JSON.stringify(i)}`).join(',\n')}\n\t],`,
		`\t"symbols": ${block(index.symbols)},`,
		`\t"upgradeOnly": ${block(index.upgradeOnly)},`,
		`\t"upgradeModules": ${block(index.upgradeModules)},`,
		`\t"tfSlim": ${block(index.tfSlim)}`,
		'}',
		'',
	].join('\n');
}
