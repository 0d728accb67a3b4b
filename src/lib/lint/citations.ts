import type { CompatData } from '../compat-data.generated.ts';
import { pointer } from './lint-error.ts';

/** Every place in the data that cites sources, with the JSON path of its `sources` array. */
export function* citations(data: CompatData): Generator<{ path: string; ids: readonly string[] }> {
	for (const [i, r] of data.tfReleases.entries()) yield { path: pointer('tfReleases', i, 'sources'), ids: r.sources };
	for (const [i, p] of data.packages.entries()) {
		yield { path: pointer('packages', i, 'sources'), ids: p.sources };
		for (const [j, r] of (p.releases ?? []).entries())
			yield { path: pointer('packages', i, 'releases', j, 'sources'), ids: r.sources };
	}
	for (const [i, v] of data.variants.entries()) {
		yield { path: pointer('variants', i, 'sources'), ids: v.sources };
		for (const [j, l] of (v.labelSpaces ?? []).entries()) yield { path: pointer('variants', i, 'labelSpaces', j, 'sources'), ids: l.sources };
	}
	for (const [i, c] of data.cells.entries()) yield { path: pointer('cells', i, 'sources'), ids: c.sources };
	for (const [i, m] of data.mappings.entries()) {
		yield { path: pointer('mappings', i, 'sources'), ids: m.sources };
		yield { path: pointer('mappings', i, 'upgradeScript', 'sources'), ids: m.upgradeScript.sources };
		for (const [j, a] of (m.args ?? []).entries()) yield { path: pointer('mappings', i, 'args', j, 'sources'), ids: a.sources };
		for (const [j, t] of (m.traps ?? []).entries()) yield { path: pointer('mappings', i, 'traps', j, 'sources'), ids: t.sources };
	}
	for (const [i, f] of data.importForms.entries()) yield { path: pointer('importForms', i, 'sources'), ids: f.sources };
	for (const [i, e] of data.errors.entries()) yield { path: pointer('errors', i, 'sources'), ids: e.sources };
}
