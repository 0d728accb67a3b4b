import type { CompatData, Source } from './compat-data.generated.ts';

export interface ResolvedSource {
	id: string;
	title: string;
	href: string;
	/** Where it points, short: `tensorflow/models · research/slim/README.md@a1b2c3d#L10-20`, or the host and path. */
	label: string;
}

/** Link to a source: a repository file at its commit or tag (with lines), or the documentation address. */
export function sourceHref(source: Source): string {
	if ('url' in source) return source.url;
	const lines = source.lines ? `#L${source.lines.replace('-', '-L')}` : '';
	return `https://github.com/${source.repo}/blob/${source.ref}/${source.path}${lines}`;
}

function sourceLabel(source: Source): string {
	if ('url' in source) return source.url.replace(/^https:\/\//, '');
	const ref = /^[0-9a-f]{40}$/.test(source.ref) ? source.ref.slice(0, 7) : source.ref;
	return `${source.repo} · ${source.path}@${ref}${source.lines ? `, lines ${source.lines}` : ''}`;
}

/** The sources behind `ids`, in citation order, each once. */
export function resolveSources(data: CompatData, ids: readonly string[]): ResolvedSource[] {
	return [...new Set(ids)].flatMap((id) => {
		const source = data.sources[id];
		return source ? [{ id, title: source.title, href: sourceHref(source), label: sourceLabel(source) }] : [];
	});
}
