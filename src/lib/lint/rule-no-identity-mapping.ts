import type { CompatData } from '../compat-data.generated.ts';
import { pointer, type Finding } from './lint-error.ts';

/** A route that names the symbol it replaces says nothing; "unchanged" is what upgradeScript is for. */
export function ruleNoIdentityMapping(data: CompatData): Finding[] {
	const findings: Finding[] = [];
	for (const [i, m] of data.mappings.entries()) {
		const spellings = new Set([m.symbol, ...(m.aliases ?? [])]);
		for (const kind of ['compat', 'native'] as const)
			for (const [j, route] of m[kind].entries())
				if (spellings.has(route.symbol))
					findings.push({ path: pointer('mappings', i, kind, j, 'symbol'), message: `route "${route.symbol}" is the symbol itself`, tip: 'name a different symbol; for a symbol valid in TF2 as written, set upgradeScript.action to "unchanged" and leave the route out' });
		if (m.upgradeScript.to !== undefined && spellings.has(m.upgradeScript.to))
			findings.push({ path: pointer('mappings', i, 'upgradeScript', 'to'), message: `tf_upgrade_v2 "renames" ${m.symbol} to itself`, tip: 'drop "to" and use action "unchanged"' });
		if (m.native.length === 0 && m.upgradeScript.action !== 'unchanged' && !m.nativeNote)
			findings.push({ path: pointer('mappings', i, 'nativeNote'), message: 'no native route and no "nativeNote" saying why', tip: 'add a native route, or a nativeNote that says how TF2 code does without one' });
	}
	return findings;
}
