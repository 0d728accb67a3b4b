// Checks data/compat.json (or the file given) against its schema and the invariants in src/lib/lint, and against the
// generated data/api-index.json (checked against its own schema first). Exits 1 and prints every problem with its JSON
// path; the build runs it first.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { ApiIndex } from '../src/lib/api-index.generated.ts';
import { formatLintError, type LintError } from '../src/lib/lint/lint-error.ts';
import { lintData } from '../src/lib/lint/index.ts';
import { checkApiIndexSchema } from '../src/lib/lint/schema-check.ts';

const target = resolve(process.argv[2] ?? 'data/compat.json');
const file = relative(process.cwd(), target) || target;
const indexFile = 'data/api-index.json';

async function readJson(path: string, name: string): Promise<unknown> {
	try {
		return JSON.parse(await readFile(path, 'utf8'));
	} catch (error) {
		console.error(`${name}: cannot be read as JSON: ${(error as Error).message}\n    tip: fix the syntax at the position given; an editor that knows JSON shows it`);
		process.exit(1);
	}
}

function report(name: string, errors: readonly LintError[]): void {
	if (!errors.length) return;
	console.error(errors.map(formatLintError).join('\n'));
	console.error(`\n${errors.length} problem(s) in ${name}.`);
	process.exit(1);
}

const index = await readJson(indexFile, indexFile);
report(indexFile, checkApiIndexSchema(index).map((f) => ({ file: indexFile, record: '', ...f })));
const data = await readJson(target, file);
report(file, lintData(data, file, index as ApiIndex));
console.log(`${file}: valid (checked against ${indexFile} too).`);
