import { compareVersions } from './versions.ts';
import type { ScanData } from './scanner/knowledge.ts';
import { scan } from './scanner/scan.ts';

/**
 * The TF 2.x releases on which a code pair's TF2 side runs as written, judged by the scanner against the API index
 * (names, keywords and the release each arrived in): the unbroken run of releases that ends at the newest one read.
 * Undefined when the snippet fails on the newest release (it needs tf_keras there, say).
 */
export function tf2Releases(code: string, data: ScanData): { from: string; to: string } | undefined {
	const tf2 = data.releases.filter((r) => compareVersions(r, '2.0') >= 0);
	const runs = tf2.map((release) => scan(code, data, { release }).every((f) => f.severity !== 'error'));
	if (!runs.at(-1)) return undefined;
	let first = runs.length - 1;
	while (first > 0 && runs[first - 1]) first--;
	return { from: tf2[first]!, to: tf2.at(-1)! };
}
