// Derives the TypeScript types from the data files' JSON Schemas, the one definition of each file's shape.
// `node scripts/generate-types.ts` rewrites the files; `--check` fails when one has drifted from its schema.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const targets = [
	{ schema: 'data/compat.schema.json', out: 'src/lib/compat-data.generated.ts', name: 'CompatData' },
	{ schema: 'data/api-index.schema.json', out: 'src/lib/api-index.generated.ts', name: 'ApiIndex' },
];
const check = process.argv.includes('--check');
let drifted = false;

for (const { schema, out, name } of targets) {
	const banner = `/* Generated from ${schema} by scripts/generate-types.ts. Do not edit:
 * change the schema, then run \`npm run generate:types\`. */`;
	const generated = await compile(JSON.parse(await readFile(new URL(`../${schema}`, import.meta.url), 'utf8')), name, {
		bannerComment: banner,
		additionalProperties: false,
		unreachableDefinitions: false,
		style: { useTabs: true, singleQuote: true },
	});
	const outUrl = new URL(`../${out}`, import.meta.url);
	if (!check) {
		await writeFile(outUrl, generated);
		console.log(`wrote ${out}`);
	} else if ((await readFile(outUrl, 'utf8').catch(() => '')) !== generated) {
		console.error(`${out} is out of date with ${schema}.\nTip: run \`npm run generate:types\` and commit the result.`);
		drifted = true;
	} else console.log(`${out} matches ${schema}.`);
}
if (drifted) process.exit(1);
