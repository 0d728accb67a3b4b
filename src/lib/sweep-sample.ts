/**
 * Which pages a browser sweep (axe, phone widths) opens. Every hand-written page, and of each generated template a fixed
 * sample: evenly spaced pages plus the ones with the longest paths, whose long identifiers are the likeliest to widen a
 * phone screen. With `full`, every page. The same inputs always give the same sample.
 */
export type Template = 'hand-written' | 'api-mapping' | 'api-generated' | 'variant' | 'package' | 'release';

/** The template a sitemap path was generated from; `curated` holds the paths of hand-mapped symbol pages. */
export function templateOf(path: string, curated: ReadonlySet<string>): Template {
	const m = /^\/(api|variants|packages|tf)\/[^/]+\/$/.exec(path);
	if (!m) return 'hand-written';
	if (m[1] === 'api') return curated.has(path) ? 'api-mapping' : 'api-generated';
	return ({ variants: 'variant', packages: 'package', tf: 'release' } as const)[m[1] as 'variants' | 'packages' | 'tf'];
}

export function sweepSample(paths: readonly string[], curated: ReadonlySet<string>, { perTemplate = 8, full = false } = {}): string[] {
	if (full) return [...paths].sort();
	const groups = new Map<Template, string[]>();
	for (const p of [...paths].sort()) (groups.get(templateOf(p, curated)) ?? groups.set(templateOf(p, curated), []).get(templateOf(p, curated))!).push(p);
	const picked = new Set<string>();
	for (const [template, list] of groups) {
		if (template === 'hand-written' || list.length <= perTemplate) {
			list.forEach((p) => picked.add(p));
			continue;
		}
		const spaced = Array.from({ length: perTemplate }, (_, i) => list[Math.floor((i * list.length) / perTemplate)]!);
		const longest = [...list].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, Math.ceil(perTemplate / 2));
		[...spaced, ...longest].forEach((p) => picked.add(p));
	}
	return [...picked].sort();
}
