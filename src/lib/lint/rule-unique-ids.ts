import type { CompatData } from '../compat-data.generated.ts';
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

/** Ids, versions and every spelling of a symbol name one record each. */
export function ruleUniqueIds(data: CompatData): Finding[] {
	return [
		...duplicates(data.tfReleases.map((r, i) => ({ key: r.version, path: pointer('tfReleases', i, 'version') })), 'TF version'),
		...duplicates(data.packages.map((p, i) => ({ key: p.id, path: pointer('packages', i, 'id') })), 'package id'),
		...duplicates(data.variants.map((v, i) => ({ key: v.id, path: pointer('variants', i, 'id') })), 'variant id'),
		...duplicates(data.codePairs.map((c, i) => ({ key: c.id, path: pointer('codePairs', i, 'id') })), 'code pair id'),
		...duplicates(
			data.mappings.flatMap((m, i) => [
				{ key: m.symbol, path: pointer('mappings', i, 'symbol') },
				...(m.aliases ?? []).map((a, j) => ({ key: a, path: pointer('mappings', i, 'aliases', j) })),
			]),
			'symbol spelling',
		),
	];
}
