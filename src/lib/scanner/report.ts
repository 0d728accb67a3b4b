import type { Finding } from './scan.ts';

/** A scanned file's findings and its lines (for suggestions). */
export interface FileReport {
	path: string;
	lines: string[];
	findings: Finding[];
}

const label = (f: Finding) => (f.entry ? (f.entry.kind === 'tf1' ? 'TF1-only' : f.entry.kind === 'variant' ? 'NASNet builder' : 'valid in TF2') : 'unknown');
const link = (f: Finding, site: string) => (f.entry ? new URL(f.entry.path.slice(1), site.endsWith('/') ? site : `${site}/`).href : undefined);
/** Findings worth a reviewer's attention: valid-in-TF2 names are left out. */
const notable = (findings: readonly Finding[]) => findings.filter((f) => f.entry?.kind !== 'ok');

export function formatText(reports: readonly FileReport[], site: string): string {
	const out: string[] = [];
	for (const r of reports)
		for (const f of notable(r.findings)) {
			const route = f.entry?.route ? ` → ${f.entry.route}` : '';
			out.push(`${r.path}:${f.line}:${f.column}: ${label(f)}: ${f.written} (${f.resolved})${route}${f.entry ? ` ${link(f, site)}` : ''}`);
		}
	const count = reports.reduce((n, r) => n + notable(r.findings).length, 0);
	out.push(`${count} finding(s) in ${reports.length} file(s).`);
	return out.join('\n');
}

/** The line with the TF1 name replaced by what tf_upgrade_v2 writes, when the fix is a plain rename. */
export function suggestedLine(line: string, f: Finding): string | undefined {
	const rename = f.entry?.rename;
	if (!rename || !f.resolved.startsWith('tf.') || !rename.startsWith('tf.')) return undefined;
	const alias = f.written.split('.')[0]!;
	const prefix = f.resolved === `tf${f.written.slice(alias.length)}` ? alias : undefined;
	if (!prefix) return undefined;
	const at = f.column - 1;
	return line.slice(0, at) + prefix + rename.slice(2) + line.slice(at + f.written.length);
}

export function formatMarkdown(reports: readonly FileReport[], site: string): string {
	const out: string[] = ['## TF1/Slim symbols found', ''];
	for (const r of reports) {
		const findings = notable(r.findings);
		if (!findings.length) continue;
		out.push(`### \`${r.path}\``, '');
		for (const f of findings) {
			const target = f.entry ? `[\`${f.entry.symbol}\`${f.entry.route ? ` → \`${f.entry.route}\`` : ''}](${link(f, site)})` : `\`${f.resolved}\` (not in slimcompat's data)`;
			out.push(`- Line ${f.line}: \`${f.written}\` — ${label(f)}: ${target}`);
			if (f.entry?.trap) out.push(`  - Trap: ${f.entry.trap}`);
			const fixed = suggestedLine(r.lines[f.line - 1] ?? '', f);
			if (fixed !== undefined) out.push('', '  ```suggestion', `  ${fixed}`, '  ```', '');
		}
		out.push('');
	}
	if (out.length === 2) out.push('No TF1/Slim symbols found.');
	return out.join('\n');
}

export function formatJson(reports: readonly FileReport[], site: string): string {
	return JSON.stringify(
		reports.map((r) => ({
			path: r.path,
			findings: r.findings.map((f) => ({ ...f, status: label(f), permalink: link(f, site) })),
		})),
		null,
		2,
	);
}

/** SARIF 2.1.0, which code-scanning tools turn into inline pull-request annotations. */
export function formatSarif(reports: readonly FileReport[], site: string, version: string): string {
	const findings = reports.flatMap((r) => notable(r.findings).map((f) => ({ r, f })));
	const ruleIds = [...new Set(findings.map(({ f }) => f.entry?.symbol ?? 'unknown-tf-symbol'))];
	const rules = ruleIds.map((id) => {
		const f = findings.find(({ f }) => (f.entry?.symbol ?? 'unknown-tf-symbol') === id)!.f;
		return {
			id,
			shortDescription: { text: f.entry ? `${id} needs a TF2 route${f.entry.route ? `: ${f.entry.route}` : ''}` : 'A tf.* name slimcompat has no mapping for' },
			...(f.entry ? { helpUri: link(f, site) } : {}),
		};
	});
	const log = {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: { driver: { name: 'slimcompat', version, informationUri: site, rules } },
				results: findings.map(({ r, f }) => ({
					ruleId: f.entry?.symbol ?? 'unknown-tf-symbol',
					ruleIndex: ruleIds.indexOf(f.entry?.symbol ?? 'unknown-tf-symbol'),
					level: f.entry?.kind === 'tf1' ? 'warning' : 'note',
					message: { text: `${f.written} is ${label(f)}${f.entry?.route ? `; TF2 route: ${f.entry.route}` : ''}${f.entry?.trap ? `. Trap: ${f.entry.trap}` : ''}` },
					locations: [{ physicalLocation: { artifactLocation: { uri: r.path }, region: { startLine: f.line, startColumn: f.column, endColumn: f.column + f.written.length } } }],
				})),
			},
		],
	};
	return JSON.stringify(log, null, 2);
}
