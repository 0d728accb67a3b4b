import type { CompatData } from '../compat-data.generated.ts';
import { compareVersions } from '../versions.ts';
import { pointer, type Finding } from './lint-error.ts';

/** Releases are kept oldest first, so ranges and "newest" read straight off the list. */
export function ruleReleaseOrder(data: CompatData): Finding[] {
	const findings: Finding[] = [];
	data.tfReleases.forEach((r, i) => {
		const prev = data.tfReleases[i - 1];
		if (prev && compareVersions(prev.version, r.version) >= 0)
			findings.push({ path: pointer('tfReleases', i, 'version'), message: `TF ${r.version} comes after TF ${prev.version}; expected versions in ascending order`, tip: 'move the release to its place in version order' });
	});
	return findings;
}
