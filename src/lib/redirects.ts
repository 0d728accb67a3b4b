import type { ApiIndex } from './api-index.generated.ts';
import type { CompatData } from './compat-data.generated.ts';
import { symbolPath, withBase } from './paths.ts';
import { spellingsOf } from './spellings.ts';

/**
 * Pages that send readers on: every other spelling of a symbol to its canonical page
 * (`/api/slim.conv2d/` → `/api/tf.contrib.slim.conv2d/`, `/api/tf.compat.v1.placeholder/` → `/api/tf.placeholder/`), and
 * every page that moved (data/moved-urls.json).
 * Astro puts the source under the base path itself but takes the destination as written, so it gets the base here.
 */
export function redirects(data: CompatData, moved: Record<string, string>, base = '/', index?: ApiIndex): Record<string, string> {
	const aliases = data.mappings.flatMap((m) =>
		spellingsOf(data, m)
			.slice(1)
			.map((alias) => [symbolPath(alias), symbolPath(m.symbol)] as const),
	);
	const compat = Object.entries(index?.symbols ?? {})
		.filter(([, s]) => s.v1)
		.map(([name]) => [symbolPath(name.replace(/^tf\./, 'tf.compat.v1.')), symbolPath(name)] as const);
	return Object.fromEntries([...compat, ...aliases, ...Object.entries(moved)].map(([from, to]) => [from, withBase(to, base)]));
}
