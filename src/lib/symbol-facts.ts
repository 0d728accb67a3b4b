import type { ApiIndex, ApiSymbol, Upgrade } from './api-index.generated.ts';
import { rangeAt } from './api-index/ranges.ts';
import { formatRange, lastRelease } from './api-symbols.ts';

/** Words for a range's evidence, as a reader needs them. */
export const evidenceWords: Record<string, string> = {
	'tf-golden': 'TensorFlow API goldens',
	'keras-golden': 'Keras API goldens',
	'tf-keras-golden': 'tf_keras API goldens',
	'keras3-export': 'Keras 3 exports',
	decorator: 'export decorators in TensorFlow’s source',
	'contrib-source': 'tf.contrib.slim’s imports',
	'compat-template': 'the API build’s compat modules',
};

/** What the derived TF2 answer for a symbol is, most direct first. */
export type Tf2Route =
	/** The same name works in TF 2.x (possibly with keyword changes). */
	| { kind: 'same'; since: string; until: string }
	/** tf_upgrade_v2 rewrites it to another name. */
	| { kind: 'rename'; to: string; toKnown: boolean; script: string }
	/** Only the TF1 API keeps it, as tf.compat.v1.X. */
	| { kind: 'compat'; name: string; unusableFrom?: string }
	/** No TF2 name at all. */
	| { kind: 'none'; lastTf1?: string };

const newestOf = (index: ApiIndex) => index.releases.at(-1)!;
const toKey = (name: string) => name.replace(/^tf\.compat\.v[12]\./, 'tf.');

/** The TF2 route the API listings and tf_upgrade_v2 give a symbol. */
export function tf2Route(index: ApiIndex, name: string): Tf2Route {
	const symbol = index.symbols[name];
	const newest = newestOf(index);
	if (symbol?.v2 && lastRelease(symbol, 'v2') === newest) return { kind: 'same', since: firstTf2(index, symbol)!, until: newest };
	const rename = symbol?.upgrade?.rename ?? symbol?.upgradeLegacy?.rename;
	if (rename && !/^tf\.compat\.v1\./.test(rename))
		return { kind: 'rename', to: rename, toKnown: toKey(rename) in index.symbols, script: symbol?.upgrade?.rename ? newest : '2.15' };
	if (symbol?.v1) {
		const unusable = symbol.v1.find((r) => r.usable === false);
		return { kind: 'compat', name: name.replace(/^tf\./, 'tf.compat.v1.'), ...(unusable ? { unusableFrom: unusable.from } : {}) };
	}
	return { kind: 'none', ...(lastRelease(symbol, 'tf1') ? { lastTf1: lastRelease(symbol, 'tf1')! } : {}) };
}

/** The first 2.x release with the name as `tf.X`. */
export const firstTf2 = (index: ApiIndex, symbol: ApiSymbol | undefined) =>
	index.releases.find((r) => !r.startsWith('1.') && rangeAt(index.releases, symbol?.v2, r));

/** Argument names one signature has and the other lacks. */
export function signatureChanges(symbol: ApiSymbol | undefined): { removed: string[]; added: string[] } | undefined {
	const v1 = symbol?.sig?.v1;
	const v2 = symbol?.sig?.v2;
	if (!v1 || !v2) return undefined;
	const removed = v1.filter((a) => !v2.includes(a));
	const added = v2.filter((a) => !v1.includes(a));
	return removed.length || added.length ? { removed, added } : undefined;
}

/** tf_upgrade_v2's action as short phrases (code in backticks is for the renderer to mark up). */
export function upgradeParts(upgrade: Upgrade | undefined): string[] {
	if (!upgrade || !Object.keys(upgrade).length) return ['leaves it unchanged'];
	const parts: string[] = [];
	if (upgrade.rename) parts.push(`renames it to \`${upgrade.rename}\``);
	for (const [from, to] of Object.entries(upgrade.keywords ?? {}))
		parts.push(to === null ? `drops the keyword \`${from}\`` : `renames the keyword \`${from}\` to \`${to}\``);
	if (upgrade.reorder) parts.push(`turns positional arguments into keywords (\`${upgrade.reorder.join(', ')}\`)`);
	if (upgrade.transform) parts.push('rewrites calls with a dedicated transformer');
	if (upgrade.warning) parts.push('prints a warning about each call');
	if (upgrade.argWarning) parts.push('warns about some arguments');
	return parts;
}

/** The level tf_upgrade_v2 reports every name under a module at (`tf.contrib`: error), if any. */
export function moduleVerdict(index: ApiIndex, name: string): { module: string; level: string } | undefined {
	const modules = Object.keys(index.upgradeModules).filter((m) => name === m || name.startsWith(m + '.'));
	const module = modules.sort((a, b) => b.length - a.length)[0];
	return module ? { module, level: index.upgradeModules[module]! } : undefined;
}

/** One namespace row of a symbol's availability, as text: `1.4–1.15 (TensorFlow API goldens)`. */
export function rangeText(symbol: ApiSymbol, namespace: 'tf1' | 'v1' | 'v2'): string[] {
	return (symbol[namespace] ?? []).map(
		(r) => `${formatRange(r)}${r.usable === false ? ' listed, but needs tf_keras and TF_USE_LEGACY_KERAS=1' : ''} (${evidenceWords[r.evidence]})`,
	);
}
