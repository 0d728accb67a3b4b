import type { CompatData } from '../compat-data.generated.ts';
import { derivedSpellings } from '../spellings.ts';
import { pointer, type Finding } from './lint-error.ts';

function duplicates(values: { key: string; path: string }[], what: string): Finding[] {
	const first = new Map<string, string>();
	const findings: Finding[] = [];
	for (const { key, path } of values) {
		const earlier = first.get(key);
		if (earlier === undefined) first.set(key, path);
		else findings.push({ path, message: `${what} "${key}" is already used at ${earlier}`, tip: `give each ${what} once; merge the two records or rename one` });
	}
	return findings;
}

/** An alias that importForms already derives is a second copy of the same fact. */
function redundantAliases(data: CompatData): Finding[] {
	return data.mappings.flatMap((m, i) => {
		const derived = derivedSpellings(data, m);
		return (m.aliases ?? []).flatMap((a, j) =>
			derived.includes(a)
				? [{ path: pointer('mappings', i, 'aliases', j), message: `alias "${a}" is already derived from "importForms"`, tip: 'remove the alias; search and redirects get it from the import-form table' }]
				: [],
		);
	});
}

/** Ids, versions and every spelling of a symbol (listed or derived from importForms) name one record each. */
export function ruleUniqueIds(data: CompatData): Finding[] {
	return [
		...redundantAliases(data),
		...duplicates(data.tfReleases.map((r, i) => ({ key: r.version, path: pointer('tfReleases', i, 'version') })), 'TF version'),
		...duplicates(data.packages.map((p, i) => ({ key: p.id, path: pointer('packages', i, 'id') })), 'package id'),
		...duplicates(data.variants.map((v, i) => ({ key: v.id, path: pointer('variants', i, 'id') })), 'variant id'),
		...duplicates(data.codePairs.map((c, i) => ({ key: c.id, path: pointer('codePairs', i, 'id') })), 'code pair id'),
		...duplicates(data.errors.map((e, i) => ({ key: e.id, path: pointer('errors', i, 'id') })), 'error id'),
		...duplicates(
			data.mappings.flatMap((m, i) => [
				{ key: m.symbol, path: pointer('mappings', i, 'symbol') },
				...(m.aliases ?? []).map((key, j) => ({ key, path: pointer('mappings', i, 'aliases', j) })),
				...derivedSpellings(data, m).map((key) => ({ key, path: pointer('mappings', i, 'symbol') })),
			]),
			'symbol spelling',
		),
	];
}
