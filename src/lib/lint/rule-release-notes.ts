import type { CompatData } from '../compat-data.generated.ts';
import { pointer, type Finding } from './lint-error.ts';

const UPSTREAM = 'tensorflow/tensorflow';
const RELEASE_PAGE = 'https://github.com/tensorflow/tensorflow/releases/tag/';

/** Every TF release cites upstream release notes, and no release notes copied into another repository. */
export function ruleReleaseNotes(data: CompatData): Finding[] {
	const findings: Finding[] = [];
	for (const [i, release] of data.tfReleases.entries()) {
		const cited = release.sources.map((id) => [id, data.sources[id]] as const);
		const upstream = cited.some(([, s]) => s && (('repo' in s && s.repo === UPSTREAM && s.path === 'RELEASE.md') || ('url' in s && s.url.startsWith(RELEASE_PAGE))));
		if (!upstream)
			findings.push({ path: pointer('tfReleases', i, 'sources'), message: `TF ${release.version} cites no upstream release notes`, tip: `cite ${UPSTREAM} RELEASE.md at the release tag, with lines, or its GitHub release page` });
		for (const [j, [id, s]] of cited.entries())
			if (s && 'repo' in s && s.path === 'RELEASE.md' && s.repo !== UPSTREAM)
				findings.push({ path: pointer('tfReleases', i, 'sources', j), message: `"${id}" is a copy of the release notes in ${s.repo}`, tip: `cite ${UPSTREAM} instead` });
	}
	return findings;
}
