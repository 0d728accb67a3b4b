import type { CompatData } from '../compat-data.generated.ts';
import { compareVersions } from '../versions.ts';
import { pointer, type Finding } from './lint-error.ts';

/** Cells' and error messages' ranges name releases the data has, and do not run backwards. */
export function ruleTfRanges(data: CompatData): Finding[] {
	const known = data.tfReleases.map((r) => r.version);
	const ranges = [
		...data.cells.map((c, i) => ({ tf: c.tf, at: ['cells', i, 'tf'] as (string | number)[] })),
		...data.errors.map((e, i) => ({ tf: e.occursIn.tf, at: ['errors', i, 'occursIn', 'tf'] as (string | number)[] })),
	];
	const findings: Finding[] = [];
	for (const { tf, at } of ranges) {
		for (const end of ['from', 'to'] as const) {
			const v = tf[end];
			if (v !== undefined && !known.includes(v))
				findings.push({ path: pointer(...at, end), message: `TF ${v} is not in "tfReleases"; expected one of: ${known.join(', ')}`, tip: 'add the release to "tfReleases" first, or use a listed one' });
		}
		if (tf.to !== undefined && compareVersions(tf.from, tf.to) > 0)
			findings.push({ path: pointer(...at), message: `range runs backwards: from ${tf.from} is after to ${tf.to}`, tip: 'swap "from" and "to"' });
	}
	return findings;
}
