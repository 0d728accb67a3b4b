// Compares two builds of the same commit file by file: they must be byte-identical.
// usage: node scripts/check-reproducible.ts DIR_A DIR_B
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Files that may legitimately differ between two builds; none so far. */
const declaredVarying: RegExp[] = [];

async function hashes(root: string): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	async function walk(dir: string) {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) await walk(path);
			else out.set(relative(root, path), createHash('sha256').update(await readFile(path)).digest('hex'));
		}
	}
	await walk(root);
	return out;
}

const [a, b] = process.argv.slice(2);
if (!a || !b) {
	console.error('usage: node scripts/check-reproducible.ts DIR_A DIR_B');
	process.exit(64);
}
const [first, second] = await Promise.all([hashes(a), hashes(b)]);
const differ = [...new Set([...first.keys(), ...second.keys()])]
	.filter((f) => first.get(f) !== second.get(f))
	.filter((f) => !declaredVarying.some((re) => re.test(f)))
	.sort();
if (differ.length) {
	console.error(`${differ.length} file(s) differ between ${a} and ${b}:\n  ${differ.slice(0, 20).join('\n  ')}`);
	process.exit(1);
}
console.log(`${first.size} files byte-identical in two builds.`);
