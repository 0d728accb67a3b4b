import type { Mapping } from './compat-data.generated.ts';

/**
 * Section titles of a mapping, in page order, present only when the mapping has that content. The answer comes
 * first: where the symbol goes in TF2 and the code that shows it, then the conversion script's detail and arguments.
 */
export function mappingSections(mapping: Mapping, errorCount = 0) {
	return {
		routes: 'TF2 routes',
		code: mapping.codePair ? 'TF1 and TF2 side by side' : undefined,
		upgrade: 'What tf_upgrade_v2 does',
		args: mapping.args?.length ? 'Argument differences' : undefined,
		traps: mapping.traps?.length ? 'Traps' : undefined,
		errors: errorCount ? 'Errors this fixes' : undefined,
		sources: 'Sources',
	};
}

/** Table-of-contents entries for a symbol page, matching the ids ApiMapping gives its headings at level 2. */
export function mappingHeadings(mapping: Mapping, errorCount = 0): { depth: number; slug: string; text: string }[] {
	const s = mappingSections(mapping, errorCount);
	const entries: [string, string | undefined][] = [
		['routes', s.routes],
		['code', s.code],
		['upgrade', s.upgrade],
		['arguments', s.args],
		['traps', s.traps],
		['errors', s.errors],
		['sources', s.sources],
	];
	return entries.flatMap(([slug, text]) => (text === undefined ? [] : [{ depth: 2, slug, text }]));
}

/**
 * `padding = 'SAME'` style text for an argument and its default; `-` stands for "no such argument". A name that
 * already spells out defaults (a whole signature) is shown as it is.
 */
export function argWithDefault(name: string, defaultValue: string | undefined): string {
	if (name === '-') return 'no equivalent';
	if (defaultValue === undefined || /[=,]/.test(name)) return name;
	return `${name} = ${defaultValue}`;
}

/**
 * Where a long tf_upgrade_v2 explanation shared by several mappings is given in full: the first mapping (in data
 * order) that carries it. Returns that mapping and how many share the note, or undefined when `mapping` gives the
 * note itself (it is short, rare, or this is the first page with it). Boilerplate is said once and linked.
 */
export function upgradeNoteOwner(mappings: readonly Mapping[], mapping: Mapping, minShared = 3, minLength = 200): { owner: Mapping; shared: number } | undefined {
	const note = mapping.upgradeScript.note;
	if (note.length < minLength) return undefined;
	const sharing = mappings.filter((m) => m.upgradeScript.note === note);
	if (sharing.length < minShared || sharing[0] === mapping || sharing[0]!.symbol === mapping.symbol) return undefined;
	return { owner: sharing[0]!, shared: sharing.length };
}
