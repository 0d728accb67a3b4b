import type { CompatData } from '../compat-data.generated.ts';
import { citations } from './citations.ts';
import { pointer, type Finding } from './lint-error.ts';

function missing(id: string, known: string[], path: string, what: string): Finding {
	return { path, message: `unknown ${what} "${id}"; expected one of: ${known.join(', ')}`, tip: `fix the spelling, or add the ${what} first` };
}

/** Every id a record names (package, variant, source, code pair) exists. */
export function ruleReferences(data: CompatData): Finding[] {
	const findings: Finding[] = [];
	const packages = data.packages.map((p) => p.id);
	const variants = data.variants.map((v) => v.id);
	const sources = Object.keys(data.sources);
	const codePairs = data.codePairs.map((c) => c.id);
	for (const [i, cell] of data.cells.entries()) {
		if (!packages.includes(cell.package)) findings.push(missing(cell.package, packages, pointer('cells', i, 'package'), 'package'));
		for (const [j, v] of cell.variants.entries())
			if (!variants.includes(v)) findings.push(missing(v, variants, pointer('cells', i, 'variants', j), 'variant'));
	}
	for (const [i, m] of data.mappings.entries())
		if (m.codePair !== undefined && !codePairs.includes(m.codePair))
			findings.push(missing(m.codePair, codePairs, pointer('mappings', i, 'codePair'), 'code pair'));
	for (const [i, v] of data.variants.entries())
		if (v.checkpointCodePair !== undefined && !codePairs.includes(v.checkpointCodePair))
			findings.push(missing(v.checkpointCodePair, codePairs, pointer('variants', i, 'checkpointCodePair'), 'code pair'));
	for (const { path, ids } of citations(data))
		for (const [j, id] of ids.entries())
			if (!(id in data.sources))
				findings.push({ path: `${path}/${j}`, message: `unknown source "${id}"`, tip: `add "${id}" to the top-level "sources" (${sources.length} exist), or cite an existing one` });
	return findings;
}
