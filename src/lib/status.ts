import type { Cell } from './compat-data.generated.ts';

export type Status = Cell['status'];
export type Evidence = Cell['evidence'];

/** A text label for every status: colour is never the only signal. */
export const statusLabels: Record<Status, string> = {
	works: 'Works',
	'works-with-changes': 'Works with changes',
	broken: 'Broken',
	'not-available': 'Not available',
	unknown: 'Unknown',
};

export const statusOrder: readonly Status[] = ['works', 'works-with-changes', 'broken', 'not-available', 'unknown'];

export const evidenceLabels: Record<Evidence, string> = {
	official: 'documented',
	code: 'read from code',
	reported: 'reported',
	none: 'no evidence',
};

/** What each status promises, for legends. */
export const statusMeanings: Record<Status, string> = {
	works: 'runs as written',
	'works-with-changes': 'runs after the listed changes',
	broken: 'fails; the note says how',
	'not-available': 'the package or the variant does not exist there',
	unknown: 'no source settles it yet; the note says what was checked',
};
