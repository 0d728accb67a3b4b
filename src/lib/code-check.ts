import type { CompatData } from './compat-data.generated.ts';

/**
 * Symbols TF 2.x no longer has outside tf.compat.v1: tf.contrib, and every symbol tf_upgrade_v2 moves into
 * tf.compat.v1, except names TF2 reuses for a new function (`reused`).
 */
export function removedInTf2(data: CompatData, reused: readonly string[]): string[] {
	const moved = data.mappings
		.filter((m) => m.symbol.startsWith('tf.') && m.upgradeScript.to?.startsWith('tf.compat.v1.'))
		.map((m) => m.symbol);
	return ['tf.contrib', ...moved.filter((s) => !reused.includes(s))];
}

/** Drops comments and string literals, so a symbol named in them is not taken for a call. */
export function codeOnly(source: string): string {
	return source.replace(/("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|#[^\n]*)/g, (m) => m.replace(/[^\n]/g, ' '));
}

/**
 * Removed TF1 symbols that TF2 code uses through the plain `tensorflow` module. Code that imports
 * `tensorflow.compat.v1` under a name may use TF1 symbols through that name: that is the compatibility route.
 */
export function tf2Violations(source: string, removed: readonly string[]): string[] {
	const code = codeOnly(source);
	const plain = [...code.matchAll(/^\s*import\s+tensorflow\s+as\s+(\w+)\s*$/gm)].map((m) => m[1]!);
	const found = new Set<string>();
	for (const alias of plain)
		for (const use of code.matchAll(new RegExp(`\\b${alias}((?:\\.\\w+)+)`, 'g'))) {
			const symbol = `tf${use[1]}`;
			const hit = removed.find((r) => symbol === r || symbol.startsWith(`${r}.`));
			if (hit) found.add(hit);
		}
	return [...found];
}
