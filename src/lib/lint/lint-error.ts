/** One problem in the data, worded so a contributor can fix it without reading code. */
export interface LintError {
	/** Data file the problem is in, relative to the project root. */
	file: string;
	/** JSON Pointer of the offending field, e.g. `/cells/3/variants/0`. */
	path: string;
	/** The record the field belongs to, e.g. `tf 2.4 × tf_slim × nasnet_large`. */
	record: string;
	/** What is wrong and what was expected. */
	message: string;
	/** How to fix it. */
	tip: string;
}

/** What a rule reports; the linter adds the file name and the record label. */
export type Finding = Pick<LintError, 'path' | 'message' | 'tip'>;

export function formatLintError(error: LintError): string {
	const where = error.record ? `${error.path} (${error.record})` : error.path || '(root)';
	return `${error.file}: ${where}: ${error.message}\n    tip: ${error.tip}`;
}

/** JSON Pointer from path segments, escaping `~` and `/` as RFC 6901 asks. */
export function pointer(...segments: (string | number)[]): string {
	return segments.map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

export function parsePointer(path: string): string[] {
	if (!path) return [];
	return path
		.slice(1)
		.split('/')
		.map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
