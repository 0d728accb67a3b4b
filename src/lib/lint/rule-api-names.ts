import type { ApiIndex } from '../api-index.generated.ts';
import { lastRelease, lookup, type Namespace } from '../api-symbols.ts';
import type { CompatData } from '../compat-data.generated.ts';
import { pointer, type Finding } from './lint-error.ts';

/** TensorFlow names a snippet uses (`tf.keras.layers.Conv2D`, `tf.compat.v1.placeholder`), each once, in order. */
export const tfNamesIn = (code: string): string[] => [...new Set(code.match(/(?<![\w.])tf(?:\.[A-Za-z_]\w*)+/g) ?? [])];

/** `import tensorflow.compat.v1 as tf` makes every `tf.X` of a TF2 snippet a `tf.compat.v1.X`. */
export const snippetNamespace = (code: string): Namespace => (/^\s*import tensorflow\.compat\.v1 as tf\b/m.test(code) ? 'v1' : 'v2');

/** Names the index cannot speak for: tf.contrib beyond Slim (no listing exists), anything not under `tf.`. */
const outOfScope = (name: string) => !/^tf\./.test(name) || (/^tf\.contrib\./.test(name) && !/^tf\.contrib\.slim(\.|$)/.test(name));

/**
 * Why `written` does not exist as the record claims, or undefined when it does. `expect` is the namespace a bare
 * `tf.X` must be in: `tf1` for TF1 code and symbols, `v2` for TF2 code and routes.
 */
function problem(index: ApiIndex, written: string, expect: Namespace): string | undefined {
	if (outOfScope(written)) return undefined;
	const hit = lookup(index, written);
	const namespace = hit?.spelling.namespace ?? expect;
	const newest = index.releases.at(-1)!;
	if (!hit) return `\`${written}\` is not a public TensorFlow symbol in any release ${index.releases[0]}–${newest}`;
	if (!hit.symbol[namespace]) {
		const where = namespace === 'tf1' ? 'TF 1.x' : namespace === 'v1' ? 'tf.compat.v1' : 'TF 2.x';
		return `\`${written}\` never exists in ${where} (the API index lists it only as ${(['tf1', 'v1', 'v2'] as const).filter((n) => hit.symbol[n]).join(', ') || 'nothing'})`;
	}
	if (expect !== 'tf1' && lastRelease(hit.symbol, namespace) !== newest) return `\`${written}\` is gone from TF ${newest} (last in ${lastRelease(hit.symbol, namespace)})`;
	return undefined;
}

const tip = 'check the name against data/api-index.json (generated from TensorFlow’s API goldens); correct the record, or say in its note which releases it needs';

/**
 * Every TensorFlow name the curated data claims exists where it claims: a mapping's TF1 symbol in TF 1.x, its native
 * routes in TF 2.x up to the newest release read, its compatibility routes as written, and every name a code pair uses
 * on its side.
 */
export function ruleApiNames(data: CompatData, index: ApiIndex): Finding[] {
	const findings: Finding[] = [];
	const check = (written: string, expect: Namespace, path: string) => {
		const why = problem(index, written, expect);
		if (why) findings.push({ path, message: why, tip });
	};
	for (const [i, m] of data.mappings.entries()) {
		check(m.symbol, 'tf1', pointer('mappings', i, 'symbol'));
		for (const [j, r] of m.native.entries()) check(r.symbol, 'v2', pointer('mappings', i, 'native', j, 'symbol'));
		for (const [j, r] of m.compat.entries()) check(r.symbol, 'v2', pointer('mappings', i, 'compat', j, 'symbol'));
	}
	for (const [i, pair] of data.codePairs.entries()) {
		for (const name of tfNamesIn(pair.tf1)) check(name, 'tf1', pointer('codePairs', i, 'tf1'));
		for (const name of tfNamesIn(pair.tf2)) check(name, snippetNamespace(pair.tf2), pointer('codePairs', i, 'tf2'));
	}
	return findings;
}
