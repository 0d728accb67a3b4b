import type { ApiIndex } from '../api-index.generated.ts';
import { presenceOf } from '../api-symbols.ts';
import type { CompatData } from '../compat-data.generated.ts';
import { compareVersions, versionsIn } from '../versions.ts';
import { pointer, type Finding } from './lint-error.ts';

const stateOf = (p: ReturnType<typeof presenceOf>) => (p.state === 'present' ? 'present' : p.state === 'not-usable' ? 'not-usable' : 'absent');

/**
 * A cell that rests on a name being present or absent says so in `symbols`, and the API index must agree on every
 * release of the cell's range that it read (later releases are not known, so not checked).
 */
export function ruleCellSymbols(data: CompatData, index: ApiIndex): Finding[] {
	const findings: Finding[] = [];
	const newest = index.releases.at(-1)!;
	const releases = data.tfReleases.map((r) => r.version);
	for (const [i, cell] of data.cells.entries())
		for (const [j, claim] of (cell.symbols ?? []).entries()) {
			const wrong = versionsIn(cell.tf, releases)
				.filter((r) => compareVersions(r, newest) <= 0)
				.filter((r) => stateOf(presenceOf(index, claim.symbol, r)) !== claim.state);
			if (wrong.length)
				findings.push({
					path: pointer('cells', i, 'symbols', j, 'state'),
					message: `the API index has \`${claim.symbol}\` ${stateOf(presenceOf(index, claim.symbol, wrong[0]!))} on TF ${wrong.join(', ')}, not ${claim.state}`,
					tip: 'narrow the cell’s range, or correct the claim and the reason that rests on it',
				});
		}
	return findings;
}
