import type { CompatData } from '../compat-data.generated.ts';
import { mappingFor } from '../query.ts';
import { pointer, type Finding } from './lint-error.ts';

/** An error message leads to exactly one page, and that page exists. */
export function ruleErrorTargets(data: CompatData): Finding[] {
	const findings: Finding[] = [];
	for (const [i, e] of data.errors.entries()) {
		const targets = (['symbol', 'package', 'variant'] as const).filter((k) => e[k] !== undefined);
		if (targets.length !== 1)
			findings.push({ path: pointer('errors', i), message: `names ${targets.length} pages (${targets.join(', ') || 'none'}); expected exactly one of symbol, package, variant`, tip: 'keep the one page that carries the fix' });
		if (e.symbol !== undefined && mappingFor(data, e.symbol)?.symbol !== e.symbol)
			findings.push({ path: pointer('errors', i, 'symbol'), message: `"${e.symbol}" is not the canonical symbol of any mapping`, tip: 'use a mapping\'s "symbol", not an alias' });
		if (e.package !== undefined && !data.packages.some((p) => p.id === e.package))
			findings.push({ path: pointer('errors', i, 'package'), message: `unknown package "${e.package}"; expected one of: ${data.packages.map((p) => p.id).join(', ')}`, tip: 'fix the spelling' });
		if (e.variant !== undefined && !data.variants.some((v) => v.id === e.variant))
			findings.push({ path: pointer('errors', i, 'variant'), message: `unknown variant "${e.variant}"; expected one of: ${data.variants.map((v) => v.id).join(', ')}`, tip: 'fix the spelling' });
	}
	return findings;
}
