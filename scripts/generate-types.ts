// Derives the TypeScript types from data/compat.schema.json, the one definition of the data's shape.
// `node scripts/generate-types.ts` rewrites the file; `--check` fails when it has drifted from the schema.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const schemaPath = new URL('../data/compat.schema.json', import.meta.url);
const outPath = new URL('../src/lib/compat-data.generated.ts', import.meta.url);

const banner = `/* Generated from data/compat.schema.json by scripts/generate-types.ts. Do not edit:
 * change the schema, then run \`npm run generate:types\`. */`;

const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
const generated = await compile(schema, 'CompatData', {
	bannerComment: banner,
	additionalProperties: false,
	unreachableDefinitions: false,
	style: { useTabs: true, singleQuote: true },
});

if (process.argv.includes('--check')) {
	const current = await readFile(outPath, 'utf8').catch(() => '');
	if (current !== generated) {
		console.error('src/lib/compat-data.generated.ts is out of date with data/compat.schema.json.\nTip: run `npm run generate:types` and commit the result.');
		process.exit(1);
	}
	console.log('src/lib/compat-data.generated.ts matches the schema.');
} else {
	await writeFile(outPath, generated);
	console.log('wrote src/lib/compat-data.generated.ts');
}
