// Adds up the Vitest and Playwright JSON reports into one closing line, "N passed, N failed".
import { readFileSync } from 'node:fs';

const vitest = JSON.parse(readFileSync('.test-reports/vitest.json', 'utf8'));
const playwright = JSON.parse(readFileSync('.test-reports/playwright.json', 'utf8'));
const passed = vitest.numPassedTests + playwright.stats.expected;
const failed = vitest.numFailedTests + playwright.stats.unexpected + playwright.stats.flaky;
console.log(`unit: ${vitest.numPassedTests} passed; end-to-end: ${playwright.stats.expected} passed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
