#!/usr/bin/env bash
# Packs cli/ with npm pack, installs the tarball into an empty folder and runs it with the machine's own Node
# (/usr/bin/node, Node 20), away from the repository's node_modules: what another repository's CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
NODE20=${NODE20:-/usr/bin/node}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

node cli/build.ts
(cd cli && npm pack --silent --pack-destination "$work" >/dev/null)
tarball=$(ls "$work"/slimcompat-*.tgz)
mkdir "$work/app"
cp tests/fixtures/scan/*.py "$work/app/"
cd "$work/app"
echo '{"private":true}' > package.json
npm install --silent --no-audit --no-fund "$tarball"
# Nothing but the package itself may be installed: the bundle carries its dependencies.
installed=$(ls node_modules | grep -v '^\.' | tr '\n' ' ')
[ "$installed" = "slimcompat " ] || { echo "expected only slimcompat in node_modules, got: $installed"; exit 1; }

run() { "$NODE20" node_modules/slimcompat/dist/slimcompat.js "$@"; }
expect_exit() {
	local want=$1; shift
	set +e; out=$(run "$@" 2>&1); got=$?; set -e
	[ "$got" = "$want" ] || { echo "slimcompat $*: exit $got, expected $want"; echo "$out"; exit 1; }
}
echo "$("$NODE20" --version) runs the packed CLI:"
expect_exit 0 scan tf2_clean.py
expect_exit 1 scan nasnet_tf1.py
expect_exit 2 scan unknown_only.py
expect_exit 64 scan
run scan nasnet_tf1.py --format sarif --site https://example.org/ > out.sarif || true
"$NODE20" -e 'const s = JSON.parse(require("fs").readFileSync("out.sarif", "utf8")); if (s.version !== "2.1.0" || !s.runs[0].results.length) process.exit(1)'
run scan nasnet_tf1.py --format markdown --site https://example.org/ | head -1 || true
echo "packed CLI: ok ($(du -k "$tarball" | cut -f1) kB tarball)"
