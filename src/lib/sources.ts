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

/** The sources behind `ids`, in citation order, each once. */
export function resolveSources(data: CompatData, ids: readonly string[]): ResolvedSource[] {
	return [...new Set(ids)].flatMap((id) => {
		const source = data.sources[id];
		return source ? [{ id, title: source.title, href: sourceHref(source), label: sourceLabel(source), short: sourceShort(source) }] : [];
	});
}
