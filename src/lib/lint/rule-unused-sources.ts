import type { CompatData } from '../compat-data.generated.ts';
import { citations } from './citations.ts';
import { pointer, type Finding } from './lint-error.ts';

/** A source nobody cites is either a typo in a citation or dead weight. */
export function ruleUnusedSources(data: CompatData): Finding[] {
	const cited = new Set<string>();
	for (const { ids } of citations(data)) for (const id of ids) cited.add(id);
	return Object.keys(data.sources)
		.filter((id) => !cited.has(id))
		.map((id) => ({ path: pointer('sources', id), message: `source "${id}" is cited by no record`, tip: 'cite it where it proves a fact, or remove it' }));
}
