/** What scripts/api-index/python_facts.py reports of one Python file: names and literals only, never source text. */
export interface PythonFacts {
	/** The literal `__all__`, or null when the file has none or computes it. */
	all: string[] | null;
	/** Top-level `def` and `class` names. */
	defs: Record<string, 'function' | 'class'>;
	/** Top-level `name = other.name` assignments (the right side as written), null for anything else. */
	assigns: Record<string, string | null>;
	imports: { module: string; level: number; names: [string, string][] | null; as?: string | null }[];
	/** `tf_export` / `keras_export` calls: positional names and `v1=` names (null when not given). */
	exports: { names: string[]; v1: string[] | null; kind: 'function' | 'class' | 'constant' }[];
	/** Dict literals assigned to a name or attribute; non-literal values as `{ $expr }`. */
	dicts: Record<string, Record<string, unknown>>;
	/** When the module calls `remove_undocumented`: the only public names it keeps (docstring `@@` names and the allowed list). */
	documented: string[] | null;
	error?: string;
}
