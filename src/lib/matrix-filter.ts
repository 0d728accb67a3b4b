import { compareVersions } from './versions.ts';

/** The matrix filters, as the form and the address hold them; empty means "all". */
export interface MatrixFilter {
	from: string;
	to: string;
	pkg: string;
	v: string;
	status: string;
}

export function readFilter(form: { get(name: string): unknown }): MatrixFilter {
	const get = (name: string) => String(form.get(name) ?? '');
	return { from: get('from'), to: get('to'), pkg: get('pkg'), v: get('v'), status: get('status') };
}

/** Writes only what narrows the view, so the plain matrix keeps a plain address. */
export function writeFilter(params: URLSearchParams, filter: MatrixFilter, versions: readonly string[]): URLSearchParams {
	const defaults: MatrixFilter = { from: versions[0] ?? '', to: versions.at(-1) ?? '', pkg: '', v: '', status: '' };
	for (const key of Object.keys(defaults) as (keyof MatrixFilter)[])
		if (filter[key] && filter[key] !== defaults[key]) params.set(key, filter[key]);
		else params.delete(key);
	return params;
}

/** Whether a row for TF `version` is inside the filter's range. */
export const versionShown = (version: string, filter: MatrixFilter) =>
	(!filter.from || compareVersions(version, filter.from) >= 0) && (!filter.to || compareVersions(version, filter.to) <= 0);

/** Hides the matrix sections, rows, columns and cells the filter leaves out; returns how many cells stay. */
export function applyMatrixFilter(table: HTMLTableElement, filter: MatrixFilter): number {
	let shown = 0;
	// Cells name neither their variant nor their status in attributes (850 of them would weigh on the page): the
	// variant is the column's, the status the cell's `status--<status>` class.
	const columns = [...table.querySelectorAll<HTMLElement>('thead th[data-variant]')];
	for (const th of columns) th.hidden = !!filter.v && th.dataset.variant !== filter.v;
	for (const group of table.querySelectorAll<HTMLElement>('tbody[data-package]')) {
		const groupShown = !filter.pkg || group.dataset.package === filter.pkg;
		let rowsShown = 0;
		for (const row of group.querySelectorAll<HTMLElement>('tr[data-tf]')) {
			let cellsShown = 0;
			row.querySelectorAll<HTMLElement>('td.status-cell').forEach((td, i) => {
				const columnShown = !filter.v || columns[i]?.dataset.variant === filter.v;
				td.hidden = !columnShown;
				const match = columnShown && (!filter.status || td.classList.contains(`status--${filter.status}`));
				td.classList.toggle('status-cell--dim', columnShown && !match);
				if (match) cellsShown++;
			});
			row.hidden = !groupShown || !versionShown(row.dataset.tf!, filter) || cellsShown === 0;
			if (!row.hidden) {
				rowsShown++;
				shown += cellsShown;
			}
		}
		group.hidden = !groupShown || rowsShown === 0;
		const header = group.querySelector<HTMLTableCellElement>('.matrix__group th');
		if (header) header.colSpan = (filter.v ? 1 : columns.length) + 1;
	}
	return shown;
}
