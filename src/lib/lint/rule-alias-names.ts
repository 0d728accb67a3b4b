import type { CompatData } from '../compat-data.generated.ts';
import { pointer, type Finding } from './lint-error.ts';

/**
 * Aliases that name the same function under another final name, each checked in the defining source:
 * tf.contrib.layers defines `convolution2d = conv2d` style aliases, tf.gfile.Open is GFile, and
 * tf.initializers.global_variables is global_variables_initializer.
 */
const SAME_FUNCTION: readonly (readonly [string, string])[] = [
	['conv2d', 'convolution2d'],
	['separable_conv2d', 'separable_convolution2d'],
	['GFile', 'Open'],
	['global_variables_initializer', 'global_variables'],
];

/** Two functions with different names are not aliases of each other, unless the pair is a known one. */
export function ruleAliasNames(data: CompatData): Finding[] {
	const findings: Finding[] = [];
	for (const [i, m] of data.mappings.entries())
		for (const [j, alias] of (m.aliases ?? []).entries()) {
			const name = m.symbol.split('.').at(-1)!;
			const aliasName = alias.split('.').at(-1)!;
			const member = alias.startsWith(`${m.symbol}.`);
			if (name !== aliasName && !member && !SAME_FUNCTION.some(([a, b]) => a === name && b === aliasName))
				findings.push({ path: pointer('mappings', i, 'aliases', j), message: `alias "${alias}" names another function than "${m.symbol}"`, tip: 'give that function its own mapping; list only other spellings of the same function as aliases' });
		}
	return findings;
}
