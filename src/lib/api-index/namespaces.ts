/**
 * Which namespace a golden directory fills at a release. The traps live here:
 * - the `v2/` goldens of 1.11 and 1.12 mirror `v1/` (the TF2 API had not been designed yet);
 * - `tf.compat.v1` / `tf.compat.v2` exist only where the release's API build generates them, which no golden lists:
 *   the default build target's `compat_api_versions` in `tensorflow/BUILD` says so (1.13: v1 only; 1.14 on: both).
 */
export type Namespace = 'tf1' | 'v1' | 'v2';
export type GoldenDir = 'root' | 'v1' | 'v2';

export interface CompatModules {
	v1: boolean;
	v2: boolean;
}

export const major = (release: string) => Number(release.split('.')[0]);
const minor = (release: string) => Number(release.split('.')[1]);

/** The namespaces whose names `dir`'s goldens list at `release`, given which compat modules the package has. */
export function goldenNamespaces(release: string, dir: GoldenDir, compat: CompatModules): Namespace[] {
	const tf1 = major(release) === 1;
	if (dir === 'root') return tf1 && minor(release) <= 10 ? ['tf1'] : [];
	if (dir === 'v1') return [...(tf1 ? (['tf1'] as const) : []), ...(compat.v1 ? (['v1'] as const) : [])];
	// v2: TF 2.x's own API, and `tf.compat.v2` in the 1.x releases that ship it. 1.11–1.12's v2 goldens never reach here
	// as a namespace because no 1.x release before 1.14 generates compat.v2.
	return !tf1 || compat.v2 ? ['v2'] : [];
}

/**
 * The compat modules a release's package has, read from `tensorflow/BUILD`: the `compat_api_versions` of the API
 * target the release's pip package is built from (`tf_python_api_gen_v1` for 1.x, `tf_python_api_gen_v2` for 2.x).
 */
export function compatModules(release: string, buildFile: string | undefined): CompatModules {
	if (!buildFile) return { v1: false, v2: false };
	const target = major(release) === 1 ? 'tf_python_api_gen_v1' : 'tf_python_api_gen_v2';
	const at = buildFile.indexOf(`name = "${target}"`);
	if (at < 0) return { v1: false, v2: false };
	const block = buildFile.slice(at, buildFile.indexOf('\n)', at));
	const versions = /compat_api_versions\s*=\s*\[([^\]]*)\]/.exec(block)?.[1] ?? '';
	const listed = new Set(versions.match(/\d+/g) ?? []);
	return { v1: listed.has('1'), v2: listed.has('2') };
}

/**
 * "Listed" is not "usable": from TF 2.16 the default Keras is Keras 3, and the TF1 Keras-backed namespaces
 * `tf.compat.v1.layers` and `tf.compat.v1.keras` raise unless `tf_keras` is installed and `TF_USE_LEGACY_KERAS=1` is set.
 */
export function legacyKerasOnly(release: string, namespace: Namespace, name: string): boolean {
	const keras3 = major(release) > 2 || (major(release) === 2 && minor(release) >= 16);
	return keras3 && namespace === 'v1' && /^tf\.(layers|keras)(\.|$)/.test(name);
}

/** `tf.contrib` never ships in a 2.x package, although `tensorflow/contrib/` is still in the v2.0.0 source tree. */
export const shipsContrib = (release: string) => major(release) === 1;
