import type { Cell, CompatData, Mapping, Package, TfRelease, Variant } from './compat-data.generated.ts';
import { compareVersions } from './versions.ts';
import { statusFor } from './query.ts';

export interface StatusChange {
	package: Package;
	variant: Variant;
	before: Cell | undefined;
	after: Cell | undefined;
}

export interface ReleaseComparison {
	from: TfRelease;
	to: TfRelease;
	/** Package × variant pairs whose status differs between the two releases. */
	changes: StatusChange[];
	/** Pairs whose status stays the same. */
	unchanged: number;
	/** Release facts that differ: Python, tf.contrib.slim, tf.keras. */
	facts: { label: string; before: string; after: string }[];
	/** Mappings a move from `from` to `to` makes necessary, and why. */
	needed: { reason: string; mappings: Mapping[] }[];
}

const kerasNames = { bundled: 'Keras bundled in TensorFlow', keras2: 'keras 2.x package', keras3: 'Keras 3' };

/** Mappings whose compatibility route runs on the legacy Keras 2 layers that Keras 3 refuses. */
const onLegacyLayers = (m: Mapping) => m.compat.some((r) => r.symbol.startsWith('tf.compat.v1.layers') || r.symbol.startsWith('tf_slim'));

/** What changes between two releases for every package and variant, and which mappings become necessary. */
export function compareReleases(data: CompatData, a: TfRelease, b: TfRelease): ReleaseComparison {
	const [from, to] = compareVersions(a.version, b.version) <= 0 ? [a, b] : [b, a];
	const changes: StatusChange[] = [];
	let unchanged = 0;
	for (const pkg of data.packages)
		for (const variant of data.variants) {
			const before = statusFor(data, from.version, pkg.id, variant.id);
			const after = statusFor(data, to.version, pkg.id, variant.id);
			if ((before?.status ?? 'unknown') === (after?.status ?? 'unknown')) unchanged++;
			else changes.push({ package: pkg, variant, before, after });
		}
	const facts = [
		{ label: 'Python', before: from.python.join(', '), after: to.python.join(', ') },
		{ label: 'tf.contrib.slim', before: from.contribSlim ? 'ships' : 'gone', after: to.contribSlim ? 'ships' : 'gone' },
		{ label: 'tf.keras is', before: kerasNames[from.keras], after: kerasNames[to.keras] },
	].filter((f) => f.before !== f.after);
	const needed: ReleaseComparison['needed'] = [];
	if (from.contribSlim && !to.contribSlim)
		needed.push({ reason: 'tf.contrib is gone: every TF1-only symbol needs its TF2 or compatibility route.', mappings: data.mappings.filter((m) => m.upgradeScript.action !== 'unchanged') });
	if (from.keras !== 'keras3' && to.keras === 'keras3')
		needed.push({ reason: 'tf.keras becomes Keras 3: routes through tf.compat.v1.layers or tf_slim stop working without tf-keras.', mappings: data.mappings.filter(onLegacyLayers) });
	return { from, to, changes, unchanged, facts, needed };
}

/** Every ordered pair of releases, older first: the compare pages. */
export function releasePairs(data: CompatData): [TfRelease, TfRelease][] {
	return data.tfReleases.flatMap((a, i) => data.tfReleases.slice(i + 1).map((b) => [a, b] as [TfRelease, TfRelease]));
}
