// Writes data/api-index.json: every public TensorFlow symbol, release by release, derived from TensorFlow's API golden
// files at the last patch tag of every minor release 1.4–2.16 (plus Keras's goldens and exports for tf.keras after 2.5,
// tf.contrib.slim's imports, tf_slim's package, and tf_upgrade_v2's tables). Reads git repositories, never the network:
//
//   npm run data:api -- --tensorflow DIR --keras DIR --tf-keras DIR --tf-slim DIR [--check]
//
// DIR is a clone (bare or not) of, in order: tensorflow/tensorflow (or a full-history copy with the same tags, such as
// bengmend/TensorFlow), keras-team/keras, keras-team/tf-keras, google-research/tf-slim. `--check` compares instead of
// writing and exits 1 on drift. The same clones give the same bytes.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Input } from '../src/lib/api-index.generated.ts';
import { buildApiIndex, serializeApiIndex, type Reading } from '../src/lib/api-index/build.ts';
import { slimMembers, starNames } from '../src/lib/api-index/contrib-slim.ts';
import { exportedNames } from '../src/lib/api-index/exports.ts';
import { parseClassGolden, parseGolden, type GoldenModule, type SymbolKind } from '../src/lib/api-index/golden.ts';
import { compatModules, goldenNamespaces, major, type GoldenDir } from '../src/lib/api-index/namespaces.ts';
import type { PythonFacts } from '../src/lib/api-index/python-facts.ts';
import { upgradeTables } from '../src/lib/api-index/upgrade.ts';

const OUT = 'data/api-index.json';
/** The copy of tensorflow/tensorflow these figures were read from; its tags match upstream's (see data/README.md). */
const TENSORFLOW_COPY = 'bengmend/TensorFlow';
const FIRST = [1, 4];
/** TF 2.16 requires `keras >= 3.0.0` (tensorflow/tools/pip_package/setup.py at v2.16.1): its floor is what is certain. */
const KERAS3_FOR_2_16 = 'v3.0.0';
/** The last release whose default Keras is Keras 2, and so whose tf_upgrade_v2 still knows the Keras 2 names. */
const LAST_KERAS2 = '2.15';
/** tf_slim 1.0 has no tag: the last commit whose setup.py says version '1.0', before 37ace40 bumped it. */
const TF_SLIM_1_0 = '37ace40^';

const usage = 'usage: npm run data:api -- --tensorflow DIR --keras DIR --tf-keras DIR --tf-slim DIR [--check]';
const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(`--${name}`);
	const value = at >= 0 ? args[at + 1] : undefined;
	if (!value) {
		console.error(`${usage}\nmissing --${name}`);
		process.exit(64);
	}
	return value;
};
const repos = { tensorflow: option('tensorflow'), keras: option('keras'), tfKeras: option('tf-keras'), tfSlim: option('tf-slim') };

const git = (dir: string, ...a: string[]) => execFileSync('git', ['-C', dir, ...a], { encoding: 'utf8', maxBuffer: 1 << 30 });
const commitOf = (dir: string, ref: string) => git(dir, 'rev-parse', `${ref}^{commit}`).trim();
const list = (dir: string, ref: string, path: string) => git(dir, 'ls-tree', '-r', '--name-only', ref, '--', path).split('\n').filter(Boolean);

/** Reads many blobs in one `git cat-file --batch`; a missing one comes back undefined. */
function readBlobs(dir: string, ref: string, paths: readonly string[]): Map<string, string | undefined> {
	const out = new Map<string, string | undefined>();
	if (!paths.length) return out;
	const raw = execFileSync('git', ['-C', dir, 'cat-file', '--batch'], { input: paths.map((p) => `${ref}:${p}`).join('\n') + '\n', maxBuffer: 1 << 30 });
	let at = 0;
	for (const path of paths) {
		const eol = raw.indexOf(10, at);
		const header = raw.subarray(at, eol).toString();
		at = eol + 1;
		if (header.endsWith(' missing')) {
			out.set(path, undefined);
			continue;
		}
		const size = Number(header.split(' ')[2]);
		out.set(path, raw.subarray(at, at + size).toString('utf8'));
		at += size + 1;
	}
	return out;
}

/** Facts of Python files through Python's own parser (scripts/api-index/python_facts.py). */
function pythonFacts(files: ReadonlyMap<string, string | undefined>): Map<string, PythonFacts> {
	const present = Object.fromEntries([...files].filter((e): e is [string, string] => e[1] !== undefined));
	const script = fileURLToPath(new URL('./api-index/python_facts.py', import.meta.url));
	const json = execFileSync('python3', [script], { input: JSON.stringify({ files: present }), maxBuffer: 1 << 30, encoding: 'utf8' });
	const facts = new Map(Object.entries(JSON.parse(json) as Record<string, PythonFacts>));
	for (const [name, f] of facts) if (f.error) console.warn(`warning: ${name} could not be parsed (${f.error}); its names are left out`);
	return facts;
}

/** The last final patch tag of every minor release from 1.4 on: `v1.13.2`, `v2.16.1`. */
function releaseTags(dir: string): Map<string, string> {
	const best = new Map<string, number[]>();
	for (const tag of git(dir, 'tag', '--list', 'v*').split('\n')) {
		const m = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag);
		if (!m) continue;
		const [ma, mi, pa] = [Number(m[1]), Number(m[2]), Number(m[3])];
		if (ma < FIRST[0]! || (ma === FIRST[0] && mi < FIRST[1]!)) continue;
		const key = `${ma}.${mi}`;
		if ((best.get(key)?.[2] ?? -1) < pa) best.set(key, [ma, mi, pa]);
	}
	return new Map([...best].sort(([, a], [, b]) => a[0]! - b[0]! || a[1]! - b[1]!).map(([k, v]) => [k, `v${v.join('.')}`]));
}

const membersOf = (modules: readonly GoldenModule[]) =>
	modules.flatMap((m) => m.members.map((member) => ({ ...member, name: `${m.path}.${member.name}` })));

function goldens(dir: string, ref: string, root: string): Map<GoldenDir, GoldenModule[]> {
	const files = list(dir, ref, root).filter((p) => p.endsWith('.pbtxt'));
	const blobs = readBlobs(dir, ref, files);
	const byDir = new Map<GoldenDir, GoldenModule[]>();
	const inits = new Map<string, string[]>();
	for (const [path, text] of blobs) {
		if (text === undefined) continue;
		const rest = path.slice(root.length + 1);
		const where: GoldenDir = rest.startsWith('v1/') ? 'v1' : rest.startsWith('v2/') ? 'v2' : 'root';
		const parsed = parseGolden(text);
		if (parsed) (byDir.get(where) ?? byDir.set(where, []).get(where)!).push(parsed);
		const cls = parsed ? undefined : parseClassGolden(text);
		if (cls) inits.set(`${where}:${cls.path}`, cls.init);
	}
	// A class's signature is its constructor's, from its own golden in the same directory.
	for (const [where, modules] of byDir)
		for (const m of modules)
			for (const member of m.members) {
				const init = member.kind === 'class' ? inits.get(`${where}:${m.path}.${member.name}`) : undefined;
				if (init) member.args = init;
			}
	return byDir;
}

/** Python module path → file candidates in a tree. */
const moduleFiles = (module: string) => {
	const base = module.replace(/\.__init__$/, '').replace(/\./g, '/');
	return module.endsWith('.__init__') ? [`${base}/__init__.py`] : [`${base}.py`, `${base}/__init__.py`];
};

/**
 * A reader of Python modules at one ref. Every `.py` file under `preload` is read and parsed in one pass (one git and
 * one Python process); anything else is read when asked for.
 */
function moduleReader(dir: string, ref: string, preload: readonly string[] = []) {
	const cache = new Map<string, PythonFacts | undefined>();
	const files = preload.flatMap((root) => list(dir, ref, root)).filter((p) => p.endsWith('.py') && !p.endsWith('_test.py'));
	for (const [file, facts] of pythonFacts(readBlobs(dir, ref, files)))
		cache.set(file.replace(/\.py$/, '').replace(/\/__init__$/, '.__init__').replace(/\//g, '.'), facts);
	return (module: string): PythonFacts | undefined => {
		const key = module.replace(/\.__init__$/, '');
		if (cache.has(module)) return cache.get(module);
		if (!module.endsWith('.__init__') && cache.has(`${key}.__init__`)) return cache.get(`${key}.__init__`);
		if (!cache.has(module)) {
			const candidates = moduleFiles(module);
			const blobs = readBlobs(dir, ref, candidates);
			const found = candidates.find((f) => blobs.get(f) !== undefined);
			cache.set(module, found ? pythonFacts(new Map([[found, blobs.get(found)]])).get(found) : undefined);
		}
		return cache.get(module);
	};
}

const releases = releaseTags(repos.tensorflow);
const readings: Reading[] = [];
const inputs: Input[] = [];
const kerasTags = new Map<string, string>();
for (const tag of git(repos.keras, 'tag', '--list', 'v2.*').split('\n')) {
	const m = /^v2\.(\d+)\.(\d+)$/.exec(tag);
	if (m && Number(m[2]) >= Number(kerasTags.get(`2.${m[1]}`)?.split('.')[2] ?? -1)) kerasTags.set(`2.${m[1]}`, tag);
}

for (const [release, tag] of releases) {
	const tf = repos.tensorflow;
	const compat = compatModules(release, readBlobs(tf, tag, ['tensorflow/BUILD']).get('tensorflow/BUILD'));
	const byDir = goldens(tf, tag, 'tensorflow/tools/api/golden');
	let reads = 'API goldens, compat versions in tensorflow/BUILD';
	for (const [where, modules] of byDir)
		for (const namespace of goldenNamespaces(release, where, compat))
			readings.push({ release, namespace, evidence: 'tf-golden', members: membersOf(modules) });

	// The compat modules themselves are in no golden: the API build generates them.
	const main = major(release) === 1 ? 'tf1' : 'v2';
	const compatNames = [...(compat.v1 ? ['tf.compat.v1'] : []), ...(compat.v2 ? ['tf.compat.v2'] : [])];
	readings.push({ release, namespace: main, evidence: 'compat-template', members: compatNames.map((name) => ({ name, kind: 'module' })) });

	// No keras.applications goldens exist for some releases although the package exported them: read the decorators.
	// Only where the goldens list tf.keras at all: from 2.6 Keras's own repository speaks for it (below).
	const listed = (prefix: string) => [...byDir.values()].some((mods) => mods.some((m) => m.path === prefix || m.path.startsWith(prefix + '.')));
	if (listed('tf.keras') && !listed('tf.keras.applications')) {
		const appFiles = list(tf, tag, 'tensorflow/python/keras/applications').filter((p) => p.endsWith('.py') && !p.endsWith('_test.py'));
		const facts = [...pythonFacts(readBlobs(tf, tag, appFiles)).values()];
		if (facts.some((f) => f.exports.length)) {
			reads += ', keras.applications export decorators';
			const ns = goldenNamespaces(release, 'v1', compat);
			for (const namespace of ns) readings.push({ release, namespace, evidence: 'decorator', members: exportedNames(facts, 'keras.applications', 'v1') });
			for (const namespace of goldenNamespaces(release, 'v2', compat))
				readings.push({ release, namespace, evidence: 'decorator', members: exportedNames(facts, 'keras.applications', 'v2') });
		}
	}

	// tf.contrib.slim: no goldens (the API test does not descend into contrib); its imports bound it.
	if (major(release) === 1) {
		const contrib = ['slim', 'framework', 'layers', 'losses', 'metrics'].map((m) => `tensorflow/contrib/${m}`);
		const read = moduleReader(tf, tag, contrib);
		const init = read('tensorflow.contrib.slim.__init__');
		if (init) {
			reads += ', tf.contrib.slim imports';
			const { members, unresolved } = slimMembers(init, read);
			if (unresolved.length) console.warn(`note: ${release}: ${unresolved.length} star-imported modules without a literal __all__ (their own top-level names taken)`);
			// The goldens stop listing `tf.contrib` after 1.12 (the API test skips it); the package still has it.
			const names: { name: string; kind: SymbolKind }[] = [{ name: 'tf.contrib', kind: 'module' }, { name: 'tf.contrib.slim', kind: 'module' }];
			for (const [name, kind] of members) {
				names.push({ name: `tf.contrib.slim.${name}`, kind });
				// Submodules imported by name (`slim.learning`, `slim.losses`): what `import *` of them binds (`slim.learning.train`).
				const imp = kind === 'module' ? init.imports.find((i) => i.names?.some(([, as]) => as === name)) : undefined;
				if (imp) for (const [n, k] of starNames(`${imp.module}.${imp.names!.find(([, as]) => as === name)![0]}`, read, []))
					names.push({ name: `tf.contrib.slim.${name}.${n}`, kind: k });
			}
			readings.push({ release, namespace: 'tf1', evidence: 'contrib-source', members: names });
		}
	}
	inputs.push({ release, repository: 'tensorflow/tensorflow', readFrom: TENSORFLOW_COPY, ref: tag, commit: commitOf(tf, tag), reads });

	// tf.keras after 2.5 lives in Keras's repositories.
	const kerasTag = kerasTags.get(release);
	if (kerasTag && major(release) === 2 && Number(release.split('.')[1]) >= 6) {
		for (const [where, modules] of goldens(repos.keras, kerasTag, 'keras/api/golden'))
			if (where !== 'root') readings.push({ release, namespace: where, evidence: 'keras-golden', members: membersOf(modules) });
		inputs.push({ release, repository: 'keras-team/keras', ref: kerasTag, commit: commitOf(repos.keras, kerasTag), reads: 'tf.keras goldens (v1, v2)' });
	}
	if (release === '2.16') {
		const files = list(repos.keras, KERAS3_FOR_2_16, 'keras').filter((p) => p.endsWith('.py') && !/_test\.py$|^keras\/api\//.test(p));
		const facts = [...pythonFacts(readBlobs(repos.keras, KERAS3_FOR_2_16, files)).values()];
		readings.push({ release, namespace: 'v2', evidence: 'keras3-export', members: exportedNames(facts, 'keras', 'v2') });
		inputs.push({ release, repository: 'keras-team/keras', ref: KERAS3_FOR_2_16, commit: commitOf(repos.keras, KERAS3_FOR_2_16), reads: 'tf.keras as Keras 3 (keras_export names)' });
		const tfKerasTag = 'v2.16.0';
		for (const [where, modules] of goldens(repos.tfKeras, tfKerasTag, 'tf_keras/api/golden'))
			if (where === 'v1') readings.push({ release, namespace: 'v1', evidence: 'tf-keras-golden', members: membersOf(modules) });
		inputs.push({ release, repository: 'keras-team/tf-keras', ref: tfKerasTag, commit: commitOf(repos.tfKeras, tfKerasTag), reads: 'tf.compat.v1.keras goldens (usable with tf_keras only)' });
	}
}

// tf_upgrade_v2 as shipped with the newest release read, and with the last release before Keras 3 (2.15): the 2.16
// script was regenerated against an API without Keras 2 and dropped renames such as tf.layers.* → tf.compat.v1.layers.*.
const compatDir = 'tensorflow/tools/compatibility';
function readUpgrade(tag: string) {
	const files = ['renames_v2.py', 'all_renames_v2.py', 'tf_upgrade_v2.py', 'reorders_v2.py', 'module_deprecations_v2.py'].map((f) => `${compatDir}/${f}`);
	const t = pythonFacts(readBlobs(repos.tensorflow, tag, files));
	const tables = upgradeTables({
		renames: t.get(`${compatDir}/renames_v2.py`),
		allRenames: t.get(`${compatDir}/all_renames_v2.py`),
		upgrade: t.get(`${compatDir}/tf_upgrade_v2.py`),
		reorders: t.get(`${compatDir}/reorders_v2.py`),
		deprecations: t.get(`${compatDir}/module_deprecations_v2.py`),
	});
	console.log(`tf_upgrade_v2 tables read at ${tag}: ${tables.bySpelling.size} spellings, ${tables.modules.size} modules`);
	return tables;
}
const newestTag = [...releases.values()].at(-1)!;
const legacyTag = releases.get(LAST_KERAS2)!;
const upgrade = readUpgrade(newestTag);
const upgradeLegacy = readUpgrade(legacyTag);

// tf_slim: its two PyPI releases and master.
const tfSlim = new Map<string, string[]>();
for (const [label, ref] of [['1.0', TF_SLIM_1_0], ['1.1.0', 'v1.1.0'], ['master', 'HEAD']] as const) {
	const read = moduleReader(repos.tfSlim, ref, ['tf_slim']);
	const init = read('tf_slim.__init__');
	if (!init) throw new Error(`tf_slim/__init__.py is missing at ${ref}`);
	const { members } = slimMembers(init, read);
	for (const name of Object.keys(init.assigns)) if (!name.startsWith('_')) members.set(name, 'function');
	for (const name of members.keys()) (tfSlim.get(name) ?? tfSlim.set(name, []).get(name)!).push(label);
	const commit = commitOf(repos.tfSlim, ref);
	const what = label === '1.0' ? 'tf_slim 1.0 (untagged: the last commit whose setup.py says 1.0)' : `tf_slim ${label}`;
	inputs.push({ repository: 'google-research/tf-slim', ref: label === '1.0' ? commit.slice(0, 7) : label === 'master' ? 'master' : ref, commit, reads: `${what}: tf_slim/__init__.py and what it imports` });
}

const generated = `Generated by scripts/generate-api-index.ts from the inputs listed below; do not edit. Regenerate: npm run data:api -- --tensorflow DIR --keras DIR --tf-keras DIR --tf-slim DIR`;
const index = buildApiIndex({ releases: [...releases.keys()], readings, inputs, upgrade, upgradeLegacy, tfSlim, generated });
const text = serializeApiIndex(index);

if (args.includes('--check')) {
	const current = await readFile(OUT, 'utf8').catch(() => '');
	if (current !== text) {
		console.error(`${OUT} differs from what the generator derives from these repositories.\nTip: run the same command without --check and commit the result.`);
		process.exit(1);
	}
	console.log(`${OUT} matches its inputs (${Object.keys(index.symbols).length} symbols).`);
} else {
	await writeFile(OUT, text);
	console.log(`wrote ${OUT}: ${Object.keys(index.symbols).length} symbols over ${index.releases.length} releases, ${index.inputs.length} inputs`);
}
