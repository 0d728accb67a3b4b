import type { CompatData } from '../compat-data.generated.ts';
import { pointer, type Finding } from './lint-error.ts';

/** A row of the defaults table states both defaults, or the table would compare a value with nothing. */
export function ruleDefaultRows(data: CompatData): Finding[] {
	const findings: Finding[] = [];
	for (const [i, m] of data.mappings.entries())
		for (const [j, a] of (m.args ?? []).entries())
			if (a.defaultDiffers && (a.tf1Default === undefined || a.tf2Default === undefined))
				findings.push({ path: pointer('mappings', i, 'args', j), message: '"defaultDiffers" without both "tf1Default" and "tf2Default"', tip: 'give both defaults as the defining source lines spell them' });
	return findings;
}
