import type { Finding } from './scan.ts';

/**
 * One replacement per line that fixes every finding on it, or none: a line whose findings are not all fixable, or
 * whose fixes overlap or leave the line, gets no suggestion (a half-fix is worse than none in a review).
 */
export function lineSuggestions(source: string, findings: readonly Finding[]): Map<number, string> {
	const starts = [0];
	for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
	const byLine = new Map<number, Finding[]>();
	for (const f of findings) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
	const out = new Map<number, string>();
	for (const [line, onLine] of byLine) {
		if (!onLine.every((f) => f.edits?.length)) continue;
		const start = starts[line - 1]!;
		const end = line < starts.length ? starts[line]! - 1 : source.length;
		const edits = onLine.flatMap((f) => f.edits!).sort((a, b) => b.from - a.from);
		if (edits.some((e, i) => e.from < start || e.to > end || (i > 0 && e.to > edits[i - 1]!.from))) continue;
		let text = source.slice(start, end);
		for (const e of edits) text = text.slice(0, e.from - start) + e.text + text.slice(e.to - start);
		out.set(line, text.replace(/\r$/, ''));
	}
	return out;
}

/** The source with every line suggestion applied: what a reviewer gets by committing them all. */
export function applySuggestions(source: string, findings: readonly Finding[]): string {
	const suggestions = lineSuggestions(source, findings);
	return source
		.split('\n')
		.map((text, i) => suggestions.get(i + 1) ?? text)
		.join('\n');
}
