import { readAliases, type Aliases } from './imports.ts';
import type { IndexEntry, ScanIndex } from './index.ts';
import { blankStringsAndComments } from './lexer.ts';

export interface Finding {
	/** 1-based line and column of the name as written. */
	line: number;
	column: number;
	/** The name as the code writes it, e.g. `slim.conv2d`. */
	written: string;
	/** What it resolves to through the file's imports, e.g. `tf.contrib.slim.conv2d`. */
	resolved: string;
	/** The index entry, or undefined for a `tf.*` name the site has no mapping for. */
	entry?: IndexEntry;
}

/** Modules whose unmapped names are reported as unknown rather than ignored. */
const WATCHED = /^(tf|tf_slim)(\.|$)/;
const MAX_LINE = 20_000;

/** Resolves `written` through the aliases: the longest index hit, or the full name when nothing matches. */
function resolve(written: string, aliases: Aliases, index: ScanIndex): { resolved: string; entry?: IndexEntry } | undefined {
	const parts = written.split('.');
	const base = aliases.get(parts[0]!);
	if (base === undefined) return undefined;
	const full = [base, ...parts.slice(1)].join('.');
	if (index[full]) return { resolved: full, entry: index[full] };
	// `tf.GraphKeys.UPDATE_OPS.x`, `slim.arg_scope.something`: the mapped prefix answers, if it is a call site name.
	for (let n = parts.length - 1; n >= 2; n--) {
		const prefix = [base, ...parts.slice(1, n)].join('.');
		if (index[prefix] && index[prefix].kind !== 'ok') return { resolved: prefix, entry: index[prefix] };
	}
	return { resolved: full };
}

/** Every TF1/Slim name the Python source uses, in order, outside strings and comments. */
export function scan(source: string, index: ScanIndex): Finding[] {
	const code = blankStringsAndComments(source.replace(/\r\n?/g, '\n'));
	const aliases = readAliases(code);
	const names = [...aliases.keys()].filter((a) => /^[A-Za-z_]\w*$/.test(a));
	if (!names.length) return [];
	const pattern = new RegExp(`(?<![\\w.])(?:${names.join("|")})\\b(?:\\.[A-Za-z_]\\w*)*`, "g");
	const findings: Finding[] = [];
	code.split('\n').forEach((text, i) => {
		if (text.length > MAX_LINE || /^\s*(import|from)\s/.test(text)) return;
		for (const m of text.matchAll(pattern)) {
			const written = m[0];
			const hit = resolve(written, aliases, index);
			if (!hit) continue;
			// A bare alias (`slim` alone) names nothing new, and neither does the target of `slim = …`.
			if (!written.includes('.') && (!hit.entry || /^\s*=(?!=)/.test(text.slice(m.index! + written.length)))) continue;
			if (!hit.entry && !WATCHED.test(hit.resolved)) continue;
			findings.push({ line: i + 1, column: m.index! + 1, written, resolved: hit.resolved, ...(hit.entry ? { entry: hit.entry } : {}) });
		}
	});
	return findings;
}

/** 1 when TF1-only names were found, 2 when only unknown `tf.*` names were, 0 otherwise: for gating CI. */
export function exitCode(findings: readonly Finding[]): 0 | 1 | 2 {
	if (findings.some((f) => f.entry?.kind === 'tf1')) return 1;
	if (findings.some((f) => !f.entry)) return 2;
	return 0;
}
