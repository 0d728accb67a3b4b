/** 1-based line numbers that differ between two texts, by a longest-common-subsequence line diff. */
export interface LineDiff {
	/** Lines of the old text that are not in the new one. */
	removed: number[];
	/** Lines of the new text that are not in the old one. */
	added: number[];
}

export function lineDiff(before: string, after: string): LineDiff {
	const a = before.split('\n');
	const b = after.split('\n');
	// lcs[i][j] = length of the common subsequence of a[i..] and b[j..]
	const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i]![j] = a[i]!.trim() === b[j]!.trim() ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	const removed: number[] = [];
	const added: number[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		if (a[i]!.trim() === b[j]!.trim()) {
			i++;
			j++;
		} else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) removed.push(++i);
		else added.push(++j);
	}
	while (i < a.length) removed.push(++i);
	while (j < b.length) added.push(++j);
	return {
		removed: removed.filter((n) => a[n - 1]!.trim() !== ''),
		added: added.filter((n) => b[n - 1]!.trim() !== ''),
	};
}
