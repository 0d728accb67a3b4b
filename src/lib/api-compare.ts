import type { ApiIndex } from './api-index.generated.ts';
import { plainNamespace } from './api-symbols.ts';
import { rangeAt } from './api-index/ranges.ts';
import { compareVersions } from './versions.ts';

export interface ApiChanges {
	from: string;
	to: string;
	/** False when a release lies past the newest one the index read: nothing is claimed then. */
	covered: boolean;
	/** `tf.X` names the newer release has and the older lacks. */
	added: string[];
	/** `tf.X` names the older release has and the newer lacks, even as `tf.compat.v1.X`. */
	removed: string[];
	/** `tf.X` names the older release has that the newer keeps only as `tf.compat.v1.X`. */
	movedToCompat: string[];
}

/** Every public name added, removed or moved to `tf.compat.v1` between two releases, as code spells `tf.X` on each. */
export function apiChanges(index: ApiIndex, a: string, b: string): ApiChanges {
	const [from, to] = compareVersions(a, b) <= 0 ? [a, b] : [b, a];
	const covered = index.releases.includes(from) && index.releases.includes(to);
	const result: ApiChanges = { from, to, covered, added: [], removed: [], movedToCompat: [] };
	if (!covered) return result;
	const at = (release: string, ranges: Parameters<typeof rangeAt>[1]) => rangeAt(index.releases, ranges, release) !== undefined;
	for (const [name, s] of Object.entries(index.symbols)) {
		const before = at(from, s[plainNamespace(from)]);
		const after = at(to, s[plainNamespace(to)]);
		if (after && !before) result.added.push(name);
		else if (before && !after) (at(to, s.v1) ? result.movedToCompat : result.removed).push(name);
	}
	return result;
}
