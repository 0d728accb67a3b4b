import type { CompatData } from '../compat-data.generated.ts';
import { compareVersions } from '../versions.ts';
import { pointer, type Finding } from './lint-error.ts';

/** A cell's range names releases the data has, and does not run backwards. */
export function ruleTfRanges(data: CompatData): Finding[] {
	const known = data.tfReleases.map((r) => r.version);
	const findings: Finding[] = [];
	for (const [i, { tf }] of data.cells.entries()) {
		for (const end of ['from', 'to'] as const) {
			const v = tf[end];
			if (v !== undefined && !known.includes(v))
				findings.push({ path: pointer('cells', i, 'tf', end), message: `TF ${v} is not in "tfReleases"; expected one of: ${known.join(', ')}`, tip: 'add the release to "tfReleases" first, or use a listed one' });
		}
		if (tf.to !== undefined && compareVersions(tf.from, tf.to) > 0)
			findings.push({ path: pointer('cells', i, 'tf'), message: `range runs backwards: from ${tf.from} is after to ${tf.to}`, tip: 'swap "from" and "to"' });
	}
	return findings;
}
