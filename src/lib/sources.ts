import type { CompatData, Source } from './compat-data.generated.ts';

export interface ResolvedSource {
	id: string;
	title: string;
	href: string;
	/** Where it points: `tensorflow/models · research/slim/README.md@a1b2c3d, lines 10-20`, or the address. */
	label: string;
	/** A few characters to cite it inline: `nasnet.py:159`, `issue #2783`, `tensorflow.org`. */
	short: string;
}

/** Link to a source: a repository file at its commit or tag (with lines), or the documentation address. */
export function sourceHref(source: Source): string {
	if ('url' in source) return source.url;
	const first = source.lines?.split(',')[0];
	const lines = first ? `#L${first.replace('-', '-L')}` : '';
	return `https://github.com/${source.repo}/blob/${source.ref}/${source.path}${lines}`;
}

function sourceLabel(source: Source): string {
	if ('url' in source) return source.url.replace(/^https:\/\//, '');
	const ref = /^[0-9a-f]{40}$/.test(source.ref) ? source.ref.slice(0, 7) : source.ref;
	return `${source.repo} · ${source.path}@${ref}${source.lines ? `, lines ${source.lines.replaceAll(',', ', ')}` : ''}`;
}

function sourceShort(source: Source): string {
	if ('url' in source) {
		const thread = /github\.com\/[^/]+\/([^/]+)\/(issues|pull)\/(\d+)/.exec(source.url);
		if (thread) return `${thread[1]} ${thread[2] === 'pull' ? 'PR' : 'issue'} #${thread[3]}`;
		return new URL(source.url).hostname.replace(/^www\./, '');
	}
	const file = source.path.split('/').pop() ?? source.path;
	return source.lines ? `${file}:${source.lines.split(',')[0]}` : file;
}

/**
 * A longer inline citation, for when two sources in one list would otherwise read the same: 1 adds the repository
 * (or the page's last path part), 2 the whole path, 3 the ref (or the query and fragment).
 */
function sourceLonger(source: Source, level: 1 | 2 | 3): string {
	if ('url' in source) {
		const url = new URL(source.url);
		const host = url.hostname.replace(/^www\./, '');
		if (level === 1) return `${host} ${url.pathname.split('/').filter(Boolean).pop() ?? ''}`.trim();
		return `${host}${url.pathname}${level === 3 ? url.search + url.hash : ''}`;
	}
	const name = source.repo.split('/')[1];
	if (level === 1) return `${name} ${sourceShort(source)}`;
	const lines = source.lines ? `:${source.lines.split(',')[0]}` : '';
	const ref = /^[0-9a-f]{40}$/.test(source.ref) ? source.ref.slice(0, 7) : source.ref;
	return `${name} ${source.path}${lines}${level === 3 ? `@${ref}` : ''}`;
}

/**
 * The sources behind `ids`, in citation order, each place once (two ids naming the same file lines or page are cited
 * once, under the first id); their short citations differ from each other.
 */
export function resolveSources(data: CompatData, ids: readonly string[]): ResolvedSource[] {
	const places = new Set<string>();
	const resolved = [...new Set(ids)].flatMap((id) => {
		const source = data.sources[id];
		if (!source) return [];
		const cited = { id, title: source.title, href: sourceHref(source), label: sourceLabel(source), short: sourceShort(source) };
		if (places.has(cited.label)) return [];
		places.add(cited.label);
		return [{ source, cited }];
	});
	// Two files named README.md, two pages on tensorflow.org: name the repository or the page, then the ref.
	for (const level of [1, 2, 3] as const) {
		const seen = new Map<string, number>();
		for (const { cited } of resolved) seen.set(cited.short, (seen.get(cited.short) ?? 0) + 1);
		for (const r of resolved) if (seen.get(r.cited.short)! > 1) r.cited.short = sourceLonger(r.source, level);
	}
	return resolved.map((r) => r.cited);
}
