import type { SymbolKind } from './golden.ts';
import type { PythonFacts } from './python-facts.ts';

/** Python module path → its facts, for the modules `tensorflow/contrib/slim/__init__.py` imports. */
export type ModuleFacts = (module: string) => PythonFacts | undefined;

export interface SlimMembers {
	members: Map<string, SymbolKind>;
	/** Star-imported modules without a literal `__all__`: their names are what they define at top level. */
	unresolved: string[];
}

const kindIn = (facts: PythonFacts, name: string): SymbolKind => {
	const def = facts.defs[name];
	if (def) return def;
	const alias = facts.assigns[name];
	if (alias && facts.defs[alias]) return facts.defs[alias]!;
	return 'function';
};

/** The names `from <module> import *` binds: the literal `__all__`, or, for a package, what its own star imports bind. */
export function starNames(module: string, read: ModuleFacts, unresolved: string[]): Map<string, SymbolKind> {
	const facts = read(module) ?? read(`${module}.__init__`);
	const names = new Map<string, SymbolKind>();
	if (!facts) {
		unresolved.push(module);
		return names;
	}
	if (facts.all) {
		for (const n of facts.all) names.set(n, kindIn(facts, n));
		return names;
	}
	const stars = facts.imports.filter((i) => i.names?.some(([n]) => n === '*'));
	for (const s of stars) for (const [n, k] of starNames(s.module, read, unresolved)) names.set(n, k);
	// Names imported one by one are bound as well when the source module is read and defines them; a name that is a
	// module of its own (an alias leaking through `import *`) or that cannot be confirmed is left out.
	for (const imp of facts.imports)
		for (const [n, as] of imp.names ?? []) {
			if (n === '*' || as.startsWith('_') || imp.module === '__future__' || imp.module.startsWith('tensorflow.python.util')) continue;
			const from = read(imp.module) ?? read(`${imp.module}.__init__`);
			if (from && (from.defs[n] || n in from.assigns) && !read(`${imp.module}.${n}`)) names.set(as, kindIn(from, n));
		}
	// `remove_undocumented` deletes at import time every public name the docstring and allowed list do not name.
	if (facts.documented) {
		const kept = new Map<string, SymbolKind>();
		for (const n of facts.documented) kept.set(n, names.get(n) ?? kindIn(facts, n));
		return kept;
	}
	// No literal `__all__`: a star import then binds every public top-level name, the modules the file imports among
	// them. Only what the file itself defines is API; imported modules that leak through are not.
	if (!stars.length) {
		unresolved.push(module);
		for (const [n, k] of Object.entries(facts.defs)) if (!n.startsWith('_')) names.set(n, k);
		for (const [n, rhs] of Object.entries(facts.assigns)) if (!n.startsWith('_') && !names.has(n)) names.set(n, rhs && facts.defs[rhs] ? facts.defs[rhs]! : 'constant');
	}
	return names;
}

/**
 * Public attributes of `tf.contrib.slim` at one release. The module computes `__all__` (`make_all`), so attributes are
 * what its imports bind: modules imported by name, and every name its star imports bring (each module's literal
 * `__all__`, or what a module without one defines).
 */
export function slimMembers(init: PythonFacts, read: ModuleFacts): SlimMembers {
	const members = new Map<string, SymbolKind>();
	const unresolved: string[] = [];
	for (const imp of init.imports) {
		if (imp.module === '__future__' || !imp.names) continue;
		for (const [name, as] of imp.names) {
			if (name === '*') {
				for (const [n, k] of starNames(imp.module, read, unresolved)) members.set(n, k);
			} else if (!imp.module.startsWith('tensorflow.python.util')) {
				// `from tensorflow.contrib import losses` binds a module; a name from a module file keeps its kind. Private
				// helpers (`make_all` from tensorflow.python.util) are not part of the API.
				const isModule = read(`${imp.module}.${name}`) ?? read(`${imp.module}.${name}.__init__`);
				const from = read(imp.module) ?? read(`${imp.module}.__init__`);
				members.set(as, isModule || !from ? 'module' : kindIn(from, name));
			}
		}
	}
	return { members, unresolved: [...new Set(unresolved)].sort() };
}
