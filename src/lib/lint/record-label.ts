import { parsePointer } from './lint-error.ts';

/** Loose view of the data: labels must work on data that failed the schema, too. */
type Loose = Record<string, unknown>;

function rangeLabel(tf: unknown): string {
	if (!tf || typeof tf !== 'object') return 'tf ?';
	const { from, to } = tf as Loose;
	if (to === undefined || to === from) return to === undefined ? `tf ${String(from)}+` : `tf ${String(from)}`;
	return `tf ${String(from)}–${String(to)}`;
}

/** Names the record a JSON path belongs to, e.g. `tf 2.4 × tf_slim × nasnet_large` for a cell. */
export function recordLabel(data: unknown, path: string): string {
	const [collection, key] = parsePointer(path);
	if (!data || typeof data !== 'object' || collection === undefined || key === undefined) return '';
	const container = (data as Loose)[collection];
	const record = (Array.isArray(container) ? container[Number(key)] : (container as Loose | undefined)?.[key]) as
		| Loose
		| undefined;
	if (!record || typeof record !== 'object') return `${collection}[${key}]`;
	switch (collection) {
		case 'sources':
			return `source ${key}`;
		case 'tfReleases':
			return `tf ${String(record.version)}`;
		case 'cells': {
			const variants = Array.isArray(record.variants) ? record.variants.join(', ') : '?';
			return `${rangeLabel(record.tf)} × ${String(record.package)} × ${variants}`;
		}
		case 'mappings':
			return String(record.symbol);
		case 'importForms':
			return `import form ${String(record.prefix)}`;
		case 'keras3Rules':
			return `Keras 3 rule "${String(record.match)}"`;
		case 'unreleasedFixes':
			return `${String(record.package)} fix ${String(record.commit).slice(0, 7)}`;
		default:
			return String(record.id ?? `${collection}[${key}]`);
	}
}
