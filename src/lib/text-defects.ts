/**
 * Defects in the text a reader or the search index sees: words glued together where two elements meet, Markdown
 * backticks that were never rendered, and source citations glued on or repeated. Pure: scripts/check-text.ts runs
 * them over the built site.
 */
import { evidenceLabels, statusLabels, statusMeanings } from './status.ts';

export interface TextDefect {
	kind: 'glued words' | 'glued citation' | 'raw backticks' | 'repeated source';
	/** The offending text with a little context. */
	excerpt: string;
}

// Mixed-case words that are spelled that way on purpose (a site name, a Python method name in the data).
const mixedCaseWords = new Set(['arXiv', 'setLevel']);
// Words a sentence starts with: right after a name's last part and a dot, they mean a boundary was lost
// ("tf.contrib.slim.Also written as").
const sentenceStarts = ['Also', 'See', 'The', 'This', 'It', 'Use', 'Fix', 'Not', 'Becomes', 'Valid', 'When', 'Copy', 'Each'];

// A status label run into the evidence or meaning after it ("Worksdocumented", "Worksruns as written").
const statusGlue = new RegExp(
	`(?:${Object.values(statusLabels).join('|')})(?:${[...Object.values(evidenceLabels), ...Object.values(statusMeanings)].map((w) => w.split(/[ ;]/)[0]).join('|')})`,
	'g',
);

function excerpt(text: string, start: number, end: number): string {
	return text.slice(Math.max(0, start - 30), end + 30).replace(/\s+/g, ' ');
}

/** Defects in indexed or visible plain text (a page's text as search indexes it). */
export function textDefects(text: string): TextDefect[] {
	const found: TextDefect[] = [];
	// "linkCopy", "mobileArg": a lowercase word run into a capitalised one, which no element boundary separated.
	for (const m of text.matchAll(/(?<![A-Za-z0-9])[a-z][a-z0-9]*[A-Z][a-z]{2,}/g))
		if (!mixedCaseWords.has(m[0])) found.push({ kind: 'glued words', excerpt: excerpt(text, m.index, m.index + m[0].length) });
	for (const m of text.matchAll(new RegExp(`[a-z_]\\.(?:${sentenceStarts.join('|')}) [a-z]`, 'g')))
		found.push({ kind: 'glued words', excerpt: excerpt(text, m.index, m.index + m[0].length) });
	for (const m of text.matchAll(statusGlue)) found.push({ kind: 'glued words', excerpt: excerpt(text, m.index, m.index + m[0].length) });
	// "…).(sources:" – a citation run into the sentence before it.
	for (const m of text.matchAll(/\S\(sources?:/g)) found.push({ kind: 'glued citation', excerpt: excerpt(text, m.index, m.index + m[0].length) });
	// The same short citation twice in one list, or two citation lists in a row.
	for (const m of text.matchAll(/\(sources?: ([^()]*)\)/g)) {
		const labels = m[1]!.split(/\s*,\s*/).map((l) => l.trim());
		if (new Set(labels).size !== labels.length) found.push({ kind: 'repeated source', excerpt: excerpt(text, m.index, m.index + m[0].length) });
	}
	for (const m of text.matchAll(/\(sources?: [^()]*\)\s*\(sources?:/g)) found.push({ kind: 'repeated source', excerpt: excerpt(text, m.index, m.index + m[0].length) });
	return found;
}

/**
 * Markdown backticks left in a page's prose: the text of its HTML outside code, pre, script and style elements, outside
 * tags and outside double quotes. Error messages are quoted (in <pre>/<code> or in quotes), so their own backticks are
 * facts, not defects.
 */
export function proseBackticks(html: string): TextDefect[] {
	const prose = html
		.replace(/<(script|style|pre|code|template)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&quot;|&#34;/g, '"')
		.replace(/&#96;|&#x60;/gi, '`')
		.replace(/"[^"\n]*"/g, '""');
	return [...prose.matchAll(/`/g)].map((m) => ({ kind: 'raw backticks' as const, excerpt: excerpt(prose, m.index, m.index + 1) }));
}
