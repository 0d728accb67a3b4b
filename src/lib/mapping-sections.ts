import type { Mapping } from './compat-data.generated.ts';

/** Section titles of a mapping, present only when the mapping has that content. */
export function mappingSections(mapping: Mapping) {
	return {
		routes: 'TF2 routes',
		args: mapping.args?.length ? 'Argument differences' : undefined,
		traps: mapping.traps?.length ? 'Traps' : undefined,
		code: mapping.codePair ? 'TF1 and TF2 side by side' : undefined,
		sources: 'Sources',
	};
}

/** Table-of-contents entries for a symbol page, matching the ids ApiMapping gives its headings at level 2. */
export function mappingHeadings(mapping: Mapping) {
	const s = mappingSections(mapping);
	return (
		[
			['routes', s.routes],
			['arguments', s.args],
			['traps', s.traps],
			['code', s.code],
			['sources', s.sources],
		] as const
	)
		.filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
		.map(([slug, text]) => ({ depth: 2, slug, text }));
}
