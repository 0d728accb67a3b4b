// Checks data/compat.json (or the file given) against the schema and the invariants in src/lib/lint.
// Exits 1 and prints every problem with its JSON path; the build runs it first.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { formatLintError } from '../src/lib/lint/lint-error.ts';
import { lintData } from '../src/lib/lint/index.ts';

const target = resolve(process.argv[2] ?? 'data/compat.json');
const file = relative(process.cwd(), target) || target;

let data: unknown;
try {
	data = JSON.parse(await readFile(target, 'utf8'));
} catch (error) {
	console.error(`${file}: cannot be read as JSON: ${(error as Error).message}\n    tip: fix the syntax at the position given; an editor that knows JSON shows it`);
	process.exit(1);
}

const errors = lintData(data, file);
if (errors.length) {
	console.error(errors.map(formatLintError).join('\n'));
	console.error(`\n${errors.length} problem(s) in ${file}.`);
	process.exit(1);
}
console.log(`${file}: valid.`);
