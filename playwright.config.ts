import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Browsers cannot be downloaded on our machines: use Debian's Chromium when it is there
// (or the one CHROMIUM_PATH names), Playwright's own browser elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.PORT ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: '.test-reports/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		...devices['Desktop Chrome'],
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
		},
	},
	// Tests run against the built site: Pagefind's index exists only after `astro build`.
	webServer: {
		command: `npx astro preview --port ${port}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
