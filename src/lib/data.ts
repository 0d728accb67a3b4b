import raw from '../../data/compat.json' with { type: 'json' };
import type { CompatData } from './compat-data.generated.ts';
import { formatLintError } from './lint/lint-error.ts';
import { lintData } from './lint/index.ts';

/** Thrown when data/compat.json is invalid: no page is built from half-valid data. */
export class DataError extends Error {
	override name = 'DataError';
}

/** Validates once and returns typed data, or throws a DataError listing every problem. */
export function validated(input: unknown, file = 'data/compat.json'): CompatData {
	const errors = lintData(input, file);
	if (errors.length)
		throw new DataError(`${errors.length} problem(s) in ${file}:\n${errors.map(formatLintError).join('\n')}\nRun \`npm run lint:data\` for the full report.`);
	return input as CompatData;
}

/** The site's data, validated when the module is first imported. */
export const data: CompatData = validated(raw);
