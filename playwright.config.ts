import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Browsers cannot be downloaded on our machines: use Debian's Chromium when it is there
// (or the one CHROMIUM_PATH names), Playwright's own browser elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.PORT ?? 4321);
// The same tests run against a build under a sub-path (BASE_PATH=/slimcompat/), as on a project page of a static host.
const base = process.env.BASE_PATH ?? '/';
const report = base === '/' ? 'playwright.json' : 'playwright-subpath.json';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: `.test-reports/${report}` }]],
	use: {
		baseURL: `http://localhost:${port}${base}`,
		...devices['Desktop Chrome'],
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
		},
	},
	// Tests run against the built site: Pagefind's index exists only after `astro build`.
	webServer: {
		command: `npx astro preview --port ${port}`,
		url: `http://localhost:${port}${base}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
