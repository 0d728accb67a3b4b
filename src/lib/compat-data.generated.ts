/* Generated from data/compat.schema.json by scripts/generate-types.ts. Do not edit:
 * change the schema, then run `npm run generate:types`. */

/**
 * A public repository file at a commit or tag, or an official documentation page.
 */
export type Source =
	| {
			/**
			 * What the source is, in a few words.
			 */
			title: string;
			/**
			 * GitHub repository, `owner/name`.
			 */
			repo: string;
			/**
			 * File or folder path inside the repository.
			 */
			path: string;
			/**
			 * A 40-hex commit or a release tag, never a branch name.
			 */
			ref: string;
			/**
			 * Lines the fact stands on: `120`, `120-134`, or several such ranges separated by commas (`40,52-60`); links open at the first.
			 */
			lines?: string;
			/**
			 * What the source shows, in a sentence of our own.
			 */
			shows?: string;
	  }
	| {
			/**
			 * What the source is, in a few words.
			 */
			title: string;
			/**
			 * An https address of official documentation, a release page, a paper or an issue thread.
			 */
			url: string;
			/**
			 * What the source shows, in a sentence of our own.
			 */
			shows?: string;
	  };
/**
 * A TensorFlow minor version such as `1.15` or `2.16`.
 */
export type TfVersion = string;
/**
 * Ids of entries in the top-level `sources` that prove this record.
 *
 * @minItems 1
 */
export type SourceRefs = [Id, ...Id[]];
/**
 * A lower-case identifier: letters, digits, `_`, `-` and `.`.
 */
export type Id = string;
/**
 * What kind of evidence settles a status: `official` (a release note or documentation says so), `code` (read from the code at a named commit), `reported` (an issue or pull request reports a run or a failure), `none` (nothing settles it yet).
 */
export type Evidence = 'official' | 'code' | 'reported' | 'none';
/**
 * A Python symbol as code spells it, e.g. `tf.contrib.slim.conv2d`.
 */
export type PythonSymbol = string;

/**
 * Which TensorFlow release, Slim package and NASNet variant work together, and how TF1/Slim symbols map to TF2. Every fact cites an entry of `sources`.
 */
export interface CompatData {
	/**
	 * Path of this schema, relative to the data file, so editors validate while you type.
	 */
	$schema: './compat.schema.json';
	/**
	 * Day the data as a whole was last checked against its sources (YYYY-MM-DD).
	 */
	reviewed: string;
	/**
	 * Every cited source, keyed by a short id that records cite in their `sources` arrays.
	 */
	sources: {
		[k: string]: Source;
	};
	/**
	 * TensorFlow minor releases, oldest first.
	 *
	 * @minItems 1
	 */
	tfReleases: [TfRelease, ...TfRelease[]];
	/**
	 * The Slim package families a NASNet model can be run with.
	 *
	 * @minItems 1
	 */
	packages: [Package, ...Package[]];
	/**
	 * NASNet variants, with the ids TF-Slim's nets_factory gives them.
	 *
	 * @minItems 1
	 */
	variants: [Variant, ...Variant[]];
	/**
	 * Matrix cells: a TF release range × one package × some variants → a status.
	 */
	cells: Cell[];
	/**
	 * TF1/Slim symbols and their TF2 routes.
	 */
	mappings: Mapping[];
	/**
	 * TF1 code and its TF2 equivalent, written for this site; mappings and guides refer to them by id.
	 */
	codePairs: CodePair[];
	/**
	 * How code reaches Slim symbols under other names; search derives every spelling of a symbol from this table.
	 */
	importForms: ImportForm[];
	/**
	 * Error messages people paste, each tied to the page that fixes it.
	 */
	errors: ErrorMessage[];
	/**
	 * Fixes on a package's main branch that no release on its registry carries, each with the error it fixes.
	 */
	unreleasedFixes?: UnreleasedFix[];
	/**
	 * How each TF2 route fares when tf.keras is Keras 3 (TF 2.16 and later): the first rule whose `match` starts the route's symbol decides.
	 */
	keras3Rules?: Keras3Rule[];
}
/**
 * One TensorFlow minor release.
 */
export interface TfRelease {
	version: TfVersion;
	/**
	 * Tag of the first final release of this minor version, e.g. `v2.16.1` when no X.Y.0 was published.
	 */
	tag: string;
	/**
	 * When the first final X.Y release was published; left out when no source gives it.
	 */
	released?: string;
	/**
	 * Python versions the release supports, e.g. `3.9`.
	 *
	 * @minItems 1
	 */
	python: [string, ...string[]];
	/**
	 * Whether `tf.contrib.slim` ships in this release.
	 */
	contribSlim: boolean;
	/**
	 * What `tf.keras` resolves to: `bundled` (Keras inside TensorFlow), `keras2` (the separate `keras` 2.x package), `keras3` (Keras 3).
	 */
	keras: 'bundled' | 'keras2' | 'keras3';
	/**
	 * What else matters about this release for Slim and NASNet code.
	 */
	note?: string;
	sources: SourceRefs;
}
/**
 * A Slim package family: how NASNet code gets its layers.
 */
export interface Package {
	id: Id;
	/**
	 * Display name, e.g. `tf.contrib.slim`.
	 */
	name: string;
	/**
	 * `contrib` ships inside TF 1.x, `pip` is a separate package, `library` is source code you check out, `native` is part of TF 2, `hub` is a pretrained model loaded through tensorflow_hub.
	 */
	kind: 'contrib' | 'pip' | 'library' | 'native' | 'hub';
	/**
	 * One or two sentences: what it is and when to use it.
	 */
	summary: string;
	/**
	 * The import lines code uses to reach it.
	 *
	 * @minItems 1
	 */
	imports: [string, ...string[]];
	/**
	 * Releases of the package that change what works, oldest first.
	 */
	releases?: PackageRelease[];
	sources: SourceRefs;
}
/**
 * A release or era of a package.
 */
export interface PackageRelease {
	/**
	 * The release number, or an era name for source libraries.
	 */
	version: string;
	/**
	 * Day (or month) of the release or the start of the era; left out when no source gives it.
	 */
	released?: string;
	/**
	 * What it declares it needs, as its metadata states it.
	 */
	requires?: string;
	/**
	 * What changed and why it matters.
	 */
	note: string;
	sources: SourceRefs;
}
/**
 * A NASNet variant as research/slim builds it.
 */
export interface Variant {
	/**
	 * A lower-case identifier: letters, digits, `_`, `-` and `.`.
	 */
	id: string;
	/**
	 * Display name, e.g. `NASNet-A Mobile`.
	 */
	name: string;
	/**
	 * Search space the cell came from.
	 */
	family: 'nasnet' | 'pnasnet';
	/**
	 * The research/slim function that builds the network.
	 */
	builder: string;
	/**
	 * The research/slim function that returns its arg scope.
	 */
	argScope: string;
	/**
	 * The builder's `default_image_size`, in pixels (square input).
	 */
	imageSize: number;
	/**
	 * Classes the pretrained checkpoint predicts (ImageNet checkpoints add a background class).
	 */
	numClasses: number;
	/**
	 * Number of cells the builder stacks.
	 */
	cells?: number;
	/**
	 * The config's `num_conv_filters`.
	 */
	filters?: number;
	/**
	 * The pretrained checkpoint research/slim publishes, or null when there is none.
	 */
	checkpoint: null | {
		/**
		 * Tarball name.
		 */
		file: string;
		/**
		 * Download address as the README gives it.
		 */
		url: string;
		/**
		 * Published ImageNet top-1 accuracy, percent.
		 */
		top1: number;
		/**
		 * Published ImageNet top-5 accuracy, percent.
		 */
		top5: number;
	};
	/**
	 * The tf.keras.applications class that reimplements this variant, when there is one.
	 */
	kerasApplication?: string;
	/**
	 * What else matters about this variant.
	 */
	note?: string;
	/**
	 * The classes each way of running the pretrained weights predicts: the research/slim checkpoint, the Keras application, each TF Hub module version read.
	 */
	labelSpaces?: LabelSpace[];
	/**
	 * A lower-case identifier: letters, digits, `_`, `-` and `.`.
	 */
	checkpointCodePair?: string;
	sources: SourceRefs;
}
/**
 * How many classes one packaging of a variant's pretrained weights predicts, and whether index 0 is a background class.
 */
export interface LabelSpace {
	/**
	 * The checkpoint, Keras application or TF Hub module version, as a reader would name it.
	 */
	where: string;
	/**
	 * Length of the output vector.
	 */
	classes: number;
	/**
	 * Whether index 0 is a background class (true), a real class (false), or unknown (null).
	 */
	background: boolean | null;
	/**
	 * Address to load, for TF Hub modules.
	 */
	handle?: string;
	/**
	 * What to do about the difference.
	 */
	note?: string;
	sources: SourceRefs;
}
/**
 * What happens when the listed variants run with one package on a range of TF releases.
 */
export interface Cell {
	tf: TfRange;
	/**
	 * A lower-case identifier: letters, digits, `_`, `-` and `.`.
	 */
	package: string;
	/**
	 * Ids of entries in `variants`.
	 *
	 * @minItems 1
	 */
	variants: [Id, ...Id[]];
	/**
	 * `works` unchanged; `works-with-changes` under the conditions; `broken` fails; `not-available` the package or variant does not exist there; `unknown` nothing settles it (say what was checked in `note`).
	 */
	status: 'works' | 'works-with-changes' | 'broken' | 'not-available' | 'unknown';
	/**
	 * What must hold for the status, e.g. `tf.compat.v1.disable_v2_behavior()` is called first.
	 */
	conditions?: string[];
	evidence: Evidence;
	/**
	 * Why, in a sentence or two; for `unknown`, what was checked.
	 */
	note: string;
	/**
	 * TensorFlow names the cell's reason rests on, with the state each has on every release of the cell's range; lint checks each against the generated API index.
	 *
	 * @minItems 1
	 *
	 * Items: A name and its state throughout the cell's releases.
	 */
	symbols?: [
		{
			symbol: PythonSymbol;
			/**
			 * `present` (usable), `absent`, or `not-usable` (listed, but raises by default, as tf.compat.v1.layers on Keras 3).
			 */
			state: 'present' | 'absent' | 'not-usable';
		},
		...{
			symbol: PythonSymbol;
			/**
			 * `present` (usable), `absent`, or `not-usable` (listed, but raises by default, as tf.compat.v1.layers on Keras 3).
			 */
			state: 'present' | 'absent' | 'not-usable';
		}[]
	];
	sources: SourceRefs;
}
/**
 * Inclusive range of TF minor releases; without `to` it runs to the newest release in the data.
 */
export interface TfRange {
	from: TfVersion;
	to?: TfVersion;
}
/**
 * A TF1/Slim symbol and its TF2 routes.
 */
export interface Mapping {
	/**
	 * A Python symbol as code spells it, e.g. `tf.contrib.slim.conv2d`.
	 */
	symbol: string;
	/**
	 * Other spellings code uses for the same symbol, e.g. `slim.conv2d`.
	 */
	aliases?: PythonSymbol[];
	/**
	 * The answer in one sentence.
	 */
	summary: string;
	/**
	 * What TensorFlow's `tf_upgrade_v2` does with the symbol.
	 */
	upgradeScript: {
		/**
		 * `renamed` to another symbol, `rewritten` with argument changes, `unconverted` (reported, left as is), `unchanged` (valid in TF2 as written).
		 */
		action: 'renamed' | 'rewritten' | 'unconverted' | 'unchanged';
		/**
		 * A Python symbol as code spells it, e.g. `tf.contrib.slim.conv2d`.
		 */
		to?: string;
		/**
		 * What the script does, in a sentence.
		 */
		note: string;
		sources: SourceRefs;
	};
	/**
	 * Routes that keep TF1 behaviour on TF2 (`tf.compat.v1`, `tf_slim`).
	 */
	compat: Route[];
	/**
	 * TF2-native routes; empty when TF2 has no equivalent.
	 */
	native: Route[];
	/**
	 * Why there is no native route, or how to do without one.
	 */
	nativeNote?: string;
	/**
	 * Argument-by-argument differences against the first native route.
	 */
	args?: ArgDiff[];
	/**
	 * Silent behaviour changes.
	 */
	traps?: Trap[];
	/**
	 * A lower-case identifier: letters, digits, `_`, `-` and `.`.
	 */
	codePair?: string;
	sources: SourceRefs;
}
/**
 * A TF2 symbol that replaces the TF1 one.
 */
export interface Route {
	symbol: PythonSymbol;
	/**
	 * How to use it in place of the TF1 symbol.
	 */
	note?: string;
}
/**
 * One argument whose name, default or meaning differs between the TF1 symbol and its native route.
 */
export interface ArgDiff {
	/**
	 * TF1 argument name, or `-` when it has none.
	 */
	tf1: string;
	/**
	 * TF1 default value as Python spells it.
	 */
	tf1Default?: string;
	/**
	 * Native TF2 argument name, or `-` when it has none.
	 */
	tf2: string;
	/**
	 * TF2 default value as Python spells it.
	 */
	tf2Default?: string;
	/**
	 * `true` when the two defaults make the code behave differently, not merely spell the same value another way; such rows make the table of defaults that differ.
	 */
	defaultDiffers?: boolean;
	/**
	 * What research/slim's NASNet code passes for this argument (through its arg scopes or configs), which overrides the Slim default there.
	 */
	nasnetSets?: string;
	/**
	 * What to do about the difference.
	 */
	note: string;
	sources: SourceRefs;
}
/**
 * A behaviour that changes silently when code moves to the native route.
 */
export interface Trap {
	/**
	 * The trap and its fix.
	 */
	text: string;
	sources: SourceRefs;
}
/**
 * The same task written for TF1/Slim and for TF2.
 */
export interface CodePair {
	id: Id;
	/**
	 * What the code does.
	 */
	title: string;
	/**
	 * TF1/Slim Python code.
	 */
	tf1: string;
	/**
	 * TF2 Python code doing the same.
	 */
	tf2: string;
	/**
	 * What the reader should notice.
	 */
	note?: string;
}
/**
 * A module path under which code reaches the symbols of another module.
 */
export interface ImportForm {
	/**
	 * A Python symbol as code spells it, e.g. `tf.contrib.slim.conv2d`.
	 */
	prefix: string;
	/**
	 * A Python symbol as code spells it, e.g. `tf.contrib.slim.conv2d`.
	 */
	replaces: string;
	/**
	 * The names reachable this way; every name of `replaces` when left out.
	 */
	names?: string[];
	/**
	 * Which import produces this spelling.
	 */
	note: string;
	sources: SourceRefs;
}
/**
 * An error message as Python prints it, what causes it and where the fix is: exactly one of `symbol`, `package` or `variant`.
 */
export interface ErrorMessage {
	/**
	 * A lower-case identifier: letters, digits, `_`, `-` and `.`.
	 */
	id: string;
	/**
	 * The message as printed, with `…` where it varies.
	 */
	message: string;
	/**
	 * Why it happens, in a sentence.
	 */
	cause: string;
	/**
	 * What to do, in a sentence.
	 */
	fix: string;
	/**
	 * Where the message occurs: the TensorFlow releases, and the other package releases it needs.
	 */
	occursIn: {
		tf: TfRange1;
		/**
		 * Other package releases that must be installed for it to occur, e.g. `tf_slim 1.1.0` or `keras 3`.
		 *
		 * @minItems 1
		 */
		with?: [string, ...string[]];
	};
	/**
	 * Other forms of the same message that users paste: older wording, another module path, another variable name.
	 *
	 * @minItems 1
	 */
	alsoSeenAs?: [string, ...string[]];
	/**
	 * A Python symbol as code spells it, e.g. `tf.contrib.slim.conv2d`.
	 */
	symbol?: string;
	/**
	 * A lower-case identifier: letters, digits, `_`, `-` and `.`.
	 */
	package?: string;
	/**
	 * A lower-case identifier: letters, digits, `_`, `-` and `.`.
	 */
	variant?: string;
	sources: SourceRefs;
}
/**
 * Inclusive range of TF minor releases; without `to` it runs to the newest release in the data.
 */
export interface TfRange1 {
	from: TfVersion;
	to?: TfVersion;
}
/**
 * One commit on a package's main branch, after its last release, that fixes an error the released package raises on newer TensorFlow.
 */
export interface UnreleasedFix {
	/**
	 * A lower-case identifier: letters, digits, `_`, `-` and `.`.
	 */
	package: string;
	/**
	 * The fixing commit, 40 hex digits.
	 */
	commit: string;
	/**
	 * When the commit was made.
	 */
	date: string;
	/**
	 * What the commit changes and which code paths of the release it affects, in a sentence of our own.
	 */
	summary: string;
	/**
	 * A TensorFlow minor version such as `1.15` or `2.16`.
	 */
	brokenFrom: string;
	/**
	 * The message the released package raises there, with `…` where it varies.
	 */
	error: string;
	evidence: Evidence;
	sources: SourceRefs;
}
/**
 * One rule of the Keras 3 column: routes whose symbol starts with `match` get `status`, or, with `keras` set, the status the Keras 3 export list gives their name.
 */
export interface Keras3Rule {
	/**
	 * Prefix of the route symbol, e.g. `tf.compat.v1.layers.`; the empty string matches every route.
	 */
	match: string;
	/**
	 * `works` by default on TF 2.16 and later; `needs-tf-keras` only with tf-keras installed and TF_USE_LEGACY_KERAS=1; `gone` in Keras 3; `not-keras` not a Keras API, so the switch leaves it alone; `unknown` not checked. Left out when `keras` decides.
	 */
	status?: 'works' | 'needs-tf-keras' | 'gone' | 'not-keras' | 'unknown';
	/**
	 * Look the name up in data/keras3-exports.json after replacing `match` with this prefix (e.g. `keras.`): exported at both tags is `works`, at neither is `gone`.
	 */
	keras?: string;
	/**
	 * What the rule rests on, in a sentence of our own.
	 */
	note: string;
	sources: SourceRefs;
}
