#!/usr/bin/env bash
# Installs what the VS Code end-to-end test (`pnpm test:e2e`) needs, on a clean machine:
#   - Debian's chromium (driven by playwright-core) and libkrb5-dev (code-server builds a
#     kerberos addon that needs gssapi.h), through apt when they are missing;
#   - Node 24 (code-server 4.139 requires it) from the npm registry's `node@24` package;
#   - code-server, whose bundled VS Code server runs the packaged extension;
#   - playwright-core.
# Everything but the apt packages goes into $REPLYLINT_E2E_CACHE (default: .cache next to
# this script, gitignored), and a second run finds it there and takes a second.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache=${REPLYLINT_E2E_CACHE:-$here/.cache}
code_server_version=4.139.1
playwright_version=1.65.1
mkdir -p "$cache"

say() { echo "e2e setup: $*"; }
fail() {
  echo "e2e setup: FAILED: $*" >&2
  exit 1
}
# Runs a step with its output in $cache/setup.log; on failure, shows the end of it.
timed() {
  local start=$SECONDS
  echo "### $*" >>"$cache/setup.log"
  if ! "$@" >>"$cache/setup.log" 2>&1; then
    tail -n 40 "$cache/setup.log" >&2
    fail "$* failed (full log: $cache/setup.log)"
  fi
  say "$((SECONDS - start))s: ${*: -1}"
}

# A calling pnpm or npm (`pnpm test:e2e`) leaves npm_* variables behind; the nested npm would
# read them as its configuration, and code-server's install script reads the Node version
# from npm_config_user_agent. Start clean.
for variable in $(compgen -e | grep -i '^npm_' || true); do unset "$variable"; done
unset NODE

# node-gyp builds code-server's addons against the machine's headers (never downloads them);
# install scripts run as root unattended; playwright-core must not fetch browsers.
export npm_config_nodedir=/usr npm_config_yes=true npm_config_unsafe_perm=true npm_config_fund=false \
  npm_config_audit=false npm_config_update_notifier=false PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# --- Debian packages -----------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "need root (or sudo) to apt-get install ${missing[*]}"
    sudo=sudo
  fi
  say "installing ${missing[*]} (apt)"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q >/dev/null
  timed $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  [ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is still missing after apt-get install chromium"
fi

# --- Node 24 ---------------------------------------------------------------------------------
node24=$cache/node24/node_modules/.bin/node
if ! [ -x "$node24" ] || ! "$node24" -v | grep -q '^v24\.'; then
  say "installing Node 24 (npm package node@24)"
  mkdir -p "$cache/node24"
  timed npm install --prefix "$cache/node24" --no-save --no-audit --no-fund --loglevel=warn node@24
fi
"$node24" -v | grep -q '^v24\.' || fail "Node 24 did not install into $cache/node24"

# --- code-server -----------------------------------------------------------------------------
server_main=$cache/code-server/node_modules/code-server/lib/vscode/out/server-main.js
installed=$(cat "$cache/code-server/.version" 2>/dev/null || true)
if [ "$installed" != "$code_server_version" ] || ! [ -f "$server_main" ]; then
  say "installing code-server@$code_server_version (builds native addons: about 2 minutes)"
  rm -rf "$cache/code-server"
  mkdir -p "$cache/code-server"
  # code-server's install scripts must run under Node 24: npm itself runs on it, and Node 24
  # comes first on the PATH.
  npm_cli=$(readlink -f "$(command -v npm)")
  timed env PATH="$(dirname "$node24"):$PATH" "$node24" "$npm_cli" install --prefix "$cache/code-server" --no-save --no-audit --no-fund --loglevel=warn \
    "code-server@$code_server_version"
  [ -f "$server_main" ] || fail "code-server installed without $server_main"
  echo "$code_server_version" >"$cache/code-server/.version"
fi

# --- playwright-core -------------------------------------------------------------------------
if ! [ -f "$cache/tools/node_modules/playwright-core/package.json" ] ||
  ! grep -q "\"version\": \"$playwright_version\"" "$cache/tools/node_modules/playwright-core/package.json"; then
  say "installing playwright-core@$playwright_version"
  mkdir -p "$cache/tools"
  timed npm install --prefix "$cache/tools" --no-save --no-audit --no-fund --loglevel=warn "playwright-core@$playwright_version"
fi

say "ready: $("$node24" -v), code-server $code_server_version (VS Code $("$node24" -p "require('$cache/code-server/node_modules/code-server/lib/vscode/package.json').version")), chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"
