/** Names a file binds to modules or symbols: `slim` → `tf.contrib.slim`, `arg_scope` → `tf.contrib.framework.arg_scope`. */
export type Aliases = Map<string, string>;

const MODULE_ROOTS: Record<string, string> = { tensorflow: 'tf', 'tensorflow.compat.v1': 'tf', 'tensorflow.compat.v2': 'tf' };

/** A dotted Python module path as our symbols spell it: `tensorflow.contrib.slim` → `tf.contrib.slim`. */
export function moduleSymbol(module: string): string {
	for (const [root, as] of Object.entries(MODULE_ROOTS).sort((a, b) => b[0].length - a[0].length))
		if (module === root || module.startsWith(`${root}.`)) return as + module.slice(root.length);
	return module;
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const DOTTED = `${NAME}(?:\\s*\\.\\s*${NAME})*`;

/**
 * Reads the aliases that `import`, `from … import` and plain assignments (`slim = tf.contrib.slim`) create.
 * Works on code whose strings and comments are blanked; parenthesised and backslash-continued imports are joined.
 */
export function readAliases(code: string): Aliases {
	const aliases: Aliases = new Map();
	const statements = code
		.replace(/\\\n/g, ' ')
		.replace(/from\s+[\w.]+\s+import\s*\([^)]*\)/g, (m) => m.replace(/[()\n]/g, ' '))
		.split('\n');
	const strip = (s: string) => s.replace(/\s+/g, '');
	for (const line of statements) {
		let m: RegExpExecArray | null;
		if ((m = new RegExp(`^\\s*import\\s+(.+)$`).exec(line)))
			for (const part of m[1]!.split(',')) {
				const [, module, as] = new RegExp(`^\\s*(${DOTTED})(?:\\s+as\\s+(${NAME}))?\\s*$`).exec(part) ?? [];
				if (!module) continue;
				const symbol = moduleSymbol(strip(module));
				if (as) aliases.set(as, symbol);
				else aliases.set(strip(module).split('.')[0]!, moduleSymbol(strip(module).split('.')[0]!));
			}
		else if ((m = new RegExp(`^\\s*from\\s+(${DOTTED})\\s+import\\s+(.+)$`).exec(line)))
			for (const part of m[2]!.split(',')) {
				const [, name, as] = new RegExp(`^\\s*(${NAME})(?:\\s+as\\s+(${NAME}))?\\s*$`).exec(part) ?? [];
				if (name && name !== '*') aliases.set(as ?? name, `${moduleSymbol(strip(m[1]!))}.${name}`);
			}
		else if ((m = new RegExp(`^\\s*(${NAME})\\s*=\\s*(${DOTTED})\\s*$`).exec(line))) {
			const target = strip(m[2]!);
			const head = target.split('.')[0]!;
			const base = aliases.get(head);
			if (base) aliases.set(m[1]!, base + target.slice(head.length));
		}
	}
	return aliases;
}
