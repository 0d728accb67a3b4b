import type { Finding } from './scan.ts';

/** Expected findings of one corpus file: line number → the names that fail on it. */
export interface Expected {
	file: string;
	release: string;
	lines: Record<string, string[]>;
}

export interface Score {
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	/** Lines found but not expected, and expected but not found, for the report. */
	extra: number[];
	missed: number[];
}

/** Line-level agreement: a line counts once however many findings it has. */
export function scoreLines(findings: readonly Finding[], expected: Expected['lines']): Score {
	const found = new Set(findings.map((f) => f.line));
	const wanted = new Set(Object.keys(expected).map(Number));
	const extra = [...found].filter((l) => !wanted.has(l)).sort((a, b) => a - b);
	const missed = [...wanted].filter((l) => !found.has(l)).sort((a, b) => a - b);
	return { truePositives: found.size - extra.length, falsePositives: extra.length, falseNegatives: missed.length, extra, missed };
}

export function addScores(scores: readonly Score[]): Score {
	return scores.reduce(
		(a, s) => ({
			truePositives: a.truePositives + s.truePositives,
			falsePositives: a.falsePositives + s.falsePositives,
			falseNegatives: a.falseNegatives + s.falseNegatives,
			extra: [...a.extra, ...s.extra],
			missed: [...a.missed, ...s.missed],
		}),
		{ truePositives: 0, falsePositives: 0, falseNegatives: 0, extra: [], missed: [] },
	);
}

/** Precision and recall as fractions; 1 when there is nothing to get wrong. */
export const precision = (s: Score) => (s.truePositives + s.falsePositives ? s.truePositives / (s.truePositives + s.falsePositives) : 1);
export const recall = (s: Score) => (s.truePositives + s.falseNegatives ? s.truePositives / (s.truePositives + s.falseNegatives) : 1);
