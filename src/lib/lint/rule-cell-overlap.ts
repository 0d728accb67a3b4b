import type { CompatData } from '../compat-data.generated.ts';
import { versionsIn } from '../versions.ts';
import { pointer, type Finding } from './lint-error.ts';

/** Each TF release × package × variant has at most one status. */
export function ruleCellOverlap(data: CompatData): Finding[] {
	const versions = data.tfReleases.map((r) => r.version);
	const owner = new Map<string, number>();
	const findings: Finding[] = [];
	for (const [i, cell] of data.cells.entries())
		for (const [j, variant] of cell.variants.entries())
			for (const v of versionsIn(cell.tf, versions)) {
				const key = `${v}|${cell.package}|${variant}`;
				const earlier = owner.get(key);
				if (earlier === undefined) owner.set(key, i);
				else {
					findings.push({ path: pointer('cells', i, 'variants', j), message: `TF ${v} × ${cell.package} × ${variant} already has a status in /cells/${earlier}`, tip: 'narrow one of the two TF ranges so they do not overlap' });
					break;
				}
			}
	return findings;
}
