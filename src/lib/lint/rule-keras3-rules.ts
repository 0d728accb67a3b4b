import type { CompatData } from '../compat-data.generated.ts';
import { pointer, type Finding } from './lint-error.ts';

/** Each Keras 3 rule decides one way (a fixed status or the export list), and the last one catches every route. */
export function ruleKeras3Rules(data: CompatData): Finding[] {
	const rules = data.keras3Rules ?? [];
	const findings: Finding[] = [];
	for (const [i, r] of rules.entries())
		if ((r.status === undefined) === (r.keras === undefined))
			findings.push({ path: pointer('keras3Rules', i), message: `rule "${r.match}" gives ${r.status === undefined ? 'neither' : 'both'} "status" and "keras"`, tip: 'give a fixed "status", or "keras" to look the name up in data/keras3-exports.json' });
	if (rules.length > 0 && rules.at(-1)!.match !== '')
		findings.push({ path: pointer('keras3Rules', rules.length - 1, 'match'), message: 'the last rule does not match every route', tip: 'end with a rule whose "match" is ""' });
	return findings;
}
