import type { Finding } from './scan.ts';
import { lineSuggestions } from './suggest.ts';

/** A scanned file: its source (for suggestions) and findings. */
export interface FileReport {
	path: string;
	source: string;
	findings: Finding[];
}

/** The site to link to, or undefined: a local preview address would be a dead link in a review. */
export function publicSite(...candidates: (string | undefined)[]): string | undefined {
	for (const c of candidates) {
		if (!c) continue;
		let url: URL;
		try {
			url = new URL(c);
		} catch {
			continue;
		}
		if (!/^https?:$/.test(url.protocol) || /^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(url.hostname)) continue;
		return url.href.endsWith('/') ? url.href : `${url.href}/`;
	}
	return undefined;
}

const permalink = (f: Finding, site: string | undefined) => (site ? new URL(f.path.slice(1), site).href : undefined);
/** What a finding's link leads to: the `tf.placeholder` page for `/api/tf.placeholder/`, else the release page. */
export const linkText = (f: Finding, release: string) => (f.path.startsWith('/api/') ? `${f.path.slice(5, -1)} page` : `TF ${release} release page`);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line: how many findings, of which kind, in how many files, against which release. */
export function summary(reports: readonly FileReport[], release: string): string {
	const all = reports.flatMap((r) => r.findings);
	const files = count(reports.length, 'file');
	if (!all.length) return `No findings: ${files} scanned, nothing fails or changes meaning on TF ${release}.`;
	const parts = [
		[all.filter((f) => f.severity === 'error').length, 'fail'],
		[all.filter((f) => f.severity === 'warning').length, 'change meaning'],
		[all.filter((f) => f.severity === 'note').length, 'unlisted'],
	]
		.filter(([n]) => n)
		.map(([n, what]) => `${n} ${what}`);
	const withFindings = reports.filter((r) => r.findings.length).length;
	return `${count(all.length, 'finding')} on TF ${release} (${parts.join(', ')}) in ${withFindings} of ${files}.`;
}

export function formatText(reports: readonly FileReport[], site: string | undefined, release: string): string {
	const out: string[] = [];
	for (const r of reports)
		for (const f of r.findings) out.push(`${r.path}:${f.line}:${f.column}: ${f.severity}: ${f.verdict}: ${f.message.replaceAll('`', '')} ${permalink(f, site) ?? f.path}`);
	out.push(summary(reports, release));
	return out.join('\n');
}

/**
 * Escapes what Markdown would read as markup inside a line of prose (emphasis, links, HTML, tables, entities),
 * leaving `code spans` as they are. Our prose never starts a line, so line-start markers need no escape.
 */
export function escapeMarkdown(text: string): string {
	return text
		.split(/(`[^`\n]+`)/)
		.map((part, i) => (i % 2 ? part : part.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)))
		.join('');
}

/** A code span that survives backticks in its content. */
export function codeSpan(text: string): string {
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
	const fence = '`'.repeat(longest + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

export function formatMarkdown(reports: readonly FileReport[], site: string | undefined, release: string): string {
	const out: string[] = [escapeMarkdown(summary(reports, release))];
	for (const r of reports) {
		if (!r.findings.length) continue;
		out.push('', `### ${codeSpan(r.path)}`, '');
		const suggestions = lineSuggestions(r.source, r.findings);
		const lines = [...new Set(r.findings.map((f) => f.line))];
		for (const line of lines) {
			for (const f of r.findings.filter((x) => x.line === line)) {
				const link = permalink(f, site);
				const more = link ? ` [${escapeMarkdown(`slimcompat: ${linkText(f, release)}`)}](${link})` : '';
				out.push(`- Line ${line}, ${codeSpan(f.written)}: **${escapeMarkdown(f.verdict)}**. ${escapeMarkdown(f.message)}${more}`);
				if (f.mapping?.trap && f.severity !== 'note') out.push(`  - Trap: ${escapeMarkdown(f.mapping.trap)}`);
			}
			const fixed = suggestions.get(line);
			if (fixed !== undefined) out.push('', '```suggestion', fixed, '```', '');
		}
	}
	return out.join('\n');
}

export function formatJson(reports: readonly FileReport[], site: string | undefined, release: string): string {
	return JSON.stringify(
		{
			release,
			summary: summary(reports, release),
			files: reports.map((r) => {
				const suggestions = lineSuggestions(r.source, r.findings);
				return {
					path: r.path,
					findings: r.findings.map(({ edits: _edits, mapping: _mapping, ...f }) => ({
						...f,
						...(permalink(f, site) ? { permalink: permalink(f, site) } : {}),
						...(suggestions.has(f.line) ? { suggestion: suggestions.get(f.line) } : {}),
					})),
				};
			}),
		},
		null,
		2,
	);
}

/** SARIF 2.1.0, which code scanning turns into pull-request annotations. */
export function formatSarif(reports: readonly FileReport[], site: string | undefined, release: string, version: string): string {
	const rows = reports.flatMap((r) => r.findings.map((f) => ({ r, f })));
	const ruleId = (f: Finding) => f.resolved.split(', ')[0]!;
	const ids = [...new Set(rows.map(({ f }) => ruleId(f)))];
	const rules = ids.map((id) => {
		const f = rows.find(({ f }) => ruleId(f) === id)!.f;
		const link = permalink(f, site);
		return { id, shortDescription: { text: `${id}: ${f.verdict}` }, ...(link ? { helpUri: link } : {}) };
	});
	const level = { error: 'error', warning: 'warning', note: 'note' } as const;
	const log = {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: { driver: { name: 'slimcompat', version, ...(site ? { informationUri: site } : {}), rules } },
				properties: { tensorflowRelease: release },
				results: rows.map(({ r, f }) => ({
					ruleId: ruleId(f),
					ruleIndex: ids.indexOf(ruleId(f)),
					level: level[f.severity],
					message: { text: `${f.message.replaceAll('`', '')}${permalink(f, site) ? ` ${permalink(f, site)}` : ''}` },
					locations: [{ physicalLocation: { artifactLocation: { uri: r.path }, region: { startLine: f.line, startColumn: f.column, endColumn: Math.max(f.endColumn, f.column + 1) } } }],
				})),
			},
		],
	};
	return JSON.stringify(log, null, 2);
}
