// Adds up the Vitest and both Playwright JSON reports (sub-path and root) into one closing line, "N passed, N failed".
import { readFileSync } from 'node:fs';

const read = (name: string) => JSON.parse(readFileSync(`.test-reports/${name}.json`, 'utf8'));
const vitest = read('vitest');
const e2e = [read('playwright-subpath'), read('playwright')].map((r) => r.stats);
const e2ePassed = e2e.reduce((n, s) => n + s.expected, 0);
const passed = vitest.numPassedTests + e2ePassed;
const failed = vitest.numFailedTests + e2e.reduce((n, s) => n + s.unexpected + s.flaky, 0);
console.log(`unit: ${vitest.numPassedTests} passed; end-to-end: ${e2ePassed} passed (${e2e[0].expected} of them under a sub-path)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
