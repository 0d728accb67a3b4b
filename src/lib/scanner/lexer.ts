/**
 * Blanks Python comments and string literals (triple-quoted, prefixed, unterminated) with spaces, keeping every
 * line and column in place, in one linear pass: hostile input (huge lines, unterminated strings, binary) cannot
 * make it backtrack.
 */
export function blankStringsAndComments(source: string): string {
	const out: string[] = [];
	let i = 0;
	const n = source.length;
	const blank = (from: number, to: number) => {
		for (let k = from; k < to; k++) out.push(source[k] === '\n' ? '\n' : ' ');
	};
	while (i < n) {
		const c = source[i]!;
		if (c === '#') {
			const end = source.indexOf('\n', i);
			const stop = end === -1 ? n : end;
			blank(i, stop);
			i = stop;
		} else if (c === '"' || c === "'") {
			const triple = source.startsWith(c.repeat(3), i);
			const quote = triple ? c.repeat(3) : c;
			let j = i + quote.length;
			while (j < n) {
				if (source[j] === '\\') j += 2;
				else if (source.startsWith(quote, j)) break;
				else if (!triple && source[j] === '\n') break; // unterminated: the string ends with its line
				else j++;
			}
			const stop = Math.min(n, source.startsWith(quote, j) ? j + quote.length : j);
			blank(i, stop);
			i = stop;
		} else {
			out.push(c);
			i++;
		}
	}
	return out.join('');
}
