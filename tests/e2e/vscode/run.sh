#!/usr/bin/env bash
# `pnpm test:e2e`: the packaged extension in a real VS Code — code-server's bundled VS Code
# server, driven by Debian's chromium — end to end:
#   1. setup.sh installs chromium, Node 24, code-server and playwright-core when missing;
#   2. `pnpm package:extension` builds and packages extension/replylint-<version>.vsix;
#   3. the .vsix is installed into a fresh VS Code server (--install-extension);
#   4. suite.cjs runs in the extension host, through the real `vscode` API: diagnostics,
#      hover, quick fixes, the customer-name command, settings, the workspace lint, restart,
#      the JSON Schema;
#   5. ui-check.cjs opens a draft as a user would: squiggles, status bar, Problems, hover, a
#      quick fix from the light bulb menu; screenshots go to tests/e2e/vscode/artifacts/.
# UPDATE_SCREENSHOT=1 also writes extension/images/screenshot.png (the README's).
# REPLYLINT_E2E_SKIP_PACKAGE=1 reuses the .vsix already built.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
cache=${REPLYLINT_E2E_CACHE:-$here/.cache}
artifacts=$here/artifacts
start=$SECONDS

fail() {
  echo "" >&2
  echo "test:e2e FAILED: $*" >&2
  exit 1
}
phase() { echo "== test:e2e [$((SECONDS - start))s] $*"; }

phase "setup"
bash "$here/setup.sh" || fail "setup.sh could not install what the test needs (see above)"
node24=$cache/node24/node_modules/.bin/node
server_main=$cache/code-server/node_modules/code-server/lib/vscode/out/server-main.js

rm -rf "$artifacts"
mkdir -p "$artifacts"

# A scratch folder for everything VS Code and chromium write; removed at the end (the logs
# are copied into artifacts/ first). The VS Code server runs in its own process group, so
# that it, its extension host and the language server stop together.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/replylint-e2e.XXXXXX")
server_pid=""
cleanup() {
  local status=$?
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  cp "$scratch/server.log" "$artifacts/vscode-server.log" 2>/dev/null || true
  find "$scratch/ud/logs" -name '*.log' -path '*exthost*' -exec cp {} "$artifacts/" \; 2>/dev/null || true
  rm -rf "$scratch"
  if [ "$status" = 0 ]; then phase "PASS (artifacts in ${artifacts#"$repo"/})"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

version=$(node -p "require('$repo/extension/package.json').version")
vsix=$repo/extension/replylint-$version.vsix
ws=$scratch/workspace
if [ "${REPLYLINT_E2E_SKIP_PACKAGE:-}" != 1 ] || ! [ -f "$vsix" ]; then
  # What `pnpm package:extension` does, with the test workspace (and what the library finds
  # in it) written right after the bundling: the expectations and the .vsix come from the
  # same build of the rules.
  phase "package the extension (pnpm package:extension)"
  (cd "$repo" && pnpm run --silent build) || fail "pnpm build failed (see above)"
  node "$repo/extension/scripts/build.mjs" --production || fail "bundling the extension failed (see above)"
  node "$here/workspace.mjs" "$ws" || fail "could not write the test workspace"
  node "$repo/extension/scripts/package.mjs" || fail "packaging the extension failed (see above)"
else
  node "$here/workspace.mjs" "$ws" || fail "could not write the test workspace"
fi
[ -f "$vsix" ] || fail "$vsix was not written"

export HOME=$scratch/home TMPDIR=$scratch/tmp XDG_CONFIG_HOME=$scratch/home/.config \
  XDG_DATA_HOME=$scratch/home/.local/share XDG_CACHE_HOME=$scratch/home/.cache
mkdir -p "$HOME" "$TMPDIR" "$scratch/ud/User"
# Quiet, predictable VS Code: no welcome page, no chat, no update checks; wrap the long
# lines; keep the test's own files out of the explorer (and out of the screenshot).
cat >"$scratch/ud/User/settings.json" <<'JSON'
{
  "workbench.colorTheme": "Default Light Modern",
  "files.exclude": { "**/.e2e": true, "**/.vscode": true, "**/schema-check": true },
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "security.workspace.trust.enabled": false,
  "editor.minimap.enabled": false,
  "editor.wordWrap": "on",
  "editor.hover.delay": 100
}
JSON

phase "install the .vsix into VS Code $("$node24" -p "require('$cache/code-server/node_modules/code-server/lib/vscode/package.json').version")"
"$node24" "$server_main" --extensions-dir "$scratch/exts" --user-data-dir "$scratch/ud" \
  --install-extension "$vsix" >"$scratch/install.log" 2>&1 || {
  cat "$scratch/install.log" >&2
  fail "VS Code could not install $vsix"
}
ext_dir=$(find "$scratch/exts" -maxdepth 1 -type d -name "replylint.vscode-replylint-$version" | head -1)
[ -n "$ext_dir" ] || fail "the .vsix installed, but $scratch/exts holds no replylint.vscode-replylint-$version ($(ls "$scratch/exts"))"

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
phase "start the VS Code server on 127.0.0.1:$port"
# --enable-smoke-test-driver: honour the ?payload= test paths; --disable-workspace-trust:
# otherwise restricted mode asks first.
setsid "$node24" "$server_main" --host 127.0.0.1 --port "$port" --without-connection-token \
  --accept-server-license-terms --enable-smoke-test-driver --disable-workspace-trust --disable-telemetry \
  --user-data-dir "$scratch/ud" --extensions-dir "$scratch/exts" >"$scratch/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$scratch/server.log" >&2; fail "the VS Code server exited at start"; }
  sleep 0.2
done
curl -sf -o /dev/null "http://127.0.0.1:$port/" || fail "the VS Code server did not answer on port $port within 60 s"

export CS_URL=http://127.0.0.1:$port WS_DIR=$ws ARTIFACTS=$artifacts EXT_DIR=$ext_dir EXT_TESTS=$here/suite.cjs
export NODE_PATH=$cache/tools/node_modules
phase "extension-host tests (the installed extension, through the vscode API)"
node "$here/run-ext-host-tests.cjs" || fail "the extension-host tests failed (see above, and $artifacts)"

phase "UI check (squiggles, status bar, Problems, hover, quick fix, screenshot)"
if [ "${UPDATE_SCREENSHOT:-}" = 1 ]; then export UPDATE_SCREENSHOT=$repo/extension/images/screenshot.png; else unset UPDATE_SCREENSHOT; fi
node "$here/ui-check.cjs" || fail "the UI check failed (see above, and $artifacts)"
