/* Generated from data/api-index.schema.json by scripts/generate-types.ts. Do not edit:
 * change the schema, then run `npm run generate:types`. */

/**
 * A TensorFlow minor release, e.g. `2.16`.
 */
export type Release = string;
/**
 * As `tf.X` in TensorFlow 1.x.
 *
 * @minItems 1
 */
export type Ranges = [Range, ...Range[]];
/**
 * As `tf.compat.v1.X`.
 *
 * @minItems 1
 */
export type Ranges1 = [Range, ...Range[]];
/**
 * As `tf.X` in TensorFlow 2.x, and as `tf.compat.v2.X` in the 1.x releases that have it.
 *
 * @minItems 1
 */
export type Ranges2 = [Range, ...Range[]];

/**
 * Every public TensorFlow symbol, release by release, derived from TensorFlow's own API listings by scripts/generate-api-index.ts. Generated: never edit by hand.
 */
export interface ApiIndex {
	/**
	 * Path of this schema, for editors.
	 */
	$schema: './api-index.schema.json';
	/**
	 * Says what generated the file and how to regenerate it.
	 */
	generated: string;
	/**
	 * The TensorFlow minor releases read, oldest first; ranges refer to this order. Releases after the last one are not covered: a name present there is 'present in that release; later unknown'.
	 *
	 * @minItems 1
	 */
	releases: [Release, ...Release[]];
	/**
	 * Every tag or commit read, with its commit hash, so the file can be reproduced byte for byte.
	 *
	 * @minItems 1
	 */
	inputs: [Input, ...Input[]];
	/**
	 * Public symbols by full name with the `tf.` prefix and without `compat.v1`/`compat.v2` (those are the namespaces of each entry).
	 */
	symbols: {
		[k: string]: ApiSymbol;
	};
	/**
	 * tf_upgrade_v2 entries for spellings that are not public symbols of any release read (tf.contrib names other than Slim's, method patterns such as `*.minimize`).
	 */
	upgradeOnly: {
		[k: string]: UpgradeEntry;
	};
	/**
	 * Modules tf_upgrade_v2 (newest release read) reports for every name under them, with the level it reports at.
	 */
	upgradeModules: {
		/**
		 * The level tf_upgrade_v2 reports at.
		 */
		[k: string]: 'error' | 'warning' | 'info';
	};
	/**
	 * Public attributes of the `tf_slim` package (`tf_slim.X`) by name, with the package revisions that have them.
	 */
	tfSlim: {
		/**
		 * Package revisions that have the name, oldest first.
		 *
		 * Items: A tf_slim revision: a PyPI release or `master`.
		 */
		[k: string]: string[];
	};
}
/**
 * One tag or commit of a public repository that the generator read.
 */
export interface Input {
	/**
	 * A TensorFlow minor release, e.g. `2.16`.
	 */
	release?: string;
	/**
	 * The upstream repository, `owner/name`.
	 */
	repository: string;
	/**
	 * The repository actually read when it is a copy of the upstream (a fork whose tags match upstream).
	 */
	readFrom?: string;
	/**
	 * The tag (or branch for a package's unreleased state) read.
	 */
	ref: string;
	/**
	 * The 40-hex commit the ref pointed to.
	 */
	commit: string;
	/**
	 * What was read there, in a few words.
	 */
	reads: string;
}
/**
 * One public symbol across the releases read.
 */
export interface ApiSymbol {
	/**
	 * What the name is, as its newest listing says.
	 */
	kind: 'module' | 'class' | 'function' | 'constant';
	tf1?: Ranges;
	v1?: Ranges1;
	v2?: Ranges2;
	/**
	 * Argument names of the newest listed signature per namespace (`*args`, `**kwargs` marked).
	 */
	sig?: {
		/**
		 * As `tf.X` in TF 1.x or `tf.compat.v1.X`.
		 *
		 * Items: An argument name.
		 */
		v1?: string[];
		/**
		 * As `tf.X` in TF 2.x.
		 *
		 * Items: An argument name.
		 */
		v2?: string[];
		/**
		 * Arguments of the TF2 signature that arrived after the symbol did, with the first release of their unbroken run to the newest listing.
		 */
		v2Since?: {
			[k: string]: Release;
		};
	};
	upgrade?: Upgrade;
	upgradeLegacy?: Upgrade1;
}
/**
 * A run of consecutive releases in which the symbol exists in one namespace, with one kind of evidence.
 */
export interface Range {
	/**
	 * A TensorFlow minor release, e.g. `2.16`.
	 */
	from: string;
	/**
	 * A TensorFlow minor release, e.g. `2.16`.
	 */
	to: string;
	/**
	 * What the presence rests on: TensorFlow's goldens, Keras's or tf_keras's goldens, Keras 3's `keras_export` names, `tf_export`/`keras_export` decorators in TensorFlow's source, tf.contrib.slim's imports, or the API build's compat versions.
	 */
	evidence:
		| 'tf-golden'
		| 'keras-golden'
		| 'tf-keras-golden'
		| 'keras3-export'
		| 'decorator'
		| 'contrib-source'
		| 'compat-template';
	/**
	 * False when the name is listed but raises by default.
	 */
	usable?: false;
	/**
	 * What makes an unusable name work (`tf_keras`: `pip install tf_keras` and `TF_USE_LEGACY_KERAS=1`).
	 */
	needs?: 'tf_keras';
}
/**
 * What tf_upgrade_v2 as shipped with the newest release read does to the TF1 spelling `tf.X`; absent when it leaves it unchanged.
 */
export interface Upgrade {
	/**
	 * The name it rewrites the symbol to.
	 */
	rename?: string;
	/**
	 * Keyword arguments it renames (old → new) or drops (old → null).
	 */
	keywords?: {
		/**
		 * The new keyword, or null when the keyword is dropped.
		 */
		[k: string]: string | null;
	};
	/**
	 * The TF1 positional order it turns positional arguments into keywords by.
	 *
	 * Items: An argument name.
	 */
	reorder?: string[];
	/**
	 * It prints a warning about calls.
	 */
	warning?: true;
	/**
	 * It prints a warning about some arguments.
	 */
	argWarning?: true;
	/**
	 * It rewrites calls with a dedicated transformer.
	 */
	transform?: true;
}
/**
 * What tf_upgrade_v2 as shipped with TF 2.15, the last Keras 2 release, does, when that differs (`{}`: it leaves the spelling unchanged). The 2.16 script dropped many Keras-backed renames.
 */
export interface Upgrade1 {
	/**
	 * The name it rewrites the symbol to.
	 */
	rename?: string;
	/**
	 * Keyword arguments it renames (old → new) or drops (old → null).
	 */
	keywords?: {
		/**
		 * The new keyword, or null when the keyword is dropped.
		 */
		[k: string]: string | null;
	};
	/**
	 * The TF1 positional order it turns positional arguments into keywords by.
	 *
	 * Items: An argument name.
	 */
	reorder?: string[];
	/**
	 * It prints a warning about calls.
	 */
	warning?: true;
	/**
	 * It prints a warning about some arguments.
	 */
	argWarning?: true;
	/**
	 * It rewrites calls with a dedicated transformer.
	 */
	transform?: true;
}
/**
 * tf_upgrade_v2's actions on a spelling that is not a public symbol.
 */
export interface UpgradeEntry {
	upgrade?: Upgrade2;
	upgradeLegacy?: Upgrade3;
}
/**
 * As shipped with the newest release read.
 */
export interface Upgrade2 {
	/**
	 * The name it rewrites the symbol to.
	 */
	rename?: string;
	/**
	 * Keyword arguments it renames (old → new) or drops (old → null).
	 */
	keywords?: {
		/**
		 * The new keyword, or null when the keyword is dropped.
		 */
		[k: string]: string | null;
	};
	/**
	 * The TF1 positional order it turns positional arguments into keywords by.
	 *
	 * Items: An argument name.
	 */
	reorder?: string[];
	/**
	 * It prints a warning about calls.
	 */
	warning?: true;
	/**
	 * It prints a warning about some arguments.
	 */
	argWarning?: true;
	/**
	 * It rewrites calls with a dedicated transformer.
	 */
	transform?: true;
}
/**
 * As shipped with TF 2.15, when that differs.
 */
export interface Upgrade3 {
	/**
	 * The name it rewrites the symbol to.
	 */
	rename?: string;
	/**
	 * Keyword arguments it renames (old → new) or drops (old → null).
	 */
	keywords?: {
		/**
		 * The new keyword, or null when the keyword is dropped.
		 */
		[k: string]: string | null;
	};
	/**
	 * The TF1 positional order it turns positional arguments into keywords by.
	 *
	 * Items: An argument name.
	 */
	reorder?: string[];
	/**
	 * It prints a warning about calls.
	 */
	warning?: true;
	/**
	 * It prints a warning about some arguments.
	 */
	argWarning?: true;
	/**
	 * It rewrites calls with a dedicated transformer.
	 */
	transform?: true;
}
