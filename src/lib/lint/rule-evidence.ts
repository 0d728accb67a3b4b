import type { CompatData } from '../compat-data.generated.ts';
import { pointer, type Finding } from './lint-error.ts';

/** A status is as good as what settles it: `unknown` exactly when no evidence does. */
export function ruleEvidence(data: CompatData): Finding[] {
	const findings: Finding[] = [];
	for (const [i, cell] of data.cells.entries()) {
		if (cell.status === 'unknown' && cell.evidence !== 'none')
			findings.push({ path: pointer('cells', i, 'evidence'), message: `status "unknown" with evidence "${cell.evidence}"; expected "none"`, tip: 'if the evidence settles the cell, give it the status it shows' });
		if (cell.status !== 'unknown' && cell.evidence === 'none')
			findings.push({ path: pointer('cells', i, 'evidence'), message: `status "${cell.status}" with evidence "none"`, tip: 'cite what settles the status and name its kind, or set the status to "unknown"' });
		if (cell.status === 'works-with-changes' && !cell.conditions?.length)
			findings.push({ path: pointer('cells', i, 'conditions'), message: 'status "works-with-changes" without "conditions"', tip: 'list the changes the code needs' });
	}
	return findings;
}
