import type { Range } from '../api-index.generated.ts';

/** A run of consecutive releases (in the index's release order) sharing one kind of evidence and usability. */
export type ReleaseRange = Range;

/** What one release says of a name in one namespace. */
export type Presence = Pick<Range, 'evidence' | 'usable' | 'needs'>;

const sameRun = (a: Presence, b: Presence) => a.evidence === b.evidence && a.usable === b.usable && a.needs === b.needs;

/** Folds per-release presence into run-length ranges: a gap or a change of evidence or usability starts a new range. */
export function foldRanges(releases: readonly string[], presence: ReadonlyMap<string, Presence>): ReleaseRange[] {
	const ranges: ReleaseRange[] = [];
	let open: (ReleaseRange & Presence) | undefined;
	let previous: string | undefined;
	for (const release of releases) {
		const here = presence.get(release);
		if (here && open && previous === open.to && sameRun(open, here)) {
			open.to = release;
		} else if (here) {
			open = { from: release, to: release, evidence: here.evidence, ...(here.usable === false ? { usable: false as const } : {}), ...(here.needs ? { needs: here.needs } : {}) };
			ranges.push(open);
		}
		previous = release;
		if (!here) open = undefined;
	}
	return ranges;
}

/** The range of `ranges` that holds `release`, given the release order. */
export function rangeAt(releases: readonly string[], ranges: readonly ReleaseRange[] | undefined, release: string): ReleaseRange | undefined {
	const at = releases.indexOf(release);
	if (at < 0 || !ranges) return undefined;
	return ranges.find((r) => releases.indexOf(r.from) <= at && at <= releases.indexOf(r.to));
}
