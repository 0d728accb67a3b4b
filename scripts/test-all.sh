#!/usr/bin/env bash
# Runs every test: data lint, generated-file checks, unit tests, the build, then end-to-end tests on the built site.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

# End-to-end tests need a Chromium. Debian's package works where Playwright cannot download its own.
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null; then
	if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	else
		npx playwright install chromium
	fi
fi

astro check --minimumFailingSeverity warning
npm run -s lint:data
vitest run --reporter=default --reporter=json --outputFile.json=.test-reports/vitest.json
# The packed scanner CLI, installed into an empty folder and run with the machine's own Node (20 here).
bash scripts/test-cli-pack.sh
# Under a sub-path first (as on a project page of a static host), then at the root; dist/ ends as the root build.
BASE_PATH=/slimcompat/ astro build
BASE_PATH=/slimcompat/ node scripts/check-dist.ts
BASE_PATH=/slimcompat/ PORT=4322 playwright test --grep @subpath
astro build
# The same commit must build to the same bytes.
astro build --outDir .test-reports/rebuild >/dev/null
node scripts/check-reproducible.ts dist .test-reports/rebuild
node scripts/check-dist.ts
node scripts/check-weight.ts
node scripts/check-html.ts
node scripts/check-text.ts
playwright test
astro preview --port 4323 >/dev/null 2>&1 &
preview=$!
trap 'kill $preview 2>/dev/null' EXIT
node scripts/check-lighthouse.ts http://localhost:4323/
node scripts/test-summary.ts
