/** Permalinks. They are published in code reviews, so a change here must come with redirects. */

export const symbolPath = (symbol: string) => `/api/${symbol}/`;
/** Every member of a module too large to list on its own page: `/api/tf.raw_ops/members/`. */
export const membersPath = (module: string) => `/api/${module}/members/`;
export const variantPath = (id: string) => `/variants/${id}/`;
/** One slim block of a variant's checkpoint map: `/variants/nasnet_large/map/cell_4/`. */
export const checkpointBlockPath = (variant: string, block: string) => `/variants/${variant}/map/${block}/`;
export const packagePath = (id: string) => `/packages/${id}/`;
export const releasePath = (version: string) => `/tf/${version}/`;
export const matrixPath = () => '/matrix/';
export const apiIndexPath = () => '/api/';

/** Fragment id of one matrix cell, e.g. `tf-2.16--tf_slim--nasnet_mobile`. */
export const cellAnchor = (version: string, packageId: string, variantId: string) =>
	`tf-${version}--${packageId}--${variantId}`;

export const cellPath = (version: string, packageId: string, variantId: string) =>
	`${matrixPath()}#${cellAnchor(version, packageId, variantId)}`;

/** Prefixes a site path with the configured base, so the site also works under a sub-path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
	return base.replace(/\/$/, '') + path;
}

/** Fragment id of a cell record's explanation, stable while the record's range, package and variants stay. */
export const cellRecordAnchor = (cell: { package: string; tf: { from: string; to?: string }; variants: readonly string[] }) =>
	`why--${cell.package}--tf-${cell.tf.from}-${cell.tf.to ?? 'newest'}--${cell.variants.join('-')}`;

export const errorsPath = () => '/errors/';
/** Fragment id of an error message, on the errors page and on the page that fixes it. */
export const errorAnchor = (id: string) => `error-${id}`;

/** Compare view of two releases, older first: `/compare/1.15...2.16/`. */
export const comparePath = (from: string, to: string) => `/compare/${from}...${to}/`;
export const compareIndexPath = () => '/compare/';
