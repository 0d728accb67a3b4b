// npm run bench:scan: precision and recall of `slimcompat scan` on tests/fixtures/scan-corpus, line by line, against
// the hand-labelled expected findings beside each TF1 file; the TF2 files must have no findings at all.
import { readdirSync, readFileSync } from 'node:fs';
import { apiIndex as api, data } from '../src/lib/data.ts';
import { addScores, precision, recall, scoreLines, type Expected, type Score } from '../src/lib/scanner/benchmark.ts';
import { buildScanData } from '../src/lib/scanner/knowledge.ts';
import { scan } from '../src/lib/scanner/scan.ts';

const dir = 'tests/fixtures/scan-corpus';
const scanData = buildScanData(api, data);
const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
const rows: string[] = [];
const scores: Score[] = [];
let tf2Findings = 0;
let lines = 0;
const started = performance.now();
for (const group of ['tf1', 'tf2'])
	for (const name of readdirSync(`${dir}/${group}`).filter((f) => f.endsWith('.py')).sort()) {
		const source = readFileSync(`${dir}/${group}/${name}`, 'utf8');
		lines += source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
		const expected: Expected = group === 'tf1' ? JSON.parse(readFileSync(`${dir}/${group}/${name.replace(/\.py$/, '.json')}`, 'utf8')) : { file: name, release: '2.16', lines: {} };
		const findings = scan(source, scanData, { release: expected.release });
		const score = scoreLines(findings, expected.lines);
		scores.push(score);
		if (group === 'tf2') tf2Findings += findings.length;
		rows.push(
			`${group}/${name}: ${score.truePositives} found, ${score.falsePositives} extra${score.extra.length ? ` (lines ${score.extra.join(', ')})` : ''}, ${score.falseNegatives} missed${score.missed.length ? ` (lines ${score.missed.join(', ')})` : ''}`,
		);
	}
const total = addScores(scores);
console.log(rows.join('\n'));
console.log(`\n${lines} lines in ${scores.length} files scanned in ${Math.round(performance.now() - started)} ms against TF 2.16.`);
console.log(`Precision ${percent(precision(total))} (${total.truePositives} of ${total.truePositives + total.falsePositives} flagged lines fail on TF2)`);
console.log(`Recall ${percent(recall(total))} (${total.truePositives} of ${total.truePositives + total.falseNegatives} failing lines flagged)`);
console.log(`TF2 files: ${tf2Findings} finding(s).`);
