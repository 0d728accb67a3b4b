import type { TfRange } from './compat-data.generated.ts';

/** Orders TF minor versions numerically, so `2.9` comes before `2.16`. */
export function compareVersions(a: string, b: string): number {
	const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
	const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
	return aMajor - bMajor || aMinor - bMinor;
}

/** Whether `version` lies in `range`; an open range ends at `newest`. */
export function inRange(version: string, range: TfRange, newest: string): boolean {
	return compareVersions(version, range.from) >= 0 && compareVersions(version, range.to ?? newest) <= 0;
}

/** The releases of `versions` (sorted) that `range` covers. */
export function versionsIn(range: TfRange, versions: readonly string[]): string[] {
	const newest = versions.at(-1) ?? range.from;
	return versions.filter((v) => inRange(v, range, newest));
}

export function formatRange(range: TfRange): string {
	if (range.to === undefined) return `TF ${range.from} and newer`;
	return range.to === range.from ? `TF ${range.from}` : `TF ${range.from}–${range.to}`;
}
