import type { Cell, CodePair, CompatData, ErrorMessage, Mapping, Package, TfRelease, UnreleasedFix, Variant } from './compat-data.generated.ts';
import { packagePath, symbolPath, variantPath } from './paths.ts';
import { spellingsOf } from './spellings.ts';
import { statusOrder, type Status } from './status.ts';
import { compareVersions, inRange } from './versions.ts';

export const newestRelease = (data: CompatData): TfRelease => data.tfReleases.at(-1)!;

/** The cell that decides `variant` with `packageId` on TF `version`, if the data has one. */
export function statusFor(data: CompatData, version: string, packageId: string, variantId: string): Cell | undefined {
	const newest = newestRelease(data).version;
	return data.cells.find(
		(c) => c.package === packageId && c.variants.includes(variantId) && inRange(version, c.tf, newest),
	);
}

/** The mapping for a symbol, by its canonical name or any way code spells it. */
export function mappingFor(data: CompatData, symbol: string): Mapping | undefined {
	return data.mappings.find((m) => spellingsOf(data, m).includes(symbol));
}

export function codePairFor(data: CompatData, id: string): CodePair | undefined {
	return data.codePairs.find((c) => c.id === id);
}

export const variantById = (data: CompatData, id: string): Variant | undefined => data.variants.find((v) => v.id === id);
export const packageById = (data: CompatData, id: string): Package | undefined => data.packages.find((p) => p.id === id);

export interface MatrixSection {
	package: Package;
	/** One row per TF release, one entry per variant in `data.variants` order. */
	rows: { release: TfRelease; cells: { variant: Variant; cell: Cell | undefined }[] }[];
}

/** The whole matrix: a section per package, a row per TF release, a column per variant. */
export function matrixSections(data: CompatData, releases: readonly TfRelease[] = data.tfReleases): MatrixSection[] {
	return data.packages.map((pkg) => ({
		package: pkg,
		rows: releases.map((release) => ({
			release,
			cells: data.variants.map((variant) => ({ variant, cell: statusFor(data, release.version, pkg.id, variant.id) })),
		})),
	}));
}

export type MatrixRow = MatrixSection['rows'][number];

/**
 * Consecutive rows whose every cell comes from the same record, merged into one row per run (first and last
 * release): a guide's table then says "TF 2.3–2.12" once instead of repeating ten identical rows.
 */
export function mergeIdenticalRows(rows: readonly MatrixRow[]): { first: TfRelease; last: TfRelease; row: MatrixRow }[] {
	const runs: { first: TfRelease; last: TfRelease; row: MatrixRow }[] = [];
	for (const row of rows) {
		const run = runs.at(-1);
		if (run && run.row.cells.every((c, i) => c.cell === row.cells[i]?.cell)) run.last = row.release;
		else runs.push({ first: row.release, last: row.release, row });
	}
	return runs;
}

/** The statuses that occur in `sections`, in legend order, so a legend lists only what is present. */
export function statusesPresent(sections: readonly MatrixSection[]): Status[] {
	const seen = new Set<Status>(sections.flatMap((s) => s.rows.flatMap((r) => r.cells.map((c) => c.cell?.status ?? 'unknown'))));
	return statusOrder.filter((s) => seen.has(s));
}


/** The error messages whose fix is on the page of this symbol, package or variant. */
export function errorsFor(data: CompatData, target: { symbol?: string; package?: string; variant?: string }): ErrorMessage[] {
	return data.errors.filter(
		(e) =>
			(target.symbol !== undefined && e.symbol === target.symbol) ||
			(target.package !== undefined && e.package === target.package) ||
			(target.variant !== undefined && e.variant === target.variant),
	);
}

/** The page that carries an error's fix, as a site path and a label. */
export function fixPageOf(data: CompatData, e: ErrorMessage): { path: string; label: string } {
	if (e.symbol !== undefined) return { path: symbolPath(e.symbol), label: e.symbol };
	if (e.package !== undefined) return { path: packagePath(e.package), label: packageById(data, e.package)?.name ?? e.package };
	return { path: variantPath(e.variant!), label: variantById(data, e.variant!)?.name ?? e.variant! };
}

/** The releases from `from` to `to` (inclusive; either end open), oldest first. */
export function releasesBetween(data: CompatData, from?: string, to?: string): TfRelease[] {
	return data.tfReleases.filter(
		(r) => (from === undefined || compareVersions(r.version, from) >= 0) && (to === undefined || compareVersions(r.version, to) <= 0),
	);
}

/** Cells for a package, a variant and a TF release; a filter left out matches every cell. */
export function cellsMatching(data: CompatData, filter: { package?: string; variant?: string; tf?: string }): Cell[] {
	const newest = newestRelease(data).version;
	return data.cells.filter(
		(c) =>
			(filter.package === undefined || c.package === filter.package) &&
			(filter.variant === undefined || c.variants.includes(filter.variant)) &&
			(filter.tf === undefined || inRange(filter.tf, c.tf, newest)),
	);
}

/** Table of contents for a package's or variant's page: its first section, then what RecordCompatibility renders. */
export function recordHeadings(data: CompatData, first: { slug: string; text: string }, filter: { package?: string; variant?: string }) {
	return [
		{ depth: 2, ...first },
		{ depth: 2, slug: 'compatibility', text: 'Compatibility' },
		...(errorsFor(data, filter).length ? [{ depth: 2, slug: 'errors', text: 'Errors this fixes' }] : []),
	];
}

/** A package's main-branch fixes that no release carries, oldest TF breakage first, then by date. */
export function unreleasedFixesFor(data: CompatData, packageId: string): UnreleasedFix[] {
	return (data.unreleasedFixes ?? [])
		.filter((f) => f.package === packageId)
		.toSorted((a, b) => compareVersions(a.brokenFrom, b.brokenFrom) || a.date.localeCompare(b.date));
}
